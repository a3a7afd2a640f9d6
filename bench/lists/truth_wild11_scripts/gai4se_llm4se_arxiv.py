"""Wild11 truth for gai4se/LLM4SE arxiv.md: a generated arXiv tracker (LLMs for software engineering).

Shape: '## Updated on 2025.07.24', a table of contents in '<details>' (anchor links, not entries),
then nine topics as HTML headings '<h2 id="...">Topic</h2>', each followed by a table
'| Title | ArXiv Link | GitHub Link | Last Update |' whose rows are
'| Title | [2507.16587](http://arxiv.org/abs/2507.16587) | None or repo url | date |'.
The title cell is plain text as arXiv's API gives it (a wrapped title keeps runs of three spaces,
collapsed by the helper).  Every table row is an entry (one line); title = the first cell;
arXiv id from the second cell.  The same paper often appears under several topics: each row counts.
Count: 273 lines start with '| ', minus 9 header and 9 separator rows = 255 rows; per topic
31, 31, 31, 31, 31, 31, 21, 28, 20 (line spans between headings, checked with grep/awk).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild11 import entry, read_lines, write_truth

NAME = "gai4se__LLM4SE__arxiv@cde8377.md"
PART = "wild11_development"
LINES = read_lines(NAME)
ROW = re.compile(r"\| (.+?) \| \[(\d{4}\.\d{4,5})\]\(http://arxiv\.org/abs/(\d{4}\.\d{4,5})\) \| [^|]+ \| \d{4}-\d{2}-\d{2} \|")


def main() -> None:
    papers = []
    counts: list[int] = []
    for i, text in enumerate(LINES, 1):
        if text.startswith("<h2 id="):
            counts.append(0)
            continue
        if not text.startswith("| ") or text.startswith(("| Title |", "| --- |")):
            continue
        m = ROW.fullmatch(text)
        assert m and m.group(2) == m.group(3), i
        papers.append(entry(LINES, i, i, m.group(1)))
        counts[-1] += 1
    assert counts == [31, 31, 31, 31, 31, 31, 21, 28, 20], counts
    assert len(papers) == 255
    write_truth(NAME, PART, papers,
                "every table row under the nine <h2> topics is an entry (one line), title = the plain first cell"
                " (runs of spaces collapsed), arXiv id from the linked second cell; repeated papers count once per row",
                "row counts per topic (31x6, 21, 28, 20 = 255) from line spans and grep; every row matches the"
                " one row pattern; titles checked by eye for the first and last rows of each table and ~25 others"
                " (question marks, colons, 'Part II', wrapped titles); the TOC and '## Updated on' give no entry;"
                " no DOI in the file")


if __name__ == "__main__":
    main()
