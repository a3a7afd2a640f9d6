"""Wild58 truth for ledaliang/journalclub index.md at 2a96f6a (2024-10-23): the landing page of a site built by
Stanford statistics PhD students (Rob Tibshirani's STATS 319 literature class) about seminal papers in statistics
(mathematics / statistics).

Shape: 28 lines, 2.4 KB.  ``# Overview`` (1), two intro paragraphs (3, 5), a YouTube ``<iframe>`` (7), then one pipe
table ``| Author | Paper |`` (10-25): header (10), separator (11), 14 rows (12-25), and a footnote (28).  One row a
paper: ``| Authors | [Title](summaryfile.md) |``; the link goes to the class's summary page, not to the paper.
Special cases:
- Authors with an escaped asterisk (``Paul Rosenbaum and Donald Rubin\\*``, 20-25) pointing to the footnote (28): no
  slides or summary for these papers.
- 17: ``| Leonard Baum and Lloyd Welch | [Baum-Welch Algorithm](baumwelch.md) |`` names the method, not the title of
  a paper.
- A misspelled title kept as written: ``Random-Effects Models for Logitudinal Data`` (12).

Decisions:
- Entry = every body row of the table (12-25): 14 entries, one line each.  Title = the link text of the Paper cell.
- 17 is an entry (a paper by Baum and Welch presented in the class) whose title is not written: the link text is the
  algorithm's name, so the title is ``None``.
- No arXiv ids or DOIs in the file.
"""
import re

from _wild58 import entry, read_lines, write_truth

NAME = "ledaliang__journalclub__index@2a96f6a.md"
PART = "wild58_development"

ROW = re.compile(r"^\| (?P<authors>[^|]+?) \| \[(?P<title>[^\]]+)\]\([^)]*\) \|\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ROW.match(ln)
        if not m:
            continue
        title = None if n == 17 else m.group("title")
        papers.append(entry(lines, n, n, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 14, len(papers)
    assert sorted(by) == list(range(12, 26)), sorted(by)
    assert by[12]["title"] == "Random-Effects Models for Logitudinal Data", by[12]
    assert by[13]["title"] == (
        "Controlling the False Discovery Rate: A Practical and Powerful Approach to Multiple Testing"
    ), by[13]
    assert by[17]["title"] is None, by[17]
    assert by[25]["title"] == "Regression Shrinkage and Selection via the Lasso", by[25]
    assert all(p["doi"] is None and p["arxiv"] is None for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every body row of the '| Author | Paper |' table (lines 12-25) is one entry, one line each (14)."
        "  Title = the link text of the Paper cell (the link goes to the class summary page).  Row 17 links"
        " 'Baum-Welch Algorithm', a method name rather than a paper title, so its title is None.",
        checked="Read the whole file; compared the 14 rows' link texts with the -v output, the None at 17, and that"
        " the header, separator, intro, iframe and footnote are not entries.",
    )


if __name__ == "__main__":
    main()
