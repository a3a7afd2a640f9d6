"""Wild10 truth for shuaiOKshuai/ILoGs README: an awesome list (imbalanced learning on graphs) written as
Markdown tables whose title column is plain text.

Shape: after the list's own survey (a linked title, authors, an indented BibTeX block) and an
Outline of anchor links, '# Literature' has 19 tables under '####' headings, each

    | Name  | Title | Venue | Paper | Code |
    | DR-GCN  | Multi-Class Imbalanced Graph Convolutional Network Learning | IJCAI 2020 | [PDF](url) | [TensorFlow](url) |

The Name cell is the method's short name (empty in 21 rows, '$\\text{G}^2\\text{GNN}$' once); the
Title cell is the plain, unlinked paper title; the link to the paper is the [PDF] in the Paper
cell.  Rows are written with or without spaces around the pipes; one row (line 78) has a stray
sixth cell 'CIKM 2023' after its closing pipe; one row (line 206, SEC-GFD) has an empty Paper cell
and only a [Code] link.

Entry: every data row of the 19 tables (all name a paper: no tool, dataset or placeholder rows).
Title: the Title cell as written (one keeps a stray hyphen, 'fair- ness').  Ids from the row's own
line: the Paper link (arXiv, ACM/Springer/SIAM DOIs in URLs; IJCAI, IEEE, PMLR, OpenReview,
ScienceDirect and lab pages give none).  Repeated papers (GraphSANN, GDN, GHRN, EA-GAT, ...) are
separate entries.

Not entries: the list's own survey under 'Our Survey Paper' and its BibTeX (boilerplate), the
Outline links, the pointer to Awesome-Imbalanced-Learning, the Acknowledgements.

Count checks: 357 lines start with '|' (grep -c), minus 19 header rows ('| Name  | Title') and 19
separator rows = 319 data rows = 319 entries; every data row has a non-empty Title cell.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild10 import entry, read_lines, write_truth

NAME = "shuaiOKshuai__ILoGs__README@7a61abd.md"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    headers = seps = 0
    start = lines.index("# Literature")
    for i, text in enumerate(lines, 1):
        if not text.startswith("|"):
            continue
        assert i > start
        if re.match(r"^\|[\s:|-]+$", text.strip()):
            seps += 1
            continue
        cells = [c.strip() for c in text.strip()[1:].split("|")]
        if cells[:2] == ["Name", "Title"]:
            headers += 1
            continue
        title = cells[1]
        assert title and "](" not in title, i
        papers.append(entry(lines, i, i, title))
    assert headers == 19 and seps == 19, (headers, seps)
    assert sum(1 for ln in lines if ln.startswith("|")) == 357
    assert len(papers) == 319, len(papers)
    write_truth(NAME, "wild10_development", papers,
                "every data row of the 19 '| Name | Title | Venue | Paper | Code |' tables is an entry, title = the"
                " plain Title cell, ids from the row's line (the [PDF] link); the list's own survey, its BibTeX"
                " and the outline are not entries",
                "all 319 titles listed against the Title cells; rows with an empty Name cell, the stray-cell row"
                " (78), the row without a paper link (206) and ids of the first and last row of each table checked"
                " by eye; count = table lines minus headers and separators")


if __name__ == "__main__":
    main()
