"""Wild41 truth for praveena2j/awesome-Weakly-Supervised-Facial-Behavior-Analysis README.md: the companion list of
a review of weakly supervised learning for facial behavior analysis (Praveen, Cardinal, Granger) -- five pipe
tables of linked paper titles, grouped by task (classification / regression) and kind of weak supervision;
newest commit (2024-11-13).

Shape: title with an Awesome badge (1), a paragraph naming the review (3), an ``[[arXiv]]`` link to the review
(5), the review's own BibTeX in a fenced block (8-15), What's New, Contributing (the pull-request link points at
another repository, kdhht2334/awesome-SOTA-FER), a table of contents (29-38) whose anchors do not match the
``<a id>`` tags (the three classification headings all carry ``id="2024-c"``).  Then ``## Classification`` (41)
with ``### Inexact`` (43, rows 47-57), ``### Incomplete`` (60, rows 64-77), ``### Inaccurate`` (80, rows 84-95),
and ``## Regression`` (98) with ``### Inexact`` (100, rows 104-109) and ``### Incomplete`` (111, rows 115-121);
trailing blank lines to 133.  Each table has the header ``| Paper | Venue | Year | Code | Task`` without a
closing pipe; most rows also lack the closing pipe (rows 47-49 and 104-109 have it).  A row is ``| [Title](url)
| Venue | Year | N/A or [Github](url) | Task``; links go to IEEE Xplore (``/document/``, ``/abstract/document/``,
``stamp.jsp?tp=&arnumber=``), CVF open access, ScienceDirect ``/abs/pii/``, Springer chapters and articles,
ACM DL ``/doi/abs/``, AAAI OJS, NeurIPS proceedings, ECVA, a UPF PDF.  Titles are all linked, keep their own
case (``Lomo: Latent ordinal model ...``) and one has an en dash (``Semi–Supervised`` 67).

Decisions:
- An entry is every table row (50): title = the Paper cell's link text; ids from the row (DOIs of Springer and
  ACM DL URLs; no arXiv links in the rows).
- Not entries: the review's ``[[arXiv]]`` link and its boilerplate BibTeX (the list's own citation), the table
  of contents, header and delimiter rows, the contributing links.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild41 import entry, read_lines, write_truth

NAME = "praveena2j__awesome-Weakly-Supervised-Facial-Behavior-Analysis__README@7d6fff0.md"
PART = "wild41_development"

HEADER = "| Paper | Venue | Year | Code | Task"
ROW = re.compile(
    r"^\| \[(?P<t>[^\]]+)\]\((?P<u>https?://[^)\s]+)\) \| (?P<venue>[^|]+) \| (?P<year>\d{4}) \|"
    r" (?:N/A|\[Github\]\(https://github\.com/[^)]+\)) \| (?P<task>[A-Za-z]+) ?\|?$"
)
SECTIONS = {43: (47, 57), 60: (64, 77), 80: (84, 95), 100: (104, 109), 111: (115, 121)}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    rows = [n for n, ln in enumerate(lines, 1) if ln.startswith("| [")]
    want = [n for first, last in SECTIONS.values() for n in range(first, last + 1)]
    assert rows == want, rows
    for head, (first, last) in SECTIONS.items():
        assert lines[head - 1].startswith("### "), head
        assert lines[first - 3] == HEADER and lines[first - 2].startswith("| :---"), first
        assert not lines[last].strip(), last
    for n in rows:
        m = ROW.match(lines[n - 1])
        assert m, (n, lines[n - 1])
        papers.append(entry(lines, n, n, m.group("t")))
    assert len(papers) == 50, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each row of the five Paper|Venue|Year|Code|Task tables (47-121) is an entry, title = the Paper cell's"
        " link text, ids from the row (Springer and ACM DL DOIs); the review's own arXiv link and boilerplate"
        " BibTeX, the table of contents and header/delimiter rows are not entries.",
        "Whole 133-line file read; all 50 rows matched by one strict row pattern (so every row's cells are"
        " known) and compared with the -v output: first and last row of each of the five tables (47/57, 64/77,"
        " 84/95, 104/109, 115/121), rows with and without a closing pipe, the en dash title 67, DOIs of the"
        " Springer links (67, 73, 92, 104) and ACM DL /doi/abs/ links (88, 89, 107), none for IEEE Xplore,"
        " ScienceDirect pii, CVF, AAAI OJS, NeurIPS, ECVA and the UPF PDF; the arXiv link 5 and BibTeX 8-15"
        " checked to be no entries.",
    )


if __name__ == "__main__":
    main()
