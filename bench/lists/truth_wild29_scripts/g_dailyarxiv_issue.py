"""Wild29 truth for lihaibineric/DailyArXiv .github/ISSUE_TEMPLATE.md: a bot-made daily arXiv digest
("Latest 15 Papers - April 20, 2025") written by a GitHub Action as an issue template.

Shape: YAML front matter (lines 1-4), a bold notice (line 5), then six keyword sections (`## LLMs`,
`## Reasoning`, `## scaling`, `## reward model`, `## Reinforcement`, `## verifier`), each a table
`| **Title** | **Date** | **KiMi** | **Comment** |` of 15 rows.  A row is one arXiv paper:
`| **[Title](http://arxiv.org/abs/ID vN)** | date | [papers-cool](...) | comment |`; the comment cell is
empty, plain text, or a `<details><summary>trunc...</summary><p>full</p></details>` block, and may name
other arXiv ids ("text overlap with arXiv:2405.06691", line 32) or venues; the first id (the title
link) is the entry's.  The same paper recurs across sections (e.g. lines 14, 29 and 69; lines 61 and 97);
each row is its own entry.  Line 53's title holds `$F$` math, kept literally.  Every row is an arXiv
preprint, so all 90 rows are entries (line 70 "Reinforcement Learning from Human Feedback", an arXiv book-length preprint, included). Line 58's comment names a journal DOI (10.1007/s11633-025-1552-6), kept as the entry's DOI.
Title = the bold link text.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild29 import entry, read_lines, write_truth

NAME = "lihaibineric__DailyArXiv__.github__ISSUE_TEMPLATE@64a4910.md"
PART = "wild29_development"

ROW = re.compile(r"^\| \*\*\[(.+?)\]\((http[^)]+)\)\*\* \|")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        m = ROW.match(ln)
        if m:
            papers.append(entry(lines, i, i, m.group(1)))
    assert len(papers) == 90, len(papers)
    assert all(p["arxiv"] for p in papers)
    write_truth(NAME, PART, papers,
                "Each table row `| **[Title](arxiv)** | ...` is one paper (repeats across keyword sections kept); "
                "title is the bold link text; front matter, notice and headers are not entries.",
                "All six sections checked by eye: first and last row of each, every <details> comment row, the "
                "$F$ title (line 53), the repeated papers, and a sample of 25 rows.")


if __name__ == "__main__":
    main()
