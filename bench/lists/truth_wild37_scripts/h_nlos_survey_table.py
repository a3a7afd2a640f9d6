"""Wild37 truth for ruixv/NLOS_Overview README.md: the companion page of a survey of non-line-of-sight (NLOS)
imaging (optics, computational imaging, radar and acoustics), updated by its authors in dated "update runs"; at
this commit the README keeps one big table of papers and sends readers to a homepage and a PDF for the rest.

Shape: a centred ``<div>`` header with badges (lines 1-25) holding a small "📄 Papers" table (lines 19-22):
"Original Survey (peer-reviewed, APSIPA TSIP 2022)" with DOI and arXiv badge links, "Updated Survey (2022-2026
extension, not peer-reviewed)" with a PDF badge, "Interactive Project Homepage"; an ASCII-art code block;
a table of contents; then "## Latest Additions" (line 65) with ONE pipe table ``| Year | Paper | Venue / Status |
Why it matters |`` (header line 69, rows 71-382): the Paper cell is ``[Title](url) — Authors`` (doi.org for most
rows, arXiv abs, CVF, Nature, NeurIPS, IEEE Xplore, a conference page, two project pages), in 20 rows (222-241)
with " - " instead of " — " before the authors, and in three rows (175-177) a bold unlinked title whose link sits
in the venue cell instead.  Line 315 is an HTML comment (``<!-- 2026-08-11-ris-vitalsign-category -->``) in the
middle of the table: a GFM table ends at the next block-level structure, so the 67 rows after it (316-382)
render as one paragraph of pipe-separated text, though they are written exactly like the rows above.  Then a
"Milestone Timeline" code block (390-635) naming papers by "Author et al.: nickname [venue]", a Taxonomy note,
the survey's own BibTeX (649-659) and a Contributing note.

Decisions:
- An entry is every paper row, lines 71-382 except the comment line 315 (311 rows), including the rows after
  the comment (same records, same authoring; the renderer's flattening does not change what they list).
  Title = the link text of the Paper cell, or the bold text in rows 175-177, as written (nicknames in the text,
  e.g. "(UNCOVER)" kept).  Authors after the dash, the venue and the "Why it matters" note (which mentions other
  methods by nickname) are not part of it.  Ids from the row (the Paper link, or the venue-cell DOI for 175-177).
- The two survey rows of the header table (21 "Original Survey" with DOI and arXiv badges, 22 "Updated Survey"
  PDF) are records of the survey itself in a paper table, not boilerplate BibTeX: entries with no title (the row
  names the survey only as "Original Survey"/"Updated Survey").  The homepage row (23) is not an entry.  Row 21's
  DOI is taken from its doi.org link (10.1561/116.00000019), not from the shields.io badge image URL before it,
  whose percent-encoded text would read "10.1561/116.00000019-blue".
- Not entries: the timeline lines inside the code block, the BibTeX citation of the survey, badges, TOC lines.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild37 import entry, read_lines, write_truth

NAME = "ruixv__NLOS_Overview__README@64abc3e.md"
PART = "wild37_development"

HEADER = 69
FIRST, LAST = 71, 382
COMMENT = 315
SURVEY_ROWS = (21, 22)
LINKED = re.compile(r"^\[(.+?)\]\((\S+)\) (?:—|-) \S")
BOLD = re.compile(r"^\*\*(.+)\*\*$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[HEADER - 1].startswith("| Year | Paper | Venue / Status |")
    assert lines[COMMENT - 1].startswith("<!--") and lines[LAST] == ""
    assert lines[SURVEY_ROWS[0] - 1].startswith("| **Original Survey**")
    assert lines[SURVEY_ROWS[1] - 1].startswith("| **Updated Survey**")
    papers = [entry(lines, n, n, None) for n in SURVEY_ROWS]
    # The first "DOI" in line 21 sits in a shields.io badge image URL (".../APSIPA_TSIP_2022-10.1561%2F116.00000019-blue"),
    # which is neither a doi.org link nor a publisher URL; the row's DOI is its doi.org link.
    assert papers[0]["doi"] == "10.1561/116.00000019-blue"
    papers[0]["doi"] = "10.1561/116.00000019"
    for n in range(FIRST, LAST + 1):
        if n == COMMENT:
            continue
        ln = lines[n - 1]
        assert ln.startswith("| ") and ln.endswith(" |"), n
        cell = ln.split(" | ")[1]
        m = LINKED.match(cell) or BOLD.match(cell)
        assert m, n
        papers.append(entry(lines, n, n, m.group(1)))
    assert len(papers) == 313, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each row of the Latest Additions paper table (lines 71-382, the HTML comment line 315 skipped; rows after"
        " it counted though GFM renders them as a paragraph) is an entry; title = the Paper cell's link text (or"
        " its bold text in three unlinked rows), authors after the dash dropped, ids from the row; the two survey"
        " rows of the header table are title-less entries; timeline code block, own BibTeX, badges not entries.",
        "Every table row checked by script to match '[Title](url) — Authors' / ' - Authors' or a bold title; read by"
        " eye against the -v output: the header table (19-23), first and last rows (71, 382), rows around the"
        " comment (313-317), the three bold rows (175-177, venue-cell DOIs), the ' - ' rows (222-241), the"
        " project-page and conference-page rows (76, 101, 170, 373), titles with a nickname in brackets or 'λ/2',"
        " and about 25 random rows; the timeline block and the BibTeX checked to hold no table rows.",
    )


if __name__ == "__main__":
    main()
