"""Wild14 truth for DmitryRyumin/CVPR-2023-24-Papers sections/2023/main/vision-and-graphics.md: one CVPR 2023 section page.

Shape: an HTML '<table>' of app/collection badges, a '<div>' of prev/home/next arrow images, the
'## Vision and Graphics' heading, a line of four shields.io count badges ('Section Papers-32',
'Preprint Papers-28', ...), then one Markdown table '| **Title** | **Repo** | **Paper** | **Video** |'.
Each row's first cell is the plain title, sometimes with '<i>..</i>' inside words ('<i>RaBit</i>:
Pa<i>ra</i>metric ...') and sometimes followed by '<br /> ![CVPR - Highlight](badge)'; the Repo cell
holds 'WEB Page'/'GitHub Page' badges and a GitHub stars badge ('img.shields.io/github/stars/...'),
the Paper cell a 'thecvf' pdf badge and usually an arXiv badge ('[![arXiv](.../badge/arXiv-2304.10080-...)](http://arxiv.org/abs/2304.10080)'),
the Video cell a YouTube badge or ':heavy_minus_sign:'.

Entry: every table row (lines 40-71); title = the first cell with the HTML tags removed (the '<i>'
pieces joined into their words) and the Highlight badge after '<br />' dropped.

Ids: the arXiv id of the arXiv badge's link (the badge image names the same id); the CVF open
access pdf gives none.

Count check: 32 rows, equal to the page's own 'Section Papers-32' badge; 28 rows carry an arXiv
badge, equal to its 'Preprint Papers-28' badge.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild14 import entry, read_lines, write_truth

NAME = "DmitryRyumin__CVPR-2023-24-Papers__sections__2023__main__vision-and-graphics@9f22d83.md"
PART = "wild14_development"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    header = next(i for i, t in enumerate(LINES, 1) if t.startswith("| **Title** |"))
    assert LINES[header].startswith("|---")
    with_arxiv = 0
    for i in range(header + 2, len(LINES) + 1):
        text = LINES[i - 1]
        if not text.startswith("| "):
            break
        cells = text.split(" | ")
        first = cells[0][2:]
        first = re.sub(r"\s*<br />\s*!\[CVPR - Highlight\]\([^)]*\)\s*$", "", first)
        title = re.sub(r"</?i>", "", first).strip()
        assert "<" not in title and "[" not in title, (i, title)
        if "arxiv.org/abs/" in text:
            with_arxiv += 1
        papers.append(entry(LINES, i, i, title))
    assert len(papers) == 32 and papers[0]["line"] == 40 and papers[-1]["line"] == 71
    assert "Section%20Papers-32" in "\n".join(LINES) and "Preprint%20Papers-28" in "\n".join(LINES)
    assert with_arxiv == 28
    write_truth(NAME, PART, papers,
                "every row of the section's paper table is an entry, title = the first cell without its <i> tags"
                " and without the 'CVPR - Highlight' badge after <br />",
                "32 rows (lines 40-71) against the page's 'Section Papers-32' badge and 28 arXiv badges against"
                " 'Preprint Papers-28'; all 32 titles by eye, the RaBit <i>-split title and the four Highlight rows"
                " in particular")


if __name__ == "__main__":
    main()
