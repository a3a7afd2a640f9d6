"""Wild19 truth for amusi/ECCV2024-Papers-with-Code ECCV2020-Papers-with-Code.md: the archived
ECCV 2020 page of a Chinese 'papers with code' collection ('ECCV 2020 论文开源项目合集').

Shape: Chinese headings ('# 2D目标检测', '## 遥感旋转目标检测', '# 数据集', '# 不确定中没中' = not sure
whether accepted), each paper a bold title line ('**Title**', sometimes with a leading or trailing
space) followed by sub-bullets with Chinese field labels: '- 论文：url' (or '- 论文：暂无' = none yet,
once '- 论文：Oral'), '- 代码：url', '- 主页：url', '- 中文解读：url', '- 数据集：url', blank lines
between them or not; one record writes '论文：url' and '代码和数据集：url' without bullets.

Entry: every bold title line (197).  Its lines run from the title to the last field line before the
next title, heading or '<a name>' anchor; the stray bare repo URL at the end of the file (after a
blank line, no title) is no entry and not part of the last one.  Title = the bold text.  Papers
listed twice (in a task section and again under 数据集 or 其他) are separate entries.  Ids: the
first arXiv link of the entry's lines; eight records link the arXiv mirror
'xxx.itp.ac.cn/abs/<id>', which writes the arXiv id in the abs form and is taken as that id.
ECVA/CVF/Facebook links give no id.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild19 import entry, read_lines, write_truth

NAME = "amusi__ECCV2024-Papers-with-Code__ECCV2020-Papers-with-Code@b3864f2.md"
PART = "wild19_development"
TITLE = re.compile(r"^\s*\*\*(.+?)\*\*\s*$")
MIRROR = re.compile(r"xxx\.itp\.ac\.cn/abs/(\d{4}\.\d{4,5})")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = len(lines)
    for i, text in enumerate(lines, 1):
        m = TITLE.match(text)
        if not m:
            continue
        last = i
        for j in range(i + 1, n + 1):
            t = lines[j - 1]
            if TITLE.match(t) or t.startswith("#") or t.strip().startswith("<a name"):
                break
            if not t.strip():
                continue
            if t.lstrip().startswith("-") or t.startswith(" ") or re.match(r"^[^\s：:]{1,8}：", t):
                last = j
            else:
                break
        e = entry(lines, i, last, m.group(1).strip())
        own = "\n".join(lines[i - 1:last])
        mm = MIRROR.search(own)
        if mm and (e["arxiv"] is None or own.find("xxx.itp.ac.cn") < own.find("arxiv.org")):
            e["arxiv"] = mm.group(1)
        papers.append(e)
    # second count: grep -cE '^\s*\*\*.+\*\*\s*$' gives 197 (191 flush-left, 6 with a leading space)
    assert len(papers) == 197, len(papers)
    assert sum(1 for p in papers if MIRROR.search("\n".join(lines[p["line"] - 1:p["end"]]))) == 8
    write_truth(NAME, PART, papers,
                "every bold title line ('**Title**') with its Chinese-labelled field bullets (论文/代码/主页/中文解读/数据集)"
                " is an entry, title = the bold text; arXiv id from the entry's lines, the xxx.itp.ac.cn arXiv"
                " mirror's abs links counted as the id",
                "counted bold title lines with grep (197) against the entries; read all titles in the -v output;"
                " looked at each entry span at section ends, the '论文：暂无' records, the unbulleted '论文：'/'代码和数据集：' lines, an indented '<a name>' anchor (ends the entry before it), the"
                " eight mirror links, the closing stray repo URL (not an entry)")


if __name__ == "__main__":
    main()
