"""Wild23 truth for brendenlake/archive-CCM-site README.md: NYU 'Computational cognitive modeling'
course page (Spring 2024).

Shape: a lecture schedule and a lab schedule (bullets of dates and topics, some slide links and HTML
comments: no papers), then '## Readings' (line 62) with eight bold topic lines ('**Bayesian
modeling**') each followed by '- ' bullets, one reading per bullet, written as unlinked APA-like
references: 'Authors (year). Title. Venue, vol, pages.'  No links at all in the readings; one bullet
writes a bare DOI in text ('doi:10.1038/s41593-018-0210-5', line 107).
Title = the text after '(year)' (an optional '.' after the parenthesis) up to the first '. ';
quoted titles are taken between the quotes (line 74 straight quotes, line 75 curly quotes).
Special cases: line 66 has no year (title = the text between the author initials and '. Vol I');
lines 93 and 98 start with an escaped '\\[optional\\]' tag (dropped); lines 102-103 are one
bullet wrapped over two lines (the title sits on line 102); line 70 ('Presented at the 38th Annual
Conference ...'), line 86 ('(target article)') and line 102 (a CBMM memo) are papers.
Entries: every bullet whose subject is a paper, a chapter with its own title in an edited volume
(line 66 PDP vol. I ch. 1, line 73 Oxford Handbook chapter, line 74 Neuroeconomics chapter) or a
report.  Not entries (TEXTBOOK): chapters of a single-author textbook named only by chapter, on
lines 79 and 98 (Russell & Norvig, 'Chapter 13, Uncertainty' / 'Chapter 14') and line 83 (MacKay,
'Chapter 29: Monte Carlo Methods. In Information Theory, Inference, and Learning Algorithms').
Ghahramani (2015) is listed twice (lines 82 and 101): two entries.
Count check: 28 reading bullets between line 62 and the end (5+4+5+2+4+3+3+2 per topic) minus 3
textbook chapters = 25 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild23 import entry, read_lines, write_truth

NAME = "brendenlake__archive-CCM-site__README@5bd1bd9.md"
PART = "wild23_development"
TEXTBOOK = {79, 83, 98}
SPECIAL = {66: "The Appeal of Parallel Distributed Processing"}


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("## Readings") + 1
    assert start == 62
    papers = []
    bullets = 0
    for n in range(start + 1, len(lines) + 1):
        text = lines[n - 1]
        if not text.startswith("- "):
            continue
        bullets += 1
        if n in TEXTBOOK:
            continue
        end = n
        if n + 1 <= len(lines) and lines[n] and not lines[n].startswith(("- ", "**")):
            end = n + 1  # wrapped bullet (102-103)
        body = text[2:].replace("\\[optional\\]", "").strip()
        if n in SPECIAL:
            title = SPECIAL[n]
            assert title in body, n
        else:
            m = re.search(r"\((\d{4})\)\.?\s*", body)
            assert m, n
            rest = body[m.end():]
            q = re.match(r'["“](.+?)["”]', rest)
            if q:
                title = q.group(1)
            else:
                title = rest.split(". ")[0].rstrip(".")
        papers.append(entry(lines, n, end, title))
    assert bullets == 28, bullets
    assert len(papers) == 25, len(papers)
    write_truth(NAME, PART, papers,
                "every reading bullet under '## Readings' citing a paper, report or titled chapter of an edited"
                " volume is an entry; title = the text after '(year)' up to the first '. ' (or inside the quotes;"
                " line 66 without a year by hand); three chapters of single-author textbooks (lines 79, 83, 98)"
                " are not entries",
                "all 28 reading bullets read by eye and every one of the 25 titles compared with its line; the"
                " quoted titles (74, 75), the year-less line 66, the '[optional]' tags (93, 98), the wrapped"
                " bullet 102-103, the duplicate Ghahramani 2015 (82, 101) and the bare 'doi:' on line 107 checked;"
                " the lecture and lab schedules above line 62 checked to hold no papers")


if __name__ == "__main__":
    main()
