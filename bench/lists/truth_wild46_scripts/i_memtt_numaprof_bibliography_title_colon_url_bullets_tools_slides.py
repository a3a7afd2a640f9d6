"""Wild46 truth for memtt/numaprof ``doc/bibliography.md``: the developer's bibliography of NUMAPROF, a NUMA memory
profiler (HPC systems): tools and libraries, slides, papers, technical help pages and cache-simulation notes.

Shape (92 lines, no final newline): a setext ``Biblio`` title, then setext ``-----`` sections, each a list of
`` * `` bullets written ``Name or title: URL`` (a space before the colon in 44, 53, 57, 70, 71; a trailing space
after the URL in 53): Tools/Libs (4-23), Slides (25-30), Papers/web articles (32-62), Technical help (64-73), then a
section indented by one space, ``Looking for python + qt webkit to build gui`` (75-82, bare-URL bullets under
``In python :``), and ``Docs on cache replacement policy for cache simulation`` (85-92, bare-URL bullets).  Tool
bullets 14-16 give only a name (``SIMT``, ``Memaxis``, ``Memphis``).  Tool bullet 21 (``Another NUMAPROF (not
availble, just named into the article): <Springer chapter URL>``) points at the paper that is listed again at 60.
Line 51 is a bare ``http://doi.acm.org/10.1145/1806651.1806667`` with no title.  The same paper, ``Dissecting
On-Node Memory Access Performance: A Semantic Approach``, is listed twice (38 with a PDF link, 54 with its DOI).

Decisions:
- Entries (27): the Papers/web articles bullets 35-62 whose subject is a scholarly work: conference and journal
  papers, the two French PhD theses on tel.archives-ouvertes.fr (45 ``Improving performance on NUMA systems``, 48),
  the EuroDW'17 workshop abstract (46), the ACM Queue article (47), the ResearchGate copy of ``Call Paths for Pin
  Tools`` (49), HAL reports (52, 62) and the bare-DOI bullet 51 (an ACM paper named only by its DOI: title null).
  38 and 54 are two entries (repeated records stay separate).
- Not entries: the tools and libraries (7-23, including 21, whose subject is the tool, not the article), the three
  slide decks (28-30, talks), ``PinTool paper list`` (43, a web page listing papers), the technical-help pages,
  bug reports and man pages (67-73), the GUI links (79-82) and the cache-policy links (88-92: lecture slides, a
  Stack Overflow answer, a PowerShow deck, a course-numbered PDF and a blog post; none names a scholarly work).
- Span: the bullet's line.  Title: the text before the last ``:`` that precedes the URL (``: http``), the space
  before that colon dropped; colons inside titles (``MemProf: a Memory Profiler ...``, ``NumaMMA: NUMA MeMory
  Analyzer``) are kept.
- Ids: from the bullet's line: doi.org / dx.doi / doi.acm.org DOIs (35, 40-42, 44, 50, 51, 53-61); no arXiv links.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild46 import entry, read_lines, write_truth

NAME = "memtt__numaprof__doc__bibliography@19df76a.md"
PART = "wild46_development"

PAPERS_FIRST, PAPERS_LAST = 35, 62
NOT_PAPERS = {43}  # 'PinTool paper list': a web page of links
BARE_DOI = 51
RECORD = re.compile(r"^ \* (.+?) ?: (https?://\S+) ?$")


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 92, len(lines)
    assert lines[31] == "Papers/web articles:" and lines[63] == "Technical help:", (lines[31], lines[63])
    papers = []
    for n in range(PAPERS_FIRST, PAPERS_LAST + 1):
        ln = lines[n - 1]
        assert ln.startswith(" * "), (n, ln)
        if n in NOT_PAPERS:
            continue
        if n == BARE_DOI:
            assert re.fullmatch(r" \* http://doi\.acm\.org/10\.1145/1806651\.1806667", ln), ln
            papers.append(entry(lines, n, n, None))
            continue
        m = RECORD.match(ln)
        assert m, (n, ln)
        papers.append(entry(lines, n, n, m.group(1)))
    assert len(papers) == 27, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each ' * ' bullet of the 'Papers/web articles' section naming a paper, thesis, workshop abstract, magazine"
        " article or report is one entry (27; 38 and 54 repeat a paper, two entries; 51 is a bare DOI, title null),"
        " not the tools, slides, the 'PinTool paper list' page, technical-help pages, GUI or cache-policy links;"
        " title = the text before ': URL' (space before the colon dropped); DOIs from the bullet's line.",
        "Whole file read (92 lines) and every bullet sorted: the Papers section 35-62 line by line against -v (all 27"
        " titles and DOIs), the space-before-colon records 44, 53, 57, the colon-in-title records 37, 52, 55, 57, 61,"
        " 62, the bare DOI 51, the repeated paper 38/54, the theses 45 and 48, the Queue article 47, the excluded page"
        " 43; the tool bullet 21 pointing at the paper of 60, the slide decks 28-30 and the cache-policy URLs 88-92"
        " (91, a Swarthmore course PDF, left out) checked as non-entries.",
    )


if __name__ == "__main__":
    main()
