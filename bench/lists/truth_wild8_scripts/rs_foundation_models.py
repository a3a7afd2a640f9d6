"""Wild8 truth for Jack-bo1220/Awesome-Remote-Sensing-Foundation-Models README: Markdown tables
'|**Abbr**|**Title**|Venue|[Abbr](paper url)|[link](code)|...', one paper per row.

Shape: eleven pipe tables under '##' headings.  Nine (the model families, agents, benchmarks and
pre-training datasets) have the columns Abbreviation | Title | Publication | Paper | ...; the
'Survey/Commentary Papers' table has Title | Publication | Paper | Attribute; the 'Relevant
Projects' table has Title | Link | Brief Introduction.

Entries: every data row whose Title cell names a paper, benchmark and dataset rows included (each
row's title is the title of the paper that introduced the benchmark or dataset, with its link).
Not entries: the four 'Relevant Projects' rows (code repositories and benchmarks' repos, no
paper), and the rows that name a model or a code repository with no paper at all (Paper cell
'null' and Publication '-' or 'Github'): 'Clay Foundation Model' (twice), 'Hydro--A Foundation
Model for Water in Satellite Imagery' and 'Seg2Sat - Segmentation to aerial view ...'.  The
'FIT-RS' dataset row keeps its paper title though its '[Paper]()' link is empty.  The badges, the
contents and the closing BibTeX of the list's own papers ('please consider citing') are not
entries.  Repeated papers (the same title in two tables, or twice in one) are separate entries.

Title: the Title cell's bold text (the second cell, or the first in the survey table), markup
removed.  Two survey titles are in Chinese and are kept as written.

Count check: 227 rows start '|**'; minus 4 project rows and 4 no-paper rows = 219 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild8 import entry, read_lines, write_truth

NAME = "Jack-bo1220__Awesome-Remote-Sensing-Foundation-Models__README@4a28b61.md"
PART = "wild8_development"
NO_PAPER = {"Clay Foundation Model", "Hydro--A Foundation Model for Water in Satellite Imagery",
            "Seg2Sat - Segmentation to aerial view using pretrained diffuser models"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    header = None
    rows = skipped = 0
    for i, text in enumerate(lines, 1):
        if text.startswith("|") and not text.startswith("|**") and not text.startswith("|:") and not text.startswith("|---"):
            header = [c.strip() for c in text.strip("|").split("|")]
            continue
        if not text.startswith("|**"):
            continue
        rows += 1
        cells = text.strip().strip("|").split("|")
        if header[0] == "Title" and header[1] == "Link":
            skipped += 1  # Relevant Projects: repositories, no paper
            continue
        col = header.index("Title")
        title = re.sub(r"^\*+|\*+$", "", cells[col].strip())
        if title in NO_PAPER:
            skipped += 1
            continue
        e = entry(lines, i, i, title)
        if e["doi"] and e["doi"].endswith("/"):
            e["doi"] = e["doi"].rstrip("/")  # a URL's closing slash (ygxb.ac.cn) is not part of the DOI
        papers.append(e)
    assert rows == 227, rows
    assert skipped == 8, skipped
    assert len(papers) == 219, len(papers)
    write_truth(NAME, PART, papers,
                "every row of the model, agent, benchmark, dataset and survey tables whose Title cell names a"
                " paper is an entry (Relevant Projects rows and four no-paper model/code rows are not); title ="
                " the Title cell's bold text",
                "the row count (227 '|**' rows: 219 entries, 4 project rows, 4 no-paper rows), every table's"
                " header and first/last row, every row with a 'null' Paper cell, the FIT-RS row with an empty"
                " link, the Chinese survey titles, the four-asterisk Hydro cell, 25 rows spread over all"
                " tables (title, line, arXiv id against the Paper link)")


if __name__ == "__main__":
    main()
