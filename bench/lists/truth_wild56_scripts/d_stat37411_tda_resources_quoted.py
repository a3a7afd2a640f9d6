"""Wild56 truth for stat37411/stat37411.github.io resources.md: the "Resources" page of a University of Chicago
topological data analysis course (STAT 37411), newest commit touching it (fb5ee59, 2022-03-03).

Shape: 147 lines, 15 KB.  ``# Resources`` (1), ``## Textbooks`` (5-36: required/optional textbooks and additional
references, each ``* "Book Title" by Author - [Library](url)`` with a prose paragraph after some), ``## Papers`` (38)
with ``###`` subsections Review Papers, Foundations, Stability, Sampling, Features, Algorithms, Applications
(40-107), then ``## Seminars`` (110), ``## Software`` (114-137: bare tool names and links) and programming help
(141-147).  A paper is a bullet ``* "Title" by Authors. Venue, volume, pages (year). [Link](url)``.

Special cases:
- Three papers wrap onto a second line that does not start with ``*``: 82-83 (``"Dualities in persistent
  (co)homology" by`` / ``V. de Silva, ...``), 96-97 and 100-101; the span covers both lines.
- 100 has a curly apostrophe in the title (``"Two’s company, three (or more) is a simplex: ..."``).
- 94 and 98 add a description after the link (`` - this is about using Mapper ...``); 98 also writes
  ``doi:10.1126/scitranslmed.aaa9364`` in the citation; 69 writes ``https://doi.org/10.3150/15-BEJ744``.
- Many Springer links go through the UChicago proxy (``link-springer-com.proxy.uchicago.edu/article/10.1007/...``);
  the DOI is still in the path.  87 links to the whole proceedings volume (``book/10.1007%2F978-3-319-04099-8``), so
  its DOI is the volume's, as the line writes it.  50's Eurographics handle ``10.2312/SPBG.SPBG04.157-166`` is that
  paper's DOI.  89 is the only arXiv id (``arXiv:1911.10693``).
- 78 ("A tutorial on spectral clustering") and 104-105 (PMLR) are machine-learning papers: still papers, entries.
- The textbooks (8, 15, 16, 21, 22, 26, 30, 34) are books, in a section named Textbooks: not paper entries.  The
  software list names no papers.

Decisions:
- Entry = each ``* "Title" by ...`` bullet of the Papers section (38-107), with its continuation line; 45 entries.
- Title = the text between the double quotes.
"""
import re

from _wild56 import entry, read_lines, write_truth

NAME = "stat37411__stat37411.github.io__resources@fb5ee59.md"
PART = "wild56_development"

ITEM = re.compile(r'^\* "(?P<title>[^"]+)" by')


def main() -> None:
    lines = read_lines(NAME)
    assert lines[37] == "## Papers", lines[37]
    assert lines[109] == "## Seminars", lines[109]
    papers = []
    for n in range(39, 110):
        ln = lines[n - 1]
        m = ITEM.match(ln)
        if not m:
            assert not ln.startswith("* "), (n, ln)
            continue
        last = n
        while lines[last].strip() and not lines[last].startswith(("*", "#")):  # lines[last] is line last + 1
            last += 1
        papers.append(entry(lines, n, last, m.group("title").strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 45, len(papers)
    assert by[44]["title"] == "Topological pattern recognition for point cloud data", by[44]
    assert by[49]["doi"] == "10.1007/s00454-002-2885-2", by[49]
    assert by[69]["doi"] == "10.3150/15-bej744", by[69]
    assert (by[82]["line"], by[82]["end"]) == (82, 83), by[82]
    assert by[82]["title"] == "Dualities in persistent (co)homology", by[82]
    assert by[89]["arxiv"] == "1911.10693", by[89]
    assert (by[96]["line"], by[96]["end"]) == (96, 97), by[96]
    assert by[98]["doi"] == "10.1126/scitranslmed.aaa9364", by[98]
    assert (by[100]["line"], by[100]["end"]) == (100, 101), by[100]
    assert by[100]["title"].startswith("Two’s company, three (or more) is a simplex"), by[100]
    assert by[107]["title"] == "Statistical ranking and combinatorial Hodge theory", by[107]
    assert 8 not in by and 34 not in by
    write_truth(
        NAME,
        PART,
        papers,
        method="Every bullet '* \"Title\" by Authors. Venue (year). [Link](url)' of the Papers section (lines 38-107,"
        " subsections Review Papers .. Applications) is an entry (45), spanning its wrapped continuation line where"
        " there is one (82-83, 96-97, 100-101).  Title = the double-quoted text.  The Textbooks section lists books,"
        " not papers, and the Software section names tools: neither gives entries.",
        checked="Read the whole file and compared the -v output for all 45 papers: quoted titles, the three wrapped"
        " entries' spans, DOIs from Springer/ACM/projecteuclid/doi.org/proxy URLs and the inline doi: at 98, the"
        " volume DOI at 87, the one arXiv id at 89; the textbook bullets left out.",
    )


if __name__ == "__main__":
    main()
