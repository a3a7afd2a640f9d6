"""Truth for DWCTOD's CVPR 2023 papers-with-code list (held out, issue 26).

Entries: each `**Title**` line with the `- 论文/Paper:` and `- 代码/Code:` bullets under it; the
table of contents, group-chat notes and back-links are not entries.  Title: the bold text.
"""

from __future__ import annotations

import re

from _heldout import clean, lines_of, paper, write

NAME = "DWCTOD__CVPR2024-Papers-with-Code-Demo__CVPR2023@0ce8de8.md"


def main() -> None:
    lines = lines_of(NAME)
    papers = []
    for i, line in enumerate(lines, 1):
        if not re.fullmatch(r"\*\*.+\*\*\s*", line) or i < 100:
            continue
        end = i
        j = i
        while j < len(lines) and (not lines[j].strip() or lines[j].startswith("- ")):
            if lines[j].startswith("- "):
                end = j + 1
            elif end > i:
                break
            j += 1
        title = re.sub(r"^Paper title: ", "", clean(line))
        papers.append(paper(i, end, title, "\n".join(lines[i - 1:end])))
    write(
        NAME,
        "Each '**Title**' line after the table of contents is an entry, running over the '- 论文/Paper:' and "
        "'- 代码/Code:' bullets below it; title = the bold text (a leading 'Paper title:' label dropped).",
        "first and last entry of each of the 33 headed sections, 20 random entries, every entry whose paper link "
        "is not arXiv, and counts (358 bold lines = 358 paper bullets).",
        papers,
    )


if __name__ == "__main__":
    main()
