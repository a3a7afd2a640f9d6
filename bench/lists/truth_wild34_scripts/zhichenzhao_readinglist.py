"""Wild34 truth for ZhichenZhao/my-reading-list README.md: "Waterbro's Reading List on Computer Vision", a
personal reading log, topics (## ...) in alphabetical order, one "### Title，Venue，Year" heading per
paper followed by the reader's notes in Chinese bullets.

Shape: each ### heading (lines 5-363) is one entry spanning to its last non-blank line before the next
heading or "---" rule.  The heading ends with the venue and year after a full-width "，" or an ASCII
",", with or without spaces ("...Networks，CVPR，2017", "..., CVPR 2016", "...,CVPR,2019(oral)",
"...，CVPR，2018（spotlight）", "..., submitted to ICLR 2018", "...,ICLR, 2018 submission",
"...，submitted to CVPR2018", "...，ACM MM 2017"); line 81 separates it with ". arXiv, 2015".  The
title is the text before that tail, as written: full-width punctuation inside titles is kept
("YOLO9000：better，faster，stronger", "NormFace：l2 ...", "VITAL：visual ..."), as are variant
spellings ("Sqeeze and Excitation Network", "Spatial Transformer Network", "Mask RCNN") and a
lower-case title (line 363).  Line 228 "R-FCN，NIPS，2016" names only the method (the paper's title
is longer): title None.  A paper mentioned inside the notes of line 203 ("Visual Semantic Role
Labeling") is not an entry.  No arXiv ids or DOIs are written.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import entry, read_lines, write_truth

NAME = "ZhichenZhao__my-reading-list__README@a9f0e9e.md"
PART = "wild34_development"
TAIL = re.compile(r"^(.*?)\s*[，,.]\s*(?:submitted to\s*)?(?:arXiv|arxiv|CVPR|ICCV|ECCV|NIPS|ICLR|ICML|AAAI|PAMI|ACM MM)(?:[\s，,0-9(（]|$).*$")


def main() -> None:
    lines = read_lines(NAME)
    heads = [n for n in range(1, len(lines) + 1) if lines[n - 1].startswith("### ")]
    papers = []
    for h in heads:
        end = h
        n = h + 1
        while n <= len(lines) and not lines[n - 1].startswith("#") and lines[n - 1].strip() != "---":
            if lines[n - 1].strip():
                end = n
            n += 1
        m = TAIL.match(lines[h - 1][4:])
        assert m, lines[h - 1]
        title = None if h == 228 else m.group(1)
        papers.append(entry(lines, h, end, title))
    assert len(papers) == 91, len(papers)
    write_truth(NAME, PART, papers,
                "Each ### paper heading with its notes is an entry; title is the heading without the trailing venue/year "
                "tail, None for the method-name-only heading R-FCN.",
                "All 91 headings and their spans read against the file by eye, every title checked against its heading.")


if __name__ == "__main__":
    main()
