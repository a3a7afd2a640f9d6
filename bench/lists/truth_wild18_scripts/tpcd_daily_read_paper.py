"""Wild18 truth for TPCD/DailyReadPaper README.md: one student's daily paper-reading log (2019).

Shape: after a title and one line of prose, one top-level bullet per reading day,
'- [2019-01-18](2019/01/18_Fri/Papers.md):{9}' (the day's notes file, the number of papers the
author counted, sometimes an italic topic such as '_Reid <CVPR(2018)>_'), and under it a numbered
list (four spaces, once five) of plain-text paper titles, each with an eight-space numbered
sub-list giving the venue and year ('1. CVPR 2018 Poster'), sometimes an 'arXiv:1812.10956'
id, authors in bold, an affiliation or a code URL.  No title is linked.

Entry: every numbered item of a day (lines from the item to its last sub-item line); a paper
read on two days is an entry each time.  Not entries: the three items 'A rethink about/for
<paper>' (the author's own reflections on a paper read before, one marked 'By myself', one
pointing to a blog post), the day bullets themselves, the last day (2019-09-04) which lists no
item, and the closing 'I have already read N references so far' lines.

Title: the item text after the number, without the '\\[16]' reference-number tag some items
carry (the number of the paper in the reference list of the day's main paper) and without the
BibTeX residue '},' that ends ten titles; typos and case are kept as written
('ptimization Models ...', 'PAYING MORE ATTENTION TO ATTENTION： ...').  arXiv ids come from the
sub-items ('arXiv:1812.10956', 'arXiv preprint arXiv:1805.04855'); no DOI.

Counts: 229 numbered items by grep of '^ {4,5}[0-9]+\\. ', minus the 3 rethinks = 226; per day
the items were counted against the structure (the author's '{n}' differs on 2019-02-08, {5}
for 7 items, and 2019-09-04, {11} for none).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild18 import entry, read_lines, write_truth

NAME = "TPCD__DailyReadPaper__README@4ee6cc7.md"
PART = "wild18_development"
LINES = read_lines(NAME)
ITEM = re.compile(r" {4,5}(\d+)\. (.*\S)\s*$")
SUB = re.compile(r" {8}\d+\. ")
DAY = re.compile(r"- \[(2019-\d\d-\d\d)\]\(2019/[^)]+/Papers\.md\):\{(\d+)\}")


def main() -> None:
    papers = []
    rethinks = []
    per_day: dict[str, int] = {}
    day = None
    for i, text in enumerate(LINES, 1):
        d = DAY.match(text)
        if d:
            day = d.group(1)
            per_day[day] = 0
            continue
        m = ITEM.match(text)
        if not m:
            continue
        end = i
        while end < len(LINES) and SUB.match(LINES[end]):
            end += 1
        title = m.group(2)
        if title.startswith("A rethink "):
            rethinks.append(i)
            continue
        title = re.sub(r"^\\\[\d+\]", "", title)
        title = re.sub(r"\},?$", "", title).strip()
        assert "{" not in title and "}" not in title and "[" not in title, i
        papers.append(entry(LINES, i, end, title))
        per_day[day] += 1
    assert rethinks == [54, 77, 152], rethinks
    assert len(papers) == 226, len(papers)
    assert len(per_day) == 31, len(per_day)
    assert per_day["2019-02-01"] == 30 and per_day["2019-02-08"] == 7 and per_day["2019-09-04"] == 0
    assert per_day["2019-01-21"] == 6 and per_day["2019-01-23"] == 1 and per_day["2019-01-30"] == 3
    write_truth(NAME, PART, papers,
                "every numbered item under a day bullet is an entry (lines: the item and its venue/id sub-items;"
                " repeats kept), title = the item text without a '\\[n]' reference tag or a BibTeX '},' residue;"
                " the three 'A rethink about/for ...' self-notes, day bullets and 'already read' lines are not entries",
                "numbered items by grep (229) minus 3 rethinks = 226; per-day counts against the day bullets"
                " (author's {n} off for 2019-02-08 and the empty 2019-09-04); every title read once against the file;"
                " the 2 arXiv ids from sub-items checked; '\\[n]' tags and '},' residues checked by grep")


if __name__ == "__main__":
    main()
