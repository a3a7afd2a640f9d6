"""Wild49 truth for BrechtDeMan/BrechtDeMan.github.io ``publications/index.md``: the publication page of an audio
engineering researcher's Jekyll site (intelligent music production, perceptual evaluation, AES papers), newest
commit (177d02b, 2022-01-06).

Shape: 171 lines, 25 KB.  Front matter (1-6), an italic Google Scholar sentence (9), then ``###`` sections whose items
are blank-line-separated paragraphs, not list items: ``### Books`` (11), ``### Book chapters`` (14),
``### Special Issues (as guest editor)`` (20), ``### Journal papers`` (24), ``### Conference papers`` (37) with
``#### Peer-reviewed`` (39) and ``#### Extended abstract peer-reviewed`` (77), ``### Patents`` (105),
``### Theses`` (113), then after a ``* * *`` rule ``### In the news`` (126, press items) and
``### Scholarly service`` (149, a bullet list).  A paragraph is one citation: every author is a Markdown link
(``[Brecht De Man](/)``), the title is a quoted link, ``“[Title](url),”`` with curly or straight quotes and the
comma inside or outside the quotes, then ``_Venue_``, date with an escaped ``2017\\.``, and often a second line of
bracketed links ``[[pdf](...) &#124; [BibTeX](...)]``; many open with a Liquid ``{% include cc-by.html %}``.

Special cases:
- Book chapters (16, 18) quote the title without a link: ``"Audio Effects in Sound Design,"``.
- Theses (115, 117-118) put the title in italics around a link, ``_[Title](url)_``; the MSc title wraps onto a second
  line (``_[Active compensation for room-independent sound`` / ``reproduction](http://lib.ugent.be/...)_``).
- 22 the guest-edited special issue ``_[Music and the Machine ... \\[Special Issue\\]](mdpi)_`` and 12 the book
  *Intelligent Music Production* are not entries; the three patent applications (107, 109, 111) are not entries.
- "In the news" (128-145) holds quoted linked titles too (radio interviews, press articles, award announcements):
  not research works, not entries.
- No arXiv id or DOI anywhere (AES e-library ``elib=`` links, ACM ``citation.cfm?id=``, local PDFs).

Decisions:
- Entry = each citation paragraph of Book chapters (2), Journal papers (4), Conference papers (11 peer-reviewed,
  10 extended abstract) and Theses (2): 29.  Span = the paragraph (its consecutive non-blank lines).
- Title = the first quoted string (“...” or "...") of the paragraph with its link markup removed and the comma
  inside the quotes dropped; for the theses the italic link text (the wrapped one joined).
"""
import re

from _wild49 import entry, read_lines, write_truth

NAME = "BrechtDeMan__BrechtDeMan.github.io__publications__index@177d02b.md"
PART = "wild49_development"

SECTION = re.compile(r"^#{3,4} (?P<name>.+)$")
QUOTED = re.compile(r"[“\"](?P<t>\[[^\]]+\]\([^)]+\)|[^“”\"]+?)[,]?[”\"]")
THESIS = re.compile(r"_\[(?P<t>[^\]]+)\]\([^)]+\)_")
KEEP = {"Book chapters", "Journal papers", "Peer-reviewed", "Extended abstract peer-reviewed", "Theses"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per_section: dict[str, int] = {}
    section = None
    n = 0
    while n < len(lines):
        ln = lines[n]
        n += 1
        s = SECTION.match(ln)
        if s:
            section = s.group("name")
            if section in KEEP:
                per_section[section] = 0
            continue
        if ln.strip() == "* * *":  # the rule before "In the news" ends the publication sections
            section = None
        if section not in KEEP or not ln.strip():
            continue
        first = n
        while n < len(lines) and lines[n].strip():
            n += 1
        text = " ".join(x.strip() for x in lines[first - 1 : n])
        m = THESIS.search(text) if section == "Theses" else QUOTED.search(text)
        assert m, (first, text)
        title = re.sub(r"^\[([^\]]+)\]\([^)]+\)$", r"\1", m.group("t"))
        papers.append(entry(lines, first, n, title))
        per_section[section] += 1
    assert per_section == {"Book chapters": 2, "Journal papers": 4, "Peer-reviewed": 11,
                           "Extended abstract peer-reviewed": 10, "Theses": 2}, per_section
    assert len(papers) == 29, len(papers)
    t = {p["line"]: p for p in papers}
    assert t[16]["title"] == "Audio Effects in Sound Design", t[16]
    assert (t[26]["title"], t[26]["end"]) == (
        "Perceptual Evaluation and Analysis of Reverberation in Multitrack Music Production", 27), t[26]
    assert t[34]["title"] == "A semantic approach to autonomous mixing", t[34]
    assert t[53]["title"].startswith("Subjective comparison of music production practices using the Web"), t[53]
    assert t[79]["title"] == "touchEQ: An eyes-free audio equalizer for a surface haptic interface", t[79]
    assert (t[99]["end"], t[103]["end"]) == (100, 103), (t[99], t[103])
    assert (t[117]["title"], t[117]["end"]) == ("Active compensation for room-independent sound reproduction", 118)
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    assert not {12, 22, 107, 109, 111, 128} & set(t)
    write_truth(
        NAME,
        PART,
        papers,
        "Each citation paragraph (blank-line separated, not a list item) under Book chapters, Journal papers,"
        " Conference papers (Peer-reviewed, Extended abstract peer-reviewed) and Theses is an entry (29), spanning its"
        " non-blank lines (citation plus the [[pdf] | [BibTeX]] line); title = the first curly- or straight-quoted"
        " string with its link markup and inner comma removed, for the theses the _[italic link]_ text (117-118"
        " joined).  The book (12), guest-edited special issue (22), patents (107-111), press items and service"
        " bullets are not entries.",
        "Read all 171 lines; compared -v for all 29 entries: section counts, quotes curly/straight with the comma"
        " inside or outside, unlinked chapter titles 16/18, spans incl. the second link line (26-27, 29-30, 41-42 ...),"
        " the"
        " wrapped MSc title 117-118; no ids (AES elib, ACM citation.cfm, local PDFs).",
    )


if __name__ == "__main__":
    main()
