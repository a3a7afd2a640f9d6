"""Wild6 truth for DmitryRyumin/WACV-2024-Papers sections/2024/main/biomedical_healthcare_medicine.md: a conference-accepted-paper dump.

Shape: an HTML '<table>' holding an app badge, a '<div>' of prev/home/next arrow images, a
'## Biomedical / Healthcare / Medicine' heading, a line of shields.io count badges ('Section
Papers-46', 'Preprint Papers-31', ...), then one Markdown table '| **Title** | **Repo** | **Paper** |
**Video** |' with one row per accepted WACV 2024 paper: the Title cell is '[Title](CVF open-access
html page)', the Repo cell GitHub/web badges or ':heavy_minus_sign:', the Paper cell a 'pdf-thecvf'
badge linking the CVF pdf and, for preprints, an arXiv badge linking 'http://arxiv.org/abs/ID', the
Video cell a YouTube badge or ':heavy_minus_sign:'.

Entry: every table row starting '| [' (one line each).  Title: the Title cell's link text.  arXiv id:
the row's arxiv.org/abs link.  No DOIs (CVF URLs hold none).

Counts: 46 rows = the 'Section Papers-46' badge; 31 rows with an arXiv id = the 'Preprint
Papers-31' badge; rows counted with grep -c '^| \\['.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild6 import entry, read_lines, write_truth

NAME = "DmitryRyumin__WACV-2024-Papers__sections__2024__main__biomedical_healthcare_medicine@1e91054.md"
PART = "wild6_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        if not text.startswith("| ["):
            continue
        m = re.match(r"\| \[([^\]]+)\]\((https://openaccess\.thecvf\.com/content/WACV2024/html/[^)]+)\) \|", text)
        assert m, i
        assert text.count(" | ") >= 3, i
        papers.append(entry(lines, i, i, m.group(1)))
    assert len(papers) == 46
    assert "Section%20Papers-46" in lines[27] and "Preprint%20Papers-31" in lines[27]
    assert sum(1 for p in papers if p["arxiv"]) == 31
    write_truth(NAME, PART, papers,
                "every '| [Title](CVF html) | Repo | Paper | Video |' table row is an entry (one line); title = the"
                " Title cell's link text; arXiv id from the Paper cell's arxiv.org/abs link",
                "46 rows against the 'Section Papers-46' badge and grep; 31 arXiv ids against the 'Preprint Papers-31'"
                " badge; all titles read against the rows")


if __name__ == "__main__":
    main()
