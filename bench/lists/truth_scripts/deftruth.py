"""Truth for DefTruth's Awesome-LLM-Inference tables (held out, issue 26).

Entries: table rows `|Date|Title|Paper|Code|Recom|` whose Paper cell links a paper (`[[pdf]]`,
even an empty one, or MiniMax's `[[report]]`); rows whose Paper cell is `[[docs]]`, `[[blog]]`,
⚠️ (code only), the Open-Sora Plan project report and a course note are not papers.
Title: the Title cell without fire emojis, the leading `[Abbr]` / `[Venue]` tags and the trailing `(@Org)`.
"""

from __future__ import annotations

import re

from _heldout import clean, lines_of, paper, write

NAME = "DefTruth__Awesome-LLM-Inference__README@ff4b767.md"
NOT_PAPERS = ("courses.cs.washington.edu", "Open-Sora-Plan/blob/main/docs")


def title_of(cell: str) -> str:
    cell = cell.replace("🔥", "").strip()
    cell = re.sub(r"^(?:\[[^\]]*\]\s*)+", "", cell)
    cell = re.sub(r"\s*\(@[^)]*\)\s*$", "", cell)
    return clean(cell)


def main() -> None:
    lines = lines_of(NAME)
    papers = []
    for i, line in enumerate(lines, 1):
        if not re.match(r"\|\d{4}\.\d+\|", line):
            continue
        cells = line.split("|")
        link = cells[3]
        if not re.search(r"\[\[(pdf|report)\]\]", link) or any(s in link for s in NOT_PAPERS):
            continue
        papers.append(paper(i, i, title_of(cells[2]), link))
    write(
        NAME,
        "Each table row whose Paper cell links a paper ([[pdf]], even empty, or a [[report]] of a paper) is an "
        "entry, duplicates across sections included; docs/blog/code-only rows, a project report and a course "
        "note are not; title = Title cell without emojis, the leading [Abbr]/[Venue] tags and trailing (@Org); ids from the "
        "Paper cell only.",
        "all 322 table rows' titles read through against the file, the 27 left-out rows one by one, "
        "and 20 random rows' ids.",
        papers,
    )


if __name__ == "__main__":
    main()
