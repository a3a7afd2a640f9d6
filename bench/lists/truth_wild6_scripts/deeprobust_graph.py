"""Wild6 truth for DSE-MSU/DeepRobust deeprobust/graph/README.md: a code library's README of the methods it implements.

Shape: setup and test commands in code fences, a 'Supported Datasets' bullet list, then two
Markdown tables: '# Attack Methods' (| method | Type | Perturbation | Evasion/Poisoning | Apply
Domain | Paper | Code |) and '# Defense Methods' (| method | Defense Type | Apply Domain | Paper |
Code |).  The method cell holds the library's name for the method (Nettack, GCN-Jaccard, ...); the
Paper cell is '[Paper title](url)' (arXiv pdf/abs, OpenReview, ACM DL pdf, a lab pdf) or empty;
the Code cell links the example script(s).  Two rows hidden in an HTML comment follow the defense
table.

Entry: every visible table row whose Paper cell links a paper (one line each).  Title: the Paper
cell's link text (the method name is the library's, not the title).  Rows with an empty Paper cell
(RND, Adv-training) name no paper and are not entries; the two commented-out rows are not shown and
are not entries.  The same paper on two rows (the node-embedding attack and its baselines;
IG-Attack and GCN-Jaccard) is an entry on each row.  The 'UAI: A Unifed Weakly Supervised Framework
...' bullet under Supported Datasets names a dataset by its source paper, without a link; its
subject is the dataset, so it is not an entry.

Counts: attack table 12 rows, 11 with a paper; defense table 13 visible rows, 12 with a paper;
23 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild6 import entry, read_lines, write_truth

NAME = "DSE-MSU__DeepRobust__deeprobust__graph__README@92ad433.md"
PART = "wild6_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    rows = {"# Attack Methods": [0, 0], "# Defense Methods": [0, 0]}
    section = None
    for i, text in enumerate(lines, 1):
        if text.startswith("# "):
            section = text
        if not text.startswith("| ") or section not in rows or text.startswith("|   "):
            continue
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        paper_cell = cells[-2]
        rows[section][0] += 1
        if not paper_cell:
            continue
        m = re.fullmatch(r"\[([^\]]+)\]\((\S+)\)", paper_cell)
        assert m, (i, paper_cell)
        papers.append(entry(lines, i, i, m.group(1)))
        rows[section][1] += 1
    assert rows == {"# Attack Methods": [12, 11], "# Defense Methods": [13, 12]}, rows
    assert len(papers) == 23
    write_truth(NAME, PART, papers,
                "every visible row of the Attack and Defense method tables whose Paper cell links a paper is an"
                " entry (one line); title = the Paper cell's link text; rows with an empty Paper cell, the two rows"
                " in an HTML comment and the dataset bullets are not entries",
                "rows counted per table by eye (12 and 13 visible, 2 without a paper), every title against its"
                " Paper cell, ids from each row's link (ACM DL pdf link gives the DOI)")


if __name__ == "__main__":
    main()
