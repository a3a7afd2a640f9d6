"""Wild34 truth for MJAlexander/blogdown-website content/women.md: "Women in demography", a
demographer's list of women scholars in demography, each with two notable papers.

Shape: TOML front matter (1-4), an intro with a footnote (7-11), `##` sub-discipline headings, then
one `### [Scholar Name](homepage)` heading per scholar (not an entry: it names a person) followed by
two `- [Paper title](publisher URL)` bullets.  Each bullet is one entry on its own line; its title is
the link text.  Ids come from the publisher URLs (Wiley, Springer, SAGE, T&F, Chicago, OUP paths hold
DOIs; JSTOR, PubMed, PMC, ScienceDirect pii and PNAS content URLs do not).

Not entries: two bullets that link books -- `Rural Demography` (line 202, link.springer.com/book/...)
and `Households, employment, and gender: ...` (line 211, a Google Books record).  Book chapters
(lines 140, 166, 167, 170), working papers (178, 222) and a data-resource article (233) are entries.
Special case: line 98's Springer URL is percent-encoded twice (`10.1007%252Fs13524-013-0209-1`); its
DOI is taken fully decoded, 10.1007/s13524-013-0209-1.  Line 252's bullet has two spaces after `-`.
The newest commit holds no Markdown version of this page (it became women.qmd in 2026) and the last
women.md (2020-07-28) lists 436 papers, so the 2020-07-25 version (17b3c1d, 68 scholars) is used.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import entry, read_lines, write_truth

NAME = "MJAlexander__blogdown-website__content__women@17b3c1d.md"
PART = "wild34_development"

BULLET = re.compile(r"^-\s+\[(.+?)\]\((\S+)\)\s*$")
BOOKS = {202, 211}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    scholars = 0
    for n, ln in enumerate(lines, 1):
        if ln.startswith("### ["):
            scholars += 1
            continue
        if not ln.startswith("-"):
            continue
        m = BULLET.match(ln)
        assert m, n
        if n in BOOKS:
            assert "/book/" in m.group(2) or "books.google" in m.group(2), n
            continue
        p = entry(lines, n, n, m.group(1))
        if n == 98:  # doubly percent-encoded DOI
            assert p["doi"] is None, p  # one decoding leaves 10.1007%2Fs13524-...
            p["doi"] = "10.1007/s13524-013-0209-1"
        papers.append(p)
    assert scholars == 68, scholars
    assert len(papers) == 134, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each `- [title](url)` bullet under a scholar heading is an entry titled by its link text; scholar "
        "headings are not entries, nor are the two bullets linking books (lines 202, 211); line 98's doubly "
        "percent-encoded DOI is decoded fully.",
        "Every bullet's link text and URL listed and read (136 bullets, 68 scholar headings); DOIs compared with "
        "their publisher URLs; book, chapter and working-paper links looked at one by one.",
    )


if __name__ == "__main__":
    main()
