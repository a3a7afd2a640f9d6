"""Wild41 truth for KingXHJ/X-PaperReading "Deep Learning/CV Object Detection/README.md": a student's index of
object-detection papers read (following the table style of Mu Li's paper-reading list), one table row per model,
named by its short name, with a ✅ link to the author's Chinese note, a Chinese remark and a citation-count badge.

Shape: "# CV-Object Detection" (1), a "## 目录" list of three links (4-6: the table, a comparison note, the parent
README), "## 笔记" (9) and one table (11-52) ``| 笔记 | 年份 | 收录 | 名字 | 简介 | 引用 |`` ("note | year | venue |
name | remark | citations"), a closing link "*[跳转至目录](#目录)*" (55).  Rows are in year order (2008-2024).  The
笔记 cell is empty or ``[✅](./papers/<Full Title>.md)``, a link to the note whose file name is the percent-encoded
paper title ("./papers/Rich%20Feature%20Hierarchies%20for%20Accurate%20Object%20Detection...md" 17); three rows link
the shared note "Comparison of Object Detection Networks.md" (26, 29, 33), two "A Comprehensive Review of YOLO ..."
(49, 50).  收录 is a venue ("CVPR", "ArXiv"/"arXiv", "Journal of information science and engineering" 37, "IEEE
transactions on multimedia" 45) or, for code, "GitHub Ultralytics" (33, 43) / "GitHub Deci-AI super-gradients" (49).
名字 is ``[Short name](paper url)``: arXiv pdf links (some with versions, "1311.2524v5" 17), CVF and author pdfs
(DPM 13, Selective Search 14), a Semantic Scholar reader link (MultiBox 16), GitHub for the three code rows.  The
short names have typos ("Deformable DERT" 32, "RT-DERT" 44), and the SPPnet row (15) links arXiv 1312.6229, which is
OverFeat, not SPPnet.  简介 holds a few Chinese or English remarks ("Two-stage" 17, "one-stage精度第一次超过two-stage"
26, "GitHub源码" for the code rows, "出色的目标检测器" 46).  引用 is a shields.io badge whose URL encodes a Semantic
Scholar API query (``...paper%2F<hash>%3Ffields%3DcitationCount``) linked to the Semantic Scholar page, or a GitHub
stars badge for the code rows; the Semantic Scholar page URLs sometimes carry another paper's slug
("End-to-End-Object-Detection-with-Transformers-Carion-Massa/2a6f7f0..." for YOLOv4, 31).

Decisions:
- Entries: the 37 rows naming a paper (13-52 less the three code rows).  Not entries: YOLOv5 (33), YOLOv8 (43) and
  YOLO-NAS (49), whose 收录 is GitHub, 简介 "GitHub源码" and link a code repository (no paper), the 目录 links, the
  header, delimiter and closing lines.
- Title: the 名字 link text only where it is the paper's title as written -- "Fast R-CNN" (19) and "Mask R-CNN" (24)
  (each the paper's whole title), "SAM Med2D" (48, the whole title "SAM-Med2D" written with a space), "SAM Fails to
  Segment Anything?" (47, the title's first part, as the file shortens it) and "A Comprehensive Review of YOLO
  Architectures in Computer Vision: From YOLOv1 to YOLOv8 and YOLO-NAS" (50).  Every other row names its paper only
  by the model's short name (DPM, SPPnet, YOLOv3, DETR, YOLO-World, ...): title null.  The percent-encoded title in
  the ✅ note URL is a file path, not written title text.
- Ids: the arXiv id of the 名字 link (versions dropped), as written -- so the SPPnet row gets OverFeat's 1312.6229;
  no row writes a DOI (the badge URLs hold Semantic Scholar hashes only).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild41 import entry, read_lines, write_truth

NAME = "KingXHJ__X-PaperReading__Deep Learning__CV Object Detection__README@f5fda6d.md"
PART = "wild41_development"

NAME_CELL = re.compile(r"^\[(?P<t>[^\]]+)\]\((?P<u>[^)\s]+)\)$")
CODE_ROWS = {33: "YOLOv5", 43: "YOLOv8", 49: "YOLO-NAS"}
TITLED = {19: "Fast R-CNN", 24: "Mask R-CNN", 47: "SAM Fails to Segment Anything?", 48: "SAM Med2D",
          50: "A Comprehensive Review of YOLO Architectures in Computer Vision: From YOLOv1 to YOLOv8 and YOLO-NAS"}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[10].startswith("| 笔记 | 年份 | 收录 | 名字"), lines[10]
    papers = []
    years = []
    for n in range(13, len(lines) + 1):
        ln = lines[n - 1]
        if not ln.startswith("|"):
            assert n > 52, (n, ln)
            continue
        cells = [c.strip() for c in ln.strip().strip("|").split("|")]
        assert len(cells) == 6, (n, cells)
        years.append(int(cells[1]))
        m = NAME_CELL.match(cells[3])
        assert m, (n, cells[3])
        if n in CODE_ROWS:
            assert m.group("t") == CODE_ROWS[n] and cells[2].startswith("GitHub") and cells[4] == "GitHub源码", n
            assert "github.com" in m.group("u"), n
            continue
        assert not cells[2].startswith("GitHub") and "github.com" not in m.group("u"), n
        title = TITLED.get(n)
        if title is not None:
            assert m.group("t") == title, (n, m.group("t"))
        papers.append(entry(lines, n, n, title))
    assert years == sorted(years) and len(years) == 40, years
    assert len(papers) == 37, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each row of the '笔记 | 年份 | 收录 | 名字 | 简介 | 引用' table naming a paper is one entry (37; the three"
        " GitHub code rows YOLOv5, YOLOv8, YOLO-NAS are not); title = the 名字 link text only where it is the paper's"
        " title as written (Fast R-CNN, Mask R-CNN, SAM Fails to Segment Anything?, SAM Med2D, A Comprehensive Review"
        " of YOLO ...), else null (short model names); arXiv id from the 名字 link as written; no DOIs.",
        "Script asserts 6 cells per row, 40 rows in year order, the three code rows (GitHub venue, 'GitHub源码', github"
        " link) and the five titled rows' link texts; -v output compared by eye with all 40 rows (arXiv ids incl."
        " versioned links 17, 19-22, 24-25, 27, 32 and the mislinked SPPnet 15 -> 1312.6229, no id for DPM,"
        " Selective Search, MultiBox, FCN; the badge URLs giving no DOI or arXiv id; YOLOv4's badge slug of DETR 31).",
    )


if __name__ == "__main__":
    main()
