"""Wild43 truth for rivten/rivten.github.io content/posts/2018-08-03-graphics-article-list.md: a blog post
("Compilation of 100+ 3D graphics academic papers") listing the papers read in a computer-graphics course,
grouped by sub-topic (ambient occlusion, computational geometry, global illumination, shadows, surface
deformation, parametrization, reconstruction, volume rendering, ...).

Shape: Jekyll front matter (1-7), three prose paragraphs (9-13, one link to Twitter), then one ``## Topic``
heading per sub-topic, each followed by a pipe table without outer pipes ``Title | Authors | Link`` /
``---|---|----`` and one row per item: ``Plain Title | Authors | [Link](url)``.  The title cell is plain text
(no link, no markup); the only link is the ``[Link]`` in the third cell (PDF on a lab page, CiteSeerX, ACM DL
``citation.cfm?id=``, HAL, arXiv 19, Google Drive 71, an ``ftp://`` URL 191).  Row 75 has no space before
the link cell (``Jensen |[Link]``).  Titles are sometimes misspelt or re-punctuated by the author (``Edgebreaker
: Connectivity ...``, ``... Linearly Transformed Consines``, ``Adaptative ...``) and are kept as written.

Decisions:
- Entries: every table row with a ``[Link]`` cell (131), one line each.  All are written works with authors;
  kept with them are the thesis rows (Veach's PhD thesis 69, Herholz's Diplomarbeit 141), survey/STAR rows
  (72, 74, 179, 223), and rows that are SIGGRAPH course notes or a GPU Gems chapter (26 Bunnell, 29 Landis,
  75 Jensen, 165 Kavan, 181 Hormann et al., 221 Fong et al., 231 Sloan "Stupid Spherical Harmonics Tricks",
  236 Green), which the list itself presents as papers and which are written, authored documents (not
  courses or talks as events).  Header and separator rows, headings and prose are not entries.
- Title: the first cell, whitespace trimmed, as written (spaces before colons kept).
- Ids: the arXiv PDF link of 19 (1511.05823); no DOI is written anywhere (the CiteSeerX ``doi=10.1.1.*``
  query values are CiteSeerX document ids, not DOIs: the helper's DOI rule is applied as is and the script
  asserts it finds none).
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild43 import entry, read_lines, write_truth

NAME = "rivten__rivten.github.io__content__posts__2018-08-03-graphics-article-list@f3d4b6d.md"
PART = "wild43_development"

ROW = re.compile(r"^(?P<title>[^|]+?)\s*\|\s*(?P<authors>[^|]+?)\s*\|\s*\[Link\]\((?P<url>[^)]*)\)\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if "|" not in ln:
            continue
        if ln in ("Title | Authors | Link", "---|---|----"):
            assert lines[n - 2].strip() == "" or lines[n - 2] == "Title | Authors | Link", (n, ln)
            continue
        m = ROW.match(ln)
        assert m, (n, ln)
        papers.append(entry(lines, n, n, m.group("title").strip()))
    assert len(papers) == 131, len(papers)
    assert sum(1 for p in papers if p["arxiv"]) == 1
    assert not any(p["doi"] for p in papers), [p for p in papers if p["doi"]]
    write_truth(
        NAME,
        PART,
        papers,
        "Each row 'Title | Authors | [Link](url)' of the 19 per-topic pipe tables is an entry on its line (131);"
        " title = the plain first cell as written; course-notes, thesis and GPU Gems rows kept as written works;"
        " header/separator rows, headings, front matter and prose are not entries.",
        "Whole file read (239 lines): every table's first and last row compared with the -v output (19, 25/31,"
        " 37/44, 50/52, 58/83, 89/95, 101/107, 113/116, 122/127, 133/134, 140/147, 153/173, 179/183, 189/196, 202,"
        " 208/209, 215, 221/223, 229/239); the row without a space before the link cell (75); titles with"
        " ' : ' kept as written (37, 40, 43, 51, 63, 67, 92, 143); accented titles/authors (52, 90, 144, 164);"
        " the single arXiv id (19) and no DOI (CiteSeerX doi= query ids not taken, asserted); count 131 asserted.",
    )


if __name__ == "__main__":
    main()
