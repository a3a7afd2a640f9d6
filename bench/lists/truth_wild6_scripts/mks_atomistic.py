"""Wild6 truth for m-k-S/awesome-machine-learning-atomistic-simulation README.md: machine learning
for atomistic simulation (chemistry / materials physics), one table per topic.

Shape: '##' parts and '###' topics, each with a table '| Title & Link | Author(s) | Pub. Date |';
every body row is '| [Title](url) | Surnames | Mon YYYY |', sometimes with a method's short name
in parentheses after the link ('[...](url) (NequIP)'); one row closes with ']' instead of '|'.
Every body row is an entry (140, all papers, the software papers such as DScribe, SchNetPack and
e3nn included since each links its article); title = the link text of the first cell; the
parenthesized short name after the link is not part of it.  Not entries: the table of contents,
the header and separator rows, and the e3nn Precursor prose line whose links go to a YouTube talk
and the e3nn site.  Ids from the title link: arXiv abs/pdf, APS, AIP, ACS, Wiley, IOP, ACM and
Science URLs hold their DOI literally; RSC 'articlelanding', ScienceDirect 'pii', Nature article
ids, Europe PMC and ChemRxiv URLs hold none.

Count check: 140 lines start with '| [' (grep), per topic 8/8/10/3/10/2/3/10/11 and
7/12/3/8/2/9/3/2/23/6 (asserted).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild6 import entry, read_lines, write_truth

NAME = "m-k-S__awesome-machine-learning-atomistic-simulation__README@31073c9.md"
PART = "wild6_development"
COUNTS = [8, 8, 10, 3, 10, 2, 3, 10, 11, 7, 12, 3, 8, 2, 9, 3, 2, 23, 6]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per: list[int] = []
    for i, text in enumerate(lines, 1):
        if text.startswith("### "):
            per.append(0)
        if not text.startswith("| ["):
            continue
        m = re.match(r"\| \[(.+?)\]\((\S+?)\)\s*(\([^)|]*\))?\s*\|", text)
        assert m, i
        papers.append(entry(lines, i, i, m.group(1)))
        per[-1] += 1
    assert per == COUNTS, per
    assert len(papers) == 140
    write_truth(NAME, PART, papers,
                "every body row '| [Title](url) (Short) | Authors | Date |' of the topic tables is an entry, title = the"
                " link text of the first cell (the parenthesized short name after it dropped)",
                "row count by grep ('| [' = 140) and per topic (asserted against counts made with awk by heading);"
                " the row closing with ']' (NequIP); the rows with a short name after the link; about 30 titles"
                " compared with the rows by eye across both parts; the DOI-bearing publisher URLs (APS, AIP, ACS, IOP)")


if __name__ == "__main__":
    main()
