"""Wild31 truth for muuty/awesome-coreset-selection README.md: a small awesome list of coreset
selection / data pruning papers in Markdown tables.

Shape: two tables (lines 11-37 "Coreset Selection", lines 40-49 "Coreset Selection for Continual
Learning") with columns Title | Paper | Code | Venue | Dataset.  The title cell is plain text; the paper
link is an emoji ``[🔗](url)`` in the next cell, the code link another ``[🔗]``.  Every body row is
one entry titled by its first cell.  Many rows lack the closing ``|`` (lines 14, 18, 19, 23, 26, 28, 29,
42-46) and rows 21 and 49 stop after the Venue cell; the
"Probabilistic Bilevel Coreset Selection" row appears in both tables (lines 26 and 45: two entries).
Line 34 ("An Empirical Study of Example Forgetting ...") links another paper's arXiv id
(2310.07931); the truth keeps the id as written.  Special case: under ``## Resource`` line 58 is a bare
paragraph link ``[Practical Coreset Constructions for Machine Learning](arXiv)`` to a paper: one entry
titled by its link text.  The "TBU" sections (lines 8, 55) hold nothing.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild31 import entry, read_lines, write_truth

NAME = "muuty__awesome-coreset-selection__README@c42c4b0.md"
PART = "wild31_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if not ln.startswith("|") or ln.startswith(("|📝", "| :")):
            continue
        cells = ln.split("|")
        title = cells[1].strip()
        assert title and "[🔗]" in cells[2], (i, ln)
        papers.append(entry(lines, i, i, title))
    m = re.match(r"^\[([^\]]+)\]\(https://arxiv\.org/abs/1703\.06476\)$", lines[57])
    assert m and lines[56] == "## Resource"
    papers.append(entry(lines, 58, 58, m.group(1)))
    assert len(papers) == 34, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each table body row is an entry titled by its plain-text first cell (paper link in the emoji column); the"
        " bare paper link under 'Resource' (line 58) is one more entry titled by its link text.",
        "All 34 entries checked by eye against the file (titles, ids, the repeated row, rows without a closing bar);"
        " titles and ids mechanically re-found in each entry's line.",
    )


if __name__ == "__main__":
    main()
