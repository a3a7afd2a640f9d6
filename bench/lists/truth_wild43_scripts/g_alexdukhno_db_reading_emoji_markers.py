"""Wild43 truth for alex-dukhno/alex-dukhno.github.io reading_list.md: a database/systems engineer's personal
reading list (Jekyll page) of papers, blog posts and books on algorithms, data structures, distributed systems and
databases, hardware, Linux, network protocols and testing.

Shape: front matter (1-4); ``# Papers`` with ``### Topic`` subsections (8-112), ``# Blogs`` with bold or
``###`` subsections (114-160), ``# Books :books:`` (163-168), then ``# After reading Database Internals`` with
``##### Papers`` (173-219), ``##### Blogs`` (221-226) and ``##### Books`` (228-238).  Every item is a bullet
`` * [Text](url)`` (one space before the star), sometimes preceded by a reading-status marker (``:red_circle:``,
``🟠``, ``:large_blue_circle:``, ``🟢``) and sometimes followed by ``:heavy_check_mark:`` / ``:open_book:``.  In
eight paper bullets (34-42) the link text is a whole citation: ``G. Graefe. Instant recovery for data center
savings.``, ``J. Levandoski, D. Lomet, S. Sengupta. LLAMA: ... hardware. PVLDB``, ``... In CIDR 2015``.  URLs
point to PDFs, ACM DL (``dl.acm.org/doi/...``, one ``doi/10.5555/...``), ``doi.org`` (one malformed:
``https://doi.org/0.1145/2926965`` 218), arXiv abs/pdf, VLDB, USENIX, a Google redirect URL (182).

Decisions:
- Entries: every bullet under the two Papers sections (86 + 45 = 131; 8-112 and 175-219), plus one bullet in the
  Blogs section that is a paper, 127 (MIT LCS technical memo "Bounded Concurrent Time-Stamp Systems Are
  Constructible").  Kept under Papers although not conference/journal papers: Drepper's "What Every Programmer
  Should Know About Memory" (91), a USENIX ;login: article (74), IEEE Data Engineering Bulletin articles (53),
  technical reports and theses (37, 87, 97, 98, 184, 198, 215, 216), a Foundations and Trends survey (194) and
  McKenney's two Linux Journal articles on memory ordering (206, 207), all written, authored works listed as
  papers.  Not entries: the other blog posts (118-160, 222-226), the books (167-168, 229-238), headings.
- Title: the link text without the status markers; for the citation-like link texts 34-42 the title between
  the authors' period and the venue or the end (``Instant recovery for data center savings``, ``LLAMA: A
  cache/storage subsystem for modern hardware``, ``Hyder – A transactional record manager for shared flash``, ...);
  a final ``.`` dropped; the list's spelling kept (65 ``... ASELF-ADAPT WE RELATIONAL ...``).
- Ids: as the helper reads the entry's own line (arXiv abs/pdf links; DOIs from doi.org and dl.acm.org/doi URLs;
  the malformed ``doi.org/0.1145/...`` of 218 is checked below to give no DOI).
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild43 import entry, read_lines, write_truth

NAME = "alex-dukhno__alex-dukhno.github.io__reading_list@b4b9051.md"
PART = "wild43_development"

BULLET = re.compile(r"^ \* (?:(?::[a-z_]+:|🟠|🟢)\s*)?\[(?P<t>[^\]]+)\]\((?P<u>[^)]*)\)")
PAPER_RANGES = [(8, 112), (173, 219)]
EXTRA = {127}  # a technical memo listed among the blog posts
CITED = {  # link texts that are whole citations: the title part
    34: "Instant recovery for data center savings",
    35: "Optimistic replication",
    37: "Information Storage in a Decentralized Computer System",
    38: "LLAMA: A cache/storage subsystem for modern hardware",
    39: "Yesquel: scalable SQL storage for web applications",
    40: "High performance transactions in deuteronomy",
    41: "Hyder – A transactional record manager for shared flash",
    42: "Sinfonia: A new paradigm for building scalable distributed systems",
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    bullets = 0
    for n, ln in enumerate(lines, 1):
        if not ln.startswith(" * "):
            continue
        bullets += 1
        m = BULLET.match(ln)
        assert m, (n, ln)
        in_papers = any(a <= n <= b for a, b in PAPER_RANGES) or n in EXTRA
        if not in_papers:
            continue
        title = CITED.get(n, m.group("t"))
        assert title in m.group("t"), (n, title)
        title = re.sub(r"\s*\.$", "", title.strip())
        papers.append(entry(lines, n, n, title))
    assert bullets == 176, bullets
    assert len(papers) == 132, len(papers)
    by_line = {p["line"]: p for p in papers}
    assert by_line[218]["doi"] is None, by_line[218]
    write_truth(
        NAME,
        PART,
        papers,
        "Every ' * [Title](url)' bullet under the two Papers sections (8-112, 173-219) is an entry, plus the MIT"
        " technical memo bullet 127 in the Blogs section (132); title = link text without the status emoji, for the"
        " citation-like link texts 34-42 only the title part; blog posts and books are not entries.",
        "Whole file read (238 lines): all 176 bullets classified by section (asserted count), the blog bullets"
        " read one by one (only 127 is a paper), the books skipped; -v output compared for all Papers bullets"
        " incl. the status-marker forms (14, 17, 22, 75, 91, 175-219), trailing check/book marks (21, 23, 24, 32, 33,"
        " 43, 79, 82, 91-93), the citation-like link texts 34-42 (titles cut by hand, asserted to occur in the"
        " link text), the all-caps OCR title 65, the curly-apostrophe titles (31, 82, 86, 211, 219); ids: arXiv"
        " 46, 69, 78, 213, 217; DOIs from dl.acm.org/doi and doi.org links; the malformed doi.org/0.1145 of 218"
        " gives none (asserted).",
    )


if __name__ == "__main__":
    main()
