"""Wild31 truth for reczoo/FuxiCTR README.md: README of a CTR-prediction library, with its "Model Zoo".

Shape: the Model Zoo (32-97) is one wide pipe table `| No | Publication | Model | Paper | Benchmark | ...`
whose group rows are raw HTML inside the table:
`|<tr><th colspan=6 align="center">:open_file_folder: **Feature Interaction Models**</th></tr>|` (36, 78, 85,
91, 94).  A model row is `| 12 | SIGIR'17 | [NFM](./model_zoo/NFM) | [Title](url) :triangular_flag_on_post:**Company** | [:arrow_upper_right:](benchmark) | `torch` |`:
running number, venue'yy, model name linked to its code folder, the paper title linked to the paper, an
emoji flag and the company in bold, then a benchmark link.  Rows 37-97 (No 1-57) are entries titled by the
Paper-cell link text.  No 55 (line 95, ShareBottom) links a survey ("An Overview of Multi-Task Learning in Deep
Neural Networks") as its paper: an entry like the others.  Later rows have ragged cell counts and some lack a
benchmark link.
The "Citation" section (160-165) gives the library's two papers as formatted references
(`+ Authors. [BARS: Towards Open Benchmarking for Recommender Systems](https://arxiv.org/abs/2205.09626).
*Venue*, 2022. [[Bibtex](dblp)]`): they are not BibTeX boilerplate but reference bullets of two papers, so
each is an entry.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild31 import entry, read_lines, write_truth

NAME = "reczoo__FuxiCTR__README@0245987.md"
PART = "wild31_development"

ROW = re.compile(r"^\|\s*(\d+)\s*\|[^|]*\|[^|]*\|\s*\[(.+?)\]\((?:https?://)[^)]*\)")
CITE = re.compile(r"^\+ [^\[]+\[([^\]]+)\]\(https://arxiv\.org/abs/[^)]+\)")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    nums = []
    for i, t in enumerate(lines, 1):
        m = ROW.match(t)
        if m:
            nums.append(int(m.group(1)))
            papers.append(entry(lines, i, i, m.group(2)))
            continue
        m = CITE.match(t)
        if m:
            papers.append(entry(lines, i, i, m.group(1)))
    assert nums == list(range(1, 58)), nums
    assert len(papers) == 59, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each numbered Model Zoo row (No 1-57) is an entry titled by the link text of its Paper cell; the HTML"
        " group-header rows are not; the two reference bullets of the library's own papers under Citation are"
        " entries.",
        "All 59 entries checked by eye: every row's title against the Paper cell, the ids (arXiv, dl.acm.org/doi"
        " DOIs; citation.cfm and ojs links give none), and the five HTML group rows.",
    )


if __name__ == "__main__":
    main()
