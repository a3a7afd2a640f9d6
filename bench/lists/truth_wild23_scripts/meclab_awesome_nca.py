"""Wild23 truth for MECLabTUDA/awesome-nca README.md: an awesome list of Neural Cellular Automata papers.

Shape: two parts list the same papers twice.  (1) Under 'Research > Open Access', two '####'
sub-headings ('On 2D/3D Image Grids', lines 40-75; 'Graph NCA', lines 81-84) hold one bullet per
paper: '* [Title](url), Firstauthor et al. YEAR'; title = the link text.  (2) The 'Overview' table
(header line 94, rows 96-126) has one row per paper whose paper cell is only '[Paper](url)' next to
year, task, dataset, code and model cells: each row is a record whose subject is one paper, so an
entry with title null (it names no title); repeated records of the same paper are separate entries.
Special cases: row 101's dataset cell links an arXiv PDF of the dataset's own paper
('[Dataset](https://arxiv.org/pdf/1311.3618)') while its paper link is distill.pub; that id is not
the row's paper, so the entry's arxiv is set to null by hand.  Row 115's code cell is a broken
'arxiv.org/pdf/github.com/...' URL (no id).  Bullet 74 uses 'www.arxiv.org'.
Not entries: the 'Code' section (lines 132-138: repositories, even when they link the paper they
reproduce), tutorials, videos, a blog post, the table of contents, badges, contributing/license.
Count check: 40 '* [' bullets before line 90 + 31 table rows starting '| [Paper]' = 71 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild23 import entry, read_lines, write_truth

NAME = "MECLabTUDA__awesome-nca__README@d715bec.md"
PART = "wild23_development"
DATASET_ARXIV_ROW = 101


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    bullets = rows = 0
    for i, text in enumerate(lines, 1):
        if 36 <= i <= 88 and text.startswith("* ["):
            m = re.match(r"\* \[(.+?)\]\(", text)
            assert m, i
            papers.append(entry(lines, i, i, m.group(1)))
            bullets += 1
        elif 94 < i < 128 and text.startswith("| [Paper]("):
            e = entry(lines, i, i, None)
            if i == DATASET_ARXIV_ROW:
                assert e["arxiv"] == "1311.3618", e
                e["arxiv"] = None
            papers.append(e)
            rows += 1
    assert bullets == 40, bullets
    assert rows == 31, rows
    assert len(papers) == 71, len(papers)
    write_truth(NAME, PART, papers,
                "each '* [Title](url), Author et al. YEAR' bullet of the two research sub-sections is an entry"
                " (title = link text), and each row of the Overview table is an entry with title null (its paper"
                " cell is only '[Paper](url)'); code repositories, tutorials, videos and blog posts are not"
                " entries; row 101's dataset-paper arXiv id is not taken as the row's id",
                "all 40 bullets and 31 table rows read by eye against the output (titles, arXiv ids incl."
                " www.arxiv.org on line 74, Springer/ACM DOIs on lines 60-61 and 116, 118, IEEE/Nature/"
                "ScienceDirect/OpenReview/distill links without ids), the dataset arXiv link on row 101 and the"
                " broken code URL on row 115; the Code section's links to papers checked as not entries")


if __name__ == "__main__":
    main()
