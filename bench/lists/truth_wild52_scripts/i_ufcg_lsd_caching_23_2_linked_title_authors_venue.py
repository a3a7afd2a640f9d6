"""Wild52 truth for ufcg-lsd/computer-systems-reading previous-papers/papers-23-2.md: the 2023.2 semester's paper list
of the UFCG/LSD (Campina Grande, Brazil) systems reading group, on caching and multi-tenant caches, newest commit of the
file (255c1e6, 2024-01-23, "Moving readme previous papers to another md").  The repository's README.md holds the
current 2024.1 list (11 papers); this archived 2023.2 list (16 papers) was taken instead, as the larger of the two.

Shape: 18 lines, 3.9 KB, no final newline.  ``## Caching 2023.2`` (1), blank (2), then a numbered list 3-18, one line
per paper: ``N. [Title](url). Authors. Venue Year.``  Items 8 and 9 (lines
10-11) have two spaces after the number (``8.  [``); numbers below are line numbers.
The venue part is loose (``USENIX 2020``, ``ACM Trans 2023``, ``Association for Computing Machinery 2006``, ``SoCC '15:
Proceedings of the Sixth ACM Symposium on Cloud Computing 2015``).  Links go to ACM ``/doi/pdf/10.1145/...`` and
``/doi/10.1145/...`` pages, USENIX pdfs, an arXiv pdf (4), a Springer article (13, DOI with a colon
``10.1023/B:SUPE...``), an IOP pdf (15, ``/article/10.1088/.../012045/pdf``) and a personal page pdf (18).

Special cases:
- Titles are kept as written: ``dCat Dynamic Cache Management ...`` (12, colon missing), ``... Adaptive CacheAdmission
  Model`` (15, words run together), ``Flexible and efficient multi-tenant persistent memory caching`` (10, NyxCache's
  subtitle only).
- ``The CacheLib Caching Engine`` (5) and others also appear in the README's 2024.1 list; that is another file.
- Authors typo ``Huajun Maet al.`` (15) is author text, not title.

Decisions:
- Entry = every numbered item (16), one line each; title = the link text.
- Ids from the item's own link: DOIs from ACM (3, 9, 12, 14, 16), Springer (13) and IOP (15, ``/pdf`` suffix not part
  of the DOI); arXiv 1512.00727 (4); none from USENIX, IEEE or personal pages.
"""
import re

from _wild52 import entry, read_lines, write_truth

NAME = "ufcg-lsd__computer-systems-reading__previous-papers__papers-23-2@255c1e6.md"
PART = "wild52_development"

ITEM = re.compile(r"^(?P<num>\d+)\. {1,2}\[(?P<title>[^\]]+)\]\((?P<url>[^)\s]+)\)\. (?P<rest>.+)$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "## Caching 2023.2", lines[0]
    papers = []
    nums = []
    for n, ln in enumerate(lines, 1):
        if n <= 2:
            continue
        m = ITEM.match(ln)
        assert m, (n, ln)
        nums.append(int(m.group("num")))
        papers.append(entry(lines, n, n, m.group("title")))
    assert nums == list(range(1, 17)), nums
    t = {p["line"]: p for p in papers}
    assert (t[3]["title"], t[3]["doi"]) == (
        "FIFO can be Better than LRU: the Power of Lazy Promotion and Quick Demotion", "10.1145/3593856.3595887"), t[3]
    assert (t[4]["title"], t[4]["arxiv"]) == ("TinyLFU: A Highly Efficient Cache Admission Policy", "1512.00727"), t[4]
    assert t[9]["title"] == (
        "CacheSack: Theory and Experience of Google’s Admission Optimization for Datacenter Flash Caches"), t[9]
    assert t[9]["doi"] == "10.1145/3582014", t[9]
    assert t[10]["title"] == "Flexible and efficient multi-tenant persistent memory caching", t[10]
    assert t[12]["title"].startswith("dCat Dynamic Cache Management"), t[12]
    assert (t[13]["title"], t[13]["doi"]) == (
        "Dynamic Partitioning of Shared Cache Memory", "10.1023/b:supe.0000014800.27383.8f"), t[13]
    assert (t[15]["title"], t[15]["doi"]) == (
        "Implementation of Multi-tenancy Adaptive CacheAdmission Model", "10.1088/1742-6596/2026/1/012045"), t[15]
    assert (t[18]["title"], t[18]["doi"]) == ("Henge: Intent-driven Multi-Tenant Stream Processing", None), t[18]
    assert sum(1 for p in papers if p["doi"]) == 7, [p["line"] for p in papers if p["doi"]]
    assert len(papers) == 16, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every numbered item (lines 3-18, 'N. [Title](url). Authors. Venue Year.', one or two spaces after the number)"
        " is an entry (16); title = the link text as written (typos and missing colons kept); the heading line 1 is"
        " not an entry.",
        "Read all 18 lines; compared -v for all 16 entries: titles (CacheSack's curly apostrophe 9, NyxCache subtitle"
        " only 10, 'dCat Dynamic' 12, 'CacheAdmission' 15), the two-space items 10-11, DOIs from ACM links"
        " (3, 9, 12, 14, 16), Springer 13 (colon in the DOI) and IOP 15 (/pdf dropped), arXiv 1512.00727 (4), none"
        " from USENIX/IEEE/personal pdfs, no final newline after 18.",
    )


if __name__ == "__main__":
    main()
