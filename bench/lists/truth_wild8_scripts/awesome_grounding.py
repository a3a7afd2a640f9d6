"""Wild8 truth for TheShadow29/awesome-grounding README.md: a small-field awesome list (visual grounding, mostly 2014-2021).

Shape: numbered items (almost all written '1.'; the 3D section counts 1.-5.), one per paper, each an
MLA-style reference with the title in bold: '1. Authors. **Title.** Venue. Year. *Method name: X*
[[Paper]](url) [[Code]](url) [[Website]](url)'.  In the dataset sections the item starts with the
dataset's bold name and a colon ('1. **Flickr30k**: Plummer, ... **Flickr30k entities: ...** ...'),
a tag before the reference; the embodied-platform items carry a note sub-bullet.  A few items run
over two lines (a '*Method name*' wrapped, the '[[Paper]]' link or a 'Disclaimer' on the next line,
a critique sub-bullet).  One item is prefixed '**RETRACTED (see #2)**:' (still a paper record).
The 'Charades-Ego' dataset item names no paper itself ('[[Website]]' only) but has two sub-bullets,
each a paper reference (one with a bold title, one with a quoted title).

Not entries: the contribution instructions (indented ' 1.' steps), the demo link, the three other
compilations (repositories), headings and the TOC.

Entry: every top-level numbered item from '## Datasets' on, from its line to the line before the
blank line that closes it; for Charades-Ego each sub-bullet is an entry (its own line) and the
parent item is not.  Title = the bold title of the reference (the first bold after the dataset-name
or RETRACTED tag), final full stop dropped; for the quoted sub-bullet, the quoted text.

Counts: 153 top-level numbered items after line 43 (12 image datasets, 8 video datasets, 3
platforms, 77 + 6 + 3 + 23 + 3 + 2 + 8 + 5 + 1 + 2 papers) - the Charades-Ego parent + its 2
sub-bullets = 154 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild8 import entry, read_lines, write_truth

NAME = "TheShadow29__awesome-grounding__README@905aa90.md"
PART = "wild8_development"
LINES = read_lines(NAME)


def main() -> None:
    first_paper_line = LINES.index("## Datasets") + 1
    papers = []
    per: dict[str, int] = {}
    heading = ""
    for i, text in enumerate(LINES, 1):
        if i < first_paper_line:
            continue
        if text.startswith("#"):
            heading = text
            continue
        if not re.match(r"\d+\. ", text):
            continue
        per[heading] = per.get(heading, 0) + 1
        end = i
        while end < len(LINES) and LINES[end].strip():
            end += 1
        if text.startswith("1. **Charades-Ego**:"):
            assert end == i + 2, i
            m = re.search(r"\*\*(.+?)\*\*", LINES[i])
            papers.append(entry(LINES, i + 1, i + 1, m.group(1)))
            m = re.search(r'"(.+?)"', LINES[i + 1])
            papers.append(entry(LINES, i + 2, i + 2, m.group(1)))
            continue
        body = re.sub(r"^\d+\. \*\*[^*]+?\*\*:\s*(?:\d+\.\s*)?", "", text)  # dataset name / RETRACTED tag
        m = re.search(r"\*\*(.+?)\*\*", body)
        assert m, i
        papers.append(entry(LINES, i, end, m.group(1)))
    counts = list(per.values())
    assert counts == [12, 8, 3, 77, 6, 3, 23, 3, 2, 8, 5, 1, 2], counts
    assert sum(counts) == 153 and len(papers) == 154
    write_truth(NAME, PART, papers,
                "every top-level numbered reference from '## Datasets' on is an entry (lines up to the blank line),"
                " title = its bold title after any bold dataset-name or RETRACTED tag; the Charades-Ego item's two"
                " sub-bullet references are the entries instead of the item; contribution steps, demo and other"
                " compilations are not entries",
                "153 numbered items counted per heading (12, 8, 3, 77, 6, 3, 23, 3, 2, 8, 5, 1, 2) + 1 for"
                " Charades-Ego = 154; every title read against its line (dataset-name tags dropped, bold without"
                " a final stop, the period outside the bold, '(SeqGROUND)' kept), the multi-line items"
                " (60-61, 109-110, 208-209, 265-266, 282-284, platform notes), ids of 20 items")


if __name__ == "__main__":
    main()
