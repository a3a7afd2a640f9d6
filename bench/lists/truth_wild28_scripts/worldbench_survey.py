"""Wild28 truth for worldbench/survey README.md: 'Awesome 3D and 4D World Models', the companion
list of a survey, written as badge-heavy Markdown tables.

Shape: a header of badges and HTML-image tables (lines 1-19), the survey's own BibTeX (lines
27-34, boilerplate, not an entry), a table of contents, a 'Background' section of image/text
tables (71-98), then numbered '#' sections with '###' sub-sections, each holding one table
'| Model | Paper | Venue | Website | GitHub |' (the Datasets table, 131-157, has no GitHub
column) whose first body line is a lone '||'.  Each row: '| `Nickname` | [![arXiv](shields
badge)](paper link)<br>Title | Venue | website badge or - | GitHub stars badge or - |'.
Entry = one row starting '| `' (236 rows, one line each); title = the text after the '<br>' of
the Paper cell (the nickname in the first cell is not part of it).  Special rows: lines 134-135
(KITTI, NYUv2) have no badge and no '<br>': the whole Paper cell is the title.
Ids: the badge image URL's text ('arXiv-2311.16813') is a label, not an id; the id is the one the
link gives.  Many badges carry a copied placeholder number that disagrees with the link (e.g.
Datasets rows 139-157 all say 1904.01416; 468 says 2311.16813 and links 2403.06845); rows 479,
481-483 link '()' and give no id; rows 491 and 493 link a doi.org DOI; 353 and 513 link CVF
PDFs; 420 and 450 (OpenDWM) link a GitHub repository.
Decisions: the Datasets rows name the dataset's paper and are entries; OpenDWM (420, 450) is
written as a paper (title, 'arXiv 2025' venue) though its link is a code repository, and is kept
as an entry.  Repeated rows (the same paper in several tables, e.g. InfiniCube 247/286/375) are
separate entries.  Not entries: the Benchmarks row of logos and repository links (110), the
Workshops table (115-124), the badges and BibTeX of the header, the empty Tutorials and Talks
sections.  Count check: grep -c '^| `' = 236 = 24 Datasets rows (134-157) + 212 rows of the 15 other tables.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild28 import entry, read_lines, write_truth

NAME = "worldbench__survey__README@1a46a96.md"
PART = "wild28_development"
PLAIN = {134, 135}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        if not text.startswith("| `"):
            continue
        cells = text.split("|")
        assert len(cells) in (6, 7), i
        paper = cells[2].strip()
        if i in PLAIN:
            assert "<br>" not in paper and "[" not in paper, i
            title = paper
        else:
            badge, title = paper.split("<br>")
            assert re.fullmatch(r"\[!\[[^\]]*\]\([^)]*\)\]\([^)]*\)", badge), i
        papers.append(entry(lines, i, i, title))
    assert len(papers) == 236, len(papers)
    assert sum(1 for p in papers if p["line"] < 160) == 24
    write_truth(NAME, PART, papers,
                "every table row '| `Nickname` | [![arXiv](badge)](link)<br>Title | Venue | ... |' is an entry (236,"
                " repeats kept), title = the Paper cell's text after '<br>' (the whole cell for the two rows without"
                " a badge); ids come from the links, never from the badge labels; workshop, benchmark-logo and"
                " header tables and the survey's own BibTeX are not entries",
                "every row's cell shape asserted; titles of all 236 rows listed and read against the file; first and"
                " last row of each of the 16 tables; the placeholder-badge rows (139-157, 468, 479-493, 510-513),"
                " the empty-link rows, the DOI, CVF and GitHub-link rows (353, 420, 450, 491, 493, 513) checked by eye")


if __name__ == "__main__":
    main()
