"""Wild7 truth for HoBeom/cv-arxiv-daily arxiv/action-recognition/README.md: a cv-arxiv-daily keyword page.

A GitHub Actions bot (a cv-arxiv-daily fork) rewrites this page daily: a '## Action Recognition'
heading, an 'Updated on' line, then one Markdown table 'Date | Title | Authors | PDF | Code | Stars'
with one row per arXiv paper, '|**date**|**Title**|First Author et.al.|[IDvN](arXiv abs url)|code
link or null|alphaXiv / Hugging Face vote badges|', ending with a 'back to top' link.  Every data
row is an entry (309, the count of rows starting '|**'; the header and the '|---|' rule are not);
title = the bold Title cell; arXiv id from the PDF cell's link (version dropped).  No DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild7 import entry, read_lines, write_truth

NAME = "HoBeom__cv-arxiv-daily__arxiv__action-recognition__README@05f3799.md"
PART = "wild7_development"
LINES = read_lines(NAME)

ROW = re.compile(r"\|\*\*(\d{4}-\d\d-\d\d)\*\*\|\*\*(.+?)\*\*\|([^|]*)\|\[(\d{4}\.\d{4,5})v\d+\]\(http://arxiv\.org/abs/\4v\d+\)\|"
                 r"([^|]*)\|([^|]*)\|")


def main() -> None:
    papers = []
    for i, text in enumerate(LINES, 1):
        if not text.startswith("|"):
            continue
        m = ROW.fullmatch(text)
        if not m:
            assert text in ("|Date|Title|Authors|PDF|Code|Stars|", "|---|---|---|---|---|---|"), i
            continue
        papers.append(entry(LINES, i, i, m.group(2)))
        assert papers[-1]["arxiv"] == m.group(4), i
    assert len(papers) == 309, len(papers)
    assert sum(1 for t in LINES if t.startswith("|**")) == 309
    write_truth(NAME, PART, papers,
                "every data row of the cv-arxiv-daily table is an entry, title = the bold Title cell, arXiv id from"
                " the PDF cell's abs link (version dropped); header and rule rows are not entries",
                "309 rows against the count of lines starting '|**' (grep) and the 8-field split of every row;"
                " first and last 10 rows and 20 sampled rows' titles and ids by eye; no DOI in the file")


if __name__ == "__main__":
    main()
