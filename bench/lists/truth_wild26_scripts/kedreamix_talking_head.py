"""Wild26 truth for Kedreamix/Awesome-Talking-Head-Synthesis README.md: an awesome list of talking-head papers.

Shape: after a bullet table of contents and prose (lines 1-44), one Markdown table per '##'
section, every data row starting with a four-digit year cell:
  Datasets (lines 52-89)      | Year | Dataset | Conference/Journal | Download Link | Description |
  Survey (99-130)              | Year | Title | Conference/Journal |
  Funny Work (140-143)         | Year | Title | Code | Project | Keywords |
  Audio-driven (153-508), Portrait Animation (518-549), NeRF & 3D Head Avatar (591-711),
  3D Gaussian Splatting (721-851), Conversational & Dialogue (861-888), Talking Body & Avatar
  (898-960), Robot-Driven Face & Body (970-981)
                               | Year | Title | Conference/Journal | Code | Project | Keywords |
  Text-driven (559-581)        | Year | Title | Conference/Journal | Code/Proj |
  Related Papers on Metrics (1011) | Year | Paper | Conference | Keywords |
The second cell of every year row is exactly one Markdown link '[text](url)' (arXiv abs/pdf,
CVF, ACM, IEEE, MDPI, project pages); Code/Project cells hold '[Code](...)'/'[Project](...)'.
Then '## Metrics' (lines 991-1005): '| Metrics | Paper | Link |' with the paper named as plain
text in the Paper cell and an optional '[paper](url)' in the Link cell.
Entries: every year row (841) - a paper, survey or benchmark, title = the link text.  The 38
Datasets rows name a dataset and link the paper that describes it (or, for some, a paper that
uses it: GRID, SAVEE, CREMA-D; LRS2 and LRW share one link): they are entries; the link text is
the paper's title on lines 52-54 only (line 52 keeps its 'AVAPrintDB: ' prefix as written), and
on the other 35 rows only the dataset's name ('SFQA', 'GLCF (MSTF)', ...): title null.  The 14
Metrics rows that name a paper are entries, title = the Paper cell with a closing '.' dropped and,
on line 1004, the trailing ' In: Computer Vision Winter Workshop' venue cut; lines 1000 and 1001
cite the same paper (two entries); line 991 (PSNR, paper '-') is not an entry.
Not entries: Tools & Software (products, SourceForge pages), Slides & Presentations (slide decks,
one of them a review of a paper), References (websites: arXiv, CVF, dblp), the star-history chart
and the reference-style link definitions [1]-[6] (other GitHub lists).
Count check: 841 year rows (38 + 32 + 4 + 356 + 32 + 23 + 121 + 131 + 28 + 63 + 12 + 1) + 14
metrics rows = 855 entries, 35 with a null title.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild26 import entry, read_lines, write_truth

NAME = "Kedreamix__Awesome-Talking-Head-Synthesis__README@32a18c1.md"
PART = "wild26_development"
YEAR_ROW = re.compile(r"\| [12]\d{3} \| \[([^\]]+)\]\([^)]+\) \|")
DATASET_TITLES = {52, 53, 54}
SECTION_ROWS = {"## Datasets": 38, "## Survey": 32, "## Funny Work": 4, "## Audio-driven": 356,
                "## Portrait Animation": 32, "## Text-driven": 23, "## NeRF & 3D Head Avatar": 121,
                "## 3D Gaussian Splatting": 131, "## Conversational & Dialogue": 28,
                "## Talking Body & Avatar": 63, "## Robot-Driven Face & Body": 12,
                "### Related Papers on Metrics": 1}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = None
    counts: dict[str, int] = {}
    for i, text in enumerate(lines, 1):
        if text.startswith("#"):
            section = text.strip()
            continue
        if re.match(r"\| [12]\d{3} \|", text):
            m = YEAR_ROW.match(text)
            assert m, i
            counts[section] = counts.get(section, 0) + 1
            title = m.group(1)
            if section == "## Datasets" and i not in DATASET_TITLES:
                title = None
            papers.append(entry(lines, i, i, title))
        elif section == "## Metrics" and text.startswith("| ") and not text.startswith("| Metrics") \
                and not text.startswith("| ---"):
            paper = text.strip().strip("|").split("|")[1].strip()
            if paper == "-":
                continue
            paper = re.sub(r"\. In: Computer Vision Winter Workshop$", "", paper)
            papers.append(entry(lines, i, i, paper.removesuffix(".")))
    assert counts == SECTION_ROWS, counts
    assert len(papers) == 855, len(papers)
    assert sum(1 for p in papers if p["title"] is None) == 35
    write_truth(NAME, PART, papers,
                "every table row that starts with a year is an entry, title = the link text of its second cell"
                " (null for the 35 Datasets rows whose link text is only a dataset name); the 14 Metrics rows"
                " naming a paper in plain text are entries too (closing '.' and a trailing venue cut); tools,"
                " slides and reference websites are not entries",
                "first and last row of each of the 12 tables, every Datasets row, every Metrics row, and a"
                " sample of 25 rows across Audio-driven, NeRF and 3DGS compared with the -v output; arXiv ids"
                " checked on rows whose title link is not arXiv (CVF, ACM, MDPI, project pages: first id of"
                " the line or none) and on '.pdf'/'v1' arXiv URLs")


if __name__ == "__main__":
    main()
