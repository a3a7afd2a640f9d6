"""Wild38 truth for ZhenyuYangMQ/Awesome-Graph-Level-Learning README.md: the companion list of a survey of
graph-level learning (graph kernels, subgraph mining, graph embedding, graph-level deep networks and GNNs,
graph pooling), with dataset and tool lists, newest commit (2024-09-23).

Shape: badges, a nested table of contents (6-44), a timeline image, then one pipe table per ``##``-``####``
heading:
- "Surveys" (51-58): ``| Paper Title | Venue | Year | Materials |``;
- every method section (64-272): ``| Paper Title | Venue | Year | Method | Materials |``.
The Paper Title cell is PLAIN text; the Method cell holds the method's nickname; the Materials cell holds
``[[Paper](url)]`` and often ``[[Code](url)]`` (paper hosts: PMLR, IEEE Xplore, ACM DL, Springer, JMLR,
NeurIPS proceedings, arXiv pdf, OpenReview pdf, AAAI OJS, ACL Anthology, SIAM epubs, Nature, CVF, ICML
pages, a Google static PDF).  Most rows end ``]|`` without a space; some rows carry a trailing space after
the closing pipe.
- "Datasets" (275-327): four ``| Dataset | Size | Graphs | Classes | Link |`` tables listing benchmark
  datasets (ENZYMES, MUTAG, IMDB-BINARY, ...) with download links, and a "Dataset Library" bullet list;
  "Tools" (330-334): DGL, PyG, OGB, Benchmarking bullets; a disclaimer with e-mails.

Decisions:
- An entry is every data row of the Surveys table and of the method tables (title = the Paper Title cell as
  written, e.g. "gspan: Graph-based Substructure Pattern Mining", "An Apriori-based Algorithmfor Mining
  Frequent Substructures from Graph Data" with its missing space; venue, year and the method nickname
  dropped).  The same paper listed twice (KCNN 150/237, PATCHYSAN 153/238) gives separate entries.
- Ids from the row's Materials links: arXiv pdf ids, DOIs from ACM DL, Springer (chapter, article and
  springeropen ``articles/10.1007/...?ref=`` with the query dropped), Nature (none: article id), SIAM epubs
  URLs; IEEE Xplore document pages, PMLR, JMLR, NeurIPS, OpenReview, AAAI and CVF links give none.
- Not entries: the dataset table rows (datasets with download links, no paper), the Dataset Library and
  Tools bullets, the survey-less headings, table headers and delimiter rows, badges and the TOC.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild38 import entry, read_lines, write_truth

NAME = "ZhenyuYangMQ__Awesome-Graph-Level-Learning__README@e8251f1.md"
PART = "wild38_development"

PAPER_HEADER = "| Paper Title | Venue | Year |"
DATASET_HEADER = "| Dataset | Size | Graphs | Classes | Link |"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    kind = None
    datasets = 0
    for n, ln in enumerate(lines, 1):
        s = ln.strip()
        if not s.startswith("|"):
            kind = None
            continue
        if s.startswith(PAPER_HEADER):
            kind = "paper"
            continue
        if s.startswith(DATASET_HEADER):
            kind = "dataset"
            continue
        if s.startswith("| ----"):
            continue
        assert kind, n
        cells = s.split("|")
        if kind == "dataset":
            assert "[Link](" in cells[5], n
            datasets += 1
            continue
        title = cells[1].strip()
        assert title and "[[Paper](" in s, n
        papers.append(entry(lines, n, n, title))
    assert datasets == 31, datasets
    assert len(papers) == 109, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each data row of the Surveys table and of the method tables is an entry, title = the plain Paper Title"
        " cell (venue, year, method nickname and Materials links dropped), ids from the row's [[Paper]] link;"
        " the dataset tables (datasets with download links), the Dataset Library and Tools bullets, headers,"
        " badges and the TOC are not entries.",
        "Whole 340-line file read; compared with the -v output: the first and last row of each of the 25 paper"
        " tables, the six survey rows 53-58 (ACM DL DOI on 53, springeropen DOI without the ?ref query on 56),"
        " about 25 random method rows (ids from arXiv pdf 125/133/134/145/158/160, ACM DL 82/89/91/113/116,"
        " Springer chapter/article 68/83/88/106/150, SIAM epubs 115/132; none from IEEE Xplore, PMLR, JMLR,"
        " NeurIPS, OpenReview, AAAI, CVF), the repeated KCNN/PATCHYSAN rows (150/237, 153/238), the"
        " 'Algorithmfor' typo row 106; the 31 dataset rows counted and checked to hold only download links.",
    )


if __name__ == "__main__":
    main()
