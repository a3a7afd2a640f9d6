"""Wild21 truth for adioshun/gitPaper_3D_Object_Detection_Tracking SUMMARY.md: the GitBook table of
a Korean paper-notes book on LiDAR 3D detection; one bullet per paper note, Korean section names.

Shape: ``## List``, ``## 전처리`` (preprocessing), ``## Clustering /Segmentation``, ``## Detection``,
``## Pose Estimation``, ``## 협조탐지`` (cooperative detection), ``## 미분류`` (unsorted).  Each paper is
one bullet (``*`` or, twice, ``-``) ``[YYYY-Title](notes-file.md)``: the link goes to the author's
Korean notes on the paper, the year is glued to the title with a hyphen, a reading-progress mark
``\\(30%\\)`` may end the link text.  Four papers are Korean-language papers with Korean titles
(단일 카메라를 이용한 …), one a German thesis (PyDriver: Entwicklung eines Frameworks …).

Entry: every bullet whose link text starts with a four-digit year and a hyphen (79).  Not entries:
the README links of each section, 'CVPR2019 Point Cloud' (a note listing a conference's papers),
the two GitHub paper lists and the Zhihu post under ``## List`` (links to other lists).

Title: the link text without the 'YYYY-' prefix and the escaped progress mark '\\(NN%\\)'; the
file's typos kept ('Density Enhancement-Ba sed', 'SECOND:Sparsely').  No ids: every link is a
local notes file.  The 2014 and 2015 'Deep Learning Representation using Autoencoder for 3D Shape
Retrieval' bullets are separate entries.

Counts: grep -cE '^[*-] \\[[0-9]{4}-' = 79; per section 7 + 3 + 10 + 2 + 4 + 53.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild21 import entry, read_lines, write_truth

NAME = "adioshun__gitPaper_3D_Object_Detection_Tracking__SUMMARY@55a54f3.md"
PART = "wild21_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per_section: dict[str, int] = {}
    section = ""
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            section = text[3:].strip()
            continue
        m = re.match(r"^[*-] \[(\d{4})-(.+)\]\([^)]*\)\s*$", text)
        if not m:
            continue
        title = re.sub(r"\s*\\\(\d+%\\\)\s*$", "", m.group(2)).strip()
        papers.append(entry(lines, i, i, title))
        per_section[section] = per_section.get(section, 0) + 1
    assert per_section == {"전처리": 7, "Clustering /Segmentation": 3, "Detection": 10, "Pose Estimation": 2,
                           "협조탐지": 4, "미분류": 53}, per_section
    assert len(papers) == 79
    write_truth(NAME, PART, papers,
                "every bullet '[YYYY-Title](notes.md)' is an entry (a paper whose Korean notes the link opens);"
                " title = the link text without the year prefix and the '\\(NN%\\)' reading-progress mark;"
                " README links, a conference-list note and links to other paper lists are not entries",
                "all 112 lines by eye; per-section counts 7/3/10/2/4/53; the four Korean titles, the German"
                " thesis title, the progress marks dropped (lines 26, 52-54), the two '-' bullets (19-20)")


if __name__ == "__main__":
    main()
