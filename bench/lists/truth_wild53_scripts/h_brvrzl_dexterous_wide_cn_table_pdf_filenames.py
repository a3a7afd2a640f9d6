"""Wild53 truth for brVrzl/embodied-hand-lab ``paper_table.md``: a robotics student's related-work table for a
dexterous-hand data-collection project (JAKA arm + RH56 hand), written in Chinese with English titles.  Taken at
87684b2 (2026-05-04, "Initial palmhand lab project"), the only commit holding it: the newest commit (1ffc82c,
"Prune project to JAKA RH56 teleop mainline") deleted the file.

Shape: 42 lines, 17 KB, closing newline.  ``# 2024-2026 Robot Manipulation / Dexterous Data Collection Paper Table``
(1), two Chinese paragraphs (3, 5: search date, PDF folders, how the A-class venue grading is meant), then one
15-column pipe table (7-27): ``| # | 论文 | 年份 / venue / 等级 | 链接 | 下载 | 硬件 | 对象 / 任务 | 数据采集 | success 定义 |
训练方法 | 核心创新 | 为什么能接收 | 迁移到 JAKA mini2 + RH56 | 当前启发 | baseline / related work |``, the ``|---|`` alignment
row (8) and 19 data rows (9-27) numbered 1-19.  The 论文 (paper) cell is the English title; the 链接 (link) cell holds
bare, unbracketed URLs joined by `` ; `` with labels (``Project: https://... ; arXiv: https://arxiv.org/abs/... ;
code: https://github.com/...``); the 下载 cell names the local PDF (``yes: `DexUMI_2025_CoRL.pdf` ``); the other cells
are long mixed Chinese/English notes.  Then ``## Selected Papers Folder`` (29), a Chinese sentence (31: "10 papers
best suited for quick use are in `selected_papers/`") and ten bullets (33-42) that are nothing but code-formatted
PDF file names: ``- `DexUMI_2025_CoRL.pdf` ``.

Special cases:
- The ten file-name bullets each stand for one of the table's papers (DexUMI 9, DEXOP 10, TypeTele 11, RwoR 12,
  Sim-and-Real 13, Data Scaling Laws 14, UMI 15, DexMimicGen 16, ACE 17, FAIL-Detect 24); they are a second mention
  of those papers as list items, so they are entries, but a file name (nickname_year_venue.pdf) is not a title:
  title None, no ids.
- Rows without an arXiv link: 14 and 24 (OpenReview), 19 (PMLR), 21 (Nature, a DOI-less ``/articles/s44182-...``
  URL); row 27 has both a Frontiers URL with a DOI inside (``10.3389/frobt.2025.1682437``) and an arXiv link.
- Titles keep their nickname prefixes and hyphen-dashes as written (``FAIL-Detect: ... - Detecting failures without
  failure data`` 24, ``... Challenges and Perspectives - A Survey`` 27) and the lower-case ``ADAPT-Teleop: robotic
  hand ...`` (21).
- Code links (``code: https://github.com/...`` 9, ``GitHub:`` 25) and project pages are not separate entries.

Decisions:
- Entry = every data row of the table (19), one line each, title = the 论文 cell; plus every bullet of the
  Selected Papers Folder (10), title None.  29 entries.
- Not entries: heading, Chinese paragraphs, table header/alignment rows, ``## Selected Papers Folder``.
"""
import re

from _wild53 import entry, read_lines, write_truth

NAME = "brVrzl__embodied-hand-lab__paper_table@87684b2.md"
PART = "wild53_development"

ROW = re.compile(r"^\| (?P<num>\d+) \| (?P<title>[^|]+?) \| (?P<venue>[^|]+?) \| (?P<links>[^|]+?) \|(?: [^|]+ \|){11}$")
PDF = re.compile(r"^- `(?P<file>[A-Za-z_]+_20\d\d_[A-Za-z]+\.pdf)`$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# 2024-2026 Robot Manipulation / Dexterous Data Collection Paper Table"
    assert lines[6].startswith("| # | 论文 | 年份 / venue / 等级 | 链接 | 下载 |"), lines[6]
    assert lines[7] == "|" + "---|" * 15, lines[7]
    assert lines[28] == "## Selected Papers Folder", lines[28]
    papers = []
    rows = files = 0
    for n, ln in enumerate(lines, 1):
        if 9 <= n <= 27:
            m = ROW.match(ln)
            assert m, (n, ln[:100])
            rows += 1
            assert int(m.group("num")) == rows, (n, m.group("num"))
            title = m.group("title")
            assert not re.search(r"[\[\]<>*`]|http", title), (n, title)
            papers.append(entry(lines, n, n, title))
        elif n >= 33 and ln:
            m = PDF.match(ln)
            assert m, (n, ln)
            files += 1
            papers.append(entry(lines, n, n, None))
        else:
            assert not ln.startswith(("| ", "- ")) or n in (7,), (n, ln[:80])
    assert (rows, files) == (19, 10), (rows, files)
    assert len(papers) == 29, len(papers)
    t = {p["line"]: p for p in papers}
    assert (t[9]["title"], t[9]["arxiv"]) == (
        "DexUMI: Using Human Hand as the Universal Manipulation Interface for Dexterous Manipulation", "2505.21864"), t[9]
    assert (t[14]["title"], t[14]["arxiv"]) == ("Data Scaling Laws in Imitation Learning for Robotic Manipulation",
                                                None), t[14]
    assert t[21]["title"] == ("ADAPT-Teleop: robotic hand with human matched embodiment enables dexterous"
                              " teleoperated manipulation"), t[21]
    assert t[24]["title"] == "FAIL-Detect: Failure Analysis in Imitation Learning - Detecting failures without failure data"
    assert t[27]["title"].endswith("Challenges and Perspectives - A Survey"), t[27]
    assert all(t[n]["title"] is None and not t[n]["arxiv"] and not t[n]["doi"] for n in range(33, 43))
    write_truth(
        NAME,
        PART,
        papers,
        "Every data row of the 15-column related-work table (9-27) is an entry (19), title = the 论文 (paper) cell;"
        " every bullet of 'Selected Papers Folder' (33-42) is a second mention of one of those papers by its PDF file"
        " name ('DexUMI_2025_CoRL.pdf') and is an entry with title None (10); 29 in all; headings, the Chinese"
        " paragraphs and the table header/alignment rows are not entries.",
        "Read all 42 lines; compared -v for all 19 rows (numbers 1-19, nickname prefixes, ' - ' dashes 24/27,"
        " lower-case 21) and the 10 file-name bullets (null title and ids); ids: arXiv abs links in the link cell"
        " (none on 14, 19, 21, 24), row 27's Frontiers URL also carries a DOI; project/code/GitHub links are not"
        " entries.",
    )


if __name__ == "__main__":
    main()
