"""Wild27 truth for Stomach-ache/topics-of-interest meta-learning-papers.md: one person's table of papers on meta-learning.

Shape: 28 lines, LF endings, no heading: line 1 is the header row `| Year | Venue | Title  | Remarks`
(no closing pipe), line 2 the separator, lines 3-28 one row each, sorted by year (except line 5, 1985
after 1997).  Year and venue are plain text (the venue cell is empty on line 5), the title cell is a
link `[Title](url)`, the remarks cell is empty, missing (rows 12, 18, 20 end without the closing pipe)
or holds a `[Code]` / `[Project site]` link (lines 14, 23).
Entry = a row whose subject is a scholarly work; title = the link text of the title cell.
Special rows: line 6 links to nothing (`[A perspective view and survey of meta-learning]()`), still an
entry; lines 9 and 11 carry 2,000-character signed ScienceDirect PDF URLs (a `pii`, no DOI); line 3's
CiteSeerX URL has `doi=10.1.1.461.7199`, a CiteSeerX id, not a DOI (the helper does not take it);
lines 4 and 13 hold percent-encoded Springer DOIs (`10.1023%2FA%3A1007365809034.pdf`), decoded and
the `.pdf` dropped; line 5 a Wiley DOI.
Not an entry: line 8, "Metalearning: applications to data mining" (Springer Science & Business Media
2008, a Google Books link): a book.
Count check: 26 rows (lines 3-28) = 25 entries + 1 book.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild27 import entry, read_lines, write_truth

NAME = "Stomach-ache__topics-of-interest__meta-learning-papers@b15de38.md"
PART = "wild27_development"
BOOKS = {8}


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 29 and lines[28] == "" and lines[0].startswith("| Year"), len(lines)
    papers = []
    rows = 0
    for i in range(3, 29):
        text = lines[i - 1]
        assert text.startswith("|"), i
        rows += 1
        if i in BOOKS:
            continue
        cells = text.split("|")
        m = re.match(r"\s*\[([^\]]+)\]\(", cells[3])
        assert m, i
        papers.append(entry(lines, i, i, m.group(1)))
    assert rows == 26 and len(papers) == 25, (rows, len(papers))
    write_truth(NAME, PART, papers,
                "every table row (lines 3-28) whose subject is a paper is an entry, title = the link text of the"
                " Title cell; the one book row (line 8, Springer 2008, Google Books link) is not an entry",
                "all 26 rows read by eye against the file: every title, the 9 arXiv ids, the percent-encoded"
                " Springer DOIs (lines 4, 13) and the Wiley DOI (line 5); no DOI taken from the CiteSeerX id on line 3"
                " nor from the signed ScienceDirect URLs on lines 9 and 11")


if __name__ == "__main__":
    main()
