"""Open truth for JunMa11/SOTA-MedSeg: challenge leaderboards as tables '| Date | First Author | Title [(paper)](url) | scores |'.

The Title column is plain text with '(paper)' / '(code)' links after it; its position varies by
table and one table's rows follow a blank line without a header of their own.
"""
import re

from _open import Open

NAME = "JunMa11__SOTA-MedSeg__README@0cf735f.md"


def cells(row: str) -> list[str]:
    return [c.strip() for c in row.strip().strip("|").split("|")]


def main() -> None:
    t = Open(NAME)
    col = None
    tools = False
    for i, text in enumerate(t.lines, 1):
        if text.startswith("#"):
            tools = "Open Source Tools" in text
            col = None
        if not text.lstrip().startswith("|") or re.match(r"\s*\|[\s:|-]+\|?\s*$", text):
            continue
        row = cells(text)
        if "Title" in row:
            col = row.index("Title")
            continue
        if col is None or col >= len(row):
            continue
        cell = row[col]
        if tools and "(paper)" not in cell:
            continue  # a library or tool without a paper
        title = re.sub(r"\[\([^)]*\)\]\([^)]*\)", "", cell)  # the '(paper)', '(Code)', '(TMI)' links
        title = re.sub(r"[\s,]+$", "", title.strip())
        if not title or title in ("TBD", "TBA", "-") or "1st place solution" in title:
            continue  # a team with no paper named; a code-only challenge solution
        t.add(i, i, title)
    t.write("every data row of a table whose header has a 'Title' column is an entry, title = that cell"
            " without its '(paper)'/'(code)' links; rows whose title is 'TBD'/'TBA' or empty name no paper and the code-only"
            " SIIM-ACR '1st place solution' and are"
            " left out; in 'Awesome Open Source Tools' only rows with a (paper) link; the dataset-statistics"
            " table (no Title column) has no entries",
            "every table header and its title column, the 15-entry sample, all rows of the StructSeg,"
            " LVQuan18 and tools tables, the header-less rows after a blank line (MRBrainS18)")


if __name__ == "__main__":
    main()
