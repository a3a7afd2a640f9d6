"""Wild13 truth for Mycenae/PaperWeekly README.md: the index of one person's paper notes ("a paper a week").

Shape: 17 '## Topic' headings, under each a pipe table without outer pipes
'Paper Name | Published time | Link' (header words vary: 'Model name', 'Name', 'Model', 'Datasets
name', 'Paper | time | link'), one row per paper note: 'Key | yyyy | [label](url)', then a numbered
'## Books & links' list.

Entry: every table body row (255), except 'Alibaba-ICCAD2022-contest' (line 61, a contest problem
statement).  Kept: software and dataset papers (QEMU, gem5, PlatEMO, pymoo, Caffe, Open3D, MS COCO,
...), three rows for chapters 2-4 of one thesis (GPU-Latency-Hiding-Ch2/3/4, each its own record),
CACM viewpoints, rows linking a project page (NAAS, Deep image prior).
Title: the first cell is the key the author filed the note under (the notes files carry the same
names: 'Deep-Filter-Banks.md', 'Attention.md', 'ORB-SLAM2'), a nickname, model name or
hyphenated short name, not the paper's title: title null.  Two rows whose key spells the paper's
full title in words are given it: 'Convolutional Pose Machines' (line 239) and 'Deep image prior'
(line 316).
arXiv id: from the link URL only (a bare number in the link text is not an arXiv id form): the ViT row
links OpenReview under the text '2010.11929' (no id); HyperMapper-2.0 writes text 1801.05236 over
the URL 1810.05236 (URL kept); OctConv text 1904.0509, URL 1904.05049; EDSR's URL
'arxiv.org/1707.02921v1' and Open3D's 'https//arxiv.org/abs/1801.09847' still name the id.
Not entries: the 18 header and 18 separator lines, the 'Books & links' items (two books, a blog, a
product page, MATLAB and SimpleITK docs).
Checks: 292 lines with '|': 18 headers + 18 separators + 256 body rows; 256 - 1 = 255.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild13 import entry, read_lines, write_truth

NAME = "Mycenae__PaperWeekly__README@b7712df.md"
PART = "wild13_development"
LINES = read_lines(NAME)
TITLED = {239: "Convolutional Pose Machines", 316: "Deep image prior"}


def main() -> None:
    papers = []
    heads = seps = rows = 0
    for i, text in enumerate(LINES, 1):
        if "|" not in text:
            continue
        if re.fullmatch(r"-+ *\| *-+ *\| *-+", text):
            seps += 1
            continue
        cells = [c.strip() for c in text.split("|")]
        assert len(cells) == 3, (i, text)
        if cells[1] in ("Published time", "time"):
            heads += 1
            continue
        rows += 1
        key = cells[0]
        if key == "Alibaba-ICCAD2022-contest":
            continue
        assert re.fullmatch(r"\d{4}", cells[1]), (i, cells)
        title = TITLED.get(i)
        if title is not None:
            assert key == title, (i, key)
        e = entry(LINES, i, i, title)
        # the id comes from the URL, never from the link text
        url = re.search(r"\]\(([^)]*)\)", cells[2]).group(1)
        m = re.search(r"arxiv\.org/(?:abs/+|pdf/)?(\d{4}\.\d{4,5})", url)
        e["arxiv"] = m.group(1) if m else None
        papers.append(e)
    assert (heads, seps, rows) == (18, 18, 256), (heads, seps, rows)
    assert len(papers) == 255
    write_truth(NAME, PART, papers,
                "every body row of the 17 topic tables is an entry (a contest problem statement left out); the first"
                " cell is the author's note key or nickname, so the title is null except two rows whose key is the"
                " paper's full title; arXiv id from the link URL only",
                "the row count by line type (18 headers, 18 separators, 256 rows), every row read once for non-papers,"
                " every key read for full titles, the rows whose link text differs from the URL's arXiv id (ViT,"
                " HyperMapper-2.0, OctConv) or whose arXiv URL is malformed (EDSR, Open3D), the DOIs of the ACM, Wiley, Springer, SPIE"
                " and Royal Society links, the 'Books & links' list (no entry)")


if __name__ == "__main__":
    main()
