"""Wild55 truth for JackEdTaylor/expra-wise24 lecture/general/reading.md: the reading page of a psychology lab course
(Experimentalpraktikum, winter 2024/25) on visual word recognition, face perception, prediction in reading and
auditory change detection, newest commit touching the file (a321c66).

Shape: 61 lines.  ``# Reading`` (1), ``## Assigned Reading`` (5) with a six-column table (header 11, rule 12, rows
13-20: ``| date | group | Title | Authors | Year | [*Journal*, *vol*(issue), pages](https://doi.org/...) |``), then
``## Suggested Reading Specific to Each Project`` (23) with one ``### Group X: topic`` heading per project (27, 33, 45,
55) over blank-line-separated APA-style bullets (29-61): ``* Authors (year). Title. *Journal*, *vol*(issue),
pages. https://doi.org/...``.

Special cases:
- Table titles sometimes end with a period (15, 16, 17, 18, 20) and sometimes not; the period is dropped.
- 17 and 41 keep a question mark inside the title (``...visual word recognition? A critical review``); 39 ends with
  one (``...centrally-viewed faces?``), which is kept.
- 19 writes curly quotes around “What” and “When”, 57 straight ones: both are kept as part of the title.
- The same paper can appear twice: in the table and as a bullet (18 = 29, 17 = 41, 20 = 49, 19 = 57): each line is
  its own entry.
- 14's link text says e1005830 but the URL is the DOI of another PLOS paper (journal.pcbi.1005619); the DOI is
  taken from the URL as written.
- 57 writes the last author as ``& Escera. C. (2011).`` and 59 puts a period before the pages (``*25*(45). 10494``):
  neither changes the title.

Decisions:
- Entry = each table row (13-20) and each APA bullet (29-61): 8 + 14 = 22 entries.
- Title = the Title column (trailing period dropped) for rows; for bullets the text between ``(year). `` and the
  italic journal (`` *``), trailing period dropped.
"""
import re

from _wild55 import entry, read_lines, write_truth

NAME = "JackEdTaylor__expra-wise24__lecture__general__reading@a321c66.md"
PART = "wild55_development"

ROW = re.compile(r"^\| \d\d/\d\d/\d{4} \| [A-D] \| (?P<title>[^|]+?) \| ")
APA = re.compile(r"^\* .+?\(\d{4}\)\. (?P<title>.+?) \*[A-Z]")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ROW.match(ln) or APA.match(ln)
        if not m:
            continue
        title = m.group("title").strip().removesuffix(".")
        papers.append(entry(lines, n, n, title))
    by = {p["line"]: p for p in papers}
    assert sorted(by) == [*range(13, 21), 29, 31, 35, 37, 39, 41, 43, 47, 49, 51, 53, 57, 59, 61], sorted(by)
    assert by[13]["title"] == "Estimating the reproducibility of psychological science", by[13]
    assert by[13]["doi"] == "10.1126/science.aac4716", by[13]
    assert by[14]["doi"] == "10.1371/journal.pcbi.1005619", by[14]
    assert by[15]["title"].endswith("norm at research institutions"), by[15]
    assert by[17]["title"] == by[41]["title"], (by[17], by[41])
    assert by[17]["title"].endswith("visual word recognition? A critical review"), by[17]
    assert by[18]["title"] == by[29]["title"], (by[18], by[29])
    assert by[20]["title"] == by[49]["title"], (by[20], by[49])
    assert by[39]["title"].endswith("centrally-viewed faces?"), by[39]
    assert by[31]["title"] == (
        "One more trip to Barcetona: on the special status of visual similarity effects in city names"), by[31]
    assert by[59]["doi"] == "10.1523/jneurosci.1227-05.2005", by[59]
    assert by[35]["doi"] == "10.1016/s0028-3932(96)00072-3", by[35]
    assert len(papers) == 22, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Entries are the 8 rows of the assigned-reading table (13-20) and the 14 APA-style bullets of the"
        " suggested-reading section (29-61, one per paragraph under '### Group X' headings); a paper listed in both"
        " places is an entry on each line.  Title = the table's Title column, or for a bullet the text between"
        " '(year). ' and the italic journal name; a trailing period is dropped, question marks and quotes inside"
        " the title are kept.",
        "Read the whole file; compared -v with every row and bullet: the period-dropping of table titles (15-18, 20),"
        " the '? A critical review' titles (17, 41) and the '?'-final title 39, curly vs straight quotes (19, 57),"
        " the duplicated papers (18/29, 17/41, 20/49, 19/57), and the DOIs (14 from the URL, not the link text;"
        " 35's parenthesised DOI; 51's http://doi.org link).",
    )


if __name__ == "__main__":
    main()
