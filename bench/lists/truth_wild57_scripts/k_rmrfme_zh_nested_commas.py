"""Wild57 truth for rm-rf-me/Paper README.md: a Chinese-language personal paper folder index ("# Paper" / "## 目录")
for video understanding, action recognition and pose estimation, newest commit (3de2647).

Shape: 47 lines, no links for the papers.  A nested ``*`` bullet tree (2/4/6/8-space indents) mirrors the folders of
the repository: topic bullets (``caption``, ``cv``, ``fine grain``, ``双流``, ``3d``, ``姿态检测``, ``单人``, ``nlp``) hold
one bullet per paper, written ``Title，YEAR，VENUE`` with FULL-WIDTH commas (U+FF0C) between the fields.

Special cases:
- 5: a Chinese journal paper, ``从视频到语言_ 视频标题生成与描述研究综述 自动化学报，2022``: the title keeps the underscore
  as written (it stands for the colon in the real title); the venue 自动化学报 is separated by a plain space.
- 14: ``Mask RCNN``: the paper is named by its short name only; that name is its title here.
- 19, 24: an extra abbreviation field (``TSN``, ``C3D``) between title and year: not part of the title.
- 35: ends with an ideographic full stop, ``Convolutional Pose Machines，CVPR，2016。``.
- 41: the venue is joined by a plain space, ``Multi-Context Attention for Human Pose Estimation CVPR，2017``.
- 43, 44: the third field is a Chinese remark (不知道是哪个会议的。。。), not a venue.
- 36-37, 40: child bullets under a paper linking the author's code notes / a diagram PDF: part of that paper's entry
  (spans 35-37 and 39-40), not entries.
- 8 and 27-32: summary documents of the folder (``视频方向论文粗分类.md``, ``ECCV2020 Pose Estimation.md``, a .pdf, a
  .mindnode): not papers.  Topic bullets are not papers.
- 47 (last line) has no trailing newline.

Decisions:
- Entry = every bullet naming one paper (19 entries), listed by line number below; span = the bullet plus its child
  link bullets.
- Title = the text before the first full-width comma (and, at 5 and 41, before the venue written after a space).
"""
from _wild57 import entry, read_lines, write_truth

NAME = "rm-rf-me__Paper__README@3de2647.md"
PART = "wild57_development"

# first line -> last line of each paper bullet (child link bullets included)
SPANS = {5: 5, 11: 11, 14: 14, 16: 16, 17: 17, 18: 18, 19: 19, 20: 20, 21: 21, 24: 24,
         34: 34, 35: 37, 38: 38, 39: 40, 41: 41, 42: 42, 43: 43, 44: 44, 47: 47}
# the venue follows the title after a plain space on these lines
SPACE_VENUE = {5: " 自动化学报", 41: " CVPR"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for first, last in SPANS.items():
        text = lines[first - 1].strip()
        assert text.startswith("* "), text
        text = text[2:]
        title = text.split("，")[0]
        if first in SPACE_VENUE:
            title = title.split(SPACE_VENUE[first])[0]
        papers.append(entry(lines, first, last, title.strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 19, len(papers)
    assert by[5]["title"] == "从视频到语言_ 视频标题生成与描述研究综述", by[5]
    assert by[14]["title"] == "Mask RCNN", by[14]
    assert by[19]["title"] == "Temporal Segment Networks for Action Recognition in Videos", by[19]
    assert by[24]["title"] == "Learning Spatiotemporal Features with 3D Convolutional Networks", by[24]
    assert by[35]["title"] == "Convolutional Pose Machines", by[35]
    assert by[41]["title"] == "Multi-Context Attention for Human Pose Estimation", by[41]
    assert by[43]["title"] == "Human Pose Estimation with Spatial Contextual Information", by[43]
    assert by[47]["title"] == "Self-Attentional Models for Lattice Inputs", by[47]
    assert 8 not in by and 27 not in by and 36 not in by
    write_truth(
        NAME,
        PART,
        papers,
        method="Every bullet of the folder tree that names one paper is an entry (child bullets linking code notes or"
        " a diagram belong to the paper above).  Title = the text before the first full-width comma (，); on two lines"
        " the venue follows after a plain space (自动化学报, CVPR) and is cut.  Abbreviation fields (TSN, C3D), years,"
        " venues and Chinese remarks are not part of the title.  Topic bullets and the folder's summary documents"
        " (.md/.pdf/.mindnode names) are not entries.",
        checked="Read all 47 lines; compared the -v output with each paper bullet: the Chinese survey title at 5,"
        " the short name 'Mask RCNN' at 14, the abbreviation fields at 19 and 24, the ideographic full stop at 35,"
        " the space-joined venue at 41, the Chinese remarks at 43-44 and the spans with child link bullets (35-37,"
        " 39-40).",
    )


if __name__ == "__main__":
    main()
