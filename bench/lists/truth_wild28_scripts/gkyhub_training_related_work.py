"""Wild28 truth for GkyHub/nn_training_acceleration related_work.md: a student's related-work notes.

Shape: a '#' title and one intro paragraph (lines 1-3), two '##' sections ('Hardware
Accelerators' line 5, 'Training Algorithms' line 25), and under them one '###' heading per paper
whose whole text is a link '### [Title](url)', blank lines between; nothing else under a heading
(the notes were never filled in).  Links: IEEE Xplore (no DOI in the URL), lab PDFs, arXiv
'/pdf/' URLs (lines 17, 27, 29, 31, 33), NeurIPS proceedings, one OpenReview PDF (line 39).
Title = the link text as written (the typo 'Oof' on line 33 kept).
Entries: every '###' heading (16: 9 hardware papers on lines 7-23, 7 algorithm papers on lines
27-39).  Not entries: the '#'/'##' headings and the intro paragraph.
Count check: 16 lines start with '### [' (asserted), 5 with an arXiv id.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild28 import entry, read_lines, write_truth

NAME = "GkyHub__nn_training_acceleration__related_work@2c85b7a.md"
PART = "wild28_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        if not text.startswith("### "):
            continue
        m = re.fullmatch(r"### \[(.+)\]\((\S+)\)", text)
        assert m, i
        papers.append(entry(lines, i, i, m.group(1)))
    assert len(papers) == 16, len(papers)
    assert sum(1 for p in papers if p["arxiv"]) == 5
    write_truth(NAME, PART, papers,
                "every '### [Title](url)' heading under the two sections is one paper; title = the link text",
                "all 16 headings read by eye against the file, titles and the five arXiv ids checked; the"
                " IEEE Xplore links carry no DOI")


if __name__ == "__main__":
    main()
