"""Wild25 truth for siksum/DeFi-paper-review README.md: a Korean student's reading tracker of DeFi-security papers.

Shape: Korean heading and notes (lines 1-7: total 75, read 5, the ☐/☑ legend), then one table
'| # | 제목 | 연도 | 읽음 |' (lines 11-87): '| n | [Title](./PMA-논문/<dir>/<note>.md) | year | ☐ |', the
link going to the student's own note file (percent-encoded local path, never a paper host).
After it a second table '연도별 요약' (lines 91-100: year | count) and Korean prose on the research
process and note templates (lines 102-121); neither holds a paper.
Entries: every numbered row of the first table (75; read or unread alike, the tracker lists
them all); title = the link text.  Titles keep the file's spelling ('ÆGIS: ...', 'BLOCKEYE',
'Oralces' only in a path, not in a title).  No arXiv ids or DOIs (all links are local).
Not entries: the year-summary rows, the links to templates and to related-work-comparison.md.
Count check: 75 rows numbered 1..75 on lines 13-87, as the file's own '총 논문 수: **75**' says,
and 5 rows marked ☑ ('읽음: **5**').
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild25 import entry, read_lines, write_truth

NAME = "siksum__DeFi-paper-review__README@5ba62fe.md"
PART = "wild25_development"
ROW = re.compile(r"^\| (\d+) \| \[(.+?)\]\(\./PMA-[^)]*\) \| (\d{4}) \| ([☐☑]) \|$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    numbers = []
    read = 0
    for i, text in enumerate(lines, 1):
        m = ROW.match(text)
        if not m:
            assert not (13 <= i <= 87), i
            continue
        numbers.append(int(m.group(1)))
        read += m.group(4) == "☑"
        papers.append(entry(lines, i, i, m.group(2)))
    assert numbers == list(range(1, 76)), numbers
    assert read == 5, read
    assert len(papers) == 75 and papers[0]["line"] == 13 and papers[-1]["line"] == 87
    write_truth(NAME, PART, papers,
                "every numbered row of the '전체 목록' table is an entry (75 papers, read or unread); title = the"
                " link text of the 제목 cell; the year-summary table and the prose after it are not entries",
                "all 75 rows compared with the file (numbers 1-75 consecutive, 5 marked read as the header says);"
                " first and last rows, the ÆGIS row and the long percent-encoded paths by eye; no ids in the file")


if __name__ == "__main__":
    main()
