"""Wild26 truth for matqr/matqr.github.io _pages/publications.md: Matias Quintana's publication page (BuildSys / urban computing).

The page as it was generated from a BibTeX export (Jekyll front matter, a <style> block, then one
HTML table per '<h1>' group: Conferences line 20, Journals line 642, Preprints line 1036); at the
snapshot's HEAD the same path is a Liquid loop over _data/publications.yml with no list in it, so
the file is taken at 2f5c623, the last commit where it was the generated list.
Shape: one '<tr><td class="publication">' card per work (57 cards), each on 21-26 lines:
'<span class="number">N.</span>' (numbered downwards per group), '<span class="pubtitle">' holding
'<a href="url">Title</a>' on one line, '<span class="authors">' (owner in <strong>),
'<span class="venue">', '<span class="date">', an optional '<span class="note">' (Series Title,
Issue, or 'arXiv: NNNN.NNNNN' text on lines 376 and 972), and an empty '<span class="links">'.
An entry spans its '<tr>' line to its '</tr>' line.
Entries: all 57 cards (full papers, poster abstracts, demo and dataset papers, an EGU abstract on
line 549, journal articles, arXiv preprints).  Several works appear twice (journal version and
arXiv preprint, e.g. ZenSVI lines 697 and 1113): separate records, separate entries.
Title = the link text of the pubtitle span, as written ('Dataset : Occupancy Detection , Tracking
, ...' spacing and the 'Poster abstract:' / 'Demo:' prefixes kept, as they are in the BibTeX titles).
Not entries: the Google Scholar / GitHub sentence (line 17), the group headings.
Count check: 57 '<tr>', 57 '</tr>', 57 'class="pubtitle"', 57 'class="number"' lines; 27 + 17 + 13
cards under the three headings (numbers 27..1, 17..1, 13..1).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild26 import entry, read_lines, write_truth

NAME = "matqr__matqr.github.io___pages__publications@2f5c623.md"
PART = "wild26_development"


def main() -> None:
    lines = read_lines(NAME)
    papers, groups, group = [], [], None
    start = None
    for i, t in enumerate(lines, 1):
        if t.startswith("<h1>"):
            group = []
            groups.append(group)
        if t.strip() == "<tr>":
            start, title = i, None
        if 'class="pubtitle"' in t:
            k = i + 1
            while not lines[k - 1].strip():
                k += 1
            m = re.fullmatch(r'\s*<a href="[^"]+">(.+?)</a>\s*', lines[k - 1])
            assert m, k
            title = m.group(1)
        m = re.search(r'<span class="number">(\d+)\.</span>', t)
        if m:
            group.append(int(m.group(1)))
        if t.strip() == "</tr>":
            assert start and title, i
            papers.append(entry(lines, start, i, title))
            start = None
    assert [len(g) for g in groups] == [27, 17, 13], [len(g) for g in groups]
    assert all(g == list(range(len(g), 0, -1)) for g in groups)
    assert len(papers) == 57, len(papers)
    write_truth(NAME, PART, papers,
                "every <tr> publication card of the three tables (Conferences, Journals, Preprints) is an entry,"
                " spanning <tr> to </tr>; title = the link text in the pubtitle span",
                "all 57 cards read by eye (titles against their link lines, numbering 27..1, 17..1, 13..1);"
                " arXiv ids from abs/pdf/html URLs and the two 'arXiv: ...' notes (lines 376, 972); DOIs from"
                " dl.acm.org, doi.org, iopscience, tandfonline, wiley and Springer URLs; ScienceDirect and"
                " linkinghub pii links left without DOI")


if __name__ == "__main__":
    main()
