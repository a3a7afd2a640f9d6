"""Wild9 truth for lyy1994/awesome-data-contamination README.md: a numbered list of multi-field cards.

Shape: under '### 🎯 The List' (line 53) every paper is a Markdown ordered-list card that always
restarts with '1. ' (lines 58-834): line 1 '1. **Title** (Venue Year | arXiv, date) ![](badge)... <br />',
then an indented italic author line, an indented '[[paper](url)] [[code](url)]...' link line, an
indented '<details><summary><b>Abstract</b></summary> ... </details>' block, and sometimes an
indented '> note' blockquote after a blank line.  Entry = one card, first line = its '1. **' line,
last line = the last non-blank line before the next card (or before '<a id="resources">').
Title = the bold text of the first line.

Outside the list: the two News bullets announcing the authors' own papers (SimMIA, C2LEVA) are news
items, not entries; the Tagset table is a legend; the Resources tables and bullets list corpora,
benchmarks, datasets and tools by name (a few names link to a paper, e.g. ThePile, ROOTS, but the
record is the resource's name, not a work), so they are not entries.  The '🚩 Citation' section is
cite-us boilerplate and not entries: the first fenced BibTeX cites the repo itself ('Awesome Data
Contamination'), the second ('You are also welcome to cite our papers') the authors' own three
papers (SimMIA, C$^2$LEVA, CLEVA), as the wild set treats the authors' own citation BibTeX; all three
of them are listed as cards too (lines 132, 624, 804).

Counts: 126 '1. **' lines (grep), 126 '<details>' lines in the file (grep), all in the list.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild9 import entry, read_lines, write_truth

NAME = "lyy1994__awesome-data-contamination__README@4dd7efa.md"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    start = LINES.index("### 🎯 The List") + 1
    stop = LINES.index('<a id="resources"></a>') + 1
    heads = [i for i in range(start, stop) if LINES[i - 1].startswith("1. **")]
    assert len(heads) == 126
    bounds = heads + [stop]
    for k, h in enumerate(heads):
        m = re.match(r"1\. \*\*(.+?)\*\* \(", LINES[h - 1])
        assert m, h
        last = bounds[k + 1] - 1
        while not LINES[last - 1].strip():
            last -= 1
        own = LINES[h - 1 : last]
        assert sum("<details>" in x for x in own) <= 1, h
        papers.append(entry(LINES, h, last, m.group(1)))
    assert len(papers) == 126
    write_truth(NAME, "wild9_development", papers,
                "every '1. **Title**' card of 'The List' is an entry (to its last non-blank line), title = the bold text;"
                " news bullets, resource tables/bullets and the Citation section's cite-us BibTeX (the repo's and the"
                " authors' three papers') are not entries",
                "126 card heads and 126 <details> by grep, every head matched '1. **...** (', each card holds at most one"
                " <details>; the lines outside the list read in full (news, tagset, resources, citation); titles of"
                " first/last cards and ~20 sampled cards compared by eye, incl. cards whose lines are indented by 3 spaces instead of 4")


if __name__ == "__main__":
    main()
