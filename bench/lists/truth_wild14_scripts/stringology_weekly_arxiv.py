"""Wild14 truth for stringologytimes/StringologyTimes docs/output/weekly_arxiv/2025112.md: a generated weekly arXiv cs.DS digest.

A heading '# Data Structures and Algorithms: 2025/11/15-21', then one line per paper
'N: [Title](https://doi.org/10.48550/arXiv.YYMM.NNNNN)' with two trailing spaces (a hard line
break; 'N:' is not a Markdown list marker, so the lines form one paragraph); the last line has no
newline.  Every numbered line is an entry; title = the link text as written (LaTeX like '$k$'
kept); the arXiv id comes from the arXiv DOI, and that DOI is the entry's DOI.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild14 import entry, read_lines, write_truth

NAME = "stringologytimes__StringologyTimes__docs__output__weekly_arxiv__2025112@463ad5d.md"
PART = "wild14_development"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    for i, text in enumerate(LINES, 1):
        m = re.fullmatch(r"(\d+): \[(.+)\]\(https://doi\.org/10\.48550/arXiv\.\d{4}\.\d{5}\) {2}", text)
        if not m:
            assert i == 1, i
            continue
        assert int(m.group(1)) == len(papers) + 1, i
        papers.append(entry(LINES, i, i, m.group(2)))
    assert len(papers) == 46 == len(LINES) - 1
    write_truth(NAME, PART, papers,
                "every 'N: [Title](arXiv DOI)' line is an entry, title = the link text; arXiv id and DOI from the"
                " 10.48550/arXiv DOI link",
                "all 46 lines (numbered 1-46 in order, file = heading + 46 lines), titles with LaTeX ('$k$',"
                " '$(2+\\varepsilon)$') and with '?' by eye, ids of the first and last five")


if __name__ == "__main__":
    main()
