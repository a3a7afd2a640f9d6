"""Wild24 truth for KevinABird/KevinABird.github.io Reviews.md: "Peer Rebrew", a genomics / systems
biology journal club's list of the papers read at each meeting (Aug 2018 back to Oct 2017).

Shape: after a Jekyll front matter (lines 1-6) and two prose paragraphs (lines 8, 10), '## Month
Year' headings (line 27 writes '## July2018') and '### Day' headings, and under a day heading one
line per paper: '[Authors](url) Title' -- the link text is the authors ('Van Deynze et al.',
'Erlich.'), the title is the plain text after the link, with no venue or year.  Two papers on one
day are separated by a line holding only '&' (lines 23 and 81).
Entries: every such line (one paper each).  Title = the text after the link's closing ')',
trailing spaces dropped.  Special cases: line 65 writes three zero-width spaces (U+200B) before the
title, dropped here since they are not text; line 83's title is itself a quoted, truncated title
('Major flaws in "Identification of individuals by trait prediction using whole-genome"'), kept as
written with its curly quotes.  Not entries: the R.E.H.A.B. link in the prose (line 10), the
'**No meetings ...**' and '**Cancelled ...**' notes (lines 29, 53), the headings and the '&' lines.
IDs: DOIs come from publisher URLs that contain them (PLOS 'article?id=10.1371/...', Wiley
'doi/abs/10.1111/...', Genome Biology 'articles/10.1186/...'); bioRxiv 'content/early/...' URLs,
Nature, PNAS, ScienceDirect pii, PMC and PDF links carry no DOI.  No arXiv ids.
Count check: 19 lines start with '[' after line 10, and 19 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild24 import entry, read_lines, write_truth

NAME = "KevinABird__KevinABird.github.io__Reviews@2fbb64c.md"
PART = "wild24_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    starts = 0
    for i, text in enumerate(lines, 1):
        if i <= 10 or not text.startswith("["):
            continue
        starts += 1
        m = re.match(r"\[[^\]]+\]\([^)\s]+\)\s*(.+?)\s*$", text)
        assert m, i
        title = m.group(1).replace("\u200b", "")
        papers.append(entry(lines, i, i, title))
    assert starts == 19, starts
    assert len(papers) == 19, len(papers)
    assert lines[22] == "&" and lines[80] == "&"
    write_truth(NAME, PART, papers,
                "every '[Authors](url) Title' line under the date headings is one paper (two on lines 21/25 and"
                " 79/83, joined by '&'); title = the plain text after the author link (zero-width spaces on line"
                " 65 dropped); the prose link and the no-meeting notes are not entries",
                "all 19 entries read by eye against the file: titles, the two '&' days, the truncated quoted"
                " title on line 83, the zero-width spaces on line 65; DOIs from PLOS, Wiley and Genome Biology"
                " URLs checked, bioRxiv/Nature/PNAS/PMC links confirmed to give none")


if __name__ == "__main__":
    main()
