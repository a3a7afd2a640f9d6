"""Wild21 truth for EndoluminalSurgicalVision-IMR/ATM-22-Related-Work related_works/README.md: a
challenge team's table of related papers on pulmonary airway segmentation and bronchoscopy.

Shape: one Markdown table, columns `| Date | Author | Title | Conf/Jour | Code |`; the Author
cell links the first author's scholar page, the Title cell is `[Title](paper url)` (once with an
empty `()` link), the Code cell links a repository or an empty `[——]()`.  Every table row after
the separator is an entry (one line each); the commented-out template row `<!-- |2|[]()|...| -->`
above the header is not.  Title = the link text of the third cell.  Ids come from the row's own
paper link (arXiv abs/pdf, Springer chapter/article DOIs); the first row's Code cell links the
repository itself, which gives no id.

Count check: 39 rows starting `| 20` (grep), lines 6-44, years 2023 down to 2012.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild21 import entry, read_lines, write_truth

NAME = "EndoluminalSurgicalVision-IMR__ATM-22-Related-Work__related_works__README@5220811.md"
PART = "wild21_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        if not re.match(r"\| 20\d\d \|", text):
            continue
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        assert len(cells) == 5, (i, cells)
        m = re.fullmatch(r"\[(.+?)\]\((.*?)\)", cells[2])
        assert m, (i, cells[2])
        papers.append(entry(lines, i, i, m.group(1)))
    assert len(papers) == 39, len(papers)
    assert papers[0]["line"] == 6 and papers[-1]["line"] == 44
    write_truth(NAME, PART, papers,
                "every table row under the header (Date | Author | Title | Conf/Jour | Code) is an entry;"
                " title = the link text of the Title cell; the commented template row is not an entry",
                "all 39 rows read against the file (grep '^| 20' gives 39, lines 6-44); titles with"
                " colons, the row whose title link is empty (line 17), Springer DOIs and arXiv pdf links")


if __name__ == "__main__":
    main()
