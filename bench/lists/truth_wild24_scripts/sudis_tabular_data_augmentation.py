"""Wild24 truth for SuDIS-ZJU/awesome-tabular-data-augmentation README.md: the page of a survey of
tabular data augmentation (TDA; data lakes, table union/join search, tabular synthesis, imputation).

Shape: two kinds of records.
1. An HTML table (lines 26-527, 'Overview of pre-augmentation tasks'), one '<tr>' per paper written
   over seven lines: '<tr>', five '<td class="tg-...">' cells (No., Reference, Pub.Year,
   Publication, methods), '</tr>'.  The Reference cell is '<a href="url"> Title </a>' and the title
   is sometimes broken by a '<br>' (e.g. line 37 'Annotating and searching web tables<br>using
   entities, ...'), which is read as a space.  70 rows, numbered 1-70; entry = the row, lines
   '<tr>'..'</tr>'.  Irregular rows: No. 28 (line 226) writes '<a href=...> <p>Dataset Discovery in
   Data Lakes</p></td>' with no '</a>' (the <p> tags are dropped); No. 37 (lines 289-290) and No. 59
   (lines 444-445) wrap the title cell onto a second source line, so those rows span eight lines.
2. Venue-tagged bold records under '###' task headings (lines 541-760 and 904-973):
   "[VENUE'yy] **Title**" then '[[paper](url)]' and sometimes '[[code](url)]' on the next lines;
   entry = title line .. its last link line.  78 records; many papers appear again under several
   headings (and in the table) and each appearance is its own entry.
Title = the link text (table) or the bold text (records), the venue tag dropped, a final '.'
written inside the bold dropped (lines 548, 577, 590, 931: 'Table union search on open data.').
Special cases: line 673 "[VLDB'18] ****" has an empty bold (the paper is the tableGAN one, see
its DOI and code link) -> title null; typos are kept as written ('Searchtaset' line 565,
'DataAugmentation' line 616, 'TURL:Table' line 631).  A record's link may point at another paper
(lines 625 and 647: EntiTables links the ACL'23 DOI; line 743 'Handling incomplete...' links the InfoGather
DOI); the id is the one the entry's lines give.
Not entries: the survey's own arXiv link in the intro (line 5), figures, prose, and the 'TDA
Datasets' HTML table (lines 767-902: dataset names with sizes and a URL, no paper).
Count check: 70 table rows (No. 1..70 in order) + 78 bold records (grep of lines starting
"[...] **") = 148 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild24 import entry, read_lines, write_truth

NAME = "SuDIS-ZJU__awesome-tabular-data-augmentation__README@ad824a0.md"
PART = "wild24_development"

TABLE = (26, 527)
DATASETS = (767, 902)


def main() -> None:
    lines = read_lines(NAME)
    assert lines[TABLE[0] - 1].startswith("<table") and lines[TABLE[1] - 1] == "</tbody></table>"
    assert lines[DATASETS[0] - 1].startswith("<table") and lines[DATASETS[1] - 1] == "</tbody></table>"
    assert "Dataset</th>" in lines[DATASETS[0] + 2]
    papers = []
    # 1. the HTML table
    rows = 0
    i = TABLE[0]
    while i <= TABLE[1]:
        if lines[i - 1].strip() == "<tr>" and lines[i].strip().startswith("<td"):
            end = i
            while lines[end - 1].strip() != "</tr>":
                end += 1
            assert end - i in (6, 7), i
            cells = re.findall(r'<td class="tg-\w+">(.*?)</td>', " ".join(lines[i:end - 1]))
            assert len(cells) == 5, i
            rows += 1
            assert cells[0] == str(rows), (i, cells[0])
            m = re.fullmatch(r'<a href="[^"]+">(.+?)(?:</a>\s*)?', cells[1])
            assert m, i
            title = re.sub(r"</?p>", "", re.sub(r"<br>", " ", m.group(1))).strip()
            papers.append(entry(lines, i, end, title))
            i = end + 1
        else:
            i += 1
    assert rows == 70, rows
    # 2. venue-tagged bold records
    recs = 0
    for n, text in enumerate(lines, 1):
        m = re.fullmatch(r"\[([^\]]+)\] \*\*(.*)\*\*", text)
        if not m:
            continue
        assert TABLE[1] < n < DATASETS[0] or n > DATASETS[1], n
        recs += 1
        end = n
        while end < len(lines) and re.match(r"\[\[(paper|code)\]\(", lines[end]):
            end += 1
        assert end > n, n
        title = m.group(2).strip()
        title = title.removesuffix(".")
        if n == 673:
            assert title == ""
        papers.append(entry(lines, n, end, title or None))
    assert recs == 78, recs
    assert len(papers) == 148, len(papers)
    write_truth(NAME, PART, papers,
                "every row of the pre-augmentation HTML table (title = the <a> text of the Reference cell, <br> read"
                " as a space; entry = <tr>..</tr>) and every \"[VENUE'yy] **Title**\" record with its [[paper]]/[[code]]"
                " lines (title = the bold text, a final '.' dropped; empty bold on line 673 -> null) is an entry;"
                " repeats under several headings are separate entries; the datasets table is not",
                "all 70 table rows checked for their seven-line shape and numbering 1-70 by the script; by eye the"
                " first and last row, the <br> titles (rows 1, 4, 6, 9, 69 and others), every one of the 78 bold"
                " records against its lines, the empty bold on line 673, the titles ending in '.', the datasets"
                " table (no papers); DOIs (doi.org, dl.acm.org, 10.48550/ARXIV) and arXiv ids spot-checked")


if __name__ == "__main__":
    main()
