"""Wild5 truth for mill413/daily-arxiv docs/index.md: a cv-arxiv-daily-style generated page (GitHub Pages).

Shape: Jekyll front matter, an 'Updated on' quote, a '<summary>Table of Contents</summary>' with an
HTML '<ol>' of two topic anchors (not entries), then one '## topic' section per keyword ('sers',
'graphene'), each a table '| Publish Date | Title | Authors | PDF | Code |' of 30 rows.  The Title
cell is plain text (not linked); the arXiv link is in the PDF cell ('[2607.05869v1](http://arxiv.org/abs/...)');
Code is '**NULL**' in every row.  Every data row is an entry (60, one line each); title = the Title
cell as written (LaTeX '$...$' kept); arXiv id from the PDF cell (version dropped).  The keyword
'sers' matched many speech-emotion-recognition papers; they are entries like the rest.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild5 import entry, read_lines, write_truth

NAME = "mill413__daily-arxiv__docs__index@7961347.md"
PART = "wild5_development"
ROW = re.compile(r"\| \*\*\d{4}/\d\d/\d\d\*\* \| (.+?) \| (.+?) \| \[(\d{4}\.\d{5}v\d)\]\(http://arxiv\.org/abs/\3\) \| \*\*NULL\*\* \|")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per = {}
    section = None
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            section = text[3:]
            continue
        m = ROW.fullmatch(text)
        if not m:
            assert not text.startswith("| **"), i
            continue
        per[section] = per.get(section, 0) + 1
        papers.append(entry(lines, i, i, m.group(1)))
    assert per == {"sers": 30, "graphene": 30}, per
    write_truth(NAME, PART, papers,
                "every data row of the two topic tables is an entry (one line), title = the plain-text Title cell,"
                " arXiv id from the PDF cell's link (version dropped); header, TOC and front matter are not",
                "all 60 rows (grep '^| **20' = 60, 30 per section by awk), every Code cell NULL, titles with"
                " LaTeX and accents against the file; no DOI")


if __name__ == "__main__":
    main()
