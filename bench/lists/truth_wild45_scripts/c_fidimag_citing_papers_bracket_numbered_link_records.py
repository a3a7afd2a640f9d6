"""Wild45 truth for computationalmodelling/fidimag PUBLICATIONS.md: the bibliography of works that used or cited
Fidimag, a finite-difference atomistic and micromagnetic simulation package (skyrmions, hopfions, domain walls,
spin waves, demagnetising-field algorithms), kept in the package's repository.

Shape (73 lines): ``# Publications``, one intro sentence, then 33 records in reverse order, each a paragraph
``[N] [Title](url) Venue Volume, Pages (Year)`` with N from 33 down to 1, separated by blank lines.  Most records are
one line; the comma after the link is present or not.  Irregular records: the venue wrapped onto a second line
(29-30, 48-49), the title repeated in plain text on the second line before the venue (32-33, ``Review – Micromagnetic
Simulation ...``), and record [17] (39-40) whose link text wraps over two lines and whose destination is malformed
(``(https://arxiv.org/pdf/1908.04239.pdf](https://www.nature.com/articles/s41467-019-14232-9)``: an arXiv pdf and the
Nature Communications page pasted into one destination).  Works: journal articles, an arXiv preprint (19), a
conference-series paper (20), a PhD thesis (7, ``Y. Liu, PhD Thesis, University of California Riverside``), the
Fidimag software paper itself (8, a JORS article, listed as one of the works).  Links: DOI links, APS abstract/pdf
pages, AIP/Wiley/ACS/JPS/IOP publisher pages holding the DOI, a percent-encoded Springer URL (44,
``10.1140%2Fepjb%2Fe2019-90599-6``), Nature article pages (no DOI), IEEE Xplore and ScienceDirect ``pii`` pages (no
DOI), eScholarship (thesis).

Decisions:
- Entries (33): every ``[N]`` record, one work each (the JORS software paper and the PhD thesis included).  The
  heading and the intro sentence are not entries.
- Span: the record's lines up to the blank line.
- Title: the first link's text (over both lines for [17]); the plain-text repeat in 33 is not used.
- Ids: from the record's lines as the helper reads them; for [28] (15) the IOP URL ends ``/abf61d/`` and the
  trailing slash the helper keeps is dropped from the DOI (not part of it); [17] takes arXiv 1908.04239 from its
  malformed destination; the Springer DOI is read after percent-decoding.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild45 import entry, read_lines, write_truth

NAME = "computationalmodelling__fidimag__PUBLICATIONS@1a74274.md"
PART = "wild45_development"

KEY = re.compile(r"^\[(\d+)\] \[")
LINK_TEXT = re.compile(r"^\[\d+\] \[(.+?)\]\(", re.DOTALL)


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    keys = []
    n = 4
    while n < len(lines):
        n += 1
        ln = lines[n - 1]
        m = KEY.match(ln)
        if not m:
            assert not ln.strip(), (n, ln)
            continue
        keys.append(int(m.group(1)))
        last = n
        while last < len(lines) and lines[last].strip():
            last += 1
        text = "\n".join(lines[n - 1 : last])
        title = LINK_TEXT.match(text).group(1)
        p = entry(lines, n, last, title)
        if p["doi"] and p["doi"].endswith("/"):
            assert n == 15, (n, p["doi"])
            p["doi"] = p["doi"].rstrip("/")
        papers.append(p)
        n = last
    assert keys == list(range(33, 0, -1)), keys
    assert [(p["line"], p["end"]) for p in papers if p["end"] > p["line"]] == [(29, 30), (32, 33), (39, 40), (48, 49)]
    assert len(papers) == 33, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '[N] [Title](url) Venue (Year)' paragraph (N = 33..1; one or two lines) is one work citing or using Fidimag"
        " (33: journal papers, an arXiv preprint, a conference-series paper, a PhD thesis, the JORS software paper);"
        " title = the first link's text (wrapped over two lines in [17]); ids from the record's lines, the trailing '/'"
        " of the IOP URL in [28] dropped from its DOI.",
        "Whole file read (73 lines): key sequence 33..1 asserted, every other line asserted blank (after the intro); all"
        " 33 -v lines compared with the file: the two-line records 29-30, 32-33 (plain-text title repeat not used),"
        " 39-40 (wrapped link text, malformed arXiv+Nature destination -> arXiv 1908.04239, no DOI) and 48-49; DOIs"
        " checked for the APS, AIP, Wiley, ACS, JPS, IOP (/meta dropped at 65, trailing slash at 15), percent-encoded"
        " Springer (44 -> 10.1140/epjb/e2019-90599-6) and doi.org links; none taken from Nature article ids, IEEE"
        " documents, the ScienceDirect pii (48) or eScholarship (61); arXiv only at 35 and 39.",
    )


if __name__ == "__main__":
    main()
