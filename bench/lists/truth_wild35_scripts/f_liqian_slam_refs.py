"""Wild35 truth for liqian/PersonalNote SLAM/OtherDocs/SLAM论文与开源代码汇总（激光+视觉+融合）.md:
a Chinese personal note ("SLAM papers and open-source code, laser + visual + fusion", copied from a
Zhihu article) whose body is a numbered reference list in the Chinese GB/T 7714 style.

Shape: lines 1-16 are a source link, three section captions with images and a WeChat article link (not
entries).  Line 19 "**参考文献**:" opens the list; references [1]..[132] are one line each (lines 20-282,
blank lines between).  Each is "AUTHORS. Title[TYPE]. Venue, year..." where TYPE marks the document
kind: [J] journal article, [C] conference paper, [R] report -> entries; [EB/OL] (an online resource:
here always a GitHub/GitLab code repository, e.g. [12] PTAM-GPL, [15], [18], [21] ...) -> not entries;
[M] (line 268, [125] the 视觉SLAM十四讲 textbook) -> not an entry.  [131] (line 280) is a dataset link and [132] (line 282, no final newline) is the ceres-solver [EB/OL]
(GroundRobotDataset); neither is an entry.  Two references carry no type marker and are papers:
[2] (line 22) and [11] (line 40); their title ends at the first ". " before the venue.
Title: the text between the author block and the type marker.  The author block ends at the first
". " (or after "et al. "); line 30 ([6], "MONTIEL J M. M. Inverse ...") and line 50 ([16],
"D SCARAMUZZA∗. SVO ...") are special-cased.  Line 246 ([114]) writes "Title. arXiv 2018[J]. arXiv
preprint arXiv:1710.06230": the title stops before ". arXiv 2018".  [103] and [129] are the same paper
(two entries).  arXiv ids come from "arXiv preprint arXiv:NNNN" text; there are no DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild35 import entry, read_lines, write_truth

NAME = "liqian__PersonalNote__SLAM__OtherDocs__SLAM论文与开源代码汇总（激光+视觉+融合）@fc0543e.md"
PART = "wild35_development"

OVERRIDE = {
    22: "A survey on non-filter-based monocular Visual SLAM systems",
    30: "Inverse depth parametrization for monocular SLAM",
    40: "Parallel Tracking and Mapping on a camera phone",
    50: "SVO: Fast semi-direct monocular visual odometry",
    246: "Fusion of LiDAR and camera sensor data for environment sensing in driverless vehicles",
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, text in enumerate(lines, 1):
        m = re.match(r"\[(\d+)\]\s*(.*)", text)
        if not m or n < 20:
            continue
        body = m.group(2)
        if "[EB/OL]" in body or "[M]" in body or body.startswith("GroundRobotDataset"):
            continue
        if n in OVERRIDE:
            title = OVERRIDE[n]
        else:
            mk = re.search(r"\s*\[(J|C|R)\]", body)
            assert mk, (n, body)
            pre = body[: mk.start()]
            if "et al." in pre:
                title = pre.split("et al.", 1)[1]
            else:
                title = pre.split(". ", 1)[1]
            title = title.strip()
        papers.append(entry(lines, n, n, title))

    assert len(papers) == 94, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each numbered GB/T 7714 reference typed [J], [C] or [R] (and the two untyped paper references [2], [11]) "
        "is an entry, its title the text between the author block and the type marker; [EB/OL] code "
        "repositories, the [M] textbook and the dataset link are not.",
        "Read all 282 lines; every one of the 94 titles compared with its line, the 38 skipped references "
        "checked to be [EB/OL] repositories, the [M] book or the dataset.",
    )


if __name__ == "__main__":
    main()
