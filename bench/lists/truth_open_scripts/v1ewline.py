"""Open truth (batch 3) for V1ewLine/arxiv_rss_bot README (at 3e02c58): a bot's daily arXiv digest of 30 papers.

After the deployment badges and a statistics block, one card per paper: '### N. [Title](arxiv abs url)',
then bold field lines (Authors, Category, Published, Score, Type, ArXiv ID) and an '#### Abstract'
paragraph, closed by '---'.  An entry spans from its heading to the last line of its abstract; the
title is the heading's link text.  The configuration, schedule and usage sections after the 30
cards hold no papers.
"""
import re

from _open import Open

NAME = "V1ewLine__arxiv_rss_bot__README@3e02c58.md"


def main() -> None:
    t = Open(NAME)
    n = len(t.lines)
    for i, text in enumerate(t.lines, 1):
        m = re.match(r"### \d+\. \[(.+)\]\((https://arxiv\.org/abs/[^)]+)\)\s*$", text)
        if not m:
            continue
        end = i
        while end < n and t.line(end + 1).strip() != "---":
            end += 1
        while not t.line(end).strip():
            end -= 1
        t.add(i, end, m.group(1))
    t.write("every '### N. [Title](arXiv url)' card is an entry, from its heading to the end of its abstract;"
            " title = the heading's link text",
            "all 30 cards (numbers 1-30 in order, each card's span and its arXiv id against its 'ArXiv ID'"
            " line), the badges, statistics, configuration and usage sections (no entries)")


if __name__ == "__main__":
    main()
