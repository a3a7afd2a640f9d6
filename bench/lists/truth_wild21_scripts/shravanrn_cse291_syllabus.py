"""Wild21 truth for shravanrn/cse291-winter18 docs/syllabus.md: the schedule of a graduate seminar
on language-based and systems security (UCSD CSE 291, winter 2018), one Markdown table.

Table columns Date | Topic | Lead, without leading or trailing pipes; topic rows have an empty date
cell and a '<center>**Topic**</center>' cell; class rows hold one main paper
'[Title](papers/x.pdf) by Author et al.' and, after '<br/> **See also:**', one or two more papers
('... and [Title](url) by ...'); a few rows are holidays with Wikipedia links, one row is an
overview heading in bold before its paper.
One 'See also' link text is only the paper's nickname ('Meltdown', line 5): title null.
Entry = every linked paper in a class row: a row naming two or three papers gives two or three
entries on the same line (16 rows, 33 papers: 31 rows' links go to 'papers/*.pdf', one 'See also'
paper links an annotated PDF on cseweb.ucsd.edu).  Title = the link text.  Not entries: the two
Wikipedia links of the holiday row (Martin Luther King, Jr.; Angela Davis), topic rows, footnotes.
No arXiv ids or DOIs (local PDFs).
Count checks: 32 '](papers/' links plus 1 cseweb link = 33; per row 1,2,2,3,2,2,2,2,2,2,2,2,2,2,3,2.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild21 import entry, read_lines, write_truth

NAME = "shravanrn__cse291-winter18__docs__syllabus@55dadda.md"
PART = "wild21_development"
LINES = read_lines(NAME)


def main() -> None:
    papers, per_row, skipped = [], [], []
    for i, text in enumerate(LINES, 1):
        links = re.findall(r"\[([^\]]+)\]\(([^)]+)\)", text)
        row = 0
        for title, url in links:
            if "wikipedia.org" in url:
                skipped.append(title)
                continue
            assert "papers/" in url, (i, url)
            # 'Meltdown' names the paper by its nickname only (full title 'Meltdown: Reading Kernel
            # Memory from User Space'): no title, per the convention for nicknames.
            papers.append(entry(LINES, i, i, None if title == "Meltdown" else title))
            row += 1
        if row:
            per_row.append(row)
    assert skipped == ["Martin Luther King, Jr.", "Angela Davis"], skipped
    assert per_row == [1, 2, 2, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 2], per_row
    assert len(papers) == 33, len(papers)
    assert [p["line"] for p in papers if p["title"] is None] == [5]
    write_truth(NAME, PART, papers,
                "every linked paper in a class row of the schedule table is an entry (main paper and each"
                " 'See also' paper, so one line can hold two or three entries), title = the link text (null for the"
                " nickname-only 'Meltdown'); Wikipedia links of a holiday row are not entries",
                "all 33 titles by eye against the table, per-row paper counts, the two skipped Wikipedia links,"
                " 32 relative 'papers/' links plus the cseweb secverilog link")


if __name__ == "__main__":
    main()
