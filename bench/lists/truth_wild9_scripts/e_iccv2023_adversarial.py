"""Wild9 truth for DmitryRyumin/ICCV-2023-Papers sections/2023/main/adversarial-attack-and-defense.md.

Shape: an HTML header (a <table> with one 'Application' badge row, lines 3-12; a <div> of three
navigation arrows, lines 14-24), the '## Adversarial Attack and Defense' heading, a line of count
badges ('Section Papers-53', 'Preprint Papers-41', ...), then one Markdown table
'| **Title** | **Repo** | **Paper** | **Video** |' (lines 30-84).  Each body row is one ICCV 2023
paper: the Title cell is plain text (once with HTML: 'LEA<sup>2</sup>: ...'), the Repo cell holds
WEB Page / GitHub badges or ':heavy_minus_sign:', the Paper cell a 'pdf-thecvf' badge linking the
CVF open-access PDF and, for preprints, '<br /> [![arXiv](badge)](https://arxiv.org/abs/...)', the
Video cell a YouTube badge or ':heavy_minus_sign:'.
Entry = one body row (one line); title = the Title cell (the helper removes '<sup>' markup, giving
'LEA2: ...').  Nothing outside the table is an entry (header table, navigation, count badges).

Counts: 53 body rows (54 lines starting '| ' minus the header row), matching the file's own
'Section Papers-53' badge; rows with an arxiv.org/abs link: 41, matching 'Preprint Papers-41'.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild9 import entry, read_lines, write_truth

NAME = "DmitryRyumin__ICCV-2023-Papers__sections__2023__main__adversarial-attack-and-defense@4160ba2.md"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    for i, text in enumerate(LINES, 1):
        if not text.startswith("| ") or text.startswith("| **Title** |"):
            continue
        cells = text.split(" | ")
        assert len(cells) == 4, i
        title = cells[0][2:].strip()
        assert title and "](" not in title, i
        assert "openaccess.thecvf.com" in cells[2], i
        papers.append(entry(LINES, i, i, title))
    assert len(papers) == 53
    assert sum(1 for p in papers if p["arxiv"]) == 41
    write_truth(NAME, "wild9_development", papers,
                "every body row of the one '| **Title** | **Repo** | **Paper** | **Video** |' table is an entry, title ="
                " the plain Title cell; the HTML header table, navigation div and count badges are not entries",
                "53 rows = the file's 'Section Papers-53' badge, 41 arXiv ids = 'Preprint Papers-41'; 4 cells in every row,"
                " a CVF link in every Paper cell; header lines 1-31 read; the <sup> title and ~15 rows compared by eye")


if __name__ == "__main__":
    main()
