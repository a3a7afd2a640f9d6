"""Wild61 truth for postsent/mindmap papers/README.md at 647ca65 (2023-02-17): a student's own reading list
on dataset / graph distillation, kept next to per-paper note files ("Status: Not Maintained" badge).

Shape: 120 lines.  shields.io badges in HTML ``<img>`` tags (1-7), a centred image (9-11), a note and a TOC
(13-24), ``# My Reading List`` (26) with a status legend in an indented code block (30-34) and an empty table
header ``| Title | Authors | Date | status | Description | Comments |`` (41) that is never filled.  The papers
are ``* `` bullets written as semicolon-separated fields:
``* [ABBR - Title](note.md) ; First author ; year, venue ; <status emoji> ; description ;`` under
``# Data Distillation`` (44, 46-58), ``# Graph Distillation`` (60, 62-66), ``## Recommender System`` (68, 70) and
``# Survey - data distillation`` (74, 76-78).  ``# Links`` (81) has two awesome-list URLs; ``# Inbox`` (87) has
a link to another file (89) and under ``**Progress**`` five citation-key bullets
``- [Nguyen et al. NeurIPS 2021]: what it does.`` (93-97) plus one ``- Title - URL`` bullet (98);
``**Survey**`` has ``- ...`` (102).  ``# Authors`` (105) is a table Location | Authors | Papers (109-120) whose
Papers cells give short method names (``DD, MTT``, ``HaBa-Dataset Distillation via Factorization``).

Special cases:
- The link text starts with the paper's short name(s) and `` - ``: ``DD - Dataset Distillation``,
  ``GCOND/GC - Graph Condensation for Graph Neural Networks``, ``Distill-CF/KIP-RecSys - Infinite Recommendation
  Networks: A Data-Centric Approach``; the two survey bullets (76, 78) have no short name.
- Link targets are local note files with %20-escaped names that contain parentheses, or empty ``()`` (54-58, 70, 78); no arXiv/DOI.
- Fields are separated by `` ; `` with irregular spacing (``...md); Bo Zhao ;2020, ICLR 2021 ;``).
- 93-97 name a paper only by author, venue and year in square brackets (no link); 93 is the same paper as 56.

Decisions:
- Entry = each bullet with a Markdown link under the Data / Graph Distillation, Recommender System and Survey
  headings (13, one line each), each Progress citation bullet 93-97 (title None), and the bullet 98
  (title = text before `` - https``).  19 entries.
- Title = the link text with the leading ``<short name(s)> - `` removed.  The badges, legend, empty table
  header, the awesome-list links (83, 85), the file link (89) and the Authors table are not entries (the table
  only indexes labs and short method names).
"""
import re

from _wild61 import entry, read_lines, write_truth

NAME = "postsent__mindmap__papers__README@647ca65.md"
PART = "wild61_development"

BULLET = re.compile(r"^\* \[(?P<text>[^\]]+)\]\((?:[^()]|\([^()]*\))*\)\s*;")
CITE = re.compile(r"^- \[[^\]]+ (?:et al\.|\d{4})[^\]]*\]:")
PLAIN = re.compile(r"^- (?P<title>[^\[].*?) - https?://")
PREFIX = re.compile(r"^[A-Za-z][\w/-]* - ")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if m := BULLET.match(ln):
            title = PREFIX.sub("", m.group("text").strip(), count=1)
            papers.append(entry(lines, n, n, title))
        elif CITE.match(ln):
            papers.append(entry(lines, n, n, None))
        elif m := PLAIN.match(ln):
            papers.append(entry(lines, n, n, m.group("title").strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 19, len(papers)
    assert sorted(by) == [46, 48, 50, 52, 54, 56, 58, 62, 64, 66, 70, 76, 78, 93, 94, 95, 96, 97, 98], sorted(by)
    assert by[46]["title"] == "Dataset Distillation", by[46]
    assert by[48]["title"] == "Dataset Condensation with gradient matching", by[48]
    assert by[54]["title"] == "Dataset meta-learning from kernel ridge-regression", by[54]
    assert by[62]["title"] == "Graph Condensation for Graph Neural Networks", by[62]
    assert by[64]["title"] == "Condensing Graphs via One-Step Gradient Matching", by[64]
    assert by[70]["title"] == "Infinite Recommendation Networks: A Data-Centric Approach", by[70]
    assert by[76]["title"] == "Data Distillation: A Survey", by[76]
    assert by[78]["title"] == "Dataset Distillation: A Comprehensive Review", by[78]
    assert all(by[n]["title"] is None for n in range(93, 98))
    assert by[98]["title"] == "Synthesizing Informative Training Samples with GAN", by[98]
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Entries are the '* [ABBR - Title](note.md) ; author ; year ; status ; description ;' bullets under"
        " the Data Distillation, Graph Distillation, Recommender System and Survey headings (13), the five"
        " Progress bullets that cite a paper as '[Author et al. Venue Year]: description' (title None) and the"
        " bullet 'Title - URL' at 98.  Title = link text without the leading short-name(s) and ' - '.  Badges,"
        " legend, the empty table header, awesome-list and file links and the Authors table (labs and short"
        " method names) are not entries.",
        checked="Read all 120 lines; compared the -v output with every bullet: prefix removal (46-70), the"
        " two prefix-less survey titles (76, 78), the five citation bullets (93-97), 98's title, and that no"
        " ids are claimed (links are local note files or empty).",
    )


if __name__ == "__main__":
    main()
