"""Wild2 truth for CommonEconomist/teaching advanced-macro/README.md: an M.Sc. macroeconomics reading list.

Under '### Reading list' every numbered item '<n>. **Title**, Authors, Venue, Year.' is one paper (36
items: journal articles, NBER/ECB/central-bank working papers, a conference-series paper); most put a
'[[paper](url)]' link on the next line, items 34-36 put it on the item's own line.  The entry runs from
the numbered line to its link line.  Title = the bold text (as written, e.g. 'Marcoeconomics and
reality', 'Large Baysesian VARs', 'Macroeconomics after the Crisis : Time to ...').  The DOI is the
one a link URL holds literally (doi.org, aeaweb 'articles?id=10.1257/...', pubs.aeaweb.org/doi/...,
MIT Press, Wiley, Chicago journals); JSTOR 'stable/<n>' numbers, OUP article paths and ScienceDirect
or els-cdn 'pii' links are not DOIs.  No arXiv ids.  Not entries: the '### Data' bullet (a Bank of
England dataset) and the headings.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _wild2 import entry, read_lines, write_truth

NAME = "CommonEconomist__teaching__advanced-macro__README@7abc196.md"
PART = "wild2_held_out"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    for i, text in enumerate(LINES, 1):
        m = re.match(r"\s*\d+\.\s+\*\*(.+?)\*\*", text)
        if not m:
            continue
        end = i
        if "[[paper]" not in text:
            assert LINES[i].lstrip().startswith("[[paper]"), i
            end = i + 1
        papers.append(entry(LINES, i, end, m.group(1)))
    assert len(papers) == 36, len(papers)
    write_truth(
        NAME, PART, papers,
        "every numbered item '<n>. **Title**, Authors, Venue, Year.' under 'Reading list' is an entry (its line and"
        " the '[[paper](url)]' line after it, when the link is not on the item's line); title = the bold text;"
        " DOI only where a link URL holds one literally; the Data bullet (a dataset) is not an entry",
        "all 36 items by eye against the file (numbering 1-36 continuous, grep -c '^[0-9]*\\. \\*\\*' = 36), line"
        " ranges incl. items 34-36 with the link on the same line and item 24 with two spaces after the number;"
        " titles with typos kept as written (Marcoeconomics, Baysesian) and 'Crisis : Time'; DOIs of the aeaweb"
        " ?id= links (items 10, 12, 35), pubs.aeaweb (11, 33), MIT Press (14), doi.org (17), Wiley (34),"
        " Chicago (36) checked, JSTOR/OUP/pii links give none",
    )


if __name__ == "__main__":
    main()
