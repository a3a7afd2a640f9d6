"""Wild57 truth for wooshrow/gclparser docs/papers.md: "Papers for the course Program Semantics & Verification 19/20",
a course reading list of program verification papers (weakest preconditions, bounded model checking, symbolic
execution, SMT, verifiers such as DIVINE, CBMC, JBMC, Boogie, CRUST, LTSmin, SeaHorn, nuXmv, CIVL), newest commit
(4b9d5da).

Shape: 171 lines, 19 KB.  A ``###`` title, then a numbered list where every item is written ``1.`` and holds an APA
reference with the title in underscore italics:
``1. Author, A., & Author, B. (2005). _Title_. Journal, 93(6), 281-288.``
followed, indented, by one or two bare ``<url>`` autolinks (publisher page, PDF), a ``Tags: ...`` line and a
``**Abstract.** ...`` paragraph.  Items are separated by blank lines.

Special cases:
- Indentation of the continuation lines is irregular (2, 3, 4 or 5 spaces: 53-55, 67-69, 93-101); item 14-21 has its
  first URL on the line right after the reference, without a blank line.
- 91-101: the LTSmin abstract runs over two paragraphs (99, 101); still one entry.
- 120-122: two extra blank lines before the nuXmv item.
- 133: a doctoral dissertation (``_Generic Platform for Explicit-Symbolic Verification_ (Doctoral dissertation,
  ...)``): kept as an entry.
- Authors are sometimes abbreviated ``Baranová et al.``, ``Cavada et al.``, ``Siegel et al.``.
- Ids: arXiv from the arxiv.org/pdf link (27 -> 1610.00502); DOIs from link.springer.com chapter/content links
  (e.g. 43 -> 10.1007/978-3-319-68167-2_14, 155 -> 10.1007/3-540-36577-x_40).  dl.acm.org citation.cfm?id=,
  sciencedirect, ieeexplore and semanticscholar links give none.

Decisions:
- Entry = every ``1. `` line (17 entries); span = that line to the last non-blank line before the next item (or the
  end of the file).
- Title = the text between the first pair of underscores.
"""
import re

from _wild57 import entry, read_lines, write_truth

NAME = "wooshrow__gclparser__docs__papers@4b9d5da.md"
PART = "wild57_development"

ITEM = re.compile(r"^1\. ")
TITLE = re.compile(r"\)\. _([^_]+)_")


def main() -> None:
    lines = read_lines(NAME)
    starts = [n for n, ln in enumerate(lines, 1) if ITEM.match(ln)]
    papers = []
    for k, n in enumerate(starts):
        stop = starts[k + 1] - 1 if k + 1 < len(starts) else len(lines)
        last = stop
        while not lines[last - 1].strip():
            last -= 1
        m = TITLE.search(lines[n - 1])
        assert m, lines[n - 1]
        papers.append(entry(lines, n, last, m.group(1).strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 17, len(papers)
    assert by[3]["title"] == "Efficient weakest preconditions" and by[3]["end"] == 12, by[3]
    assert by[14]["title"] == "Bounded model checking", by[14]
    assert by[23]["arxiv"] == "1610.00502", by[23]
    assert by[41]["doi"] == "10.1007/978-3-319-68167-2_14", by[41]
    assert by[91]["title"] == "LTSmin: high-performance language-independent model checking", by[91]
    assert by[91]["end"] == 101, by[91]
    assert by[113]["end"] == 119, by[113]
    assert by[133]["title"] == "Generic Platform for Explicit-Symbolic Verification", by[133]
    assert by[163]["title"] == "Runtime verification of concurrent Haskell programs" and by[163]["end"] == 171
    write_truth(
        NAME,
        PART,
        papers,
        method="Numbered APA references all written '1. ': every such line is one entry (17), spanning its indented"
        " <url> autolinks, Tags line and **Abstract.** paragraph(s) up to the last non-blank line before the next"
        " item.  Title = the underscore-italic text after '(year). '.",
        checked="Compared all 17 entries of the -v output with the file: titles, spans (irregular indentation,"
        " two-paragraph LTSmin abstract, extra blank lines 120-122, last item to 171), the arXiv id on 27 and the"
        " Springer DOIs.",
    )


if __name__ == "__main__":
    main()
