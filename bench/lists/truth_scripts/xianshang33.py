"""Truth for xianshang33's llm-paper-daily README (held out, issue 26).

Entries: every data row of the daily table `| Date | Paper | Links & Summary |` and of the
category tables (a paper listed both daily and under a category counts on each row; the
'Top Conferences' rows too).  Title: the bold text right before `<br><sub>` in the Paper cell
(the award label '🏆 **Best … Paper** - ' of conference rows is not part of it).  Ids: from the
row's links (arXiv badge link).
"""

from __future__ import annotations

import re

from _heldout import clean, lines_of, paper, write

NAME = "xianshang33__llm-paper-daily__README@9208e8c.md"


def main() -> None:
    lines = lines_of(NAME)
    papers = []
    for i, line in enumerate(lines, 1):
        if not line.startswith("| ") or line.startswith(("| &nbsp;", "| ---")):
            continue
        m = re.search(r"\*\*(.+?)\*\*\s*<br>", line)
        assert m, (i, line[:150])
        title = re.sub(r"^.*\*\* - \*\*", "", m.group(1))
        papers.append(paper(i, i, clean(title), line))
    write(
        NAME,
        "Each data row of the daily and category tables is an entry (repeats count on each row); title = the bold "
        "text before '<br><sub>' in the Paper cell (award label dropped); ids from the row's links.",
        "all rows matched by one pattern (assert), 20 random rows, the first/last row of each month and category, "
        "the 4 conference rows and every row without an arXiv id.",
        papers,
    )


if __name__ == "__main__":
    main()
