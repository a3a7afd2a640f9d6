"""Wild17 truth for jingwei87/reading README.md: a university reading group's log of presented papers.

Shape: after an intro (paper selection rules, discussion format), a '## Schedule' with one bold
semester label per term ('**Spring 2023**' ... '**Spring 2019**', 9 terms), each followed by a
meeting-time bullet and a pipe table 'Date | Presenter | Venue | Paper Title | [Note |] Slides'.
An entry is a data row of these tables (a row whose first cell is a 'YYYY.M.D' date; one row,
'|2021.06.18 ...', has no space after its first pipe).  Title = the link text of the Paper Title
cell (4th cell).  Every row presents one paper (conference papers, an ePrint report, one paper
linked to a local PDF), so every row is an entry; the same paper presented twice (SAILFISH,
HotRing) gives two entries.  Not entries: the Note/Slides links, the intro bullets naming venues,
header and separator rows.  Count check: 109 rows counted with grep '^| *20' and per term
(8, 7, 19, 9, 13, 10, 16, 10, 17 in file order, counted with awk per bold term label and summed: 109).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild17 import entry, read_lines, write_truth

NAME = "jingwei87__reading__README@54595c1.md"
LINES = read_lines(NAME)
ROW = re.compile(r"^\|\s*\d{4}\.\d{1,2}\.\d{1,2}\s*\|")
LINK = re.compile(r"^\s*\[(.+?)\]\(([^)]*)\)\s*$")


def main() -> None:
    papers = []
    per_term: list[int] = []
    for i, text in enumerate(LINES, 1):
        if text.startswith("**") and re.match(r"^\*\*(Spring|Fall) \d{4}\*\*", text):
            per_term.append(0)
            continue
        if not ROW.match(text):
            continue
        cells = text.split("|")
        m = LINK.match(cells[4])
        assert m, (i, cells[4])
        papers.append(entry(LINES, i, i, m.group(1)))
        per_term[-1] += 1
    assert len(papers) == 109, len(papers)
    assert per_term == [8, 7, 19, 9, 13, 10, 16, 10, 17], per_term
    write_truth(NAME, "wild17_development", papers,
                "every data row (first cell a YYYY.M.D date) of the per-semester schedule tables is an entry,"
                " title = the link text of its Paper Title cell; Note/Slides links, headers and intro bullets are not",
                "all 109 rows (grep '^| *20'), per-term counts, every title printed with -v against the file,"
                " the row without a space after its first pipe (line 114), the two repeated papers kept twice,"
                " the arXiv links (lines 31, 36) and ACM DOI links")


if __name__ == "__main__":
    main()
