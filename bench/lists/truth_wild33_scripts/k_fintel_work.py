"""Wild33 truth for fintelkai/kvf-hugo references/work.md: Kai von Fintel's "work" page (linguistics /
philosophy of language), a pandoc-rendered list of papers, handouts, slides and class notes.

Shape: after a YAML header and one intro paragraph (line 11), lines 15-185 hold 86 numbered records,
one per line, written ``N\\. Authors. Year. Title. Venue/description. doi:[..](..). URL: <..>.``
(numbering starts at ``0\\.``).  Each record's line is its span.

What is an entry: records whose subject is a written scholarly work -- journal articles, book chapters,
proceedings papers, working papers, encyclopedia articles, comments/replies printed in a book
(lines 113, 115, 121), unpublished manuscripts (incl. line 169 "Unpublished ms"), notes deposited with
a DOI (lines 31, 43, 171), a paper presented at the APA (line 67) and the PhD thesis (line 177).
Not entries (35 records): lecture/class/seminar notes and course materials (lines 15, 23, 35, 79,
133 seminar handout, 141, 147, 149, 163), slides (19, 25, 37, 41, 45, 51, 53, 57, 61, 89, 95, 99, 125, 129),
talk handouts (55, 103, 107, 143, 151, 153, 157, 173), commentary delivered at workshops/meetings
without a printed version (71, 101, 123) and the newspaper columns of line 29.

Title: the text between "Year. " and the full stop (or ?/!) that ends it; the few titles holding an
inner ?/! are written out (lines 67, 117).  Line 39's strikethrough ``~~since~~`` keeps its text
("Since since").  Line 69 writes ``doi:[1721.1/95784]`` -- a handle, not a DOI, so no DOI there.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild33 import entry, read_lines, write_truth

NAME = "fintelkai__kvf-hugo__references__work@81dd86b.md"
PART = "wild33_development"

NOT_ENTRIES = {15, 19, 23, 25, 29, 35, 37, 41, 45, 51, 53, 55, 57, 61, 71, 79, 89, 95, 99, 101,
               103, 107, 123, 125, 129, 133, 141, 143, 147, 149, 151, 153, 157, 163, 173}
TITLES = {
    67: "The best we can (expect to) get? Challenges to the classic semantics for deontic modals",
    117: "Would you believe it? The king of France is back! Presuppositions and truth-value intuitions",
    39: "Since since",
}
REC = re.compile(r"^(\d+)\\\. (.+?)\. (\d{4}–?)\. (.*)$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    seen = 0
    for i, ln in enumerate(lines, 1):
        m = REC.match(ln)
        if not m:
            continue
        seen += 1
        if i in NOT_ENTRIES:
            continue
        rest = m.group(4)
        if i in TITLES:
            title = TITLES[i]
        else:
            t = re.match(r"(.+?[.?!])(?= )", rest)
            title = t.group(1)
            title = title.removesuffix(".")
        papers.append(entry(lines, i, i, title))
    assert seen == 86, seen
    assert len(papers) == 51, len(papers)
    write_truth(NAME, PART, papers,
                "One entry per numbered record (one line each) that is a written scholarly work; slides, "
                "handouts, class/lecture/seminar notes, course materials, oral commentary and newspaper "
                "columns are skipped; title = text after the year up to its closing full stop.",
                "All 86 records read by eye and classified; every title and id checked against its line.")


if __name__ == "__main__":
    main()
