"""Wild18 truth for yallop/pldi2014-papers README.md: a crowd-sourced dump of a conference's accepted papers (PL).

A short intro with reference-style link definitions, then '## PLDI 2014 Accepted papers' (52
records) and '## TOPLAS accepted papers' (4 records, one sentence of intro).  Each record is three
lines: '* **Title**' + two trailing spaces (hard break), an indented '([paper](url))' or
'([preprint](url))' line (twice '(no preprint found)'; one record has no such line at all), and
an indented 'by Names and Name' line; a blank line between records.

Entry: every '* **Title**' bullet (56: 52 + 4; grep counts 56 bold bullets and 56 'by' lines),
lines = the bullet to its 'by' line (2 or 3 lines).  Title = the bold text.  One record links an arXiv PDF
(id taken from it, version dropped); no DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild18 import entry, read_lines, write_truth

NAME = "yallop__pldi2014-papers__README@345547a.md"
PART = "wild18_development"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    section = None
    per = {}
    nolink = 0
    for i, text in enumerate(LINES, 1):
        if text.startswith("## "):
            section = text
            per[section] = 0
            continue
        m = re.fullmatch(r"\* \*\*(.+)\*\*  ", text)
        if not m:
            assert not text.startswith("*"), i
            continue
        end = i + 1
        if LINES[i].startswith("    ("):
            assert re.fullmatch(r"    \((\[(paper|preprint)\]\(\S+\)|no preprint found)\)  ", LINES[i]), i
            end += 1
        else:
            nolink += 1
        assert LINES[end - 1].startswith("    by ") and LINES[end] == "", i
        papers.append(entry(LINES, i, end, m.group(1)))
        per[section] += 1
    assert nolink == 1, nolink
    assert per == {"## PLDI 2014 Accepted papers": 52, "## TOPLAS accepted papers": 4}, per
    write_truth(NAME, PART, papers,
                "every '* **Title**' bullet with its link line (absent once) and 'by' line is an entry; title = the bold"
                " text; the one arXiv PDF link gives an id",
                "all 56 records (52 PLDI + 4 TOPLAS; 56 bold bullets and 56 'by' lines by grep), every title against"
                " its bullet, the two 'no preprint found' records, the one without a link line and the arXiv one; intro link definitions are not"
                " entries; no DOI in the file")


if __name__ == "__main__":
    main()
