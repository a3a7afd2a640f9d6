"""Wild16 truth for SIBench/Awesome-Visual-Spatial-Reasoning README: seven-column HTML tables with star badges.

Shape: a benchmark project's awesome list.  Under '# Papers' four HTML tables (Single Image,
Monocular-Video, Multi-View Images, Others) with the columns Title, Venue, Date, Code, Stars,
Benchmark, Illustration; under '# Datasets' one more with Title, Venue, Date, Download-Link,
Citation, Input Type, Illustration.  Each paper is an indented '<tr>' .. '</tr>' block of seven
'<td>' lines: the first '<td><a href="paper url">Title</a></td>', then venue, 'yy-mm' date,
code link, a shields 'Star' '<img>' badge, benchmark names and an illustration '<img>' (or '--').
Fifteen titles are wrapped over two lines inside the link text.

Entry: every body '<tr>' block of the five tables (the thead rows have '<th>' cells), from '<tr>'
to '</tr>'.  Title = the link text of the first cell (a wrapped title joined with a space).
The Datasets rows are benchmark/dataset papers, each linked to its paper: entries too.  The same
paper twice (two Datasets rows 'Can LLMs See Without Pixels?') is two entries.  Not entries: the
project's own BibTeX (the list's citation), the acknowledgment link, the badges.

Count checks: 255 '<tr>' .. '</tr>' blocks, 5 of them header rows; 250 entries, every first cell
a single '<a href>' link, every block 7 cells; 9-line blocks except the 15 with a wrapped title.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild16 import entry, read_lines, write_truth

NAME = "SIBench__Awesome-Visual-Spatial-Reasoning__README@12f491c.md"
PART = "wild16_development"
LINES = read_lines(NAME)
TD = re.compile(r"<td[^>]*>(.*?)</td>", re.DOTALL)
LINK = re.compile(r'^<a href="[^"]*">([^<]*)</a>$', re.DOTALL)


def main() -> None:
    papers = []
    blocks = 0
    wrapped = 0
    start = None
    for i, text in enumerate(LINES, 1):
        s = text.strip()
        if s == "<tr>":
            start = i
        elif s == "</tr>" and start is not None:
            blocks += 1
            body = "\n".join(LINES[start - 1 : i])
            start_line, start = start, None
            if "<th" in body:
                continue
            cells = TD.findall(body)
            assert len(cells) == 7, (start_line, cells)
            m = LINK.match(cells[0])
            assert m, (start_line, cells[0])
            title = " ".join(m.group(1).split())
            if "\n" in m.group(1):
                wrapped += 1
            papers.append(entry(LINES, start_line, i, title))
    assert blocks == 255, blocks
    assert len(papers) == 250, len(papers)
    assert wrapped == 15, wrapped
    write_truth(
        NAME, PART, papers,
        "every body <tr> block of the four paper tables and the datasets table is an entry (<tr> to </tr>),"
        " title = the link text of the first cell, a title wrapped over two lines joined; the project's own"
        " BibTeX is not an entry",
        "first and last rows of each of the five tables, all 15 wrapped titles, 20 rows sampled at random,"
        " the CVF/OpenReview/ACM/IEEE/T&F/project-page title links (ids from arXiv abs and pdf links, ACM and"
        " T&F DOIs), the duplicated Datasets row; header rows and BibTeX left out",
    )


if __name__ == "__main__":
    main()
