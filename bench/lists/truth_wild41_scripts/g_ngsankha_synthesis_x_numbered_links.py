"""Wild41 truth for ngsankha/eecs700 synx.md: "Synthesis + X", the page of a program-synthesis course (EECS 700)
listing example papers that apply program synthesis to other domains.

Shape: Jekyll front matter (1-6), a ``#`` title, then 16 ``###`` domain sections (Frameworks, Architecture,
Compilers, Databases, Education, Graphics, HCI, Machine Learning, Networks, NLP, Robotics, Security / Crypto,
Software Engineering, Systems, Theory, Visualization), each an ordered list restarting at 1.  An item is
``N. [Title](url). Surname et al.`` on one line.  Variations: 27 has no '.' after the link
(``...(url) Rolim et al.``); 36 writes the authors in parentheses ``(Wang et al)``; 60 has a trailing space;
97 (Angelix) has no authors at all; the Frameworks items 12, 13, 15 link project sites (semgus.org, the Rosette
page, sygus.org) under the title of the paper that introduced them; 116 is ``[Sketch-n-sketch](project page).
Chugh et al.``, the name of a system, not a paper title.  SQLizer is listed twice (35 under Databases, 74 under
NLP).  Links go to dl.acm.org DOIs (some ``/doi/abs/``), Springer chapters (two with ``%2F``), arXiv abs pages,
PDFs, OpenReview, IEEE Xplore document ids, a CiteSeerX ``doi=10.1.1...`` summary (80, not a DOI).

Decisions:
- Every ordered-list item is an entry, one line each (60).  The Frameworks items citing a paper's title and
  authors with a project-site link are entries (the record's subject is the paper "Semantics-Guided Synthesis",
  etc.).  116 cites Chugh et al.'s work by its system's name only: an entry whose title is None (a nickname,
  no title).  The repeated SQLizer items are separate entries.
- Title: the link text as written (typo "Proing" in 109 kept).  Authors after the link are not part of it.
- Ids: from the link (DOIs in dl.acm.org and Springer URLs, %2F decoded; arXiv abs URLs).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild41 import entry, read_lines, write_truth

NAME = "ngsankha__eecs700__synx@970309b.md"
PART = "wild41_development"

ITEM = re.compile(r"^(\d+)\. \[([^\]]+)\]\(([^)]+)\)(.*)$")
NO_TITLE = {116: "Sketch-n-sketch"}


def main() -> None:
    lines = read_lines(NAME)
    papers, sections, numbers = [], [], []
    for n, ln in enumerate(lines, 1):
        if ln.startswith("### "):
            sections.append(ln[4:])
            numbers.append([])
            continue
        m = ITEM.match(ln)
        if not m:
            assert not re.match(r"^\s*\d+\.", ln), n
            continue
        num, text, _url, rest = m.groups()
        numbers[-1].append(int(num))
        assert rest.strip() == "" or re.match(r"^\.? ?\(?[A-Z][\w-]*(?: [A-Z]\w+)? et al\)?\.? ?$", rest), (n, rest)
        if n in NO_TITLE:
            assert text == NO_TITLE[n], n
            papers.append(entry(lines, n, n, None))
        else:
            papers.append(entry(lines, n, n, text))
    assert len(sections) == 16, sections
    assert all(ns == list(range(1, len(ns) + 1)) for ns in numbers), numbers
    assert len(papers) == 60, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each ordered-list item '[Title](url). Surname et al.' under the 16 domain headings is an entry on its"
        " line (project-site links under a paper title included, the repeated SQLizer kept twice); title = the"
        " link text; the Sketch-n-sketch item names a system, not a paper: title None.",
        "Whole file read against the -v output: all 16 sections with their numbering 1..k checked by the"
        " script; the no-period item 27, the parenthesised authors 36, the author-less Angelix 97, the"
        " project-site links 12/13/15, Sketch-n-sketch 116 (None), SQLizer 35 and 74, the CiteSeerX link 80"
        " (no DOI), the %2F Springer DOIs 103/110 and the /doi/abs/ DOI 14 checked by eye.",
    )


if __name__ == "__main__":
    main()
