"""Wild37 truth for maodong2056/computer_vision Object_Detection.md: a personal object-detection notebook page
exported from a Google spreadsheet (StackEdit), three pipe tables and no prose.

Shape: line 1 is the spreadsheet's bare URL; "# Dataset" (line 2) heads a dataset-statistics table (VOC,
ILSVRC, MS COCO, OICOD: date links and image/object counts, lines 3-20); "# Paper" (line 22) heads the paper
table (lines 23-55): an empty header row ``|   |  |  |  |  |``, the separator, then one row per paper
``|  Nickname | Title | year-venue | [arxiv](url "arxiv") | [code](url "code") |``.  The title cell is plain
text (never linked); the venue cell is often empty; every row links arXiv abs; the code cell is sometimes
empty or a placeholder ``[code](code "TITLE TEXT HERE")``.  "# Leadboard" (line 56) heads a 30-column results
table (lines 57-89): method name with an "avN" version tag, backbone, input size and mAP figures.  The file
ends with a StackEdit ``<!--stackedit_data: ... -->`` comment (lines 90-92).

Decisions:
- An entry is each paper-table row, lines 25-55 (31 papers).  Title = the second cell as written (the
  nickname in the first cell dropped): "Fast R-CNN" and "Mask R-CNN" are the papers' real titles; the
  lower-cased "scale-aware trident networks for object detection" (line 52) and "DSSD : Deconvolutional
  Single Shot Detector" (line 36, space before the colon) are kept as written.  Ids: the arXiv link.
- Not entries: the dataset rows (datasets with statistics and download links, no paper named; line 20 links
  a README about COCO minival), the leaderboard rows (results per method/backbone/size, no title and no link,
  several rows per method), the spreadsheet URL and the StackEdit comment.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild37 import entry, read_lines, write_truth

NAME = "maodong2056__computer_vision__Object_Detection@77ac3e0.md"
PART = "wild37_development"

PAPER_HEAD = 22  # "# Paper"
FIRST, LAST = 25, 55


def main() -> None:
    lines = read_lines(NAME)
    assert lines[PAPER_HEAD - 1] == "# Paper" and lines[LAST].startswith("# Leadboard")
    papers = []
    for n in range(FIRST, LAST + 1):
        cells = [c.strip() for c in lines[n - 1].split("|")]
        assert len(cells) == 7 and "arxiv.org/abs/" in cells[4], n
        title = cells[2]
        assert title and "](" not in title, n
        papers.append(entry(lines, n, n, title))
    assert len(papers) == 31, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each row of the '# Paper' table (lines 25-55) is an entry; title = its plain-text second cell (the"
        " nickname cell before it dropped), arXiv id from the row's link; the dataset-statistics rows, the"
        " leaderboard result rows, the spreadsheet URL and the StackEdit comment are not entries.",
        "Whole 92-line file read; all 31 paper rows compared with the -v output (titles, arXiv ids, the"
        " lower-case Trident title on 52, 'DSSD : ...' on 36, the short titles 'Fast R-CNN' 26 and 'Mask R-CNN'"
        " 28, rows with empty venue or code cells and the placeholder code links 42/50); the dataset table"
        " (3-20) and the leaderboard (57-89) checked to name no paper title.",
    )


if __name__ == "__main__":
    main()
