"""Wild31 truth for i-cant-believe-its-not-better/neurips2021 _pages/03_accepted.md: accepted-papers page of
the ICBINB@NeurIPS 2021 workshop site (the workshop's contents list).

Shape: after a front-matter block and an INFO line (8), one `* ` bullet per poster (10-72, blank line
between bullets): `* (Poster \\#01): Author, Author. [Title](https://openreview.net/forum?id=...)` --
poster number first, then the author list, then the title as the only link (its OpenReview forum page).
The poster numbers have gaps (#02, #04, #34 are absent) and the author list is sometimes not closed by a
full stop (60, 62, 68).  Every bullet is an entry titled by its link text; no arXiv ids or DOIs are given.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild31 import entry, read_lines, write_truth

NAME = "i-cant-believe-its-not-better__neurips2021___pages__03_accepted@65d7363.md"
PART = "wild31_development"

BULLET = re.compile(r"^\* \(Poster \\#\d+\):\s+.*?\[([^\]]+)\]\(https://openreview\.net/forum\?id=[^)]+\)\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, t in enumerate(lines, 1):
        if t.startswith("* "):
            m = BULLET.match(t)
            assert m, (i, t)
            papers.append(entry(lines, i, i, m.group(1)))
    assert len(papers) == 32, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each `* (Poster #N): authors. [Title](openreview)` bullet is an entry titled by its link text.",
        "All 32 bullets checked by eye (author/title split, titles with `...`, `?`, `!` and commas).",
    )


if __name__ == "__main__":
    main()
