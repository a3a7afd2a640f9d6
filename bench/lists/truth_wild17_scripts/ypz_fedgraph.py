"""Wild17 truth for ypz-git/Awesome-Federated-Learning-on-Graph-Data-and-Graph-Neural-Networks-papers
README: federated graph learning list in two pipe tables whose first column is the title as plain text
and whose 'Link' column holds '[[paper]](url)' (and sometimes '[[code]](url)'); the first table
('Title|Year|Venue|Category|Link') holds surveys and framework papers, the second
('Title|Year|Venue|Keywords|Level|Task|Link|Datasets') the papers.

Entries: every data row of both tables (header and ':---' separator rows skipped).  The three
'framework' rows (FederatedScope-GNN, FedGraphNN, STFL) are framework papers, each linking its
[[paper]], so they are entries like the surveys.  Title = the first cell as written.  Not entries:
the legend bullets (level and task codes) and the link to a survey in the notice prose.
Count check: 5 rows in the first table + 21 in the second = 26, by grep of '^|' lines (30) minus
2 headers and 2 separators, and by eye.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild17 import entry, read_lines, write_truth

NAME = "ypz-git__Awesome-Federated-Learning-on-Graph-Data-and-Graph-Neural-Networks-papers__README@520e998.md"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    tables = []
    for i, text in enumerate(LINES, 1):
        if not text.startswith("|"):
            continue
        cells = text.split("|")[1:]
        first = cells[0].strip()
        if first == "Title":
            tables.append(0)
            continue
        if set(first) <= set(":-"):
            continue
        papers.append(entry(LINES, i, i, first))
        tables[-1] += 1
    assert tables == [5, 21], tables
    assert len(papers) == 26
    write_truth(NAME, "wild17_development", papers,
                "every data row of the two pipe tables is an entry (surveys, framework papers and papers); title = the"
                " plain-text first cell; the legend bullets are not entries",
                "all 26 rows by eye (title, line, arXiv pdf ids, ACM pdf DOIs, Springer content-pdf DOI, IEEE stamp"
                " and MDPI/researchsquare links without ids); rows per table 5/21 by grep")


if __name__ == "__main__":
    main()
