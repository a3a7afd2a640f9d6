"""Wild38 truth for Lextal/SotA-CV content/semantic_segmentation.md: one task page of a small "state of the art in
computer vision" wiki (2018), a leaderboard of semantic segmentation results per benchmark, each result row
citing its paper by a bare ``[paper]`` link; newest commit (2018-07-06, the file unchanged since).

Shape: a description of the task and its metrics (a ``*`` list wrapped over lines 12-17), an ``**NB**`` note,
then seven ``###`` benchmark sections (PASCAL VOC 2012 val/test, PASCAL Context, ADE20K val/test, Cityscapes
val/test), each with a ``[Dataset description](datasets/...)`` link and one pipe table ``| Model | Score |
Weights | Paper | Code |`` (headers 27, 43, 61, 74, 89, 99, 111).  A row is one model configuration
(``DeepLab_v3-Xception-65 + COCO``, ``ResNet-38 Model A1-2``), its score, a weights link or ``N/A``
(TensorFlow/Caffe/MXNet/MatConvNet download links), ``[paper](https://arxiv.org/abs/...)`` and a code link
or ``N/A``.  The model-name cells are padded with spaces; 48 rows cite only seven papers (DeepLab v2 and
v3, ResNet-38 "wider or deeper", RefineNet, PSPNet, SDN, EncNet), so the same arXiv id recurs up to 13 times.

Decisions:
- An entry is every result row (48): a leaderboard row whose Paper column cites one scholarly work.  The row
  names no title, only the model configuration, so title = null; the arXiv id comes from the ``[paper]``
  link (the only arXiv link in each row: weights and code links give no ids).  Rows citing the same paper
  in several benchmarks, or in several configurations of one benchmark, are separate entries, as repeated
  records are.
- Not entries: the task description and metric bullets, the NB note, the dataset-description links,
  table headers and delimiter rows.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild38 import entry, read_lines, write_truth

NAME = "Lextal__SotA-CV__content__semantic_segmentation@542698b.md"
PART = "wild38_development"

HEADER = "| Model | Score | Weights | Paper | Code |"
PAPER = re.compile(r"^\[paper\]\(https://arxiv\.org/abs/\d{4}\.\d{5}\)$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    in_table = False
    headers = 0
    for n, ln in enumerate(lines, 1):
        if ln == HEADER:
            in_table, headers = True, headers + 1
            continue
        if not ln.startswith("|"):
            in_table = False
            continue
        if ln.startswith("|:---"):
            continue
        assert in_table, n
        cells = ln.split("|")
        assert len(cells) == 7 and PAPER.match(cells[4].strip()), n
        papers.append(entry(lines, n, n, None))
    assert headers == 7
    assert len(papers) == 48, len(papers)
    assert all(p["arxiv"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each result row of the seven benchmark tables is an entry (a leaderboard row citing its paper by a bare"
        " [paper] arXiv link): title null (the row names only a model configuration), arXiv id from that link;"
        " rows citing the same paper again are separate entries; description, metric bullets, NB note,"
        " dataset-description links and table headers are not entries.",
        "Whole 118-line file read; all 48 rows compared with the -v output (line numbers, null titles, the arXiv"
        " id of each row against its [paper] link: 1708.04943 SDN, 1706.05587 DeepLab v3, 1611.10080 ResNet-38,"
        " 1606.00915 DeepLab v2, 1803.08904 EncNet, 1612.01105 PSPNet, 1611.06612 RefineNet); weights and code"
        " cells checked to hold no arXiv or DOI link; the metric list (12-17) and NB note hold no paper.",
    )


if __name__ == "__main__":
    main()
