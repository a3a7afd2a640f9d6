"""Wild60 truth for LiuTingWed/Neural-Architecture-Search-PaperAndCode-Sunmary README.md at 17a26d1 (2022-10-06):
a neural architecture search (NAS) paper list grouped by year (2022 .. 2018) and task, one small table per task,
plus a survey table at the end.

Shape: 493 lines.  Intro, change note and a nested content index (1-69); then ``# 2022`` (71), ``# 2021`` (146),
``# 2020`` (262), ``# 2019`` (417), ``# 2018`` (475) and ``# Survey`` (486).  Each task block is a heading
``### **<h5 id='OC22'>Object Classfication/Detection</h5>**`` followed by a table
``| Name | Pub. | Title | Links |`` (method short name | venue | title | ``[Paper](url)/[Code](url)``); the survey
table is ``| Pub. | Title | Links |`` (487-493).  ``- [Back to content](#Content)`` lines close each year.

Special cases:
- Many body rows drop the leading pipe (``EKG | ECCV | Ensemble Knowledge Guided ...| [Paper](...)/[Code](...)|``
  101-105, 110, 115, 120, 124, 295-308, 451-452, 467, 479-483) and some the trailing pipe (95, 99, 189, 308);
  they are still table rows.
- The Title cell usually omits the method name the paper's real title starts with (84 ``Beta-Decay
  Regularization for Differentiable Architecture Search`` for β-DARTS); several Name cells keep the colon of the
  split (``| AutoFormer: | ICCV | Searching Transformers for Visual Recognition|`` 183-185, 258).  Some Title cells
  do keep the name (91 ``SUMNAS: ...``, 266 ``SM-NAS: ...``, 275 ``PC-DARTS: ...``).  The title is the Title cell
  as written, never rebuilt from Name + Title.
- The list's typos are kept (273 ``Computation Reallocation for Object Detectionh``, 358 ``BFBox Searching ...``);
  283 repeats the title of 282 under another name; 81 and 105 list BaLeNAS twice (CVPR / ECCV) with slightly
  different titles; every row is its own entry.
- Rows without links (``Paper/Code`` as plain text: 120, 134) and with a ``-`` name (134) are still entries.
- Links are arXiv pdfs, CVF / ECVA / NeurIPS pdfs and OpenReview pdfs; some link the wrong paper (154 repeats
  153's arXiv id 2105.11871, 164 repeats 163's 1910.01523); ids are taken as written.

Decisions:
- Entry = every body row of a table whose header has ``Title`` and ``Links`` (217 rows), one line each.
- Title = the cell under ``Title``, stripped.  arXiv ids come from the arxiv.org links by the helper.
"""
from _wild60 import entry, read_lines, write_truth

NAME = "LiuTingWed__Neural-Architecture-Search-PaperAndCode-Sunmary__README@17a26d1.md"
PART = "wild60_development"


def cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    col = None
    for n, ln in enumerate(lines, 1):
        if "|" not in ln or not ln.strip():
            col = None
            continue
        row = cells(ln)
        if "Title" in row and "Links" in row:
            col = row.index("Title")
            continue
        if col is None or set(ln.strip()) <= {"|", "-", " "}:
            continue
        papers.append(entry(lines, n, n, row[col]))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 217, len(papers)
    assert min(by) == 76 and max(by) == 493, (min(by), max(by))
    assert by[76]["title"] == "Bilevel Multimodal Neural Architecture Search" and by[76]["arxiv"] == "2104.09379"
    assert by[84]["title"] == "Beta-Decay Regularization for Differentiable Architecture Search", by[84]
    assert by[101]["title"] == "Ensemble Knowledge Guided Sub-network Search and Fine-tuning for Filter Pruning"
    assert by[120]["title"] == "Unifying and Searching Neural Architectures for 3D Point Clouds", by[120]
    assert by[134]["title"].startswith("Spectrum-aware and Transferable Architecture Search"), by[134]
    assert by[183]["title"] == "Searching Transformers for Visual Recognition", by[183]
    assert by[273]["title"] == "Computation Reallocation for Object Detectionh", by[273]
    assert by[282]["title"] == by[283]["title"], (by[282], by[283])
    assert by[295]["title"] == "Differentiable Neural Architecture Search for Spatial and Channel Dimensions"
    assert by[479]["title"] == "Learning Transferable Architectures for Scalable Image Recognition"
    assert by[479]["arxiv"] == "1707.07012", by[479]
    assert by[489]["title"] == "NAS evaluation is frustratingly hard", by[489]
    assert by[493]["title"] == "A Study on Encodings for Neural Architecture Search", by[493]
    for n in (74, 75, 487, 488, 145, 485):
        assert n not in by, n
    write_truth(
        NAME,
        PART,
        papers,
        method="Every body row of the per-task tables '| Name | Pub. | Title | Links |' and of the survey table"
        " '| Pub. | Title | Links |' is one entry (217), one line each, including rows written without the"
        " leading or trailing pipe.  Title = the cell under 'Title' as written (usually without the method name"
        " that the real title starts with; never rebuilt from the Name cell).  Headings, the content index and"
        " 'Back to content' links are not entries.",
        checked="Read the whole file; compared the -v output with all 217 rows: rows without leading pipe"
        " (101-105, 295-308, 451, 479-483), Name cells ending in ':' (183-185, 258), typo titles (273, 358),"
        " repeated titles (282/283), link-less rows (120, 134), the survey table (489-493) and sampled arXiv ids.",
    )


if __name__ == "__main__":
    main()
