"""Wild8 truth for XiayanZhou/Papers-on-Efficient-Diffusion-Models README: Markdown tables of badges,
'| [n] | [Title](paper url) | [![arXiv](shields badge)](url) | [![Star](stars badge)](github) |
[![Website](badge)](page) or - | **Venue Year** |'.

Shape: 22 tables (No. | Title | arXiv | Github | WebSite | Pub. or Date) under '#', '##' and '###'
headings for U-Net and Transformer methods; numbering restarts at [1] in each table; ten
tables are empty (header only).  One row (line 91) has only five cells ('-' for arXiv and
Github).  The contents block is a bullet list of anchors (not entries).

Entries: every table row starting '| [n] |' (181); each links a paper (arXiv for almost all,
OpenReview, ACM DL).  Title: the link text of the Title cell; the '[n]' number and the bold
venue are not part of it.

Count check: 225 lines start '|' = 22 tables x 2 header lines + 181 rows starting '| [', and every
one of those has a single '[Title](url)' second cell.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild8 import entry, read_lines, write_truth

NAME = "XiayanZhou__Papers-on-Efficient-Diffusion-Models__README@3eca952.md"
PART = "wild8_development"
ROW = re.compile(r"^\| \[\d+\] \| \[(.+?)\]\((https?://[^)\s]+)\) \|")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    tables = sum(1 for t in lines if t.startswith("| No. | Title |"))
    for i, text in enumerate(lines, 1):
        if not text.startswith("| ["):
            continue
        m = ROW.match(text)
        assert m, (i, text[:80])
        papers.append(entry(lines, i, i, m.group(1)))
    assert tables == 22, tables
    assert len(papers) == 181, len(papers)
    write_truth(NAME, PART, papers,
                "every '| [n] | [Title](url) | badges ... |' row of the 22 tables is an entry; title = the Title"
                " cell's link text (row number, badges and bold venue dropped)",
                "the row count (181 '| [' lines + 44 header lines = 225 '|' lines; 22 tables of which 10 empty), the five-cell row 91, every Title"
                " cell is a single link, the non-arXiv title links (OpenReview, ACM DL), 20 rows spread over"
                " the tables (title, arXiv id of the title link)")


if __name__ == "__main__":
    main()
