"""Wild16 truth for mitcho/mitcho.com nus/synsem/index.md: a linguistics (syntax/semantics) reading
group's schedule, one two-column table per semester ('| Day | Topic/reading |', header-less), each row a
date and what was read or who spoke.

Entries: the rows whose cell cites a paper to read: surname(s), then a year, 'to appear' or 'ms' (or
nothing), then the title in quotes and/or as link text, e.g. 'Cinque 2005 ["Deriving ..."](url)',
'Glass, ["..."](drive link)', 'Heim 1983 "On the projection problem for presuppositions"'; title = the
quoted or linked text without its quotes (inner markup removed).  The two follow-up rows 'Constant 2014
sections 3.1--3.2, 5' and 'Constant 2014 chapter 6 on Mandarin *ne*' cite the same dissertation by
author-year only: entries with a null title (a key, no title).
Not entries: talks and works in progress presented by a person ('JJ Lim, "..."', 'Lyn Tieu "..."',
'Kenyon + mitcho "..."', 'Mary Dalrymple "..."': a name with a quoted, unlinked, undated title),
'X on <topic>' rows, the 'Andrew Murphy 2019 handout' (a talk handout), every bold special-event row
(conferences, cluster talks, workshops), 'no meeting' and empty rows, the front matter and the
commented-out meeting note.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild16 import entry, read_lines, write_truth

NAME = "mitcho__mitcho.com__nus__synsem__index@832e491.md"
PART = "wild16_development"
LINKED = re.compile(r"\[(.+?)\]\(")
QUOTED = re.compile(r'"(.+?)"')


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    talks = []
    for i, text in enumerate(lines, 1):
        m = re.match(r"\| (\*\*)?[^|]*\| (.*?) ?\|\s*$", text)
        if not m or m.group(1):  # not a row, or a bold special-event row
            continue
        cell = m.group(2).strip()
        if not cell or cell.startswith(("*", "(")):
            continue  # empty slot or '*No meeting*' / '(no meeting)'
        link = LINKED.search(cell)
        dated = re.match(r"[^\"\[]*?(\d{4}|to appear|ms)\b", cell)
        if "handout" in cell:
            talks.append(i)
            continue
        if link:
            title = link.group(1).strip().strip('"')
        elif dated and QUOTED.search(cell):
            title = QUOTED.search(cell).group(1)
        elif dated:
            title = None  # 'Constant 2014 sections ...': the work named by its key only
        else:
            talks.append(i)
            continue
        papers.append(entry(lines, i, i, title))
    per_semester = [4, 8, 8, 6, 6, 5, 7, 8, 9]  # paper rows per semester, newest first, counted by eye
    assert len(papers) == sum(per_semester) == 61, len(papers)
    assert sum(1 for p in papers if p["title"] is None) == 2
    assert talks == [41, 61, 63, 71, 81, 86, 88, 91, 96, 102, 107, 120, 123, 126, 127, 136, 143, 166, 174], talks
    write_truth(NAME, PART, papers,
                "every non-bold table row citing a paper (surname(s), year / 'to appear' / 'ms', quoted or linked"
                " title) is an entry, title = the quoted or linked text; two author-year-only follow-up rows are"
                " entries with a null title; talks by a named presenter, topic rows, a talk handout, bold"
                " special events and empty or no-meeting rows are not",
                "every row of every semester by eye: the 61 paper rows (title, link, DOI from doi.org /"
                " link.springer / mitpressjournals / percent-encoded Springer proxy), the 19 talk or topic rows"
                " excluded (listed by line in the script), the bold rows, the two null-title Constant 2014 rows")


if __name__ == "__main__":
    main()
