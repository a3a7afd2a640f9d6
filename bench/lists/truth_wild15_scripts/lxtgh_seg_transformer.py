"""Wild15 truth for lxtGH/Awesome-Segmentation-With-Transformer README: companion repository of the
survey 'Transformer-Based Visual Segmentation: A Survey' (T-PAMI 2024); one Markdown table per
(sub)section.

Shape: after an HTML title block (the survey's own title, its authors and badge links), news,
highlights and a contents list, 19 tables under '###'/'####' headings, each with the header
'| Year | Venue | Acronym | Paper Title | Code/Project |'.  Every data row is one paper: its fourth
cell is '[Title](url)' (mostly arXiv, a few CVF/ECVA/BMVC/IEEE Xplore pages, and two rows whose
title links the code repository: SegNeXt line 138, SparK line 151), the third cell a short name
('N/A' twice).  Entry = the row (one line); title = the link text of the title cell.

Decisions: every data row is an entry, including the rows linking GitHub for the title (their
subject is still the paper, with venue and year) and the benchmark paper UVO.  The survey in the
page's title block and its cite-us BibTeX are boilerplate, not entries; the news lines, contacts
and the three related-repository lines at the end are not entries.  Papers listed in two tables
(K-Net, MaX-DeepLab, Video K-Net) are separate entries.

Counts: 184 rows starting '| yyyy |' (grep -cE), = 203 table lines off the separators less 19
header rows; per table (awk over the headings) 6+10+11+8+18+10+5+9+10+9+8+7+7+15+9+12+15+10+5.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild15 import entry, read_lines, write_truth

NAME = "lxtGH__Awesome-Segmentation-With-Transformer__README@9c7a488.md"
LINES = read_lines(NAME)
ROW = re.compile(r"\|\s*(\d{4})\s*\|([^|]*)\|([^|]*)\|\s*\[(.+?)\]\((\S+?)\)\s*\|([^|]*)\|?\s*$")
PER_TABLE = [6, 10, 11, 8, 18, 10, 5, 9, 10, 9, 8, 7, 7, 15, 9, 12, 15, 10, 5]


def main() -> None:
    papers = []
    counts: list[int] = []
    for i, text in enumerate(LINES, 1):
        if text.startswith("| Year"):
            counts.append(0)
            continue
        if not re.match(r"\|\s*\d{4}\s*\|", text):
            assert not (text.startswith("|") and "[" in text and counts and i < 396), (i, text)
            continue
        m = ROW.match(text)
        assert m, (i, text)
        papers.append(entry(LINES, i, i, m.group(4)))
        counts[-1] += 1
    assert counts == PER_TABLE, counts
    assert len(papers) == 184
    write_truth(NAME, "wild15_development", papers,
                "every data row '| Year | Venue | Acronym | [Title](url) | Code |' of the 19 tables is an entry"
                " (rows whose title links GitHub included); title = the link text of the Paper Title cell;"
                " the survey's own title block, its BibTeX and the related-repository lines are not entries",
                "all 184 rows listed with their title cells and compared with the file by eye (every row has"
                " a linked title, 7 cells); per-table counts by awk and the total by grep; the two GitHub-linked"
                " titles, the 'N/A' acronyms, non-arXiv links (BMVC, IEEE Xplore, ECVA, CVF: no id), and"
                " 'http://arxiv.org' and '/pdf/' arXiv forms")


if __name__ == "__main__":
    main()
