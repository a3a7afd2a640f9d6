"""Wild33 truth for danielrothschild/danielrothschild.github.io dynsem/index.md: the course page of a UCL
graduate seminar in philosophy of language (Dynamic Semantics and Pragmatics, PHILG031), whose
"Readings" section is the reading list.

Shape: a schedule (lines 33-81) of weeks with handout links and one prose pointer to "Yalcin's article"
(line 46; running prose, not an entry), then ``#### Readings`` (line 86) with ``#####`` topic headings and one
paragraph per reading: ``Author(s), [Title](url)`` (line 103 and 183 lack the comma), with ``---,`` as the
bibliographic ditto for "same author" (lines 96, 111, 159, 161, 177).  Some URLs lack the scheme.

Entries: each reading paragraph from line 94 to 183, except what is not an article: the textbook of line 92
(no link), David Beaver's monograph (line 125, title in italics), Paul Elbourne's monograph "Situations and
Individuals" (line 167; MIT Press book) and the Rothschild/Yablo handout (line 185).  Dissertations (Heim
line 119, Aloni line 151 "Chapter 3") and the two Stanford Encyclopedia of Philosophy articles (lines 127,
169) are kept as scholarly works.  Title = the link text as written (typo "quantication" of line 105 kept).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild33 import entry, read_lines, write_truth

NAME = "danielrothschild__danielrothschild.github.io__dynsem__index@01414e7.md"
PART = "wild33_development"

NOT_ARTICLES = {125, 167, 185}


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("#### Readings") + 1
    papers = []
    for i in range(start + 1, len(lines) + 1):
        ln = lines[i - 1]
        if ln.startswith("<!--"):
            break
        if not ln or ln.startswith("#") or i in NOT_ARTICLES:
            continue
        m = re.match(r"(?:---|[A-Z][^\[]*?),? ?\[(.+?)\]\(", ln)
        if not m:
            continue
        papers.append(entry(lines, i, i, m.group(1)))
    assert len(papers) == 32, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each reading paragraph 'Author, [Title](url)' (or '---, [Title](url)') of the Readings section is an entry, "
        "except two monographs and a handout; title = the link text.",
        "All 36 reading paragraphs read by eye against the output; ditto-author lines, comma-less lines, the textbook, "
        "the two books, the handout and the schedule's handouts/prose pointer checked.",
    )


if __name__ == "__main__":
    main()
