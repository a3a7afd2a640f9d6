"""Wild32 truth for Jun-Pu/Awesome-Object-Centric-Learning README.md: an awesome list of
object-centric learning (slot attention and kin) papers.

Shape: per-year Markdown tables (### Year 2023 ... ### Year 2019, lines 68-165) with columns
Year | Publication | Title | Source | Forum | Real-World? | Using VLMs?; each table row after the
`:-:` separator is one paper.  The Title cell is `[Title](url) <br><sub> **NICK:** description
</sub>`; the title is the link text (the bold nickname and description in <sub> are not part of it).
Source holds code/project links, Forum an OpenReview/PMLR/CVF page.  Not entries: the badge lines,
the HTML table of contents, the two dataset tables under "Datasets & Benchmarks" (lines 54-64,
name | link rows pointing at GitHub), the Contact line.  The same paper listed in two year tables
(e.g. MESH on lines 75 and 108) counts twice.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild32 import entry, read_lines, write_truth

NAME = "Jun-Pu__Awesome-Object-Centric-Learning__README@50cc208.md"
PART = "wild32_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    in_methods = False
    for i, ln in enumerate(lines, 1):
        if ln.startswith("## Methodologies"):
            in_methods = True
        elif ln.startswith("## Contact"):
            in_methods = False
        if not in_methods or not re.match(r"\*\*\d{4}\*\* \|", ln):
            continue
        cells = ln.split(" | ")
        m = re.match(r"\s*\[([^\]]+)\]\(", cells[2])
        assert m, (i, ln)
        papers.append(entry(lines, i, i, m.group(1)))
    assert len(papers) == 73, len(papers)
    write_truth(NAME, PART, papers,
                "Each row of the per-year Methodologies tables is one paper; its title is the link text of the Title cell (the <sub> nickname and description dropped); dataset tables are not entries.",
                "Every row of all five year tables checked by eye against the output, incl. the duplicated MESH rows (75, 108) and the v1 arXiv URL on line 99; dataset tables excluded.")


if __name__ == "__main__":
    main()
