"""Wild49 truth for DaviRain-Su/learn-rust-lang RustPaper.md: a Chinese developer's list of research papers about the
Rust programming language (PL / systems), newest commit (fdf5e73, 2023-03-02).

Shape: 94 lines (no final newline), 6 KB, two parts.
- ``## 2020`` (4): eight tight ``- [Title](url)`` bullets (6-13) with ACM DL and Springer links, then an HTML comment
  ``<!-- ... -->`` (14-44) opened on the first of 31 more ``- [Title]()`` bullets (empty link targets) and closed at
  the end of the last one.
- ``## Papers *about* Rust`` (46): 24 ``* `` bullets (48-94), evidently copied from the Rust project's bibliography:
  the link text is often hard-wrapped inside the brackets over two or three lines (``[GPU Programming in Rust:
  Implementing High Level Abstractions in a Systems`` / ``  Level`` / ``  Language](url).``), followed by a free-text
  note on the same or the next indented lines (``Early GPU work by Eric Holk.``, ``Linus`` / ``  Farnstrand's
  master's thesis.``); 54 the note is an indented ``- not exactly about Rust, but by nmatsakis`` sub-bullet.

Special cases:
- The commented-out block 14-44 does not render: its 31 empty-link drafts are not entries (several repeat papers of
  the second section, e.g. 22 RustBelt, 25 Case for Writing a Kernel, 26 Ownership is theft, 39 Simple
  verification).
- 83 ``[Ownership is Theft: Experiences Building an Embedded OS in Rust - Amit Levy, et. al.](url)``: the author tail
  inside the link text is dropped from the title.
- 13 ``[Verifying Rust programs with SMACK ](url)``: trailing space inside the brackets (trimmed by the title rule).
- Theses and an undergraduate paper count as research works (66 a bachelor's thesis linked to its GitHub repo, 89 a
  master's thesis linked to its GitHub repo, 84/86/87 master's theses); 85 Rust-Bio is a journal paper.
- 90 has no full stop between the link and the note; 94 ends the file without a newline.

Decisions:
- Entry = every rendered bullet with a link: 8 in ``## 2020`` (one line each) and 24 in the second section (from the
  ``* `` line through its indented continuation lines): 32 entries.
- Title = the link text with its line breaks and indentation collapsed to single spaces, the `` - Amit Levy, et. al.``
  tail removed on 83; the notes after the link are dropped.
- Ids from the entry's lines: ACM ``/doi/`` and Springer ``/chapter/10.1007/`` links give DOIs, arXiv abs links give
  arXiv ids (59, 93); none from the other hosts.
"""
import re

from _wild49 import entry, read_lines, write_truth

NAME = "DaviRain-Su__learn-rust-lang__RustPaper@fdf5e73.md"
PART = "wild49_development"

DASH = re.compile(r"^- \[(?P<title>[^\]]+)\]\((?P<url>[^)]*)\)$")
STAR = re.compile(r"^\* \[")
LINK = re.compile(r"\[(?P<title>[^\]]+)\]\((?P<url>[^)]+)\)", re.DOTALL)


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Rust paper"
    assert lines[13].startswith("<!-- - [") and lines[43].endswith("]() -->"), (lines[13], lines[43])
    papers = []
    commented = 0
    n = 1
    while n <= len(lines):
        ln = lines[n - 1]
        if 14 <= n <= 44:
            assert re.match(r"^(?:<!-- )?- \[[^\]]+\]\(\)(?: -->)?$", ln), (n, ln)
            commented += 1
            n += 1
            continue
        m = DASH.match(ln)
        if m:
            papers.append(entry(lines, n, n, m.group("title")))
            n += 1
            continue
        if STAR.match(ln):
            first = n
            n += 1
            while n <= len(lines) and lines[n - 1].startswith("  "):
                n += 1
            last = n - 1
            block = "\n".join(lines[first - 1 : last])
            link = LINK.search(block)
            assert link, (first, block)
            title = re.sub(r"\s+", " ", link.group("title")).strip()
            title = title.removesuffix(" - Amit Levy, et. al.")
            papers.append(entry(lines, first, last, title))
            continue
        assert not ln.startswith(("- ", "* ")), (n, ln)
        n += 1
    assert commented == 31, commented
    t = {p["line"]: p for p in papers}
    assert (t[6]["doi"], t[11]["doi"]) == ("10.1145/3334480.3383069", "10.1007/978-3-319-89722-6_4"), (t[6], t[11])
    assert t[13]["title"] == "Verifying Rust programs with SMACK", t[13]
    assert (t[48]["end"], t[48]["title"]) == (51, ("GPU Programming in Rust: Implementing High Level Abstractions in a"
                                              " Systems Level Language")), t[48]
    assert (t[52]["end"], t[52]["title"]) == (54, "Parallel closures: a new twist on an old idea"), t[52]
    assert (t[58]["arxiv"], t[58]["title"]) == (
        "1505.07383", "Experience Report: Developing the Servo Web Browser Engine using Rust"), t[58]
    assert t[83]["title"] == "Ownership is Theft: Experiences Building an Embedded OS in Rust", t[83]
    assert (t[93]["arxiv"], t[94]["end"]) == ("1903.00982", 94), (t[93], t[94])
    assert len([p for p in papers if p["line"] < 14]) == 8
    assert len(papers) == 32, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every rendered bullet with a link is an entry: 8 one-line '- [Title](url)' bullets under '## 2020' (6-13)"
        " and 24 '* [Title](url). note' bullets under '## Papers *about* Rust' (48-94) spanning their indented"
        " continuation lines: 32 entries; the 31 empty-link drafts inside the HTML comment 14-44 do not render and are"
        " not entries; title = the link text with wrapped lines joined, the ' - Amit Levy, et. al.' tail on 83"
        " dropped, notes after the link dropped; theses and the undergraduate papers count.",
        "Read all 94 lines; compared -v for all 32 entries: link texts wrapped over 2-3 lines (48-51, 52-53, 55-56,"
        " 58-59, 60-61, 63-64, 68-69, 71-72, 74-75, 77-78, 80-81) joined, notes and the '- not exactly about Rust'"
        " sub-bullet 54 kept out of titles but inside the entry span, trailing space 13 trimmed; DOIs from the ACM and"
        " Springer links 6-13, arXiv ids 59 and 93; the commented block yields nothing.",
    )


if __name__ == "__main__":
    main()
