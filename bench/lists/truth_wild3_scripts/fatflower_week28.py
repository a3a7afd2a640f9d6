"""Wild3 truth for Fatflower/ArXiv_weekly_paper 2024/28_week.md: a hand-made weekly arXiv digest.

The whole file is one numbered list, one paper a line: 'N. [Title](https://arxiv.org/abs/ID)'
(82 lines, numbered 1 to 82, no heading, no prose, no closing newline).  Eighteen links carry a
version ('2407.04681v1'), the others none.  Every line is an entry; title = the link text; arXiv
id from the link without its version.  No DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild3 import entry, read_lines, write_truth

NAME = "Fatflower__ArXiv_weekly_paper__2024__28_week@53414a0.md"
PART = "wild3_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        m = re.fullmatch(r"(\d+)\. \[([^\]]+)\]\((https://arxiv\.org/abs/\d{4}\.\d{5}(?:v\d+)?)\)", text)
        assert m, (i, text)
        assert int(m.group(1)) == i, i
        papers.append(entry(lines, i, i, m.group(2)))
    assert len(papers) == 82
    write_truth(
        NAME, PART, papers,
        "every line 'N. [Title](arXiv abs url)' of the single numbered list is an entry, title = the link text,"
        " arXiv id from the link (version dropped)",
        "all 82 lines match the one pattern (asserted, numbers 1..82 in order, checked by grep for any other line);"
        " 20 entries compared with the file by eye (first, last, the 18 versioned links among them); no markup,"
        " escapes or DOIs in the file",
    )


if __name__ == "__main__":
    main()
