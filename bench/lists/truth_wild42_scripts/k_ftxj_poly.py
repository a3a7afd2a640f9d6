"""Truth of ftxj/Paper_Reading_List ``poly/material.md``: a reading list on the polyhedral model kept in the
HUST HSCAR group's paper-reading repository, with short notes in Chinese.

Shape: a title line, an anchor-link table of contents (lines 3-19), then short bullet sections ``# Book``
(one textbook), ``# People``, ``# Course`` and ``# Conference`` (a workshop and a Chinese note on it), none of
which are entries.  ``# Papers`` and its ``## Poly for ...`` sections hold Markdown tables
``| **Date** | **Paper** | **Main Contribute** | **Notes** |``: the Date cell is a year with an optional venue
(``2015 PLDI``), the Paper cell is the title followed by ``[[paper]](url)``, ``[[slides]]``, ``[[sldies]]``,
``[[video]]`` or ``[[website]]`` links, and the Main Contribute cell is a note, often in Chinese (``学位论文``,
``稀疏矩阵``).

Decisions:
- an entry is one data row of a table (one line); its title is the Paper cell up to the first ``[[`` link;
- the first table row (line 42) is a row copied from the group's presentation table (date ``1991``, a presenter's
  name in the note column); it still names a paper and is an entry;
- the template row ``Template Paper Title [[paper]](paper link)`` (line 43) is not an entry, nor is
  ``Presentation: Domain-specific languages and optimizers`` (line 100), which links only slides of a talk;
- ``Throughput Optimization for High-Level Synthesis Using Resource Constraints [[no paper]]()`` (line 112) names
  a workshop paper whose PDF the list lacks: an entry, with its title;
- ``Farkas Lemma made easy Tool Demo`` (line 134) links the IMPACT 2020 paper ``Farkas Lemma made easy``;
  ``Tool Demo`` is the list's label for its kind, so the title stops before it;
- theses (lines 65, 66, 103, noted ``学位论文``) are entries;
- the textbook on line 25 is a book, not an entry;
- ids: the row's own text; line 62's link ``[[paper]]([](https://dl.acm.org/doi/10.1145/2737924.2738003))``
  repeats line 61's DOI, and that written DOI is the row's id.
"""

from __future__ import annotations

import re

from _wild42 import entry, read_lines, write_truth

NAME = "ftxj__Paper_Reading_List__poly__material@8ce516c.md"
PART = "wild42_development"

ROW = re.compile(r"^\| *(?:1991|20\d\d)(?: [A-Z]+)? *\|(.+?)\|")
NOT_PAPERS = {"Template Paper Title", "Presentation: Domain-specific languages and optimizers"}

lines = read_lines(NAME)
papers = []
for i, ln in enumerate(lines, 1):
    m = ROW.match(ln)
    if not m:
        continue
    title = m.group(1).split("[[")[0].strip()
    if title in NOT_PAPERS:
        continue
    title = title.removesuffix(" Tool Demo")
    papers.append(entry(lines, i, i, title))

assert len(papers) == 53

write_truth(
    NAME,
    PART,
    papers,
    "Each data row of the '| Date | Paper | Main Contribute | Notes |' tables is one entry (one line); title = the "
    "Paper cell before its first '[[' link ('Tool Demo' label dropped on line 134); the template row, a slides-only "
    "'Presentation:' row, the book, people, course and conference bullets are not entries; theses and the "
    "'[[no paper]]' row are.",
    "All 55 table data rows listed and compared with the -v output (53 entries, the template row 43 and the "
    "slides-only row 100 left out); first and last row of every table section checked (42/44, 51, 58/75, 81/82, "
    "92, 101/104, 111/125, 133/134, 141, 147, 153, 158/160, 165/166); special rows 42 (copied presentation row), "
    "62 (empty-bracket link, DOI as written), 65/66/103 (theses), 112 ([[no paper]]), 134 (Tool Demo) checked; "
    "DOIs from dl.acm.org and Springer URLs and the three arXiv ids (81, 102, 104) checked; lines 1-36 (TOC, "
    "book, people, courses, conference) excluded.",
)
