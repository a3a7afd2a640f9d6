"""Wild31 truth for qingkaikong/ML_Journal_Club paper_list.md: the candidate-paper list of a small
machine-learning journal club at a seismology lab (Berkeley), open for members to add papers.

Shape: topic headings ("## Basic ML Methods", ...) over bullets ``* [Title](url) - label``; papers
already discussed have their title struck through inside the link (``[~~Title~~](url)``, lines 4, 6,
18, 25, 28); the strike marks are markup, not title.  Special cases: lines 34, 37-39 write a
nickname before the title in the link text ("FCN - Fully Convolutional ...", "AlexNet - ImageNet
..."): kept as written, like a nickname prefix; lines 45-46 append the year to the link text ("A
Survey on Transfer Learning - 2009"): the " - year" is dropped.  Line 31 links lecture notes but
names the paper "Learning from Imbalanced Data": an entry.  Faster R-CNN (10, 40) and the ImageNet
paper (5, 37) are listed twice: separate entries.  Under "## Tutorials", line 50 is an arXiv
report ("A guide to convolution arithmetic for deep learning") and counts; lines 51-54 are topic
links to code, blogs and posts and are not entries.  The text after " - " outside the link
("- Concepts", "- Application") is a label, not title.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild31 import entry, read_lines, write_truth

NAME = "qingkaikong__ML_Journal_Club__paper_list@8cec112.md"
PART = "wild31_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = re.match(r"^\* \[(.+?)\]\(", ln)
        if not m:
            continue  # lines 51-54: "* General ML - [Link](...)" etc.
        t = m.group(1).replace("~~", "")
        t = re.sub(r" - (?:19|20)\d\d$", "", t)
        papers.append(entry(lines, n, n, t))
    assert len(papers) == 31, len(papers)
    write_truth(NAME, PART, papers,
                "Each '* [Title](url)' bullet is one paper (struck-through titles included, strike marks"
                " removed, a ' - year' suffix dropped, nickname prefixes kept); the tutorial links to"
                " code and blogs are not entries, the arXiv guide under Tutorials is.",
                "All 31 entries and the 4 non-entry tutorial bullets read by eye against the file.")


if __name__ == "__main__":
    main()
