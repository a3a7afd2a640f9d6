"""Wild34 truth for ALLab-Boun/learning-on-graphs papers/README.md: a lab's graph-learning paper list.

Shape: five `##` sections, each a Markdown table `| Title | Link | Year |` (Architectures adds a `Note`
column with the model's short name).  The title cell is plain text (no link); the link cell repeats a
bare URL as its own link text (arXiv abs pages, two IEEE Xplore document pages with no DOI).  Every body
row is one entry, title = the first cell.  Row 20 has an extra empty trailing cell.  "Understanding
over-squashing and bottlenecks on graphs via curvature" is listed twice (35 and 46): two entries.
"WL meet VC" (37) is the paper's real title.  Header and separator rows are not entries.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import entry, read_lines, write_truth

NAME = "ALLab-Boun__learning-on-graphs__papers__README@d18ed5f.md"
PART = "wild34_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if not s.startswith("|") or s.startswith(("|---", "| Title")):
            continue
        cells = [c.strip() for c in s.strip("|").split("|")]
        papers.append(entry(lines, i, i, cells[0]))
    assert len(papers) == 26, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each table body row is one entry; its title is the plain-text Title cell, its id the arXiv link in the Link cell.",
        "Read all 26 rows by eye against the output (titles, arXiv ids, the repeated over-squashing row, the two IEEE rows without ids).",
    )


if __name__ == "__main__":
    main()
