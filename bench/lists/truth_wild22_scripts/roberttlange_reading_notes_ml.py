"""Wild22 truth for RobertTLange/reading-notes-ml Readme.md: one PhD student's reading log (2017-2020).

Shape: after a prose intro, one Markdown table of reading-group papers (header line 13, separator
line 14, then 13 rows on lines 15-27 written WITHOUT a leading pipe):
':fire: #13 - 01/20 | Merel et al. - Deep Neuroethology of a Virtual Rodent | 2020 | DRL-Neuro | ICLR |
[Click](arxiv url) | [Click](notes)'.  Title = the second cell after its first ' - ' (the authors come
first); the paper link is the 'Click' in the sixth cell (arXiv, CVF, JMLR).  Then '## Topic' headings,
'**YYYY-MM**' month lines and checkbox bullets '* [x] Authors (year) - Title' ([x] = a notes file
exists, [ ] = only read); three bullets (lines 28-30) wrap the whole text in a link to the notes file,
two (lines 92-93) have a tab after the checkbox, four (lines 206-212) start with '#n: ' (reading-group
number).  Title = the text after the first '(...) - ' (the year parenthesis), so 'Q-Cut - Dynamic
Discovery ...' (line 86) keeps its inner ' - '.  Line 127 holds a bare carriage return inside the
title ('Temporal\\rDifference'); lines are split on '\\n' only, and CommonMark renders the CR as a
soft line break, so the title reads 'Temporal Difference' (whitespace collapsed).
Entries: every table row and every bullet whose subject is a paper, preprint or technical note.
Not entries (4 bullets, see NOT_PAPERS): textbook chapters 'Barto & Sutton (2016 - draft) - Ch. 1: ...'
(line 131) and 'Goodfellow et al. (2016) - Ch. 6: ...' (line 171), the book 'Jeff Hawkins (2003) - On
Intelligence' (line 198) and Hale (2014) 'Automaton theories of human sentence comprehension' (line
108), a CSLI monograph (book; decided from outside knowledge, the line itself does not say so).
Daume (2004) 'From Zero to RKHS in Twelve Pages or Less' (line 206), an unpublished tutorial note, is
counted as a technical report.  Only the table rows and lines 28-30 carry a URL; the bullets give no id.
Count check: 13 table rows + 60 checkbox bullets (grep '^\\* \\[') - 4 = 69 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild22 import entry, read_lines, write_truth

NAME = "RobertTLange__reading-notes-ml__Readme@57ca859.md"
PART = "wild22_development"
NOT_PAPERS = {108, 131, 171, 198}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    rows = bullets = 0
    for i, text in enumerate(lines, 1):
        if text.startswith(":fire: #"):
            rows += 1
            cells = [c.strip() for c in text.split("|")]
            authors, title = cells[1].split(" - ", 1)
            assert "et al" in authors or "&" in authors, i
            papers.append(entry(lines, i, i, title))
        elif text.startswith("* ["):
            bullets += 1
            if i in NOT_PAPERS:
                continue
            m = re.match(r"\* \[[x ]\]\s+(?:#\d+: )?\[?[^()]*\([^)]*\) - (.+?)(?:\]\([^)]*\))?$", text)
            assert m, i
            papers.append(entry(lines, i, i, m.group(1)))
    assert rows == 13, rows
    assert bullets == 60, bullets
    assert len(papers) == 69, len(papers)
    write_truth(NAME, PART, papers,
                "every row of the reading-group table (title = second cell after 'Authors - ') and every"
                " checkbox bullet 'Authors (year) - Title' whose subject is a paper is an entry (title = text"
                " after the year parenthesis, link wrapper and '#n: ' number removed); two textbook chapters"
                " and two books (Hawkins, Hale 2014) are not entries",
                "all 13 table rows and all 60 bullets read by eye against the file; titles with inner ' - '"
                " (line 86), tab after checkbox (92-93), '#n:' prefixes (206-212), linked bullets (28-30) and the"
                " double space on line 19 and the bare CR on line 127 checked; arXiv ids checked on the 11 arXiv rows (line 26 a pdf link)")


if __name__ == "__main__":
    main()
