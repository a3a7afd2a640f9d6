"""Wild19 truth for berkeley-deep-learning/cs294-131-s17 index.md: Berkeley CS 294-131 (Spring 2017) syllabus.

Shape: a course page whose syllabus is one raw HTML table (lines 52-358) of guest-speaker
sessions: Date | Speaker | Readings | Talk | Deadlines.  The Readings cell is an HTML '<ul>' of
'<li><a href="url">Title</a>, by Authors</li>' items, sometimes under plain-text labels 'Main
reading:' / 'Background reading:' / 'Optional reading:'; items may span two to seven lines (the
'<a>' opened on one line, the title on the next, the authors after it, and in the last session a
second '<a>' to a project page or code inside the item).  An entry is one '<li>' item (all 34
'<li>' of the file are in Readings cells); its lines run from the '<li>' line to the '</li>'
line.  Title = the text of the item's first '<a>', whitespace collapsed.  Two background
readings name their paper only by a nickname or a description linking a project page: 'StyLit'
(followed by '(image analogies)') and 'Mesh region annotation': entries with a null title.  The
'NIPS 2016 Tutorial: Generative Adversarial Networks' item links the arXiv write-up of the
tutorial (1701.00160), a report, and is kept.  Not entries: the Talk column's links to
speakers.html (talk titles), 'No assigned readings', 'TBA'/no-class rows, the 'Project
information' and 'Code' links inside items, and the course links after the table.

Count check: grep -c '<li>' = 34; per session 0, 2, 3, 2, -, 4, 4, 4, 2, -, 4, 4, 2, 3 items.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild19 import entry, read_lines, write_truth

NAME = "berkeley-deep-learning__cs294-131-s17__index@3549874.md"
PART = "wild19_development"
LINES = read_lines(NAME)
NICKNAMES = {"StyLit", "Mesh region annotation"}


def main() -> None:
    papers = []
    i = 0
    while i < len(LINES):
        if "<li>" not in LINES[i]:
            i += 1
            continue
        first = i + 1
        j = i
        while "</li>" not in LINES[j]:
            j += 1
        last = j + 1
        item = "\n".join(LINES[first - 1 : last])
        m = re.search(r"<a href=\"[^\"]+\">(.*?)</a>", item, re.DOTALL)
        assert m, first
        title = " ".join(m.group(1).split())
        papers.append(entry(LINES, first, last, None if title in NICKNAMES else title))
        i = j + 1
    assert len(papers) == 34, len(papers)
    assert all(52 <= p["line"] <= 358 for p in papers)
    assert sum(1 for p in papers if p["title"] is None) == 2
    write_truth(NAME, PART, papers,
                "every '<li>' item of the Readings cells of the syllabus HTML table is an entry (its '<li>'..'</li>'"
                " lines), title = the text of its first '<a>' (whitespace collapsed); 'StyLit' and 'Mesh region"
                " annotation' name their paper only by nickname/description: null title; talk links, project and"
                " code links inside items are not entries",
                "all 34 items one by one against the file (multi-line items of the Kingma, Xiao, Song, Rush, Arora"
                " and Russell sessions, the second '<a>' inside the Russell items), the two null titles, the"
                " arXiv abs ids and the ACM citation.cfm link without a DOI")


if __name__ == "__main__":
    main()
