"""Wild5 truth for ftgTUGraz/LLM4ADSTest README: a survey's companion repository (LLMs in scenario-based
testing of automated driving), papers grouped by the survey's taxonomy.

Shape: a centred title, News, Objective, a Contents tree, Usage, the survey's own BibTeX under
'## Citation' (boilerplate citation of the list itself: not an entry), then sections 1-3 with '###'
to '#####' headings, each holding a table '| Title | Venue | Date | Code | Summary |' (the header is
sometimes padded with spaces).  Each data row is one line: the Title cell is a bold link
'[**Title**](url)', in some tables wrapped as '<br> [**Title**](url) <br>'; Venue, Date, a Code cell
('-', '–', or a [GitHub]/[Project]/[Demo]/[Video] link) and a one-sentence Summary follow.  115 rows.

Entries: every data row whose work is a paper (articles, preprints, conference papers, surveys, a
Bachelor's thesis): 113.  Not entries: the two rows under '2. Terminology > Scenario' and
'Scenario Abstraction Level' whose link is a standard, not a scholarly work ('ASAM OpenSCENARIO DSL
2.1.0, Dynamic scenario description, 2024-03-07' on publications.pages.asam.net and 'Road vehicles —
Safety of the intended functionality', ISO 21448 on iso.org).  A paper listed under several
headings gives one entry per row (repeated records).  Title = the bold link text; ids from the row
(arXiv links, doi.org-free publisher URLs with a DOI: dl.acm.org/doi/..., link.springer.com/...);
the Code cell holds no paper ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild5 import entry, read_lines, write_truth

NAME = "ftgTUGraz__LLM4ADSTest__README@5650316.md"
PART = "wild5_development"
ROW = re.compile(r"\| (?:<br> )?\[\*\*(.+?)\*\*\]\((\S+?)\)(?: <br>)? \|.*")
STANDARDS = {"publications.pages.asam.net", "www.iso.org"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    skipped = []
    rows = 0
    for i, text in enumerate(lines, 1):
        if not text.startswith("| "):
            continue
        m = ROW.fullmatch(text)
        if not m:
            assert re.fullmatch(r"\|\s+Title\s+\|\s+Venue\s+\|\s+Date\s+\|\s+Code\s+\|\s+Summary\s+\|", text), i
            continue
        rows += 1
        host = m.group(2).split("/")[2]
        if host in STANDARDS:
            skipped.append(m.group(1))
            continue
        papers.append(entry(lines, i, i, m.group(1)))
    assert rows == 115, rows
    assert len(skipped) == 2 and len(papers) == 113
    assert all(p["line"] > 92 for p in papers)  # nothing before '## 1. Related Survey'
    write_truth(NAME, PART, papers,
                "every table row whose Title cell is a bold link to a paper is an entry (one line), title = the bold"
                " link text; the two rows linking standards (ASAM OpenSCENARIO DSL, ISO 21448) and the list's own"
                " citation BibTeX are not entries; repeated papers under several headings count per row",
                "all 115 rows (grep of rows opening with '[**' or '<br> [**' = 115; 29 separator and 29 header lines),"
                " link hosts listed (46 arxiv.org, 28 IEEE Xplore, 8 ACM, ...), the two standards rows, the <br>-wrapped"
                " rows, the DOIs from ACM and Springer URLs, titles of the first and last row of every table")


if __name__ == "__main__":
    main()
