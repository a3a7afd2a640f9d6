"""Wild36 truth for CMU-MultiComp-Lab/adv-mmml-course _pages/readings.md at commit 6cb1bee (2022-01-07):
the weekly reading list of a graduate seminar on Advanced Multimodal Machine Learning (CMU 11-877).

Why this commit: it is the last one holding the list.  The next commits replaced the page with "coming
soon!" (af7a3d6), then with six discussion papers (bd4e70c), and the newest commits deleted
``_pages/readings.md`` altogether (02f1c09, the site later moved into per-semester folders without it).

Shape: plain ``Week N:`` lines (no heading markup), each followed by a numbered list ``1. Authors,
[Title](url). VENUE YEAR`` -- the title is the only link; most links go to Piazza resources (no ids), some
to arxiv.org (abs or pdf), one to papers.nips.cc.  A link text may end in ``?`` and the ``.`` after the
link is the citation's separator.

Entries: every numbered item (38), all research papers (the law-review article "Big Data's Disparate
Impact" at line 62 included).  Title = the link text.  Not entries: the front matter and the ``Week N:``
lines.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild36 import entry, read_lines, write_truth

NAME = "CMU-MultiComp-Lab__adv-mmml-course___pages__readings@6cb1bee.md"
PART = "wild36_development"

ITEM = re.compile(r"^\d+\.\s+[^\[]*\[([^\]]+)\]\([^)]*\)")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if m:
            papers.append(entry(lines, i, i, m.group(1)))
        else:
            assert not re.match(r"^\d+\.", ln), i
    assert len(papers) == 38, len(papers)
    write_truth(NAME, PART, papers,
                "Each numbered item under a 'Week N:' line is an entry (author-first reference whose only link"
                " is the title); title = link text; ids from the item's URL (arXiv abs/pdf, Piazza and NeurIPS"
                " links give none).",
                "All 63 lines read by eye against the -v output: each week's first and last item, the titles"
                " ending in '?' (Week 14 item 2) and with colons, the law-review article (62), the arXiv ids"
                " (abs and pdf forms, 'v'-less) and the Piazza links without ids; the commit history of the"
                " page checked to pick 6cb1bee.")


if __name__ == "__main__":
    main()
