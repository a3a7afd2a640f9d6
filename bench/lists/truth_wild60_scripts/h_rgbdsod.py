"""Wild60 truth for taozh2017/RGBD-SODsurvey README.md at f04cb3a: the companion page of the survey "RGB-D
Salient Object Detection: A Survey" (Zhou, Fan, Cheng, Shen, Shao; CVM 2021), kept as numbered pipe tables.

Shape: 455 lines.  Title line linking the survey on arXiv (1), authors, a chronology figure, an HTML-anchor table
of contents (20-32), then five tables written without outer pipes, with bold header cells and ``:-:`` alignment
rows:
- Related Reviews and Surveys (header 39): ``**No.** | **Year** | **Pub.** | **Title** | **Links**``, rows 41-50
  (``01 | 2015 | IEEE TIP   |  Salient object detection: A benchmark | [Paper](...)/Project``);
- RGB-D SOD Models (header 58): ``**No.** | **Year** | **Model** |**Pub.** | **Title** | **Links**``, rows 60-278
  numbered 219 down to 01, the newest five prefixed ``:fire:`` (``:fire: 219 | 2023 |XMSNet| ACM MM | ...``);
- RGB-D SOD Datasets (286) and LF Datasets (332): ``**No.** |**Dataset** | **Year** | **Pub.** | ...``, the
  dataset name bold and linked to its paper PDF (``[**STERE**](http://dpfan.net/.../STERE_dataset_CVPR12.pdf)``),
  no paper title;
- LF SOD Models (308): same columns as the RGB-D models, rows 310-327.
Then evaluation figures whose captions (355-412) cite models and datasets by linked short names, evaluation
instructions, and a bibtex block.

Special cases:
- Link cells are ``[Paper](url)/Project``, ``[Paper](url)/[Project](url)``, or plain ``Paper/Project`` without any
  paper link (e.g. 120 CDINet, 121, 129, 167 BTS-Net, 179 RD3D, 189 HANet): still entries.
- The Model cell is ``--`` or ``-`` when the method has no short name; the title cell never is empty.
- Duplicated rows (examples): 109 and 110 (GroupTransNet), 115, 117, 127 and 147 ("Discriminative unimodal feature selection
  and fusion ...", four numbers), 274 and 275 (same title "Depth really Matters: ...", two venues), 335 and 336
  (HFUT dataset twice); every row is its own entry.
- Titles keep the file's typos and casing (``Detectionn`` 112 LIANet, ``investigationof`` 312, ``onlight field``
  324, ``cueson`` 245, ``co-saliencydetection`` 244); a title can end with a tab before the pipe (195) or trailing
  blanks.
- Row No. 100 ``RGB-D Salient Object Detection via 3D Convolutional Neural`` (179) is a truncated title, kept as
  written.

Decisions:
- Entry = every body row of the three tables with a ``**Title**`` column (surveys, RGB-D models, LF models), one
  line each; title = that cell, stripped.
- Every body row of the two dataset tables is an entry with title None: the row cites the dataset's paper (its
  name links the paper PDF) but writes no title.
- Figure captions, the table of contents, the survey's own title link (1) and the bibtex are not entries.  arXiv
  ids / DOIs come from the row's links by the helper.
"""
from _wild60 import entry, read_lines, write_truth

NAME = "taozh2017__RGBD-SODsurvey__README@f04cb3a.md"
PART = "wild60_development"


def cells(line: str) -> list[str]:
    return [c.strip() for c in line.split("|")]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    col, mode = None, None
    for n, ln in enumerate(lines, 1):
        if not ln.strip():
            col, mode = None, None
            continue
        row = cells(ln)
        if "**Title**" in row:
            col, mode = row.index("**Title**"), "title"
            continue
        if "**Dataset**" in row:
            col, mode = row.index("**Dataset**"), "dataset"
            continue
        if col is None or set(ln.replace(" ", "")) <= set(":-|"):
            continue
        if mode == "title":
            papers.append(entry(lines, n, n, row[col]))
        else:
            papers.append(entry(lines, n, n, None))
    by = {p["line"]: p for p in papers}
    titled = [p for p in papers if p["title"] is not None]
    assert len(titled) == 10 + 219 + 18, len(titled)
    assert len(papers) - len(titled) == 17, len(papers) - len(titled)
    assert min(by) == 41 and max(by) == 339, (min(by), max(by))
    assert by[41]["title"] == "Salient object detection: A benchmark" and by[41]["arxiv"] == "1501.02741"
    assert by[60]["title"] == "Object Segmentation by Mining Cross-Modal Semantics", by[60]
    assert by[60]["arxiv"] == "2305.10469", by[60]
    assert by[167]["title"].startswith("BTS-Net: Bi-directional Transfer-and-Selection Network"), by[167]
    assert by[195]["title"] == "Asymmetric Two-Stream Architecture for Accurate RGB-D Saliency Detection", by[195]
    assert by[109]["title"] == by[110]["title"], (by[109], by[110])
    assert by[115]["title"] == by[117]["title"] == by[127]["title"] == by[147]["title"]
    assert by[278]["title"] == "Depth matters: Influence of depth cues on visual saliency", by[278]
    assert by[288]["title"] is None and by[336]["title"] is None
    assert by[327]["title"] == "Light field saliency detection with deep convolutional networks", by[327]
    assert by[186]["doi"] == "10.1145/3394171.3413523", by[186]
    write_truth(
        NAME,
        PART,
        papers,
        method="Body rows of the pipe tables (no outer pipes, bold headers) with a **Title** column - related"
        " surveys (41-50), RGB-D SOD models (60-278, newest rows prefixed ':fire:') and LF SOD models (310-327) -"
        " are one entry each, one line; title = the Title cell stripped.  Rows of the RGB-D and LF dataset tables"
        " (288-298, 334-339) are entries with title None: the bold dataset name links its paper PDF but no title"
        " is written.  Figure captions citing models by short name, contents and bibtex are not entries.",
        checked="Read the whole file; compared the -v output with every table row (surveys, 219 model rows, LF"
        " models, both dataset tables), the ':fire:' rows, rows whose link cell is plain 'Paper/Project', the"
        " duplicated rows, typo'd and truncated titles kept as written, and arXiv ids / DOIs from the Paper links.",
    )


if __name__ == "__main__":
    main()
