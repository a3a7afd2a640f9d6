"""Wild13 truth for yutanakamura-tky/paper_reading acl2020.md: a Japanese reader's skim notes on the first
30 ACL 2020 main-conference papers (the last version with content, commit c6c1da9; the repository's newest
commit 29c0771 deletes every file).

Shape: one heading '# 1. Abstractだけ読む' ('read the abstract only'), then one block per paper separated by
blank lines: line 1 the English title with a two-space hard break, line 2 the bare ACL Anthology URL
(https://www.aclweb.org/anthology/2020.acl-main.N/), line 3 (once two lines) a Japanese summary, some
starting with '★' (the reader's mark).  The second block carries a '(MEDICAL)' tag at the start of each of
its three lines.  No bullets, no Markdown links, no authors.

What is an entry: every block (30, the anthology numbers 1..30 in order).
Lines: the title line through the last summary line.  Title: the first line as written, the '(MEDICAL)'
tag and the hard-break spaces dropped.  Ids: none (ACL Anthology URLs hold no DOI or arXiv id).
Counts: 30 anthology URLs (grep -c 'aclweb.org/anthology/2020.acl-main'), numbered 1..30.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild13 import entry, read_lines, write_truth

NAME = "yutanakamura-tky__paper_reading__acl2020@c6c1da9.md"
PART = "wild13_development"
LINES = read_lines(NAME)

URL = re.compile(r"^(?:\(MEDICAL\))?https://www\.aclweb\.org/anthology/2020\.acl-main\.(\d+)/ *$")


def main() -> None:
    papers = []
    numbers = []
    for i, text in enumerate(LINES, 1):
        m = URL.match(text)
        if not m:
            continue
        numbers.append(int(m.group(1)))
        first = i - 1  # the title line just above the URL
        title_line = LINES[first - 1]
        assert title_line.strip() and (first == 2 or LINES[first - 2] == ""), (i, title_line)
        assert not title_line.startswith(("http", "#")), (i, title_line)
        last = i + 1
        assert LINES[last - 1].strip(), (i, "summary expected")
        while LINES[last].strip():  # the summary runs to the next blank line
            last += 1
        title = re.sub(r"^\(MEDICAL\)", "", title_line).strip()
        papers.append(entry(LINES, first, last, title))
    assert numbers == list(range(1, 31)), numbers
    assert len(papers) == 30
    write_truth(
        NAME,
        PART,
        papers,
        "every title / ACL Anthology URL / Japanese summary block is an entry; title = the first line, the"
        " '(MEDICAL)' tag and hard-break spaces dropped",
        "all 30 blocks read against the output (titles, line ranges, the two-line summary of block 15 and the"
        " (MEDICAL) block); the heading checked to give no entry",
    )


if __name__ == "__main__":
    main()
