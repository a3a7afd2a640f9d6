"""Wild58 truth for utkuturk/chicago syllabi/advanced_nlp_ai.md at 4f41a1d (newest commit touching it): a draft
graduate syllabus, "Advanced NLP & AI for Linguistics: Attention Probing, Causality, and Interpretability" (LING 7XXX,
Winter 2027), part of an instructor's teaching package.  Its readings are cited author-year only: the weekly schedule
names no paper titles.

Shape: 284 lines, 15 KB.  Course header (1-17), description, objectives, structure and grading tables (21-104), then
"## 5. Course Schedule (10 Weeks)" (107) with one pipe table ``| Wk | Topic | Readings (Selected) | Methods / Due |``
(109-121): rows 111-119 (weeks 1-9) give two or three ``Author (Year)`` citations separated by ``; `` in the third
cell; rows 120-121 (final presentations, finals) have none.  "## 7. Resources" (147) has "### Key Surveys" (149) with
two bullets ``*   **Author (Year).** "Title." *Venue*.`` (150, 151); "### Tools" (153-156) lists software
(Hugging Face, Captum, BertViz) and "### Papers (Available on Course Site)" (158) is one sentence.  Sections 9-14
(163-284) are prose.

Special cases:
- Row 111 cites three readings; rows 112-119 two each.  ``Belinkov & Glass (2019)`` is cited twice (111 and 118) and
  is also the first survey (150): three listings of one paper, each kept where it is listed.
- ``Marr (1982)`` (111) is a book (Vision) and ``Newell (1973)`` a symposium chapter; the file writes them exactly
  like the papers around them, so they are kept as entries.
- 151 attributes "A Primer on Neural Network Architectures for Natural Language Processing" to Rogers et al. (2020):
  the title is taken as written.

Decisions:
- Entry = each ``Author (Year)`` citation in the readings cell of rows 111-119 (19 entries, several per line, same
  one-line span) with title None, since the file names no title; plus the two survey bullets (150, 151) with the
  quoted title.  21 entries.
- Tools (154-156), the course-site sentence (159) and the textual mentions of venues in prose are not entries.
"""
import re

from _wild58 import entry, read_lines, write_truth

NAME = "utkuturk__chicago__syllabi__advanced_nlp_ai@4f41a1d.md"
PART = "wild58_development"

ROW = re.compile(r"^\| (\d+) \|")
CITE = re.compile(r"^[A-Z][^;()]+ \((19|20)\d\d\)$")
SURVEY = re.compile(r'^\*\s+\*\*[^*]+\(\d{4}\)\.\*\* "(?P<title>[^"]+?)\." \*')


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    cites = []
    for n, ln in enumerate(lines, 1):
        if ROW.match(ln):
            cells = [c.strip() for c in ln.split("|")]
            readings = cells[3]
            for part in [r.strip() for r in readings.split(";") if r.strip()]:
                assert CITE.match(part), (n, part)
                cites.append(part)
                papers.append(entry(lines, n, n, None))
            continue
        m = SURVEY.match(ln)
        if m:
            papers.append(entry(lines, n, n, m.group("title")))
    assert len(papers) == 21, len(papers)
    assert len(cites) == 19, cites
    assert cites[:3] == ["Newell (1973)", "Marr (1982)", "Belinkov & Glass (2019)"], cites
    assert cites[-2:] == ["Wei et al. (2022)", "Schaeffer et al. (2023)"], cites
    lines_of = [p["line"] for p in papers]
    assert lines_of == [111, 111, 111] + [ln for ln in range(112, 120) for _ in (0, 1)] + [150, 151], lines_of
    assert all(p["title"] is None for p in papers[:19])
    assert papers[19]["title"] == "Analysis Methods in Neural Language Processing: A Survey", papers[19]
    assert papers[20]["title"] == (
        "A Primer on Neural Network Architectures for Natural Language Processing"
    ), papers[20]
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Schedule table rows 111-119 (weeks 1-9): each 'Author (Year)' citation in the 'Readings (Selected)'"
        " cell, split on '; ', is one entry on that line with title None (the file names no title); 19 entries."
        "  Resources > Key Surveys bullets 150-151: one entry each, title = the quoted text without its final"
        " period.  Tools, course-site note and prose are not entries.  21 entries.",
        checked="Read the whole file (284 lines); compared the -v output with every schedule row (111: three"
        " citations, 112-119: two each, 120-121: none), the duplicate Belinkov & Glass (2019) listings (111, 118,"
        " 150), and the two survey titles character by character; checked no tool or prose line is listed.",
    )


if __name__ == "__main__":
    main()
