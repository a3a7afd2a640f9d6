"""Wild13 truth for ummadiviany/cv-papers-reading README.md: one person's checklist of CV papers to read, with notes on those read.

Shape: a nested task list first (lines 4-118): five unchecked topic boxes ('- [ ] [Image
Classification]()', 'Object Detection', ...) and under each, indented four spaces, one box per
paper, '- [x] [Title](#anchor)' when read (the anchor points to its notes) or '- [ ] [Title - 2016]()'
(empty link) when still to read.  Then one notes section per paper read: '<div id='anchor'/>', a
heading '### [Title](url) <img badge "Completed-Read on DD-MMM-YYYY">' ('####' once) and a
'**Brief:**' paragraph with images, lists and a math block; an 'Author' table closes the file.

Entry: every indented paper box (51: 21 + 16 + 4 + 1 + 9 under the five topics) and every notes
section (11).  The topic boxes are not entries.  A paper both ticked and noted is two entries,
and the two boxes listed twice in the list (Xception, lines 30 and 42; Aggregated Residual
Transformations, lines 20 and 66) are two entries each.
Title: the link text, a leading space dropped, the ' - 2016' / '- 2015' year the list appends
removed, and the nickname 'R-CNN' appended after the R-CNN title (line 52) removed.  In the notes
the heading's link text.  A box's lines are its own line; a notes section runs from its heading
to the last line of its brief.
arXiv ids come from the heading links (the boxes link only to anchors or nothing).  The ZFNet heading
(line 141) links through a Google redirect whose url parameter is the percent-encoded
'https://arxiv.org/abs/1311.2901': decoded, that id is taken.  ResNet and Faster R-CNN headings link
to Google Scholar, AlexNet's to the NIPS proceedings: no id.
Checks: 56 lines '- [x]'/'- [ ]' (5 topics at column 0, 51 indented), 11 '<div id=' anchors each
followed by one heading; 51 + 11 = 62.
"""
import re
import sys
from pathlib import Path
from urllib.parse import unquote

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild13 import arxiv_of, entry, read_lines, write_truth

NAME = "ummadiviany__cv-papers-reading__README@704add9.md"
PART = "wild13_development"
LINES = read_lines(NAME)


def box_title(line: int, text: str) -> str:
    t = text.strip()
    t = re.sub(r"\s*-\s*(19|20)\d\d$", "", t)
    if line == 52:
        t = t.removesuffix(" R-CNN")
    return t


def main() -> None:
    papers = []
    topics = boxes = 0
    for i, text in enumerate(LINES, 1):
        m = re.match(r"( *)- \[([ x])\] \[([^\]]*)\]\(([^)]*)\)\s*$", text)
        if m:
            if not m.group(1):
                topics += 1
                assert m.group(4) == "", i
                continue
            boxes += 1
            papers.append(entry(LINES, i, i, box_title(i, m.group(3))))
            continue
        assert not re.match(r"\s*- \[[ x]\]", text), i
    anchors = [i for i, t in enumerate(LINES, 1) if t.startswith("<div id=")]
    author = next(i for i, t in enumerate(LINES, 1) if t.startswith("## Author"))
    for k, a in enumerate(anchors):
        stop = anchors[k + 1] if k + 1 < len(anchors) else author
        head = next(j for j in range(a + 1, stop) if LINES[j - 1].startswith("###"))
        last = max(j for j in range(head, stop) if LINES[j - 1].strip())
        m = re.match(r"#{3,4} \[([^\]]+)\]\(([^)]*)\)", LINES[head - 1])
        e = entry(LINES, head, last, m.group(1))
        if e["arxiv"] is None:
            e["arxiv"] = arxiv_of(unquote(m.group(2)))
        papers.append(e)
    assert (topics, boxes, len(anchors)) == (5, 51, 11), (topics, boxes, len(anchors))
    assert len(papers) == 62
    write_truth(NAME, PART, papers,
                "every indented paper box of the reading checklist (read or not) and every notes section of a paper"
                " read is an entry; the five topic boxes are not; title = the link text without the appended year"
                " and a trailing nickname, or the notes heading's link text",
                "the box count by indentation (5 topic boxes, 51 papers), the 11 anchors and headings, every box title"
                " after the year cut, the two repeated boxes, each notes section's first and last line, the heading"
                " links' ids (the Google redirect of ZFNet decoded, Scholar and NIPS links without id)")


if __name__ == "__main__":
    main()
