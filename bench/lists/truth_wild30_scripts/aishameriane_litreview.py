"""Wild30 truth for aishameriane/msc-economics Thesis/Study/Lit Review/README.md: an economics MSc
student's literature log ("To read (or type my notes)", "In progress or finished").

Shape: one bullet paragraph per work, an ABNT-style citation (AUTHOR, Name; ... **Title.** Venue, v., n.,
p., year.) followed by bracketed links ([[article](...)] [[working paper](...)] [[my notes](...)] ...),
bullets separated by blank lines.  The title is the bold span (italic on 43, 71, 73); 103 and 107 wrap it
in quotation marks, which are citation punctuation and are dropped.

Entries: every bullet whose work is an article, working paper, report or manuscript.  Not entries: the
To-do bullets (9-13) and the books, which the list itself links as [[book]] (21, 25, 43, 47, 65 -- a book
chapter --, 71, 73, 99, 105, 117, 119).  The World Inequality Report (19) and the FGV social report (113)
are research reports and count.  Line 129 (Windle and Carvalho) also links the published comments on the
paper; the record is about the one paper, so one entry, and its id is the first DOI the record
writes, which is the Casarin comment's (10.1214/14-BA918, also line 127's).  The first DOI written in a record is its id
(publisher URLs such as aeaweb ``?id=10.1257/...``, ``onlinelibrary.wiley.com/doi/abs/10.1002/...``,
``doi.org/10.1214/...``); 51 puts its DOI link under "my notes", still the record's own line.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild30 import entry, read_lines, write_truth

NAME = "aishameriane__msc-economics__Thesis__Study__Lit Review__README@dd33b04.md"
PART = "wild30_development"

BOOKS = {21, 25, 43, 47, 65, 71, 73, 99, 105, 117, 119}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if n < 17 or not ln.startswith("* ") or n in BOOKS:
            continue
        m = re.search(r"\*\*(.+?)\*\*", ln)
        title = m.group(1).strip() if m else None
        if title:
            title = title.strip().strip('"').strip()
        papers.append(entry(lines, n, n, title))
    assert len(papers) == 45, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every citation bullet from line 17 on except the works the list links as books; title = the bold"
        " span of the citation (quotation marks around it dropped), ids from the bullet's own links.",
        "Every bullet of the file read by eye (45 entries, 11 books left out, the To-do bullets left out);"
        " titles and ids checked mechanically against each bullet.",
    )


if __name__ == "__main__":
    main()
