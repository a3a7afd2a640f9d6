"""Wild41 truth for gjgjgjfff/Nerf_Learn README.md: a student's index of their own Chinese summaries of NeRF papers,
one line per paper, each a link whose text is a running number, the method's nickname and its venue, grouped under
Chinese topic headings; then an index of topic summaries.

Shape: "# Nerf_Learn" (1), "学习Nerf相关" (2), "## Paper Summary" (4), then eight "### " topic headings in Chinese
("### Nerf原文" 5, "### 无界/野外/不受限制场景" 7, "### 大型场景" 12, "### 少视角(Few-Shot)" 19, "### 可变形/动态场景" 23,
"### Nerf和显示的3D场景表达" 26, "### 摆脱对精确相机pose的依赖" 29, "### 人体重建" 31, "### 透明外壳/物体" 33), each
followed by lines
    [NN.Nickname(VENUE YEAR ...)](https://github.com/gjgjgjfff/Nerf_Learn/blob/main/paper%20summary/NN.Nickname.md)
ended by two spaces (a Markdown line break) and sometimes by a Chinese reading-status remark ("--还没看" 11, 30,
"--雷达的部分没看" 18, "--粗略看了下，具体细节还要看代码" 25, "--还没看完" 34).  The number says in which order the
papers were read (01-20, not in file order); "20." is used twice ("20.dense_depth_priors_nerf" 22, whose link goes to
"21.dense_depth_priors_nerf.md", and "20.Point-Nerf" 28).  The venue parenthesis may nest ("04.Mip-Nerf(ICCV2021
(Oral, Best Paper Honorable Mention))" 10) or be missing ("02.Nerf++" 8).  Line 25 lacks the closing two
spaces.  "## Topic Summary" (36) lists five links to the author's topic write-ups ("[01.large-scene](...)" 37-41).

Decisions:
- Entries: the 21 link lines under "## Paper Summary" (6-34), each one paper (NeRF, NeRF++, Mip-NeRF 360, Block-NeRF,
  pixelNeRF, D-NeRF, Point-NeRF, ...).  Not entries: the headings and the five Topic Summary links (37-41; topic
  notes, not papers).
- Title: null for every entry.  The link text holds only a reading number, a nickname or slug ("Nerf++",
  "dense_depth_priors_nerf", "Nerf in the wild", "ReNeus") and a venue; no paper title is written.
- Ids: none (the links go to the author's notes in the same repository).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild41 import entry, read_lines, write_truth

NAME = "gjgjgjfff__Nerf_Learn__README@5ca055b.md"
PART = "wild41_development"

LINK = re.compile(r"^\[(?P<num>\d\d)\.(?P<nick>[^\]]+)\]\(https://github\.com/gjgjgjfff/Nerf_Learn/blob/main/"
                  r"(?P<folder>paper|topic)%20summary/[^)]+\)(?: *--\S*)? *$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    topics = 0
    numbers = []
    section = None
    for n, ln in enumerate(lines, 1):
        if ln.startswith("## "):
            section = ln
            continue
        if not ln.startswith("["):
            continue
        m = LINK.match(ln)
        assert m, (n, ln)
        if section == "## Topic Summary":
            assert m.group("folder") == "topic", (n, ln)
            topics += 1
            continue
        assert section == "## Paper Summary" and m.group("folder") == "paper", (n, ln)
        numbers.append(int(m.group("num")))
        papers.append(entry(lines, n, n, None))
    assert sorted(numbers) == [*range(1, 21), 20], sorted(numbers)
    assert topics == 5, topics
    assert len(papers) == 21, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '[NN.Nickname(VENUE)](…/paper%20summary/….md)' line under '## Paper Summary' is one paper (21);"
        " title null throughout (the link text is only a reading number, a nickname and a venue); no ids (links go"
        " to the author's notes); the five Topic Summary links are not entries.",
        "Script asserts every bracketed line is a summary link, the reading numbers 01-20 with 20 twice, and five"
        " topic links; -v output compared by eye with all 21 paper lines (the remarks after '--', the nested venue"
        " parenthesis 10, the doubled '20.' 22/28, line 25 without the closing spaces) and the topic links"
        " 37-41.",
    )


if __name__ == "__main__":
    main()
