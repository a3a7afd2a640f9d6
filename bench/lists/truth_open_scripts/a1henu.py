"""Open truth (batch 3) for a1henu/arxiv-daily-scroll docs/dates/2025-10-16/index.md: one day of arXiv cs.CV
(and robotics) papers summarised in Chinese, a Jekyll page.

After the front matter and a heading, one table: '| # | 题目 | 一句话要点 | 关键词 |'.  Each of the 135
rows is an entry; its title is the link text of the 题目 (title) cell, the paper's English title
(some truncated by the source, e.g. row 22 'Fine-Tunin', kept as written).  The Chinese one-sentence
summary and keywords are descriptions, not a translated title, and are left out.  The links go to
the site's own pages ('./papers/251014981v1-slug.html'): the arXiv number is squeezed into the page
name without its dot and no arXiv URL or 'arXiv:' text is written, so no entry gets an arXiv id.
"""
import re

from _open import Open

NAME = "a1henu__arxiv-daily-scroll__docs__dates__2025-10-16__index@81a31ef.md"


def main() -> None:
    t = Open(NAME)
    for i, text in enumerate(t.lines, 1):
        m = re.match(r"\| \d+ \| \[(.+?)\]\(\./papers/[^)]+\) \|", text)
        if m:
            t.add(i, i, m.group(1))
    t.write("every table row '| N | [Title](./papers/...) | summary | keywords |' is an entry; title = the link"
            " text of the title cell (English), the Chinese summary and keywords left out; no arXiv id, the"
            " links being the site's own pages",
            "all 135 rows (numbers 1-135 in order, every title against its cell), the front matter and"
            " header rows (no entries), titles with '^', '&', '?' and a truncated title")


if __name__ == "__main__":
    main()
