"""Wild20 truth for AndrewColligan/Paper-Reading-Notes README: a student's index of papers read on 3D deep learning.

Shape: topic headings ('## Point Cloud') with year sub-headings ('### 2017'); under each year one
HTML '<details>' card per paper read: '<summary><b>Title</b> <a href=...>[Paper Note]</a></summary>'
(the link goes to the author's own note file in the repository, never to the paper), then the
paper's abstract in a '<p align="justify">' block between '<hr>' lines, then '</details>'.  The last
card (ResNet) has no closing '</summary>'.  No arXiv or DOI link anywhere.

Entry: every '<details>' card, from its '<details>' line to its '</details>' line (the abstract
belongs to the entry); 35 cards.  The footer says 'Paper Count: 31' (stale); the cards are counted.

Title: the bold text of the card's summary.

Counts: 35 '<details>', 35 '<summary>', 35 '</details>' lines (grep); the cards do not nest.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild20 import entry, read_lines, write_truth

NAME = "AndrewColligan__Paper-Reading-Notes__README@71eb0fd.md"
PART = "wild20_development"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    i = 1
    while i <= len(LINES):
        if LINES[i - 1].strip() != "<details>":
            assert "<details>" not in LINES[i - 1], i
            i += 1
            continue
        end = i + 1
        while LINES[end - 1].strip() != "</details>":
            assert "<details>" not in LINES[end - 1], (i, end)
            end += 1
        summary = LINES[i]  # the line after '<details>'
        m = re.match(r"\s*<summary><b>(.+?)</b>", summary)
        assert m, (i, summary)
        papers.append(entry(LINES, i, end, m.group(1)))
        i = end + 1
    assert len(papers) == 35, len(papers)
    write_truth(NAME, PART, papers,
                "every <details> card is an entry (from <details> to </details>, abstract included), title = the"
                " bold text of its <summary>",
                "all 35 titles by eye against the file; 35 <details>/<summary>/</details> lines counted with grep"
                " (the footer's 'Paper Count: 31' is stale); the last card without </summary>; no paper ids")


if __name__ == "__main__":
    main()
