"""Wild19 truth for calebleedy/ISU-Causal Papers/README.md: a statistics reading group's causal-inference papers, as a pandoc HTML table.

The README is generated (by an R script from a CSV) as a raw HTML '<table>' with '<colgroup>' and
a header row Title | Authors | Journal(Year) | Category | Link, then 33 body rows
'<tr class="odd|even">' ... '</tr>', each with five '<td style="text-align: left;">' cells that pandoc
wrapped over several lines (a title cell can take three lines; an '<a' and its 'href=' are split
across lines).  Every body row is a journal article: an entry whose lines are the row's cell lines
(the line after '<tr ...>' to the line before '</tr>').  Title = the first cell's text, line breaks
joined by a space.  Authors, journal abbreviation and year, category (some '??') and the 'Link'
anchor are not part of it.
Ids: doi.org hrefs and bare-DOI hrefs ('href="10.1214/11-AOS940"') give DOIs; two arXiv abs links
and one 'ArXiv:2112.14946 (2023)' journal cell give arXiv ids; an OUP article URL and empty link
cells give nothing.  Not entries: the header row, the note on how the table is built, and the two
'Additional Resources' bullets (a course and a GitHub list).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild19 import entry, read_lines, write_truth

NAME = "calebleedy__ISU-Causal__Papers__README@474166e.md"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    start = None
    for i, text in enumerate(LINES, 1):
        if re.fullmatch(r'<tr class="(odd|even)">', text):
            start = i + 1
        elif text == "</tr>" and start is not None:
            block = " ".join(LINES[start - 1 : i - 1])
            cells = re.findall(r"<td[^>]*>(.*?)</td>", block)
            assert len(cells) == 5 and cells[0], (start, cells)
            papers.append(entry(LINES, start, i - 1, cells[0]))
            start = None
    assert sum(1 for t in LINES if re.fullmatch(r'<tr class="(odd|even)">', t)) == 33
    assert len(papers) == 33, len(papers)
    write_truth(NAME, "wild19_development", papers,
                "every body row of the generated HTML table is an entry (33), its lines = the row's wrapped <td>"
                " lines; title = the first cell's text with line breaks joined",
                "all 33 rows by eye against the file: titles (wrapped over up to three lines), lines, 22 DOIs"
                " (doi.org and bare '10.1214/...' hrefs), 3 arXiv ids (two abs links, one 'ArXiv:' journal cell),"
                " empty link cells; counts: 34 '<tr class' lines = 1 header + 33 body rows, five cells each")


if __name__ == "__main__":
    main()
