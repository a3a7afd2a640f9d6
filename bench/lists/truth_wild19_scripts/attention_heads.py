"""Wild19 truth for IAAR-Shanghai/Awesome-Attention-Heads README.md: papers as two-row HTML table cards.

Shape: under '## Paper List', four HTML tables (Year 2025 and Year 2024 after a bold label, Year
2023 and 'Before ChatGPT Announced' inside <details><summary> blocks).  Each table starts with a
header row (Date | Paper & Summary | Tags | Links) and then holds one card per paper made of two
<tr> rows written over many lines:
  row 1: '<td rowspan="2">YYYY-MM-DD</td>', '<td ...><strong>Title</strong></td>', a Tags cell of
         shields.io badge images ('Induction_Head-blue' ...), a Links cell of badge images wrapped in
         links (arXiv/venue 'Paper' badge first, sometimes a 'GitHub-Code' badge);
  row 2: '<td colspan="3">' with three '•' summary sentences joined by <br>.
Some cards miss a closing tag (a Links cell without '</td>', a summary row without '</td>').

Entry: every card (from the '<tr>' before the rowspan date cell to the '</tr>' closing its colspan
summary row, or the line before the next '<tr>' / '</table>' when that '</tr>' is missing); title =
the <strong> text of the Paper cell.  Ids come from the card, the Paper badge's link being the first
(arXiv abs, ACL Anthology, OpenReview, ACM DL, ...).  Not entries: the list's own survey in the
badges, News and Background at the top, the header rows, the contribution issue template, the
star-history chart.

Counts: 86 'rowspan="2"' date cells and 86 'colspan="3"' summary cells (grep), 79 of the title
cells with the 'width: 55%' style and 7 without; per table 12 (2025), 55 (2024), 9 (2023), 10
(before ChatGPT), checked in main().  Stray lone '<tr>' lines between two cards are not entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild19 import entry, read_lines, write_truth

NAME = "IAAR-Shanghai__Awesome-Attention-Heads__README@a992ea7.md"
PART = "wild19_development"

TITLE = re.compile(r"\s*<td[^>]*><strong>([^<]+)</strong></td>")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per_table: list[int] = []
    n = len(lines)
    for i, text in enumerate(lines, 1):
        if text.strip().startswith("<table"):
            per_table.append(0)
        if 'rowspan="2"' not in text:
            continue
        first = i - 1
        assert lines[first - 1].strip() == "<tr>", i
        m = TITLE.fullmatch(lines[i])  # the next line
        assert m, i
        # the summary row: the next line holding colspan="3"
        j = next(k for k in range(i + 1, n + 1) if 'colspan="3"' in lines[k - 1])
        assert j - i <= 14 and not any("rowspan" in t for t in lines[i:j]), i
        last = None
        for k in range(j + 1, n + 1):
            s = lines[k - 1].strip()
            if s == "</tr>":
                last = k
                break
            if s.startswith(("<tr", "</table")):
                last = k - 1
                while not lines[last - 1].strip():
                    last -= 1
                break
        assert last, i
        per_table[-1] += 1
        papers.append(entry(lines, first, last, m.group(1)))
    assert len(papers) == 86
    assert sum(1 for t in lines if 'colspan="3"' in t) == 86
    assert per_table == [12, 55, 9, 10], per_table
    write_truth(NAME, PART, papers,
                "every paper card (a rowspan=2 row with date, <strong> title, tag badges and link badges, plus its"
                " colspan=3 summary row) of the four HTML tables under 'Paper List' is an entry; title = the <strong>"
                " text; ids from the card's link badges, the paper link first",
                "card count by grep (86 rowspan date cells, 86 colspan summary cells); every title cell is a single"
                " <strong>; cards with a missing '</td>'/'</tr>' read by eye; ~20 cards over the four tables compared"
                " with the file (titles with '?', ':', quotes; arXiv, ACL Anthology, OpenReview, ACM DL links)")


if __name__ == "__main__":
    main()
