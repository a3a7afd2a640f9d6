"""Open truth (batch 3) for shuita2333/Arxiv-daily-paper papers/2026-08-21/04-other-research/part-01.md:
an AI-generated daily arXiv digest in Chinese ('其他研究', papers 1-50 of 184 that day).

One card per paper: '### N. [Title](https://arxiv.org/abs/id)', then a bold '作者：' (authors) line,
an 'arXiv所属领域：' (category) line, a '摘要：' (abstract) label and the abstract quoted with '>',
cards separated by '---'.  The entry runs from the heading to the abstract's last line; title =
the heading's link text (the titles are English, the labels Chinese).  Not entries: the header
and the navigation tip boxes at the top and bottom (links to the day's index and the other parts),
the closing 'data from arXiv.org' line.
"""
import re

from _open import Open

NAME = "shuita2333__Arxiv-daily-paper__papers__2026-08-21__04-other-research__part-01@ca281e9.md"


def main() -> None:
    t = Open(NAME)
    n = len(t.lines)
    for i, text in enumerate(t.lines, 1):
        if not text.startswith("### "):
            continue
        m = re.match(r"### \d+\. \[(.+)\]\(https://arxiv\.org/abs/[\d.]+\)$", text)
        assert m, i
        end = i
        while end < n and t.line(end + 1).strip() != "---":
            end += 1
        while not t.line(end).strip():
            end -= 1
        t.add(i, end, m.group(1))
    t.write("every '### N. [Title](arXiv abs url)' card is an entry, from the heading to the last line of its quoted"
            " abstract (before '---'), title = the heading's link text; the header, navigation boxes and footer"
            " are not entries",
            "the whole file: all 50 cards (numbers 1-50 in order, each card's span ending before '---', each title"
            " against its heading, every arXiv id), the header, tips and footer")


if __name__ == "__main__":
    main()
