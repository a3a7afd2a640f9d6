"""Wild29 truth for TELOS-syslab/PaperList_ZYQ PaperLists.md: a personal serverless-systems paper
list (Chinese first heading), one Markdown table per topic.

Shape: `| Cite | Nickname | Paper | General Idea |` tables; a row is one paper: venue+year in Cite
(`OSDI 23'`), a system nickname, `[Title](url)` in Paper, a free-text idea.  Special cases: line 10 has
an empty URL `[...]()`; line 61 has an empty Cite cell; line 68 (Wukong) has no Paper cell at all, only
the nickname and a description, so it is an entry with no title (null); lines 47, 62, 70 are empty
placeholder rows `|  |  |  |  |` (not entries); Faasm appears twice (lines 14, 46), two entries; line 4 is
a technical report (Berkeley View), counted; line 61's ACM URL carries a long query (dropped from the DOI).
Title = the Paper cell's link text (a final '.' on line 69 dropped).  37 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild29 import entry, read_lines, write_truth

NAME = "TELOS-syslab__PaperList_ZYQ__PaperLists@1ca0f42.md"
PART = "wild29_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if not ln.startswith("|"):
            continue
        cells = [c.strip() for c in ln.strip().strip("|").split("|")]
        if cells[0] == "Cite" or set("".join(cells)) <= set(":- "):
            continue  # header, separator or empty placeholder row
        m = re.match(r"\[(.+?)\]\(", cells[2])
        if m:
            papers.append(entry(lines, i, i, m.group(1)))
        else:
            assert i == 68 and cells[1] == "Wukong", (i, ln)
            papers.append(entry(lines, i, i, None))
    assert len(papers) == 37, len(papers)
    write_truth(NAME, PART, papers,
                "Each non-empty table row is one paper; title is the link text of the Paper cell; the Wukong row "
                "(line 68) has no Paper cell and gets a null title; empty placeholder rows are skipped.",
                "Every row checked by eye (37 entries), including the empty-URL link on line 10, the Wukong row, "
                "the duplicated Faasm rows and the three empty rows.")


if __name__ == "__main__":
    main()
