"""Wild34 truth for PurdueMathAntiracism/PurdueMathAntiracism.github.io reading_list.md: the reading
list of the Purdue mathematics department's antiracism reading group.

Shape: "## Articles" (line 7), "## Books" (106), "## Videos" (150), "## Other resources" (170) and
"## Other people's reading lists" (183).  In each section numbered items ("1. ") were read and
bulleted items ("- ") are suggestions.  Every item is one line: "[Title](url) by Authors", sometimes
with a trailing note (", book chapter by ...", "(interview by ...)").

Entries: the items of "## Articles" (lines 9-96 read, 98-104 suggested) that are scholarly works:
journal articles (research articles, scholarly essays and comments/editorials written by scholars in
journals, including Notices/Bulletin of the AMS), chapters of academic books, and research reports.
The other Articles items are newspaper and magazine pieces, blog posts, a speech, an interview, an
open letter, a position statement and a journalist's news feature: not entries.  Decisions, by line:
- entries: 10 12 13 15 18 19 21 22 24 31 33-40 42-49 51 54 55 57 58 61 65 70 73 74(x2) 75-78 85
  87-96 99 100 101.
- 14 McIntosh's "Invisible Knapsack" (magazine essay), 26 Baldwin's "A Talk to Teachers" (speech),
  50 "Good-Bye Pythagoras?" (Chronicle of Higher Education news), 53 "Mathematical Microaggressions"
  (MAA FOCUS magazine), 59 "How Many Bad Apples?" (Contexts magazine), 80 NCSM/TODOS position paper,
  84 "Six Ways to be Aniracist" (unlinked Mashable piece), 102 Dweck (Scientific American Mind),
  104 Nature news feature by a journalist: not entries.
- 22 (USC CUE paper), 34 (Wisconsin HOPE Lab report), 61 (Hack the Gates report) and 101 (ERIC report
  ED402836) are research reports: entries.
- 74 names two papers: Thurston's "On Proof and Progress in Mathematics" and, after "responding to",
  Jaffe & Quinn's paper: two entries on the same line (its link text keeps the stray closing quote).
- 24 and 94 are the same paper read twice: two entries.
- Books, videos, other resources and other people's lists: no entries.
Title = the link text (markup such as <i> removed), without authors and trailing notes.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "PurdueMathAntiracism__PurdueMathAntiracism.github.io__reading_list@7a4d23e.md"
PART = "wild34_development"

ENTRY_LINES = (
    [10, 12, 13, 15, 18, 19, 21, 22, 24, 31]
    + list(range(33, 41))
    + list(range(42, 50))
    + [51, 54, 55, 57, 58, 61, 65, 70, 73, 74, 75, 76, 77, 78, 85]
    + list(range(87, 97))
    + [99, 100, 101]
)
LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]*)\)")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[6] == "## Articles" and lines[105] == "## Books"
    papers = []
    for i in ENTRY_LINES:
        ln = lines[i - 1]
        assert re.match(r"^(1\. ?|- )\[", ln), (i, ln)
        links = list(LINK.finditer(ln))
        if i == 74:  # Thurston, "responding to" Jaffe & Quinn: two papers on one line
            for m in links:
                p = entry(lines, i, i, m.group(1))
                p["arxiv"], p["doi"] = arxiv_of(m.group(0)), doi_of(m.group(0))
                papers.append(p)
            continue
        papers.append(entry(lines, i, i, links[0].group(1)))
    assert len(papers) == 55, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Items of the Articles section that are scholarly works (journal articles incl. scholars' comments, "
        "academic book chapters, research reports), not news/magazine pieces, blogs, speeches, interviews, "
        "letters or position statements; no entries in Books/Videos/Other; title = link text.",
        "Every line of the Articles section (9-104) classified by eye, each of the 55 entries checked against "
        "its line, including the two-paper line 74 and the repeated paper on lines 24 and 94.",
    )


if __name__ == "__main__":
    main()
