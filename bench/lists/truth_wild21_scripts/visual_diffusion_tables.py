"""Wild21 truth for Xiefan-Guo/Awesome-Visual-Diffusion-Models README: a student's small awesome
list (2022) on diffusion models, four Markdown tables (Landmark Papers; Papers > Conference
Papers, Journal Papers, Preprints) then one-bullet 'Tutorials' and 'Blogs' sections.

Shape: `| Proceeding | Title | Assets |` rows; the Title cell holds the bold title (`**...**` or
`__...__`), then `<br>` and the italic author list; the Assets cell holds `[Paper](url)` and code
or project links separated by `<br>`/`<br/>`, and is empty in two rows.  Cell padding varies
(rows pasted from two sources).

Entries: every table row below a header separator (one line each).  Title = the bold text before
the first `<br>` of the second cell.  Not entries: the header rows, the CVPR 2022 tutorial and
Lilian Weng's blog post bullets.  The same paper twice (Learning Fast Samplers ..., ICLR 2022,
lines 60 and 65) stays two entries.  Ids come from the row's
own links; one row links export.arXiv's load-balancer host (arxiv-export-lb.library.cornell.edu/abs/2111.11755),
read as an arXiv abs URL (id set by the script, the shared helper knows only arxiv.org hosts); one
row links only a project page.

Count check: 110 table rows containing `<br` (grep), by table 3 + 53 + 2 + 52.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild21 import entry, read_lines, write_truth

NAME = "Xiefan-Guo__Awesome-Visual-Diffusion-Models__README@3fd969e.md"
PART = "wild21_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per_table = []
    in_table = False
    for i, text in enumerate(lines, 1):
        if not text.startswith("|"):
            in_table = False
            continue
        if re.match(r"\|\s*:?-+", text):
            in_table = True
            per_table.append(0)
            continue
        if not in_table:
            continue  # header row
        body = text.strip()
        cells = body[1:-1].split("|") if body.endswith("|") else body[1:].split("|")
        assert len(cells) == 3, (i, cells)
        m = re.match(r"\s*(\*\*|__)(.+?)\1\s*<br", cells[1])
        assert m, (i, cells[1])
        e = entry(lines, i, i, m.group(2))
        mirror = re.search(r"arxiv-export-lb\.library\.cornell\.edu/abs/(\d{4}\.\d{4,5})", text)
        if mirror and not e["arxiv"]:
            e["arxiv"] = mirror.group(1)  # export.arXiv's load-balancer host: an arXiv abs URL
        papers.append(e)
        per_table[-1] += 1
    assert per_table == [3, 53, 2, 52], per_table
    write_truth(NAME, PART, papers,
                "every row of the four tables (Proceeding | Title | Assets) is an entry; title = the bold text"
                " before '<br>' in the Title cell (authors after it dropped); tutorial and blog bullets are not entries",
                "110 rows counted per table (3, 53, 2, 52) and by grep '<br'; first and last rows of each table, the"
                " two rows with empty Assets, the duplicated ICLR row, the arXiv-mirror link and the project-page-only"
                " row checked by eye; titles with '!' and '?' kept whole")


if __name__ == "__main__":
    main()
