"""Wild6 truth for XiaoxinHe/neurips2023_learning_on_graphs README.md: a conference accepted-paper list
(NeurIPS 2023 papers on learning on graphs) as one Markdown table generated from a CSV.

Shape: '# [NeurIPS2023] Learning on Graphs', then '| Title | OpenReview | Authors |' and one row per accepted
paper: '| Plain title | [here](https://openreview.net/forum?id=...) | Author, Author |'.  The title cell is
plain text (no link, no markup); the OpenReview link text is 'here'; four rows have 'nan' instead of a link
(the CSV's missing value).  Every data row is an entry (one line), title = the Title cell as written (double
spaces inside a few titles, e.g. 'HyTrel: Hypergraph-enhanced  Tabular ...', collapse; '[Re] On Explainability
...' is a reproducibility report, a scholarly work, kept with its '[Re]' as the title starts with it).
No arXiv ids or DOIs (OpenReview forum links only).

Count check: 198 lines start with '| ' (grep) = header + separator + 196 rows; every row has 3 cells.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild6 import entry, read_lines, write_truth

NAME = "XiaoxinHe__neurips2023_learning_on_graphs__README@b0617ce.md"
PART = "wild6_development"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    assert LINES[2].startswith("| Title    | OpenReview | Authors |") and LINES[3].startswith("| --------")
    for i, text in enumerate(LINES, 1):
        if i <= 4 or not text.startswith("| "):
            continue
        cells = [c.strip() for c in text.strip().strip("|").split(" | ")]
        assert len(cells) == 3, (i, text)
        title, link, _authors = cells
        assert link == "nan" or link.startswith("[here](https://openreview.net/forum?id="), (i, link)
        papers.append(entry(LINES, i, i, title))
    assert len(papers) == 196, len(papers)
    write_truth(NAME, PART, papers,
                "every data row '| Title | [here](openreview) or nan | Authors |' of the single table is an entry,"
                " title = the plain Title cell",
                "row count by grep (198 table lines - header - separator = 196), every row split into 3 cells, the four"
                " 'nan' rows, titles of the first 30 and last 20 rows and of rows with '?', '---', '(d − 1)-WL', '[Re]',"
                " double spaces; no ids (OpenReview links only)")


if __name__ == "__main__":
    main()
