"""Wild39 truth for timmyyuan/Security-Papers README.md: a student's 2018-2019 list of systems-security papers
(memory safety, code reuse and randomisation, exploits, web and browser security, concurrency bugs and
program analysis) from the top security, software-engineering, PL and systems venues, titles only.

Shape: "# Security-Papers" with a description and a bold "**keywords :**" line (1-4), then two parts with
different heading levels:
- 6-142: "## YEAR" (2018 down to 2015) and "### VENUE" (NDSS, "Oakland (S&P)", USENIX Security, CCS), each with
  a "* Title" bullet list; on 25-26 a bold venue tag precedes the title ("* **(European S&P)** SoK : ...").
- 144-444: "# Web-Papers" with a one-line description, then "# YEAR" (2016 to 2019) and "## VENUE" (NDSS,
  TSE, ISSTA, CCS, ICSE, USENIX Security, TDSC, S&P, OOPSLA, FSE, PLDI, TIFS, SOSP, PPoPP, ECOOP, ASPLOS,
  OSDI) with the same "* Title" bullets.
No links, authors or ids anywhere.  Titles are typed by hand, with spaces before colons ("CFIXX : Object
Type Integrity of c++"), double spaces, typos ("Vulnerableabilities", "Pursite", "calable Thread Sharing
Analysis" for "Scalable ...", 180), and a final "." on four 2018 NDSS titles (14-17).

Decisions:
- Entries: every "* " bullet (260), each one paper; no bullet names a talk, tool or book.  Papers listed in
  both parts or twice (e.g. "CrossFire: ..." 73/154, "Chainsaw: ..." 96/175, "JavaScript Zero: ..." 17/350,
  "SYNODE: ..." 16/352, "Finding and Preventing Bugs in JavaScript Bindings" 49/307) are separate entries.
- Span: the bullet's single line.
- Title: the bullet text without the bold "(European S&P)" tag; typos and spacing kept as written (whitespace
  collapsed); the final "." of 14-17 is the list's separator and is dropped.
- Ids: none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild39 import entry, read_lines, write_truth

NAME = "timmyyuan__Security-Papers__README@1420cd6.md"
PART = "wild39_development"

BULLET = re.compile(r"^\* (?:\*\*\(European S&P\)\*\* )?(.+)$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = BULLET.match(ln)
        if not m:
            assert not ln.startswith("*") or n == 4, (n, ln)
            continue
        title = m.group(1)
        assert "**" not in title and "[" not in title, (n, ln)
        papers.append(entry(lines, n, n, title))
    assert len(papers) == 260, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '* Title' bullet under the year and venue headings of both parts is one paper (repeats kept);"
        " title = the bullet text without the bold '(European S&P)' tag, as typed, final '.' dropped; no ids.",
        "All 444 lines read; the -v output compared for the first and last bullet of every venue section of both"
        " parts, the tagged 25-26, the '.'-ended 14-17, the typo titles 32/46/180, the ' : ' and '---' titles"
        " (12, 80, 137), the repeated papers across parts, and ~30 bullets in between; no non-paper bullet"
        " found.",
    )


if __name__ == "__main__":
    main()
