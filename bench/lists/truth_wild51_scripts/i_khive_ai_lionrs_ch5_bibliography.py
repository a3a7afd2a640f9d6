"""Wild51 truth for khive-ai/lionrs archive/v1/md/ch5/ch5-bibliography.md: the chapter-5 bibliography ("Integration
& Future Directions") of a formal-verification write-up for the Lion capability/WebAssembly runtime, newest commit
(fb55f0d, "v2 init commit", which moved the file from ``proofs/md/ch5/`` to ``archive/v1/md/ch5/``; the content is
taken at its current path).

Shape: 168 lines, 7.8 KB, APA-style references hard-wrapped at ~80 columns, one blank line between references.
``# Bibliography for Chapter 5`` (1), ``##`` topic headings (3, 25, 50, 76, 97, 114) and ``###`` subheadings under
"Future Directions" (116, 135, 153).  Every reference opens with bold authors and year,
``**Klein, G., ..., P.,`` / ``... & Winwood, S. (2014).**`` (the bold part itself wraps on 5-6, 12-13, 45-46, 68-69,
82-83, 121-122, 126-127, 130-131, 144-145, 166-167), then ``Title. _Venue_, vol(issue), pages.`` wrapped
over the next lines; no links at all.  Five references end with a bracketed editorial note
(``[Classic paper with ongoing relevance]`` 53-54, 146-147, 150-151, 161, 164).

Special cases:
- Repeats: ``No panic! Verification of rust programs by symbolic execution`` (34, 110) and ``Weakening WebAssembly``
  (42, 86, different authors) and ``Leveraging rust types for modular specification and verification`` (30, 93,
  different authors): separate entries each.
- 118 NIST ``Post-quantum cryptography standardization`` (NIST Special Publication): kept as a report entry.
- 144 ``UPPAAL 4.0.``: the title is ``UPPAAL 4.0`` (its last period is the separator).
- 66 ``arXiv preprint arXiv:1807.04938`` gives the arXiv id.
- Not entries (books): 159 ``Model-based testing of reactive systems`` (an LNCS volume, _Lecture Notes in Computer
  Science_, 3472) and 163 ``Model checking`` (_MIT Press_ textbook).

Decisions:
- Entry = each paragraph starting with ``**`` (38) minus the two books = 36; first..last = the paragraph's lines.
- Title = the paragraph's text after the closing ``**`` of the author/year part up to the ``. _`` that opens the
  italic venue, lines joined with one space.
"""
import re

from _wild51 import entry, read_lines, write_truth

NAME = "khive-ai__lionrs__archive__v1__md__ch5__ch5-bibliography@fb55f0d.md"
PART = "wild51_development"

REF = re.compile(r"^\*\*[^*]+\(\d{4}\)\.\*\*\s*(?P<rest>.*)$")
TITLE = re.compile(r"^(?P<title>.+?)\.\s+_")
BOOKS = {159, 163}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Bibliography for Chapter 5: Integration & Future Directions"
    paras: list[tuple[int, int]] = []
    start = None
    for n, ln in enumerate(lines, 1):
        if ln.startswith("**"):
            assert start is None, n
            start = n
        elif not ln.strip() and start is not None:
            paras.append((start, n - 1))
            start = None
    if start is not None:
        last = max(i for i, ln in enumerate(lines, 1) if ln.strip())
        paras.append((start, last))
    assert len(paras) == 38, len(paras)
    papers = []
    for first, last in paras:
        text = " ".join(ln.strip() for ln in lines[first - 1 : last])
        m = REF.match(text)
        assert m, (first, text)
        t = TITLE.match(m.group("rest"))
        assert t, (first, text)
        if first in BOOKS:
            continue
        papers.append(entry(lines, first, last, t.group("title")))
    assert len(papers) == 36, len(papers)
    p = {e["line"]: e for e in papers}
    assert p[5]["title"] == "Comprehensive formal verification of an OS microkernel", p[5]
    assert p[12]["title"] == "CertiKOS: An extensible architecture for building certified concurrent OS kernels", p[12]
    assert p[17]["title"] == "Push-button verification of file systems via crash refinement", p[17]
    assert p[34]["title"] == p[110]["title"] == "No panic! Verification of rust programs by symbolic execution"
    assert p[65]["arxiv"] == "1807.04938", p[65]
    assert p[144]["title"] == "UPPAAL 4.0", p[144]
    assert (p[166]["line"], p[166]["end"]) == (166, 168), p[166]
    assert 159 not in p and 163 not in p
    write_truth(
        NAME,
        PART,
        papers,
        "Each blank-line-separated paragraph opening with bold '**Authors (Year).**' is a reference (38); the two"
        " books (159 LNCS volume 'Model-based testing of reactive systems', 163 'Model checking', MIT Press) are not"
        " entries, leaving 36; title = text after the bold author/year part up to the '. _' that opens the italic"
        " venue, wrapped lines joined; trailing '[Classic paper ...]' notes are not title; repeated titles (34/110,"
        " 42/86, 30/93) are separate entries; the NIST special publication 118 is kept.",
        "Read all 168 lines; compared -v with every paragraph: wrapped bold author blocks, titles spanning two lines"
        " (e.g. 5-7, 12-14, 52-53, 137-139), 'UPPAAL 4.0' without its separator period, the arXiv id on 65-66, spans"
        " first..last per paragraph (last one 166-168 at end of file), books 159/163 left out.",
    )


if __name__ == "__main__":
    main()
