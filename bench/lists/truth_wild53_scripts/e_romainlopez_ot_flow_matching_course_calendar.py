"""Wild53 truth for romain-lopez/learning-to-match-distributions calendar.md: the calendar page of a graduate course
on optimal transport and flow matching ("Learning to match distributions", fall 2026), a just-the-docs site; newest
commit holding the file (72e1c80, 2026-08-08).

Shape: 115 lines, 5.5 KB.  Front matter (1-5), ``# Calendar`` with a kramdown ``{: .no_toc }`` list (7-8).  Two
parts, each a ``## Part ...`` heading with ``{: .part-header }`` (10-11, 46-47), then one ``### <day> · <topic>``
heading per class meeting (13 ... 111), an italic note line, sometimes a ``<span class="cal-tag ...">`` deliverable
line followed by a ``{: .cal-item ...}`` list, and an italic lead-in (``*Background reading:*``, ``*Papers to
present:*``) over ``- `` bullets.  Part I (lectures, 13-42): the bullets are the course's two reference texts with a
section pointer after an em dash: ``- [Computational Optimal Transport](https://arxiv.org/abs/1803.00567) — §1–2``
(23, 34, 41) and ``- [An Introduction to Flow Matching and Diffusion Models](https://diffusion.csail.mit.edu/...
lecture_notes.pdf) — §1–2`` (24, 42).  Part II (reading group, 53-109): two papers per meeting, each
``- [Title](url) (Authors, Year)``; 20 bullets.

Special cases:
- 71 ``[CFG-Zero\\*: Improved Classifier-Free Guidance]``: a backslash-escaped asterisk in the title; the title is
  ``CFG-Zero*: ...`` as it renders.
- 103 ``[Optimal-Transport Analysis of Single-Cell Gene Expression / Waddington-OT](https://doi.org/10.1016/j.cell.
  2019.01.006)``: the list appends the method's nickname after a slash inside the link text; the `` / Waddington-OT``
  tag is dropped (the paper's full title is longer still; the written part is kept).
- Nickname prefixes that are written as the title are kept: ``OT-CFM: ...`` (93), ``MMFM: ...`` (94), ``GENOT: ...``
  (104), ``MusicFlow: ...`` (108); short titles ``Monge Gap`` (56), ``Mean Flow`` (89) are what the list writes.
- 94 links OpenReview, 65 PMLR, 103 a Cell DOI; the other reading-group papers link arXiv abs pages.
- ``Computational Optimal Transport`` (Peyré & Cuturi, an arXiv monograph/survey) is listed three times as
  background reading (23, 34, 41): counted as an entry each time.  ``An Introduction to Flow Matching and Diffusion
  Models`` is a set of MIT course lecture notes (a PDF on the course site): not a research work, not an entry.

Decisions:
- Entry = each ``- [Title](url)`` bullet naming a paper: the 20 reading-group bullets plus the three Computational
  Optimal Transport bullets (23); title = the link text, the ``\\*`` escape rendered, the ``/ Waddington-OT`` tag
  dropped; authors/year in the trailing parentheses and the ``— §`` pointers are not title.
- Not entries: the lecture-notes bullets (24, 42), headings, deliverable spans, homework/project links.
"""
import re

from _wild53 import entry, read_lines, write_truth

NAME = "romain-lopez__learning-to-match-distributions__calendar@72e1c80.md"
PART = "wild53_development"

BULLET = re.compile(r"^- \[(?P<title>[^\]]+)\]\((?P<url>[^)\s]+)\)(?P<rest>.*)$")
PAPER_REST = re.compile(r"^ \([^()]+, \d{4}\)$")
REF_REST = re.compile(r"^ — §[\d–,§]+$")
NOTES = "An Introduction to Flow Matching and Diffusion Models"


def main() -> None:
    lines = read_lines(NAME)
    assert lines[6] == "# Calendar", lines[6]
    part2 = lines.index("## Part II · Reading group") + 1
    papers = []
    skipped = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("- "):
            continue
        m = BULLET.match(ln)
        assert m, (n, ln)
        title, rest = m.group("title"), m.group("rest")
        if n < part2:
            assert REF_REST.match(rest), (n, rest)
            if title == NOTES:
                skipped.append(n)
                continue
            assert title == "Computational Optimal Transport", (n, title)
        else:
            assert PAPER_REST.match(rest), (n, rest)
        title = title.removesuffix(" / Waddington-OT")
        papers.append(entry(lines, n, n, title))
    assert skipped == [24, 42], skipped
    t = {p["line"]: p for p in papers}
    assert [p["line"] for p in papers if p["title"] == "Computational Optimal Transport"] == [23, 34, 41]
    assert t[23]["arxiv"] == "1803.00567", t[23]
    assert t[56]["title"] == "Monge Gap", t[56]
    assert t[71]["title"] == "CFG-Zero*: Improved Classifier-Free Guidance", t[71]
    assert (t[94]["title"], t[94]["arxiv"]) == ("MMFM: Flow Matching across time and conditions", None), t[94]
    assert (t[103]["title"], t[103]["doi"]) == (
        "Optimal-Transport Analysis of Single-Cell Gene Expression", "10.1016/j.cell.2019.01.006"), t[103]
    assert t[109]["arxiv"] == "2506.08570", t[109]
    assert len(papers) == 23, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '- [Title](url)' bullet naming a paper is an entry: the 20 reading-group bullets of Part II"
        " ('[Title](url) (Authors, Year)', 55-109) and the three 'Computational Optimal Transport' background"
        " bullets of Part I (23, 34, 41; an arXiv monograph, counted each time); title = the link text with the"
        " '\\*' escape rendered and the ' / Waddington-OT' nickname tag of 103 dropped; the MIT lecture-notes bullets"
        " (24, 42), headings, deliverable spans and kramdown lists are not entries.",
        "Read all 115 lines; compared -v for all 23 entries: nickname-prefixed titles kept (OT-CFM 93, MMFM 94,"
        " GENOT 104, MusicFlow 108), short titles Monge Gap 56 / Mean Flow 89, escaped CFG-Zero* 71, the slash tag"
        " of 103 dropped; ids: arXiv abs links on 20 entries, Cell DOI 103, none for PMLR 65 and OpenReview 94.",
    )


if __name__ == "__main__":
    main()
