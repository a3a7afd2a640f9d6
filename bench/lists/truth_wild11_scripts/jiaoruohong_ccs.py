"""Wild11 truth for jiaoruohong/notebook Research/CCS.md: a personal ACM CCS reading list (2017-2019).

Shape: '## [24th CCS 2017: ...](github tree url)' year headings, '### [***Session X: ...***](url)'
session headings (one, 'Session 9A: User Study', unlinked), and under them unchecked task items
of two lines: '- [ ] **First Author**, Other Authors: </br>' (once all authors in bold) and an
indented (once not indented, line 34) bold title line '    **Title.**'.  No paper links, ids or
DOIs: the only URLs are the headings' links to the author's own GitHub folders.
Every task item is an entry (66: 16 in 2017, 16 in 2018, 34 in 2019, counted with awk per year
heading and by the 66 bold title lines); lines = the item line and its title line; title = the
bold text of the second line (its final '.' dropped).  Headings are not entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild11 import entry, read_lines, write_truth

NAME = "jiaoruohong__notebook__Research__CCS@f1051d8.md"
PART = "wild11_development"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    per_year: list[int] = []
    for i, text in enumerate(LINES, 1):
        if text.startswith("## "):
            per_year.append(0)
        if not text.startswith("- [ ] "):
            continue
        assert text.endswith((": </br>", ":** </br>")), i
        m = re.fullmatch(r"\s*\*\*(.+)\*\*", LINES[i])
        assert m, i
        papers.append(entry(LINES, i, i + 1, m.group(1)))
        per_year[-1] += 1
    assert per_year == [16, 16, 34], per_year
    assert len(papers) == 66
    write_truth(NAME, PART, papers,
                "every '- [ ] **First Author**, ...: </br>' task item is an entry over its two lines, title = the bold"
                " text of the next line (final '.' dropped); year and session headings are not entries",
                "all 66 items against the file (16/16/34 per year by awk, 66 bold title lines by grep), every title"
                " (question marks, 'Correct?:', quoted title of line 262, unindented title line 34), line ranges;"
                " no paper URL, arXiv id or DOI in the file")


if __name__ == "__main__":
    main()
