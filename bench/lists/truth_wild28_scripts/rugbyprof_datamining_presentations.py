"""Wild28 truth for rugbyprof/5443-Data-Mining Assignments/04-Presentations/README.md: the paper
presentation assignment of a data-mining course (CMPS 5443, Fall 2017): the papers students may
present, the student groups and the presentation dates.

Shape: no heading before the list.  Lines 1-13: a numbered list ('1. ' every item), each item one
link '[Link text](pdf url)'; item 9 ('Region Based CNN's', no link) heads a nested numbered
sub-list of three links (lines 10-12, indented four spaces).  Lines 16-28: '### Groups' table of
student names (no papers).  Lines 31-44: '### Dates' table 'Date | Group # | Paper' whose Paper cell
repeats a link of the list (lines 36-40); lines 41-44 have an empty Paper cell.
Entries: every linked paper, in the list (12) and in the Dates table (5; repeated records are
separate entries), ids from each link (arxiv.org/pdf URLs with a version).  Not entries: line 9
(a group heading naming a family of models, no link), the Groups table, the empty Dates rows.
Titles: most link texts are model nicknames, not titles, so their title is null: AlexNet (lines 1,
38), ZF Net (2, 39), VGG Net (3), GoogLeNet (4, 37), 'Microsoft ResNet' (5), R-CNN / Fast R-CNN /
Faster R-CNN (10-12).  Link texts that read as titles are kept as written: 'Generative Adversarial
Networks' (6), 'Spatial Transformer Networks' (7, 36), 'Deep Residual Learning for Image
Recognition' (13, 40) and 'Generating Image Descriptions' (8; the tail of the paper's title, kept as
written since only outside knowledge tells it is shortened).
Count check: 13 numbered items (lines 1-13) - 1 link-less heading = 12 list links (a grep of '](' in
lines 1-13 agrees); 9 Dates rows, 5 with a filled Paper cell; 12 + 5 = 17 entries, 11 with a null
title (8 in the list, 3 in the table).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild28 import entry, read_lines, write_truth

NAME = "rugbyprof__5443-Data-Mining__Assignments__04-Presentations__README@9ec3116.md"
PART = "wild28_development"
NICKNAMES = {"AlexNet", "ZF Net", "VGG Net", "GoogLeNet", "Microsoft ResNet", "R-CNN", "Fast R-CNN", "Faster R-CNN"}
TITLES = {"Generative Adversarial Networks", "Spatial Transformer Networks",
          "Deep Residual Learning for Image Recognition", "Generating Image Descriptions"}
LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    items = 0
    for i, text in enumerate(lines, 1):
        if i <= 13:
            assert re.match(r"(    )?1\. ", text), i
            items += 1
        elif i >= 36 and text.startswith("| "):
            cell = text.split("|")[3]
            if not cell.strip():
                assert i >= 41, i
                continue
        else:
            continue
        m = LINK.search(text)
        if not m:
            assert i == 9 and text == "1. Region Based CNN's", i
            continue
        label = m.group(1).strip()
        if label in NICKNAMES:
            title = None
        else:
            assert label in TITLES, (i, label)
            title = label
        papers.append(entry(lines, i, i, title))
    assert items == 13, items
    assert len(papers) == 17, len(papers)
    assert sum(1 for p in papers if p["title"] is None) == 11
    write_truth(NAME, PART, papers,
                "every linked paper of the numbered list (incl. the nested R-CNN sub-list) and of the Dates"
                " table's Paper cells is an entry (repeats kept); title = the link text when it reads as a"
                " title, null when it is a model nickname (AlexNet, ZF Net, VGG Net, GoogLeNet, Microsoft"
                " ResNet, R-CNN, Fast R-CNN, Faster R-CNN)",
                "every line of the file read by eye (46 lines): the 12 list links, the link-less heading of"
                " line 9, the 5 filled and 4 empty Dates rows, each title or null and each arXiv id (versioned"
                " arxiv.org/pdf links; NeurIPS and CVF links without ids)")


if __name__ == "__main__":
    main()
