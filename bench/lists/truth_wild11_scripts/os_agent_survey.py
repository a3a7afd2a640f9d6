"""Wild11 truth for YurunChen/OS-Agent-Survey README: a survey companion (OS / GUI agents built on
(M)LLMs), three summary tables whose first column is the paper's title in plain text, then a 'Full List'
of numbered items 'N. [YYYY/MM/DD] Title. [[paper](url)]' in four sections.

Shape: after the banner (the survey's own PDF link), a note on arXiv, hiring notes (one prose link to a
model's arXiv page) and a table of contents, '## Tables' holds Table 1 (foundation models), Table 2 (agent
frameworks) and Table 3 (benchmarks): '| Title | Model | ...columns... | Date | [[paper](url)] |', the
title cell unlinked, the link in the last column.  '## Full List' then numbers its items afresh in
'### Foundation Models', '### Agent Frameworks', '### Evaluation & Benchmark' and '### Safety & Privacy';
each item is a date in brackets, the title, a full stop (none after a title ending in '?'), and
'[[paper](url)]'.  Many papers are in a table and in the full list, or in two sections: each record is an
entry.  Table 3 lists 'World of bits' twice (its MiniWoB and FormWoB benchmarks): two rows, two entries.

Entries: every body row of the three tables (title = the first cell) and every numbered item of the Full
List (title = the text between the date and the final '. [[paper]' or ' [[paper]'; '?' kept; a full stop
inside a title, as in 'Computer User Interface Understanding. A New Dataset ...', kept).  Not entries: the
survey's own links and BibTeX, the Yi-Lightning link inside the hiring prose, the three 'Useful Links'
(GitHub repositories, numbered 1-3), the table of contents.

Count checks: table rows 30 + 31 + 29 = 90 (lines 66-95, 102-132, 138-166); numbered items 62 + 77 + 104 +
11 = 254, each section numbered 1..n without a gap (257 numbered lines in the file less the 3 useful
links); 344 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild11 import entry, read_lines, write_truth

NAME = "YurunChen__OS-Agent-Survey__README@a5227d5.md"
PART = "wild11_development"


def main() -> None:
    lines = read_lines(NAME)
    tables = lines.index("## Tables") + 1
    full = lines.index("## Full List") + 1
    hiring = lines.index("## Hiring") + 1
    papers = []
    rows = []
    for i in range(tables, full):
        text = lines[i - 1]
        if not text.startswith("| ") or text.startswith(("| Paper ", "|:")):
            continue
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        assert cells[-1].startswith("[[paper]("), (i, text)
        rows.append(i)
        papers.append(entry(lines, i, i, cells[0]))
    assert len(rows) == 90
    assert rows[0] == 66 and rows[29] == 95 and rows[30] == 102 and rows[60] == 132 and rows[61] == 138
    counts: dict[str, int] = {}
    section = ""
    for i in range(full + 1, hiring):
        text = lines[i - 1]
        if text.startswith("### "):
            section = text[4:]
            continue
        if not re.match(r"\d+\. ", text):
            assert not text.strip(), (i, text)
            continue
        m = re.match(r"(\d+)\. \[\d{4}/\d{2}/\d{2}\] (.+?)\.? \[\[paper\]\(http[^)]*\)\]\s*$", text)
        assert m, (i, text)
        counts[section] = counts.get(section, 0) + 1
        assert int(m.group(1)) == counts[section], (i, text)
        papers.append(entry(lines, i, i, m.group(2)))
    assert counts == {"Foundation Models": 62, "Agent Frameworks": 77, "Evaluation & Benchmark": 104,
                      "Safety & Privacy": 11}, counts
    assert sum(1 for ln in lines if re.match(r"\d+\. ", ln)) == 254 + 3
    assert len(papers) == 344
    write_truth(NAME, PART, papers,
                "every body row of Tables 1-3 (title = the plain first cell) and every numbered '[date] Title."
                " [[paper](url)]' item of the Full List's four sections is an entry (repeats across tables and"
                " sections included); the survey's own links, hiring prose, useful repository links and BibTeX"
                " are not entries",
                "tables: all 90 rows' title cells and links checked against the file by eye (the duplicated World"
                " of bits row, the preprints.org, OpenReview, ACL Anthology, doi.org and ACM links); list: every"
                " item matched by one strict pattern, numbering checked per section (62/77/104/11), the seven '?'"
                " titles, the title with an inner full stop, the first and last item of each section and a sample"
                " of 30 read by eye")


if __name__ == "__main__":
    main()
