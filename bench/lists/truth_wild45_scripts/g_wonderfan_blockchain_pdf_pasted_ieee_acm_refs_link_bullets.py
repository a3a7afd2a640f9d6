"""Wild45 truth for wonderfan/codefest Docs/blockchain-reference.md: a developer's reading references on
blockchain consensus and scalability (Byzantine fault tolerance, sharding, permissioned ledgers, interledger),
pasted from the reference lists of papers plus a list of links.

Shape: ``# Blockchain Reference``; ``## Public Blockchain`` (3) with a numbered list 1-11 of IEEE-style
references ``A. Author, and B. Author, “Title,” in Venue, year, pp. [Online]. Available: url`` (curly quotes,
``“...,”``) and an empty item ``12. `` (16); ``## Blockchain Scalability`` (18) with a numbered list 1-15 pasted from
an ACM-style reference list ``Authors. Year. Title. Venue. Publisher, pages.``: the PDF copy squashed many
author lists (``MichaelAbd-El-Malek,GregoryR.Ganger,...``) and venues (``onTheoryofComputing.ACM,42–51``) and left
hyphenation breaks (``Pro- ceedings``, and inside titles: 22 ``CA- PER``, 25 ``state- machine``, 8 ``Bitcoin- NG``),
a mojibake name (26 ``RÃijdiger``); item 15 (34) is IEEE-style again; an empty item ``16. `` (35); item 9 (28) is
a book (Morgan & Claypool synthesis lecture, with a DOI).  ``## Blockchain Interledger`` (37) is empty;
``## Paper`` (40) lists ``- [Title](url)`` link bullets (41-56: arXiv PDFs, a USENIX ;login: article, a PhD
thesis 44, white papers 47, 54, a workshop proposal 56) and ends with an empty ``- []()`` (57).  Two papers
appear twice: "Towards Scaling Blockchain Systems via Sharding" (24, 48) and CAPER (22, and 53 as "A
Cross-Application Permissioned Blockchain").

Decisions:
- Entries: every non-empty reference and link bullet except the book (41): the white papers (Bitcoin 5, Plasma
  12, the Tangle 13, Byteball 14, bloXroute 47, Interledger 54) are self-published technical papers and
  count, as do the thesis 44 and the ;login: article 43.  Not entries: the empty items 16, 35, 57 and the book
  28.  Repeated papers are separate entries.  One line each.
- Title: IEEE items: the text inside the curly quotes, its final comma dropped; ACM items: the text after
  ``Year. `` up to the next ``. ``; link bullets: the link text.  PDF hyphenation breaks are left as written
  (``CA- PER``).
- Ids: the helpers' arXiv id of the line (arxiv.org/abs or /pdf links); no DOI on any entry (the only DOI is the
  book's; asserted).
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild45 import entry, read_lines, write_truth

NAME = "wonderfan__codefest__Docs__blockchain-reference@2f05479.md"
PART = "wild45_development"

NUM = re.compile(r"^(?P<num>\d+)\. (?P<body>.*)$")
IEEE = re.compile(r"“(?P<t>[^”]+?),?”")
ACM = re.compile(r"\. (?:19|20)\d\d\. (?P<t>.+?)\. ")
LINK = re.compile(r"^- \[(?P<t>[^\]]*)\]\((?P<u>[^)]*)\)$")
BOOK = 28


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    empty = []
    styles: dict[str, list[int]] = {"ieee": [], "acm": [], "link": []}
    for n, ln in enumerate(lines, 1):
        m = NUM.match(ln)
        if m:
            body = m.group("body").strip()
            if not body:
                empty.append(n)
                continue
            if n == BOOK:
                assert "Morgan & Claypool" in body
                continue
            mi = IEEE.search(body)
            if mi:
                styles["ieee"].append(n)
                title = mi.group("t")
            else:
                ma = ACM.search(body)
                assert ma, (n, ln)
                styles["acm"].append(n)
                title = ma.group("t")
            papers.append(entry(lines, n, n, title))
            continue
        m = LINK.match(ln)
        if m:
            if not m.group("t"):
                empty.append(n)
                continue
            styles["link"].append(n)
            papers.append(entry(lines, n, n, m.group("t")))
            continue
        assert ln == "" or ln.startswith("#"), (n, ln)
    assert empty == [16, 35, 57], empty
    assert styles["ieee"] == list(range(5, 16)) + [34], styles
    assert styles["acm"] == [n for n in range(20, 34) if n != BOOK], styles
    assert styles["link"] == list(range(41, 57)), styles
    assert len(papers) == 41, len(papers)
    assert not any(p["doi"] for p in papers)
    assert sum(1 for p in papers if p["arxiv"]) == 11, [p["line"] for p in papers if p["arxiv"]]
    write_truth(
        NAME,
        PART,
        papers,
        "Each non-empty numbered reference (IEEE style with curly-quoted title, or ACM style 'Authors. Year. Title.')"
        " and each '- [Title](url)' bullet is one entry on its line (41, white papers, a thesis and repeated papers"
        " included; the Morgan & Claypool book and the empty items excluded); title = the quoted text, the text"
        " after 'Year. ' up to the next '. ', or the link text.",
        "Whole file read (58 lines) against the -v output line by line: the 11 IEEE items 5-15 (curly quotes,"
        " final comma dropped, 'Bitcoin- NG' as written), the ACM items 20-33 (title after 'Year. ', squashed"
        " author lists not leaking into titles, 'CA- PER' and 'state- machine' as written), the IEEE item 34, the"
        " 16 link bullets 41-56; the book 28 and the empty items 16, 35, 57 excluded (asserted); repeated papers"
        " 24/48 and 22/53 kept; ids: 11 arXiv (21, 30 and nine link bullets), IACR ePrint links and other PDFs"
        " give none, no DOI on any entry (asserted); count 41 asserted.",
    )


if __name__ == "__main__":
    main()
