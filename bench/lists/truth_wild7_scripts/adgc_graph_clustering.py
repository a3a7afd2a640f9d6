"""Wild7 truth for yueliu1999/Awesome-Deep-Graph-Clustering README.md: Year | Title | Venue | Paper | Code tables.

Shape: reference-style badge definitions, an intro paragraph (its '[Link]' to the maintainers'
survey is prose, not an entry), then an 'Important Survey Papers' table and 13 topic sections
('###'), each a Markdown table 'Year | Title | Venue | Paper | Code'.  One row per paper:
'| 2022 | **Title (ABBR)** | Venue | [Link](paper url) | [Link](code url) or - |' — the title is the
bold text of the Title cell, the paper is only linked by a 'Link' label in the Paper cell.  The
file then has 'Benchmark Datasets' (quick-start steps, a list of code functions, two dataset
tables 'Dataset | # Samples | ...' whose rows are datasets), a 'Citation' section with one fenced
block of 11 BibTeX records (the maintainers' cite-us boilerplate: their survey and their own
papers, most of which are also table rows) and 'Other Related Awesome Repository' links.

Entry: every table row whose first cell is a year (213; rows repeated in two sections, e.g. RGC
at lines 93 and 196, are separate entries).  Not entries: dataset rows, the intro's survey
link, the cite-us BibTeX block (the list's own boilerplate), the awesome-repository links.
Title: the bold text of the Title cell without the method abbreviation the list appends in
parentheses ('(FT-VGAE)', '(ARGA/ARVGA)', once with full-width '（DMGC）'); a parenthesis inside a
title ('Kolmogorov-Arnold Network (KAN) for Graphs', 'via O(n) Bipartite ...') stays.
Count checks: 213 lines match '^| *YYYY *|' (grep), 9 of them in the survey table; every row's
title cell is fully bold.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild7 import entry, read_lines, write_truth

NAME = "yueliu1999__Awesome-Deep-Graph-Clustering__README@c4d9c2a.md"
PART = "wild7_development"
LINES = read_lines(NAME)

ROW = re.compile(r"^\| *(\d{4}) *\| *\*\*(.+?)\*\* *\|")
ABBR = re.compile(r"\s*[(（][^()（）\s]+[)）]$")


def main() -> None:
    papers = []
    survey_end = LINES.index("## Papers")
    for i, text in enumerate(LINES, 1):
        if not re.match(r"^\| *\d{4} *\|", text):
            continue
        m = ROW.match(text)
        assert m, i
        title = ABBR.sub("", m.group(2).strip())
        papers.append(entry(LINES, i, i, title))
    assert len(papers) == 213, len(papers)
    assert sum(1 for p in papers if p["line"] < survey_end) == 9
    cite = LINES.index("## Citation")
    assert all(p["line"] < cite for p in papers)
    write_truth(NAME, PART, papers,
                "every table row whose first cell is a year is an entry, title = the bold Title cell without the"
                " method abbreviation appended in (half- or full-width) parentheses; dataset tables, the intro's"
                " survey link, the cite-us BibTeX block and the related-repository links are not entries",
                "213 year rows against grep (9 in the survey table), every trailing parenthesis group listed and"
                " seen to be a method abbreviation, titles with inner parentheses kept, first and last rows of"
                " each section and 25 sampled rows read by eye, arXiv and dl.acm.org DOI ids checked on samples")


if __name__ == "__main__":
    main()
