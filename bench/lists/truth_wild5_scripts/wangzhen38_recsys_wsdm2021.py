"""Wild5 truth for wangzhen38/lstm ans.md: a Chinese note ('本文整理了21年各大厂在推荐顶会上的论文发表情况') listing
WSDM 2021 recommender-system papers with an industry author, no links at all.

Shape: one Chinese sentence, '### WSDM2021', then blocks separated by blank lines: a title line numbered
without a space after the dot ('1.Real-time Relevant Recommendation Suggestion', so Markdown renders it as a
paragraph, not an ordered list), followed by '- Author(Institute): Name(Company二作)', '- KeyWords：...' (full-
width colons in places) and usually '- Dataset: ...' bullets.  One title is cut short by the list ('8.Network for
Sequential Recommendation'); kept as written.

Entry: every numbered block (22), from the title line to its last bullet.  Title: the title line after 'N.'.
Count check: grep -c '^[0-9]' = 22, numbered 1..22 without gaps.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild5 import entry, read_lines, write_truth

NAME = "wangzhen38__lstm__ans@766b42b.md"
PART = "wild5_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    numbers = []
    for i, text in enumerate(lines, 1):
        m = re.match(r"(\d+)\.(\S.*)$", text)
        if not m:
            continue
        numbers.append(int(m.group(1)))
        last = i
        while last < len(lines) and lines[last].startswith("- "):
            last += 1
        assert last > i, i
        papers.append(entry(lines, i, last, m.group(2)))
    assert numbers == list(range(1, 23)), numbers
    write_truth(NAME, PART, papers,
                "every numbered block '<n>.Title' with its '- Author(Institute)/KeyWords/Dataset' bullets is an entry,"
                " title = the text after '<n>.'",
                "all 22 blocks read against the output (titles, block ends at the last bullet); no links or ids in the"
                " file; the truncated title of block 8 kept as written")


if __name__ == "__main__":
    main()
