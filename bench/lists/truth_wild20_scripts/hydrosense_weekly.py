"""Wild20 truth for hydrotian/HydroSense _pages/2020/april/2020-04-05-weekly-review.md: a generated hydrology weekly review.

A Just-the-Docs page written by a literature-harvest generator: front matter (its 'highlight'
names the top paper, cut short), a title block, an Executive Summary, a TOC placeholder, then six
'## Theme' sections, each opening with a prose paragraph that names authors ('Notable
contributions from DeVries, Kemter et al.') and then one card per paper: '### Title', a blank
line, '**Authors**: ...', '**Journal**: *name* · **DOI**: [10...](https://doi.org/10...) ·
**Citations**: n', '**Matched topics**: ...' with a Kramdown '{: .label}' line, and a '> '
abstract cut with '...'; cards are separated by '---'.  A closing '## Statistics' section holds
two tables (counts and '### Papers by journal') and '## Filtering Criteria' lists topics.
Entries: every '### ' card in the six theme sections (50, the number the page states); lines =
the heading through the abstract line (the last non-blank line before '---'); title = the
heading text (a final '.' the generator kept is dropped as a separator).  Two cards are data-set
papers (CRU TS v4, ASTER GDEM) with a DOI like the rest: entries.  Not entries: the theme
paragraphs, the front matter's highlight, '### Papers by journal' and the tables.
Counts: 51 '### ' lines - 1 ('Papers by journal') = 50 = 'paper_count: 50'; 50 'doi.org' cards.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild20 import entry, read_lines, write_truth

NAME = "hydrotian__HydroSense___pages__2020__april__2020-04-05-weekly-review@2218d9b.md"
PART = "wild20_development"
LINES = read_lines(NAME)


def main() -> None:
    stats = next(i for i, t in enumerate(LINES, 1) if t == "## Statistics")
    papers = []
    for i, text in enumerate(LINES, 1):
        if not text.startswith("### ") or i > stats:
            continue
        j = i
        while LINES[j] != "---":  # LINES[j] is line j + 1
            j += 1
        last = j  # line number of the line before '---' (blank), step back to the last text line
        while not LINES[last - 1].strip():
            last -= 1
        block = LINES[i - 1 : last]
        assert block[2].startswith("**Authors**: ") and block[4].startswith("**Journal**: "), i
        assert LINES[last - 1].startswith("> "), i
        papers.append(entry(LINES, i, last, text[4:]))
    assert len(papers) == 50, len(papers)
    assert all(p["doi"] for p in papers)
    assert sum(1 for t in LINES if t.startswith("### ")) == 51
    write_truth(
        NAME, PART, papers,
        "every '### Title' card in the six theme sections is an entry (heading through the abstract quote);"
        " title = the heading text; DOI from the card's doi.org link; theme prose, tables and 'Papers by journal' are not",
        "the 51 '### ' lines (50 cards + 'Papers by journal') against 'paper_count: 50'; every card's shape"
        " (Authors, Journal/DOI, abstract quote) asserted; all 50 titles and DOIs printed and compared with the"
        " file, the two titles ending in '.', the two data-set papers, the first and last card of each theme",
    )


if __name__ == "__main__":
    main()
