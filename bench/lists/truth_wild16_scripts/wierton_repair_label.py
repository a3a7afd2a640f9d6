"""Wild16 truth for wierton/ReadingList docs/labels/Repair.md: one generated label page of a software-
engineering reading list (program repair), built by the repository's scripts from its ReadingList.

Shape: '# Repair', then one Markdown table '|pub|labels|cites|score|title|': the venue linked to its
DBLP proceedings page ('[ICSE'13](https://dblp.org/db/conf/icse/icse2013.html)', once
'[ICSE'15-1](...),[-2](ICSE'15)'), the label links to sibling pages, a citation count, a score, and
last the title linked to a Google Scholar search for it.  No other text.

Entry: every table row (43, lines 5-47; all ICSE/FSE papers, 'Juzi: a tool for ...' is an ICSE paper
about a tool, kept).  Title: the link text of the last cell.  No arXiv ids or DOIs (DBLP and Scholar
search links only).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild16 import entry, read_lines, write_truth

NAME = "wierton__ReadingList__docs__labels__Repair@03186fc.md"
PART = "wild16_development"
ROW = re.compile(r"\|\[(?:ICSE|FSE)'\d\d[^|]*\|[^|]*\|\d+\|\d+\|\[(.+)\]\((https://scholar\.google\.com/scholar\?q=[^)]+)\)\|")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        if i <= 4 or not text:
            assert not text.startswith("|[") , i
            continue
        m = ROW.fullmatch(text)
        assert m, i
        papers.append(entry(lines, i, i, m.group(1)))
    # second count: grep -c '^|\[' = 43 (lines 5-47)
    assert len(papers) == 43 == sum(1 for t in lines if t.startswith("|["))
    assert (papers[0]["line"], papers[-1]["line"]) == (5, 47)
    write_truth(NAME, PART, papers,
                "every table row is an entry, title = the link text of the last ('title') cell; venue, label,"
                " cites and score cells are not part of it; no ids (DBLP venue links, Google Scholar search links)",
                "all 43 rows against the file (grep of '|[' rows), titles one by one including those with colons,"
                " 'C/C++' and 'syntax- and semantic-guided'")


if __name__ == "__main__":
    main()
