"""Wild39 truth for turingcompl33t/systems-bibliography database-systems/README.md: the generated index page of
the database-systems part of a personal annotated bibliography (query compilation, vectorised execution,
server-side logic/UDF compilation, column stores), each item linking the author's own notes page.

Shape: "## Bibliography", a sentence saying the file is generated (3), a "### Contents" table of contents of
seven "- [Section](#anchor)" bullets (7-13), then one "### Section" heading per topic (15, 23, 49, 53, 58, 62,
71) with a bullet list "- [Title (Year)](./topic/NotesPage.md)".  The link targets are the repository's own
notes pages (no paper URL, DOI or arXiv id in this file); the year is written in parentheses inside the link
text, except on "Magpie: Python at Speed and Scale using Cloud Backends" (25) and the three "System Design:
..." items (73-75), which have none.  Line 69 has code spans in the title ("One `WITH RECURSIVE` is Worth
Many `GOTO`s (2021)").

Decisions (each notes page was opened in the fetched snapshot to see what the item is):
- Entries: the bullets of the topic sections whose notes page summarises a paper: conference and journal
  papers (VLDB, SIGMOD, CIDR, ICDE, EDBT, DaMoN, OSDI, IEEE Data Engineering Bulletin), the DBToaster
  project's white paper (33, a research technical report on dbtoaster.github.io) and the DBToaster demo paper
  (26).  37 entries.
- Not entries: the table of contents (7-13); "Apache Spark as a Compiler: Joining a Billion Rows per Second
  on a Laptop (2016)" (34), whose notes page links a Databricks engineering blog post; the three "System
  Design: MonetDB / SQLite / SingleStore" items (73-75), the author's overviews of systems (one is only
  "TODO", one lists SQLite documentation pages), not papers.
- Span: the bullet's single line.
- Title: the link text without the trailing " (Year)"; the code-span backticks of 69 are markup and go.
- Ids: none (the links point to local notes pages).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild39 import entry, read_lines, write_truth

NAME = "turingcompl33t__systems-bibliography__database-systems__README@6ff5a44.md"
PART = "wild39_development"

ITEM = re.compile(r"^- \[(.+)\]\(\./[a-z-]+/[A-Za-z0-9]+\.md\)$")
TOC = re.compile(r"^- \[[^\]]+\]\(#[a-z-]+\)$")
BLOG_POST = 34  # Apache Spark as a Compiler: a Databricks blog post
SYSTEM_OVERVIEWS = {73, 74, 75}  # System Design: MonetDB / SQLite / SingleStore


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if TOC.match(ln):
            assert 7 <= n <= 13, n
            continue
        m = ITEM.match(ln)
        if not m:
            assert not ln.startswith("- "), (n, ln)
            continue
        if n == BLOG_POST:
            assert "Apache Spark as a Compiler" in ln
            continue
        if n in SYSTEM_OVERVIEWS:
            assert "System Design:" in ln
            continue
        title = re.sub(r" \((?:19|20)\d\d\)$", "", m.group(1))
        papers.append(entry(lines, n, n, title))
    assert len(papers) == 37, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '- [Title (Year)](./topic/Notes.md)' bullet of a topic section whose notes page summarises a paper"
        " (papers, the DBToaster white paper and demo) is an entry; the table of contents, the Databricks blog"
        " post (34) and the three 'System Design:' overviews are not; title = the link text without ' (Year)'.",
        "All 75 lines read; every item's notes page opened in the snapshot (its 'Available here' link: VLDB,"
        " SIGMOD, CIDR, ICDE, EDBT, DaMoN, OSDI, Data Eng. Bulletin PDFs, arXiv, the Databricks blog for 34,"
        " none or documentation links for 73-75); all 37 entries compared with the -v output, including the"
        " year-less Magpie (25), the code-span title (69) and the section boundaries 21/25, 47/51, 56/60, 69.",
    )


if __name__ == "__main__":
    main()
