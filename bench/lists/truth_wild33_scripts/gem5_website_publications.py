"""Wild33 truth for gem5/website _pages/publications.md: the gem5 simulator website's publications page.

Shape: the whole file is Jekyll front matter (lines 1-109). A `tabs:` YAML list holds five tabs whose
`content: |` block scalars are indented Markdown; each paper is one indented bullet line
`* [**Title**](url). Authors. Venue, date. [ doi: [..](..) ] [ arXiv: .. ] [ [pdf](..) ]`.
Tabs: "Main papers" (lines 16, 18), "Special Features of gem5" with `###` feature headings
(lines 28-46), "Abandoned Derivative projects" (lines 48-80: project descriptions, home pages and
slides, not entries), "Related to gem5" (lines 85-103) and "Using gem5" (line 108: a Google Scholar
pointer, not an entry). Special case: line 37 `_DRAMPower: Open-source DRAM Power & Energy
Estimation Tool_ ... URL: www.drampower.info` cites a software tool by its home page, not a paper,
so it is not an entry. The title is the bold link text; ids come from the line (the first DOI or
arXiv id it writes, e.g. the `[ doi: ... ]` bracket after an IEEE Xplore link). 20 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild33 import entry, read_lines, write_truth

NAME = "gem5__website___pages__publications@6675a11.md"
PART = "wild33_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        m = re.match(r"\s+\* \[\*\*(.+?)\*\*\]\(", ln)
        if m:
            papers.append(entry(lines, i, i, m.group(1)))
        elif re.match(r"\s+\* ", ln):
            assert i == 37, i  # the DRAMPower tool citation, not a paper
    assert len(papers) == 20, len(papers)
    write_truth(NAME, PART, papers,
                "Each indented `* [**Title**](url)` bullet inside the front matter's tab content blocks is one"
                " entry titled by its bold link text; the DRAMPower tool citation (line 37), derivative-project"
                " bullets and the Google Scholar pointer are not entries.",
                "All 20 entries and the excluded line 37 read against the file by eye, titles and ids included.")


if __name__ == "__main__":
    main()
