"""Wild14 truth for francesco-innocenti/Neuro_AI_Papers README.md: a PhD student's annotated NeuroAI reading notes.

Shape: a title, a bullet table of contents, an intro paragraph that cites six articles inline in prose
(lines 24-33), then '## '/'### ' topic sections (lines 36-633) in which each paper is its own paragraph:
a line that starts with the linked title '[Title](url)', usually followed on the next line by
'by Authors (year)', then (after a blank line) an optional paragraph of the student's notes, which may
itself cite other works inline ('[Kay (2018)](url).' opens line 256 inside a paragraph; 'See also
[Reply to ...](url)' and a Quanta article are cited inside notes).  '## Background sources' (lines
641-677) lists textbooks as '* [Title](url)' bullets with an indented '  by Authors (year) - comment' line.

Entry: every paragraph that opens with a linked title (the line before it blank or a heading) and whose
item is a paper; every Background bullet whose item is an article.  Title = the link text.  The entry's
lines are the title line and its 'by' line when there is one.  Not entries: the works cited inline in
the intro and in the notes paragraphs (running prose), the two Quanta Magazine news articles (lines 152,
464), the ebook 'Insights from the brain' (83), the books 'Visual Cortex and Deep Networks' (322, MIT
Press), 'The Self-Assembling Brain' (532) and 'A Thousand Brains' (587), and the 14 textbooks of the
Background sources.  The Background bullets 'Deep Learning for AI' (Hinton, Bengio & LeCun, CACM 2021,
ACM DOI) and 'Neural network models and deep learning' (Kriegeskorte & Golan, Current Biology 2019) are
articles, so entries.

Count check: 89 lines start with '[' (grep -c '^\\['), one of them (256) continues a notes paragraph;
of the 88 paragraph-opening links 6 are not papers, 82 entries; grep -c '^by ' = 89, of which 11 continue
prose (lines 28-32, 196, 205, 461, 474, 495, 497), 4 follow a non-paper (84, 153, 533, 588) and 74 follow
a paper's title line; plus 2 Background articles = 84.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild14 import entry, read_lines, write_truth

NAME = "francesco-innocenti__Neuro_AI_Papers__README@59f0d84.md"
PART = "wild14_development"
LINES = read_lines(NAME)

NOT_PAPERS = {83, 152, 322, 464, 532, 587}  # ebook, Quanta x2, three books
BACKGROUND_ARTICLES = {665, 675}
LINK = re.compile(r"^\[([^\]]+)\]\([^)\s]+\)")


def main() -> None:
    papers = []
    openers = []
    with_by = 0
    for i, text in enumerate(LINES, 1):
        if i > 640:
            break
        m = LINK.match(text)
        if not m:
            continue
        prev = LINES[i - 2] if i >= 2 else ""
        if prev.strip() and not prev.startswith("#"):
            assert i == 256, i  # '[Kay (2018)](...).' continues a notes paragraph
            continue
        openers.append(i)
        if i in NOT_PAPERS:
            continue
        last = i
        if LINES[i].startswith("by "):
            last = i + 1
            with_by += 1
        papers.append(entry(LINES, i, last, m.group(1)))
    for i in sorted(BACKGROUND_ARTICLES):
        m = re.match(r"^\* \[([^\]]+)\]\(", LINES[i - 1])
        assert m and LINES[i].startswith("  by "), i
        papers.append(entry(LINES, i, i + 1, m.group(1)))
    assert len(openers) == 88, len(openers)
    assert with_by == 74, with_by
    assert len(papers) == 84, len(papers)
    write_truth(NAME, PART, papers,
                "every paragraph that opens with '[Title](url)' (optionally followed by a 'by Authors (year)' line)"
                " and names a paper is an entry, title = the link text, lines = title line and 'by' line; the two"
                " articles among the Background textbook bullets are entries too; works cited inline in the intro"
                " and in the notes, news articles, an ebook, books and textbooks are not",
                "every paragraph-opening link by eye (88, the 6 non-papers), all 84 titles against the link texts,"
                " the 'by' lines taken as entry ends, the inline citations left out (lines 26-31, 256, 473, 496),"
                " the 2 Background articles and the 14 textbooks and online books beside them")


if __name__ == "__main__":
    main()
