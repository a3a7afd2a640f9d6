"""Wild20 truth for pxzhang94/pxzhang94.github.io _posts/2019-01-03-best-paper-awards-SOSP.md.

A Jekyll post dumping the SOSP best-paper awards 1997-2017: YAML front matter, a '<style>' block,
then one table '| Year | Title | Authors |' whose Title column is plain text (no link, no
markup) and whose Authors cell lists 'Name, Affiliation' joined by '<br>' (two rows write
'A & B, Affiliation').  Every body row is an entry (one award-winning paper); title = the Title
cell as written (the Naiad row keeps its 'ﬂ' ligature; a tab before its closing pipe is
whitespace).  No links, so no ids.  Count: 32 body rows (grep '^| [0-9]'), per year 2017:2,
2015:3, 2013:3, 2011:2, 2009:3, 2007:3, 2005:4, 2003:3, 2001:2, 1999:4, 1997:3.
"""
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild20 import entry, read_lines, write_truth

NAME = "pxzhang94__pxzhang94.github.io___posts__2019-01-03-best-paper-awards-SOSP@4d48621.md"
PART = "wild20_development"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    years: Counter = Counter()
    for i, text in enumerate(LINES, 1):
        if not text.startswith("|") or text.startswith(("| Year", "| ---")):
            continue
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        assert len(cells) == 3 and re.fullmatch(r"(19|20)\d\d", cells[0]), i
        years[cells[0]] += 1
        papers.append(entry(LINES, i, i, cells[1]))
    assert len(papers) == 32
    assert dict(years) == {"2017": 2, "2015": 3, "2013": 3, "2011": 2, "2009": 3, "2007": 3, "2005": 4,
                           "2003": 3, "2001": 2, "1999": 4, "1997": 3}, years
    write_truth(NAME, PART, papers,
                "every body row of the one '| Year | Title | Authors |' table is an entry, title = the plain-text"
                " Title cell",
                "all 32 rows by eye (titles, line numbers), the count per year against the file, no link or id in"
                " any row, the front matter and <style> block hold no entry")


if __name__ == "__main__":
    main()
