"""Wild5 truth for yihozhang/most-influential-pl-papers README.md: PageRank tables of PL papers (POPL, PLDI,
ICFP, OOPSLA) computed from DBLP citations.

Shape: a prose intro and one '- [Great Works in Programming Languages](...)' link (a course page, not an
entry), then two tables '| rank | paper | year | score |' under '## Most influential papers of all time'
and '## Most influential papers of the last decade (2010-2019)', 30 rows each, and a third table
'| rank | name | score |' of authors under '## Most influential authors' (not entries).  The paper cell is
'**Title.** Authors.' with no link at all: the title is the bold text, its closing DBLP period dropped
(a separator after the title, not part of it).  Papers ranked in both tables (e.g. 'Automating string
processing in spreadsheets using input-output examples') are separate entries.  No arXiv id or DOI.
Count check: 30 rows in each of the two paper tables (ranks 1..30 in order), 60 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild5 import entry, read_lines, write_truth

NAME = "yihozhang__most-influential-pl-papers__README@cd397fb.md"
PART = "wild5_development"
ROW = re.compile(r"\|\s+(\d+) \| \*\*(.+?)\*\* (.+?)\s+\|\s+(\d{4}) \|\s+[\d.]+\s+\|")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per: dict[str, list[int]] = {}
    section = None
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            section = text[3:]
            continue
        m = ROW.fullmatch(text)
        if not m:
            continue
        assert section.startswith("Most influential papers"), i
        per.setdefault(section, []).append(int(m.group(1)))
        title = m.group(2)
        assert title.endswith((".", "?")), i
        papers.append(entry(lines, i, i, title.removesuffix(".")))
    assert [len(v) for v in per.values()] == [30, 30], per
    assert all(v == list(range(1, 31)) for v in per.values())
    write_truth(NAME, PART, papers,
                "every row of the two paper tables (all time, 2010-2019) is an entry; title = the bold text of the"
                " paper cell without its closing period (authors after it dropped); the authors table, the"
                " 'Great Works' course link and the prose are not entries",
                "grep '^| *[0-9]' gives 90 rows: 30+30 paper rows with a bold title and 30 author rows; all 60"
                " titles read against the file; no links, so no ids")


if __name__ == "__main__":
    main()
