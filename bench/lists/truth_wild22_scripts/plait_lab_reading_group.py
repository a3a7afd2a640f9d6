"""Wild22 truth for plait-lab/plait-lab.github.io reading-group.md: a PL/HCI lab's weekly reading-group log.

Commit: 3c3e5c7 (July 2021), the last version of reading-group.md; the site was rewritten in Next.js
in 2023 and the path no longer exists at the snapshot's HEAD (the table moved to an .mdx page).

Shape (76 lines): Jekyll front matter, a short intro, then three term sections ('### Summer 2021',
'### Spring 2021', '### Fall 2020'), each a pipe table without outer pipes:
'Date | Leader | Reading/Activity | Extra Links'.  A reading is a Markdown link '[Title](url)' in
the third cell, sometimes after an italic tag ('*PLP:*' prelim reading, '*E:*' education reading),
which is not part of the title.  Rows without a link are activities (TBD, planning, WIP talks,
holidays) and not entries.
Entries: every linked paper in the Reading/Activity cell, and every linked paper in the Extra Links
cell.  Special rows:
  * line 37: '(1) [A] + (2) [B]' in the reading cell and a third paper [C] in Extra Links: three
    entries on one line; each takes the DOI/arXiv id of its own link only (the line-level id would
    give all three the ACM DOI of (2)).
  * line 57: the reading cell links WIP slides (Google Docs: not an entry); the Extra Links paper
    'How to break an API' is the entry.  Line 58: a WIP talk without a link; Extra Links paper
    'Software engineering for machine learning' is the entry.
  * line 69: the reading plus '[Michael's dissertation](...pdf)' in Extra Links: a thesis, counted
    as an entry with title null (the link text is a description, not its title).
  * lines 55 and 56: Extra Links 'Video presentation' and 'Project page' are not papers.
  * Titles are the link text as the file writes it.  The lab often shortens a title to the part
    before its colon ('The Data Calculator', 'Can advanced type systems be usable?',
    'Formalizing visualization design knowledge as constraints'): kept as written.  Where the link
    text is only a system's one-word name (lines 32 'ChocoPy', 36 'Mirrors', 46 'Pin',
    48 'REPLica', 71 'egg') it names no title (a nickname): title null, ids kept.
Count check: 27 reading-cell links (two on line 37), 26 after dropping line 57's WIP slides, + 4
paper links in Extra Links (37, 57, 58, and 69 the dissertation; not 55, 56) = 30 entries
(Summer 11, Spring 11, Fall 8) from 40 table rows (14 + 15 + 11); 6 titles null.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild22 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "plait-lab__plait-lab.github.io__reading-group@3c3e5c7.md"
PART = "wild22_development"
LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
NICKNAMES = {"ChocoPy", "Mirrors", "Pin", "REPLica", "egg"}
NOT_PAPER_EXTRA = {"Video presentation", "Project page"}
WIP_SLIDES = 57  # the reading cell's link is a slide deck of a work-in-progress talk
THESIS = "Michael's dissertation"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    rows = 0
    for i, text in enumerate(lines, 1):
        if not re.match(r"(?:[A-Z][a-z]{2}\.?|May) \d+ \|", text):
            continue
        rows += 1
        cells = [c.strip() for c in text.split("|")]
        reading, extra = cells[2], (cells[3] if len(cells) > 3 else "")
        found = []
        if i != WIP_SLIDES:
            found += LINK.findall(reading)
        found += [(t, u) for t, u in LINK.findall(extra) if t not in NOT_PAPER_EXTRA]
        for title, url in found:
            p = entry(lines, i, i, None if title in NICKNAMES or title == THESIS else title)
            p["arxiv"], p["doi"] = arxiv_of(url), doi_of(url)
            papers.append(p)
    assert rows == 40, rows
    assert len(papers) == 30, len(papers)
    assert sum(1 for p in papers if p["line"] == 37) == 3
    assert sum(1 for p in papers if p["title"] is None) == 6
    write_truth(NAME, PART, papers,
                "every Markdown link to a paper in a table row's Reading/Activity or Extra Links cell is one"
                " entry (line 37 holds three, line 69 two: a paper and a dissertation); title = the link text,"
                " null for the dissertation and for one-word system names (ChocoPy, Mirrors, Pin, REPLica, egg);"
                " each entry's ids come from its own link; WIP slides, videos, project pages and activity rows"
                " are not entries",
                "every one of the 40 table rows read by eye and all 30 entries checked against their lines:"
                " titles, the ACM/doi.org/Taylor & Francis DOIs (incl. the doubled 'doi/doi/' path on line 48"
                " and 'doi/abs/', 'doi/pdf/'), the one arXiv id (line 59), and the per-link ids of line 37")


if __name__ == "__main__":
    main()
