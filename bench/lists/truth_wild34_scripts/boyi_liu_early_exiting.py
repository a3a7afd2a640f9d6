"""Wild34 truth for boyi-liu/Awesome-Early-Exiting-Neural-Network README.md: a generated paper list on
early-exiting (multi-exit) neural networks.

Shape: 14 small tables (`| Title | Abbreviation | Venue | Year | Materials |`) under numbered `##`
and `###` headings, lines 30-131.  The Title cell is plain text (no link); the Materials cell holds
`[[PAGE](…)] [[PDF](…)] [[CODE](…)]` links.  Every data row is one entry, title = the Title cell
(the Abbreviation cell is not part of it, `N/A` there means none).
Not entries: the intro prose, including the inline mention of BranchyNet on line 5 (running prose),
the `+` category bullets (13-16), the image, the `40 papers are included` count line (133) and the
update stamp.  The same paper in several sections is a separate entry each time (MEEdge at 41, 59, 129;
BoostNet at 74, 122; EE-LLM at 81, 130), so 44 rows for the 40 papers the file counts.
Line 107 keeps the `ﬁ` ligature of "Efﬁcient" as written; line 128 has an empty Venue cell.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import entry, read_lines, write_truth

NAME = "boyi-liu__Awesome-Early-Exiting-Neural-Network__README@698b6da.md"
PART = "wild34_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, start=1):
        if not ln.startswith("| ") or ln.startswith("| Title |"):
            continue
        cells = [c.strip() for c in ln.strip().strip("|").split("|")]
        assert len(cells) == 5, (i, cells)
        papers.append(entry(lines, i, i, cells[0]))
    assert len(papers) == 44, len(papers)
    write_truth(NAME, PART, papers,
                "Each table data row is one paper, title = the plain-text Title cell; repeated rows in other sections are separate entries.",
                "Every one of the 44 rows checked by eye (titles, PAGE/PDF ids), the count line and prose mention of BranchyNet confirmed excluded.")


if __name__ == "__main__":
    main()
