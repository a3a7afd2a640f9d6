"""Wild14 truth for DeweiHu/MedicalImageDiffusion-Survey README: an updating survey of diffusion models
for medical image analysis (MICCAI 2023), six tables by task.

Shape: one Markdown table per task heading (Synthesis, Segmentation, Reconstruction,
Out-of-distribution Detection, Classification, Others); every row is '| n | Title [pdf](url) |
(Category |) Code | Modality | DM |', numbered from 1 in each table.  The title is plain text in
the 'Paper Title' cell, followed by a '[pdf](...)' or '[link](...)' label; the code link is in
another cell.  Every numbered row is an entry (one paper each); the header and ':--:' rows are not.
Title = the second cell's text before its final '[pdf]' / '[link]' label.  One arXiv link is
written 'hhttps://arxiv.org/pdf/2303.12644.pdf' (a typo in the scheme); the id is still written
there.  Springer chapter links give the DOI.

Count check: grep -c '^| [0-9]' gives 41 = 21 + 8 + 5 + 3 + 2 + 2 (each table's last number).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild14 import entry, read_lines, write_truth

NAME = "DeweiHu__MedicalImageDiffusion-Survey__README@5ef3444.md"
PART = "wild14_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per_table = []
    for i, text in enumerate(lines, 1):
        if text.startswith("### "):
            per_table.append(0)
        m = re.match(r"\|\s*(\d+)\s*\|(.*?)\|", text)
        if not m:
            continue
        cell = m.group(2)
        title = re.sub(r"\s*\[(?:pdf|link)\]\([^)]*\)\s*$", "", cell).strip()
        assert "](" not in title, (i, title)
        assert int(m.group(1)) == per_table[-1] + 1, i
        per_table[-1] += 1
        papers.append(entry(lines, i, i, title))
    assert per_table == [21, 8, 5, 3, 2, 2], per_table
    assert len(papers) == 41
    write_truth(NAME, PART, papers,
                "every numbered table row is an entry; title = the 'Paper Title' cell's plain text before its"
                " trailing '[pdf](url)' or '[link](url)' label",
                "all 41 rows against the file (six tables, numbering 1..n checked per table: 21, 8, 5, 3, 2, 2);"
                " every title by eye; the 'hhttps://arxiv.org' typo on line 23 still yields 2303.12644; Springer"
                " chapter DOIs; the DTU portal PDF (line 68) gives no id")


if __name__ == "__main__":
    main()
