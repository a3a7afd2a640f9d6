"""Wild41 truth for colorfulandcjy0806/Awesome-Multimodal-Perception README.md: a student's personal list of
papers read on multimodal perception for autonomous driving (camera/LiDAR fusion, vision-only 3D detection, Mamba,
open-vocabulary segmentation), written in Chinese, one table row per paper with a link to the author's Zhihu
write-up.

Shape: a title with an awesome badge (1-2), a Chinese line pointing to "the Chinese version" (3, the file itself),
an English line pointing to English.md (5), two Chinese prose paragraphs (7, 9), then "## 📖 论文列表" (11) and one
pipe table (13-37) with nine columns ``| 序号 | 类型 | 论文名称 | 作者 | 发表单位 | 期刊/会议 | 论文地址 | 代码地址 | 我的解读 |``:
a number (1-22), a Chinese category ("相机+激光雷达融合", "3D目标检测（纯视觉）", "Mamba架构", ... with the typo
"3D目标检(纯视觉)" in rows 19-21 and 26), the English title as plain text, comma-separated authors (sometimes without
a space after the comma), affiliations in Chinese or English joined by "、" (row 36 ends with a stray " ."), a venue
("CVPR2024", "ICCV2021 Best paper", "CVPR2023 Highlight", or "无" = none), then three emoji links ``[📄](arXiv
abs url)``, ``[💻](code url)`` -- for four papers (15, 17, 19, 25) the code link is the arXiv page again -- and
``[🔍](zhuanlan.zhihu.com url)``; rows 29-31 share one Zhihu post, as do 34-35.  The header row (13), delimiter
row (14) and rows 15-16 have padded cells; rows 17-36 have unpadded cells.  The last row (37) is a placeholder made of
"..." cells.  Below: "## 🤝 如何贡献" (39), "## 🌟 致谢" (43) and a closing line (49), prose only.

Decisions:
- Entries: the 22 numbered rows (15-36), each one paper (conference papers and arXiv preprints: Mamba, Sparse4D,
  LLaMA ...).  Not entries: the header and delimiter rows, the "..." placeholder row 37, the badge and the links to
  README.md/English.md.
- Title: the 论文名称 cell as written (plain text, no markup).
- Ids: the row's arXiv links (the 📄 cell first; "v1"/"v4" versions dropped by the helper); no row gives a DOI.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild41 import entry, read_lines, write_truth

NAME = "colorfulandcjy0806__Awesome-Multimodal-Perception__README@7fea6c1.md"
PART = "wild41_development"

ROW = re.compile(r"^\| (\d+)\s*\|")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    numbers = []
    for n, ln in enumerate(lines, 1):
        m = ROW.match(ln)
        if not m:
            continue
        cells = [c.strip() for c in ln.strip().strip("|").split("|")]
        assert len(cells) == 9, (n, cells)
        assert cells[6].startswith("[📄](https://arxiv.org/abs/"), (n, cells[6])
        numbers.append(int(m.group(1)))
        papers.append(entry(lines, n, n, cells[2]))
    assert numbers == list(range(1, 23)), numbers
    assert lines[36].startswith("| ...  | ..."), lines[36]
    assert len(papers) == 22, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each numbered row (1-22) of the nine-column Chinese table under '论文列表' is one paper; title = the"
        " 论文名称 cell as written; arXiv id from the row's 📄 arXiv link (versions dropped); the '...' placeholder"
        " row, header and delimiter rows are not entries.",
        "Script asserts 9 cells per row, numbers 1-22 in order, a 📄 arXiv link in every row and the '...' row at 37;"
        " -v output compared by eye with all 22 rows (titles, arXiv ids incl. the v1/v4 links of rows 18 and 33,"
        " the four rows whose code link repeats the arXiv page (15, 17, 19, 25), the shared Zhihu links 29-31 and 34-35, the stray ' .'"
        " in row 36's affiliation cell, which is not in the title).",
    )


if __name__ == "__main__":
    main()
