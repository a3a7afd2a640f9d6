"""Wild32 truth for ucalyptus2/ML-DifferentialGeometry-Reading-Group README.md: a reading group on
machine learning and differential geometry; its README carries the group's reading list.

Shape: under "## 📚 The reading list (22 papers, verified references)" (line 41) seven "###" topic
headings, each followed by one-line bullets ``- **Title** — Authors (Year) · *arXiv:NNNN.NNNNN* →
[`papers/...`](papers/...)`` (lines 44-77).  The arrow link points to the group's own notes folder and
is not part of the reference.  Entries: the 22 bullets; title = the bold text, except line 70 whose
bold text "FFJORD" is the model's name, not the paper's title (title None).  Not entries: the concept
table (lines 27-37), the numbered tutorial lessons under "## 🧭 The tutorial" (bold lesson titles with
a Markdown file name), the site, contributing and licence sections.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild32 import entry, read_lines, write_truth

NAME = "ucalyptus2__ML-DifferentialGeometry-Reading-Group__README@8017984.md"
PART = "wild32_development"

BULLET = re.compile(r"^- \*\*(.+?)\*\* — ")
NICKNAMES = {"FFJORD"}


def main() -> None:
    lines = read_lines(NAME)
    start = next(i for i, ln in enumerate(lines, 1) if ln.startswith("## 📚 The reading list"))
    stop = next(i for i, ln in enumerate(lines, 1) if i > start and ln.startswith("## "))
    papers = []
    for n in range(start + 1, stop):
        m = BULLET.match(lines[n - 1])
        if m:
            title = m.group(1)
            papers.append(entry(lines, n, n, None if title in NICKNAMES else title))
    assert len(papers) == 22, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each bullet of the reading-list section is an entry titled by its bold text (the model name FFJORD "
        "gives None); the arXiv id comes from the *arXiv:* text; the tutorial lessons and concept table are "
        "not entries.",
        "All 22 entries checked by eye against lines 44-77, including the FFJORD bullet and the end of the "
        "section before the tutorial list.",
    )


if __name__ == "__main__":
    main()
