"""Wild9 truth for sbrugman/deep-learning-papers README.md: an older (2016-2019, last commit Dec 2019)
personal list of deep learning papers ordered by task and date.

Shape: a numbered table of contents, then '## Field' / '### Task' headings, each task with one
four-column table '|Title|Date|Paper|Code|': the Title cell is plain text (no link), the Date cell
an italic date ('_25 apr 2017_'), the Paper cell an '[arxiv](pdf url)' or '[paper](copy of the pdf
in the repository)' link (some with a remark in brackets after it), the Code cell an optional
'[github](...)'.  Every table row is an entry (38 tables, 291 '|' lines - 38 header rows - 38
separator rows = 215 rows), except the placeholder row on line 424 ('Expected to appear: some paper
learning an unsupervised vision representation ...', date '<Before the end of 2019>', no link),
which names no paper: 214 entries.  Repeated rows (the same paper twice in one table, or in two
tables) are separate entries.  Title = the Title cell as written ('&lt;' is the file's escape of
'<'); the row 'ST-GAN' names only the method's nickname, so its title is null.  Ids come from the
row's own links (arXiv pdf urls; no DOIs).  The closing 'A note on arXiv' section links a peer-
reviewed and an arXiv version of one paper in prose bullets ('[peer-reviewed version]', '[arXiv
version]'): link labels, not records naming a paper, so not entries.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild9 import entry, read_lines, write_truth

NAME = "sbrugman__deep-learning-papers__README@358e237.md"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    rows = headers = seps = 0
    for i, text in enumerate(LINES, 1):
        if not text.startswith("|"):
            continue
        if text.startswith("|Title|"):
            headers += 1
            continue
        if text.startswith("|---"):
            seps += 1
            continue
        rows += 1
        cells = text.split("|")
        title = cells[1].strip()
        assert title, i
        if i == 424:
            assert title.startswith("Expected to appear"), title
            continue
        if title == "ST-GAN":
            title = None
        papers.append(entry(LINES, i, i, title))
    assert (headers, seps, rows) == (38, 38, 215), (headers, seps, rows)
    assert len(papers) == 214
    write_truth(NAME, "wild9_development", papers,
                "every row of the 38 '|Title|Date|Paper|Code|' tables is an entry (one line each), title = the plain"
                " Title cell, except the placeholder row 424 ('Expected to appear: ...'); the nickname-only row"
                " 'ST-GAN' has a null title; ids from the row's Paper link",
                "row counts (291 table lines = 38 headers + 38 separators + 215 rows), every title against its row,"
                " the placeholder row and the ST-GAN row by eye, the closing 'note on arXiv' bullets are prose links")


if __name__ == "__main__":
    main()
