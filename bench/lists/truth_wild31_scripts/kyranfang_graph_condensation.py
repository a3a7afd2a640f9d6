"""Wild31 truth for KyranFang/Awesome-Graph-Condensation-Paper README.md: a paper list on graph
condensation (graph dataset distillation) in three Markdown tables.

Shape: tables "Survey" (lines 11-15), "Benchmarks" (19-21) and "Conference and Journal Paper" (25-58),
each with columns Venue | Paper | Links.  The venue comes first, the title is the plain-text middle
cell, and the paper link is a ``[paper](url)`` in the last cell (line 21 adds a ``[library](github)``
link).  Every body row is one entry titled by its middle cell, written as the file writes it (line 48
ends "... Neural Tangent Kernelpaper", a typo of the file, kept).  Header and separator rows, the
introduction (line 5) and the headings are not entries.  The MDPI (line 35), ScienceDirect (36) and
IEEE (51) links carry no DOI.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild31 import entry, read_lines, write_truth

NAME = "KyranFang__Awesome-Graph-Condensation-Paper__README@b9d1c17.md"
PART = "wild31_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if not ln.startswith("|") or ln.startswith(("| Venue", "| ---")):
            continue
        cells = [c.strip() for c in ln.split("|")]
        assert len(cells) == 5 and cells[3].startswith("[paper]("), (i, ln)
        papers.append(entry(lines, i, i, cells[2]))
    assert len(papers) == 36, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each table body row is an entry titled by its plain-text 'Paper' (middle) cell; its ids come from the"
        " [paper] link in the last cell.",
        "All 36 rows checked by eye against the file (titles, ids); titles and ids mechanically re-found in each"
        " entry's line.",
    )


if __name__ == "__main__":
    main()
