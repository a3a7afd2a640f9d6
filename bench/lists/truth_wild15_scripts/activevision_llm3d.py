"""Wild15 truth for ActiveVisionLab/Awesome-LLM-3D README.md: 3D + LLM papers in six Markdown tables.

Shape: badges in the title line, a centred <div> figure, About / News / TOC, then six sections
('## 3D Understanding via LLM', '... via other Foundation Models', '3D Reasoning', '3D
Generation', '3D Embodied Agent', '3D Benchmarks'), each one table
'| Date | Keywords | Institute (first) | Paper | Publication | Others |' (some rows lack the closing
pipe, some cells are padded with long runs of spaces).  The Keywords cell holds the method's
nickname ('LEO', 'RT-2', '-').

Entry: every body row (one line).  Title: the link text of the Paper cell '[Title](url)'
(one has spaces inside the brackets and before the URL, trimmed).  Ids come from the row: the
Paper link comes before the Others link (github/project pages), so the first id is the paper's.
Papers listed in two tables (LEO, SpatialVLM, CLIP-Fields, SpatialRGPT, Multi-modal Situated
Reasoning) are separate entries.  The ScanRefer row links ScanQA's arXiv PDF (2112.10482): the id is kept as
written.  Not entries: the arXiv badge and the News bullet naming the
list's own survey, the star-history chart, the cite-our-survey BibTeX block.

Counts: 103 lines start with '|' (grep), minus 6 header rows and 6 separator rows = 91; per table
(rows between the header and the next '##'): 28, 30, 2, 6, 12, 13.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild15 import entry, read_lines, write_truth

NAME = "ActiveVisionLab__Awesome-LLM-3D__README@3a92543.md"
PART = "wild15_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per: dict[str, int] = {}
    section = ""
    for i, t in enumerate(lines, 1):
        if t.startswith("## "):
            section = t[3:].strip()
        if not t.startswith("|"):
            continue
        cells = [c.strip() for c in t.strip().strip("|").split("|")]
        if cells[0] in ("Date", "ID") or all(re.fullmatch(r":?-{3,}:?", c) for c in cells if c):
            continue
        m = re.fullmatch(r"\[\s*(.+?)\s*\]\(\s*\S+\s*\)", cells[3])
        assert m, (i, cells[3])
        papers.append(entry(lines, i, i, m.group(1)))
        per[section] = per.get(section, 0) + 1
    assert list(per.values()) == [28, 30, 2, 6, 12, 13], per
    assert len(papers) == 91
    write_truth(NAME, PART, papers,
                "every body row of the six tables is an entry, title = the link text of the Paper cell; ids from the"
                " row (the paper link precedes the code/project link)",
                "row count by grep (103 '|' lines - 6 headers - 6 separators = 91), per-table counts, every Paper cell"
                " is one link (asserted), the '| - |' Date cell of the Transcribe3D row, all 91 titles read in the -v output against the rows, the News survey,"
                " badge and BibTeX left out")


if __name__ == "__main__":
    main()
