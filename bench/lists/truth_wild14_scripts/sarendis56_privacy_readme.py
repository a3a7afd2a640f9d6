"""Wild14 truth for sarendis56/Paper-Reading 'Model Privacy and Security/readme.md': a student's
"Quick Summary" index of the papers read (and noted) in the folder (ML privacy, membership
inference, model extraction).

One Markdown table under '## Quick Summary', columns Year | Titile (sic) | Venue | Paper Link |
TL;DR | Links; every body row is one paper: an entry (20).  Title = the Titile cell as written
(padded with spaces, a doubled space in 'Did the Neurons Read your Book?  Document-level ...'
collapsed; 'SoK: ...' and 'Min-K%++ ...' kept as written).  Venue cells like '\\ (ArXiv 2404)' or
'ArXiv 2408, WISE 2024', the TL;DR and the Code/Appendix/Review links are not part of it.  The
arXiv id is the first arXiv link of the row (abs or pdf); DOIs come from the dl.acm.org
(10.1145/3548606.3560675) and link.springer.com/chapter (10.1007/978-981-96-0570-5_32) links; the
IEEE, USENIX, PMLR, ACL Anthology and OpenReview links carry no id.  The header and separator rows
are not entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild14 import entry, read_lines, write_truth

NAME = "sarendis56__Paper-Reading__Model Privacy and Security__readme@67d54df.md"
PART = "wild14_development"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    for i, text in enumerate(LINES, 1):
        if not text.startswith("|"):
            continue
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        if cells[0] in ("Year",) or set(cells[0]) <= {"-", " "}:
            continue
        assert re.fullmatch(r"20\d\d", cells[0]), i
        assert len(cells) == 6, (i, len(cells))
        papers.append(entry(LINES, i, i, cells[1]))
    assert len(papers) == 20, len(papers)  # grep -c '^| 20' gives 20
    write_truth(NAME, PART, papers,
                "every body row of the Quick Summary table (Year | Titile | Venue | Paper Link | TL;DR | Links) is an entry;"
                " title = the Titile cell as written; ids from the row's links (first arXiv link, ACM/Springer DOIs)",
                "all 20 rows one by one against the file (titles, years, the arXiv ids of the abs/pdf links, the two DOIs,"
                " rows without ids), row count by grep (20), the header/separator rows not taken")


if __name__ == "__main__":
    main()
