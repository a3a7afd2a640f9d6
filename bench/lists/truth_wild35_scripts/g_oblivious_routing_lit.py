"""Wild35 truth for Crustacean1/ObliviousRouting literature.md: a thesis student's working literature list on
oblivious routing (networking / routing theory).

Shape: plain-text task list with no links and no ids. Papers are list items under "Literature:" (2-30),
"Practical:" (33-36), "Topology specific:" (39-40), "Meta literature:" (43-44) and "To Check:" (48-49), most
with a checkbox "[ ]", "[-]" or "[x]"; line 30 has no checkbox but "!!!" before the title, line 21 has "!" glued
to the title. Line 23 is an indented sub-item naming a second paper (Young's packing/covering paper) under line
22: its own entry. Under "Valiant:" (52) and "## Adaptive routing protocols" (94) a paper is tagged "[article]";
the other items there (Deadlock?, Minimal routing, UGAL, CONGA, ...) are notes or protocol names, not entries.
Line 83 "Load-balanced wireless ad hoc routing" under "## adaptive routing lit" is the title of a paper and is
taken as an entry; line 82 beside it is a note. "Interesting topologies", "Topics", "Authors", "TODOS" and the
thesis outline at the end are not entries. Line 44 (Scheideler's "Universal routing strategies ...", a
published dissertation) is kept as an entry.

Titles: the item text without checkbox, "!" marks and "[article]" tag, and without what the list appends after
the title: an author name (", Harsha", ", Wilson", " H. Racke", " Brebner", "  Racke", "(Young)"), a
parenthesised note ("(Hard to get)", "(compare ...)", "(for methodology)", ...), "!!!!" and a trailing "*".
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild35 import entry, read_lines, write_truth

NAME = "Crustacean1__ObliviousRouting__literature@c0d81e6.md"
PART = "wild35_development"

# Lines whose item is a paper.
PAPER_LINES = list(range(2, 31)) + [33, 34, 35, 36, 39, 40, 43, 44, 48, 49, 52, 83, 94]

# What the list writes after the title on some lines (author names, notes, marks).
TAILS = {
    9: " (Hard to get)",
    10: ", Harsha",
    11: " !!!!",
    15: " (proof of the confestion + dilation)",
    16: " Brebner",
    18: "*",
    19: ", Wilson",
    22: " H. Racke",
    23: " (Young)",
    28: " (compare to Azar LP formulation)",
    34: " (compare results, but mainly topologies)",
    35: " (for methodology)",
    43: "  Racke",
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n in PAPER_LINES:
        text = lines[n - 1].strip()
        text = re.sub(r"^- (\[[ x\-]\] )?", "", text)
        text = re.sub(r"^\[article\] ", "", text)
        text = re.sub(r"^!+ ?", "", text)
        tail = TAILS.get(n)
        if tail is not None:
            assert text.endswith(tail), (n, text)
            text = text[: -len(tail)]
        papers.append(entry(lines, n, n, text.strip()))
    assert len(papers) == 42, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each paper-title list item (checkbox items of the literature sections, the indented sub-item at 23, the"
        " '[article]' items at 52 and 94, and the title at 83) is an entry; title is the item text without"
        " checkbox, '!' marks, tag and the author name or note appended after it.",
        "Every line of the file read by eye; all 42 entries and titles checked against their lines; notes,"
        " topics, protocol names and outline lines confirmed as non-entries.",
    )


if __name__ == "__main__":
    main()
