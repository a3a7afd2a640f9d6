"""Wild41 truth for boostjp/site archive/boost_docs/libs/graph/bibliography.md: the bibliography of the Boost
Graph Library documentation (graph algorithms, sparse-matrix orderings, generic programming), in the Japanese
Boost documentation site; only the heading "# 参考文献" is translated.

Shape: 52 references numbered 1-53 (17 is missing), each a top-level bullet holding only an HTML anchor
``- <a id="key" href="#key">N</a>`` followed by indented sub-bullets: ``    - Authors.`` (sometimes without the
final '.'), ``    - Title.`` (sometimes without '.'), then one to three venue sub-bullets (journal with
volume/pages, ``In Proceedings ...``, ``Master's thesis, ...``, ``PhD Thesis, ...`` plus its series, technical
report numbers, or ``Publisher, Year`` for books; 51 splits its LNCS venue over three sub-bullets).  Blank
lines separate references; a ``***`` rule and a copyright line close the file.  Quirks: 31 puts title and
venue in one sub-bullet (``... timetabling problems Computer Journal, 10:85-86, 1967.``); 29 writes the
chapter title with its book (``Graph coloring algorithms in Graph Theory and Computing.``); 34 keeps BibTeX
braces (``{C}holesky``); 48 gives surnames only; 13 is an edited volume (``editors``).  Typos of the source
are kept (Sofiety, Opimization, Minear, Intractibility, Tehnical, "amd").

Decisions:
- A reference is an entry when it cites a paper: journal and proceedings articles, the C++ Report magazine
  article (24), chapters in edited books/handbooks (29 Graph Theory and Computing, 42 the CRC Handbook),
  theses (19 Master's, 50 PhD), technical reports (37, 45, 46) and the "to appear" article (34).  Books are
  not entries: monographs, textbooks and the edited volume 13 (1, 2, 8, 11, 12, 13, 14, 20, 22, 23, 26, 27,
  30, 39, 48).  37 entries.
- An entry spans its anchor line through its last sub-bullet.  Title: the second sub-bullet, final '.'
  dropped; for 31 the text before the journal name; for 29 the chapter title before ``in Graph Theory and
  Computing``.
- No DOIs or arXiv ids in the file.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild41 import entry, read_lines, write_truth

NAME = "boostjp__site__archive__boost_docs__libs__graph__bibliography@cdc94f7.md"
PART = "wild41_development"

ANCHOR = re.compile(r'^- <a id="([^"]+)" href="#\1">(\d+)</a>$')
SUB = re.compile(r"^    - (.*)$")
BOOKS = {1, 2, 8, 11, 12, 13, 14, 20, 22, 23, 26, 27, 30, 39, 48}
TITLE_CUT = {
    31: " Computer Journal, 10:85-86, 1967.",  # title and venue share one sub-bullet
    29: " in Graph Theory and Computing.",  # a chapter title written with its book
}


def references(lines: list[str]) -> list[tuple[int, int, int, list[str]]]:
    """(number, first line, last line, sub-bullet texts) of every reference."""
    refs: list[tuple[int, int, int, list[str]]] = []
    for n, ln in enumerate(lines, 1):
        m = ANCHOR.match(ln)
        if m:
            refs.append((int(m.group(2)), n, n, []))
            continue
        s = SUB.match(ln)
        if s:
            num, first, _, subs = refs[-1]
            refs[-1] = (num, first, n, subs + [s.group(1)])
        else:
            assert not ln.startswith(" "), n
    return refs


def main() -> None:
    lines = read_lines(NAME)
    refs = references(lines)
    assert [r[0] for r in refs] == [i for i in range(1, 54) if i != 17]
    papers = []
    for num, first, last, subs in refs:
        assert 3 <= len(subs) + (num == 31) <= 5, num
        if num in BOOKS:
            continue
        title = subs[1]
        if num in TITLE_CUT:
            assert title.endswith(TITLE_CUT[num]), num
            title = title.removesuffix(TITLE_CUT[num])
        papers.append(entry(lines, first, last, title))
    assert len(papers) == 37, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each anchor-numbered reference citing a paper (article, chapter, thesis, technical report) is an entry"
        " from its anchor line to its last sub-bullet; the 15 books/edited volumes are not; title = the second"
        " sub-bullet without its final '.', cut before the venue for 31 and before the book for 29.",
        "Whole file read against the -v output: numbering 1-53 without 17 checked by the script; each of the"
        " 52 references classified by eye (15 books incl. the edited volume 13 and the surname-only 48; the"
        " C++ Report article 24, chapters 29/42, theses 19/50, reports 37/45/46, to-appear 34 kept); spans of"
        " the multi-venue references 49, 50, 52 (two venue sub-bullets) and 51 (three); titles without final '.' (30,"
        " 32-34, 45-47, 51-53), the combined title/venue 31, the chapter 29, {C}holesky 34; no ids in the file.",
    )


if __name__ == "__main__":
    main()
