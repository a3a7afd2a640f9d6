"""Wild9 truth for bionlplab/awesome-nlp-in-ebm README: NLP for evidence-based medicine, table per subsection.

Shape: nine '| Paper | Venue | Date |' tables (under '### 1. Ask ...' and eight '#### ...' subsections),
one paper per row: '| [Title](url) | Venue | Year |'; the url is mostly a doi.org link, some
PubMed/PMC pages and one nature.com article page (a Nature article id, not a DOI).
Entries: every table row; title = the link text of the first cell.  Papers repeated across
tables are separate entries.  Not entries: the header/separator rows, the contents, the intro's
prose mention of the scoping review, and the 'Citation' section (the list's own plain and BibTeX
citation of its survey).
Count checks: 201 rows match '^| [' ; per table 27, 55, 12, 11, 17, 10, 13, 43, 13 (awk per heading).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild9 import entry, read_lines, write_truth

NAME = "bionlplab__awesome-nlp-in-ebm__README@5e6522a.md"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    counts = []
    for i, text in enumerate(LINES, 1):
        if text.startswith("#"):
            counts.append(0)
        if not text.startswith("| ["):
            continue
        m = re.match(r"\| \[([^\]]+)\]\(([^ )]+)\) \| [^|]+ \| \d{4} \|\s*$", text)
        assert m, (i, text)
        papers.append(entry(LINES, i, i, m.group(1)))
        counts[-1] += 1
    assert [c for c in counts if c] == [27, 55, 12, 11, 17, 10, 13, 43, 13], counts
    assert len(papers) == 201
    assert sum(1 for p in papers if p["doi"]) == 201 - 8  # 8 rows link PubMed/PMC/nature.com pages
    write_truth(NAME, "wild9_development", papers,
                "every '| [Title](url) | Venue | Year |' row of the nine tables is an entry, title = the link text;"
                " DOIs from the doi.org links; the own-survey citation section and intro prose are not entries",
                "grep counts per table (27/55/12/11/17/10/13/43/13 = 201), every row matches the 3-column pattern,"
                " the 8 rows without doi.org link (PubMed, PMC, nature.com: no DOI), titles of the first and last"
                " rows of each table and ~20 random rows against the file, the Citation section left out")


if __name__ == "__main__":
    main()
