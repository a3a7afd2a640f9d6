"""Wild8 truth for gmberton/awesome-Visual-Place-Recognition README: Markdown tables '| [Title](url) | First Author | Venue | Github | Bibtex |' inside '<details open>' blocks.

Shape: a '## Surveys' table, then '## Papers' with ten '<details open><summary>Category</summary>'
blocks, each one table with the same five columns (title linked to arXiv, IEEE, CVF, ScienceDirect,
ResearchGate or a project page; first author; venue, sometimes empty; GitHub/website link;
link to a local BibTeX .txt); then '## Talks', bullets of YouTube talks and tutorials.

Entries: every table body row ('| [' rows; header and '|---|' rows excepted).  Dataset papers in
the 'VPR Datasets' table (KITTI, Oxford RobotCar, SYNTHIA...) are entries: each row names the
paper and its first author and venue.  Papers listed in two categories (e.g. CosPlace, GSV-Cities,
AdAGeo, Sattler 2018, the Barbarani re-ranking paper) are separate entries.  The Talks bullets are
not entries.  Title = the first cell's link text.

Checks: 105 rows start with '| [' (grep), per table: 7, 23, 19, 4, 5, 6, 17, 5, 12, 7; the only
other '|' lines are the 10 header and 10 separator rows.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild8 import entry, read_lines, write_truth

NAME = "gmberton__awesome-Visual-Place-Recognition__README@3e1738a.md"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    sizes = []
    for i, text in enumerate(lines, 1):
        if text.startswith("| Title |"):
            sizes.append(0)
            continue
        if not text.startswith("| ["):
            continue
        cells = text.split(" | ")
        title = re.fullmatch(r"\| \[(.+)\]\(\S+\)", cells[0]).group(1)
        papers.append(entry(lines, i, i, title))
        sizes[-1] += 1
    assert sizes == [7, 23, 19, 4, 5, 6, 17, 5, 12, 7], sizes
    assert len(papers) == 105
    write_truth(NAME, "wild8_development", papers,
                "every body row of the ten 'Title | First Author | Venue | Github | Bibtex' tables (surveys and"
                " paper categories, dataset papers included) is an entry; title = the first cell's link text; talks"
                " are not entries",
                "rows per table counted by grep (7/23/19/4/5/6/17/5/12/7 = 105); all rows of the Surveys, Datasets and"
                " Others tables and 20 more read against the output (titles, arXiv ids incl. http://arxiv.org, no id"
                " for IEEE/CVF/ResearchGate/ScienceDirect links); the six talk bullets left out")


if __name__ == "__main__":
    main()
