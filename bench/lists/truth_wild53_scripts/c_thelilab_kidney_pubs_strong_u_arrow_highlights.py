"""Wild53 truth for TheLiLab/thelilab.github.io pubs.md: the "Publications" page of Haikuo Li's lab (kidney
single-cell / spatial multi-omics), a Beautiful-Jekyll page, newest commit (e7f82a5, 2026-08-05).

Shape: 137 lines, 16 KB, bilingual (English citations, Chinese press notes).  Front matter with a ``bigimg`` list of
cover images whose captions name papers (4-11, not entries), a Google Scholar link (15), ``<hr>`` +
``## Selected Publications`` (19) with five ``- `` bullets (21, 29, 35, 41, 45), then ``<hr>`` + ``## All
Publications`` (49) with 25 paragraphs numbered downwards ``(25)`` ... ``(1)`` (51-136).  Each citation is one long
line, Harvard-like: authors with the lab head as ``<strong><u>Li, H.</u></strong>`` (``#`` co-first marks, ``*``,
``…`` elisions), ``, 2024.`` or `` (2026).`` or `` 2026.``, the title, ``<strong><u>Journal</u></strong>``, volume and
pages, then ``(<a href=doi>DOI</a>)`` or ``([DOI](doi))``.  Under many citations, ``→``-lines list highlights
and press: News & Views / Research Highlights DOIs of other articles, an NIDDK report PDF, a ministry report,
WeChat press links (``中文媒体报道``), a cover note, a German translation DOI; a ``<br>`` line closes most blocks.

Special cases:
- The five selected papers repeat papers of the full list (21=(5), 29=(12), 35=(19), 41=(23), 45=(22)); each
  mention is an entry.
- ``→``-lines are part of their entry (its highlights), not entries: the Research Highlights and News & Views
  articles they link are other people's pieces about the paper.  The entry's own DOI comes first on its line.
- (7) 112: ``Cheng, Z. et al. (special journal issue; author list alphabetically ordered) (2023). RNA-seq:
  questions and answers.`` -- the parenthesised note sits between authors and year; title ``RNA-seq: questions and
  answers``.
- (4) 125 is a book chapter (``Single Cell Transcriptomics``), kept; (14) 88 is a data article, kept.
- (3) 129-131: the closing ``<br>`` comes before its ``→`` press line.
- Years: ``, 2022.``, `` (2026).``, ``</strong> 2026.`` (45), ``</strong>* 2026.`` (61), ``Fan, R. 2024.`` (75).

Decisions:
- Entry = a citation line (a ``- `` bullet in Selected, a ``(N)`` paragraph in All) plus its following ``→`` /
  ``<br>`` lines up to the blank line; title = the text between the year and ``. <strong><u>`` (the journal).
- Ids: the DOI of the entry's own link (first on the line); no arXiv ids.
"""
import re

from _wild53 import entry, read_lines, write_truth

NAME = "TheLiLab__thelilab.github.io__pubs@e7f82a5.md"
PART = "wild53_development"

START = re.compile(r"^(?:- |\((?P<num>\d+)\) )")
TITLE = re.compile(r"(?:,|\)|</strong>\*?|\.)\s\(?(?:20)\d\d\)?\.\s+(?P<title>.+?)\.?\s*<strong><u>")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[2] == "title: Publications"
    papers = []
    nums = []
    n = 1
    while n <= len(lines):
        ln = lines[n - 1]
        m = START.match(ln)
        if not m or n < 19:
            n += 1
            continue
        last = n
        while last < len(lines) and lines[last].strip():
            assert lines[last].startswith(("→", "<br>")), (last + 1, lines[last])
            last += 1
        t = TITLE.search(ln)
        assert t, (n, ln)
        title = t.group("title")
        assert "<" not in title and len(title) > 15, (n, title)
        papers.append(entry(lines, n, last, title))
        if m.group("num"):
            nums.append(int(m.group("num")))
        n = last + 1
    assert nums == list(range(25, 0, -1)), nums
    assert len(papers) == 30, len(papers)
    t = {p["line"]: p for p in papers}
    assert (t[21]["end"], t[21]["doi"]) == (27, "10.1016/j.cmet.2022.09.026"), t[21]
    assert t[35]["title"] == ("Spatially resolved genome-wide joint profiling of epigenome and transcriptome with"
                              " spatial-ATAC-RNA-seq and spatial-CUT&Tag-RNA-seq"), t[35]
    assert t[45]["title"] == "Proteogenomic dissection of kidney disease and cardiovascular-kidney-metabolic syndrome"
    assert t[61]["title"] == t[45]["title"], t[61]
    assert t[75]["title"] == "Spatially exploring RNA biology in archival formalin-fixed paraffin-embedded tissues"
    assert (t[112]["title"], t[112]["doi"]) == ("RNA-seq: questions and answers", "10.1016/j.xpro.2026.104647")
    assert (t[125]["title"], t[125]["end"], t[125]["doi"]) == ("Single Cell Transcriptomics", 127,
                                                               "10.1007/978-3-031-11570-7_5"), t[125]
    assert t[129]["end"] == 131, t[129]
    assert t[106]["title"].startswith("Hsa_circ_0007099 and PIP4K2A"), t[106]
    assert all(p["doi"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every citation is an entry: the five '- ' bullets under Selected Publications (21-45) and the 25 '(N)'"
        " paragraphs under All Publications (51-136), each spanning its citation line and the following '→'"
        " highlight/press lines and '<br>' up to the blank line; title = the text after the year ('2022.', '(2026).')"
        " up to '. <strong><u>Journal'; repeats between Selected and All are separate entries; the front-matter"
        " cover captions and the Scholar link are not entries.",
        "Read all 137 lines; compared -v for all 30 entries: spans (→ lines folded in, 129-131 with <br> before the"
        " press line), titles for each year form (', 2024.', ' (2026).', '</strong> 2026.' 45, '</strong>* 2026.' 61,"
        " 'Fan, R. 2024.' 75), (7) with the parenthesised note before the year 112, the chapter 125, CUT&Tag kept;"
        " DOIs are each entry's own (first on its line), not the highlight DOIs on the → lines.",
    )


if __name__ == "__main__":
    main()
