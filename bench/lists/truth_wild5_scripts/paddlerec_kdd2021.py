"""Wild5 truth for PaddlePaddle/PaddleRec paper/KDD2021.md: a Chinese survey page ('推荐系统工业界顶会论文总结——KDD
2021', linked to a Zhihu column) of KDD 2021 recommender papers with an industry author.

Shape: a Chinese heading, a '[知乎专栏](zhihu url)' link (not an entry), then numbered items separated by blank
lines, each '1. [Title](url)  ' followed by hard-broken lines (two trailing spaces) 'Author(Institute): Name
(Company二作)  ', 'KeyWords: ...  ' and usually 'Dataset: ...  '.  The continuation lines are not indented, so they
are lazy paragraph continuations of the list item.  Item 9 repeats item 1 (same paper and link): two entries.
Links go to arXiv PDFs, the ACM DL (DOIs), Microsoft Research, Tsinghua lab pages and other PDFs.

Entry: every numbered item (38), from its title line to its last continuation line.  Title: the link text.
Count check: items numbered 1..38 without gaps (grep '^[0-9]*\\. ').
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild5 import entry, read_lines, write_truth

NAME = "PaddlePaddle__PaddleRec__paper__KDD2021@656326a.md"
PART = "wild5_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    numbers = []
    for i, text in enumerate(lines, 1):
        m = re.match(r"(\d+)\. (.*)$", text)
        if not m:
            continue
        numbers.append(int(m.group(1)))
        link = re.fullmatch(r"\[(.+)\]\((\S+)\)\s*", m.group(2))
        assert link, i
        last = i
        while last < len(lines) and lines[last].strip():
            assert re.match(r"(Author\(Institute\)|KeyWords|Dataset):", lines[last]), last + 1
            last += 1
        papers.append(entry(lines, i, last, link.group(1)))
    assert numbers == list(range(1, 39)), numbers
    write_truth(NAME, PART, papers,
                "every numbered '[Title](url)' item with its Author(Institute)/KeyWords/Dataset lines is an entry, title ="
                " the link text; the Zhihu column link is not",
                "all 38 items checked by the script's patterns (numbering 1..38, link line, continuation-line labels);"
                " titles of items 1-10 and 30-38 read by eye, the repeated item 1/9, ACM DOIs and arXiv ids looked at")


if __name__ == "__main__":
    main()
