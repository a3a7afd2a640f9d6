"""Wild16 truth for lacoco-lab/lacoco-lab.github.io courses/knowledge-2024/README.md: the Saarland
seminar 'Augmenting Language Models with Tools and Knowledge' (winter 2024/25).

Shape: a course page (description, registration, format, evaluation) whose syllabus is one pipe
table (lines 54-83; columns Date | Topic | Readings | Slides | Optional Material | Presenter).  Each
reading is a row of its own (the second reading of a session has empty Date and Topic cells).  A
reading cell writes the paper title as plain text followed by a link whose text is the authors:
'Dense Passage Retrieval for Open-Domain Question Answering [Karpukhin et al.](https://arxiv.org/abs/...)'.
Readings that were moved or cancelled are struck out: '<del>Title</del> [Authors](url) (moved to
another slot)'; the moved papers reappear later as a normal row.  The Optional Material cell
holds author-only links ('[Izacard et al.](url)') or a nickname and an author link ('StructGPT
[Jiang et al.](url)').  Rows 73-74 ('| 2024-12-26 | no class') have only two cells.  After the
table, a paragraph 'here are some more paper highly related ...' (lines 93-100) gives seven links
whose text describes the paper ('[Retrieve and compress](https://arxiv.org/abs/2310.04408)').

Entries: (1) each reading cell that links a paper (22 rows), title = the plain text before the
author link, '<del>' markup removed, the nickname '(Retro)' after the Borgeaud title and the
'(moved to another slot)' / '(cancelled)' notes dropped; struck-out readings are entries (the row
still lists the paper), so Self-RAG and the Luo paper count twice (struck and re-listed).
(2) each paper link in the Optional Material column (5), title null (authors only; 'StructGPT' is a
nickname).  (3) each of the 7 links of the closing paragraph, title null (the link text describes
the paper instead of naming it).  Not entries: the slides link of the introduction row and the CMS,
people and university links of the page.  Several entries share a line: ids come from each
entry's own cell or link.

Count check: the file has 34 arxiv.org links (grep -o 'arxiv.org/[a-z]*/[0-9.]*' | wc -l) and every
one is an entry: 22 readings + 5 optional + 7 closing links (asserted below).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild16 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "lacoco-lab__lacoco-lab.github.io__courses__knowledge-2024__README@5ad2601.md"
PART = "wild16_development"
LINES = read_lines(NAME)

LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")
PAPERS: list[dict] = []


def add(line: int, title: str | None, own: str) -> None:
    e = entry(LINES, line, line, title)
    e["arxiv"], e["doi"] = arxiv_of(own), doi_of(own)
    PAPERS.append(e)


def main() -> None:
    assert LINES[53].startswith("| Date") and "Optional Material" in LINES[53]
    readings = optional = closing = 0
    for i in range(56, 84):
        cells = LINES[i - 1].split("|")
        if len(cells) < 7:
            assert "no class" in LINES[i - 1], i
            continue
        reading, opt = cells[3], cells[5]
        m = LINK.search(reading)
        if m:
            assert m.group(1).endswith("et al."), i
            title = reading[: m.start()]
            title = re.sub(r"</?del>", "", title).strip()
            title = re.sub(r"\s*\(Retro\)$", "", title)
            add(i, title, reading)
            readings += 1
        for m in LINK.finditer(opt):
            assert m.group(1).endswith("et al."), i
            add(i, None, m.group(0))
            optional += 1
    for i in range(91, 101):
        for m in LINK.finditer(LINES[i - 1]):
            add(i, None, m.group(0))
            closing += 1
    assert (readings, optional, closing) == (22, 5, 7), (readings, optional, closing)
    write_truth(NAME, PART, PAPERS,
                "each paper of the syllabus table's Readings column is an entry, title = the plain text before the"
                " '[Authors et al.](url)' link (<del> removed, struck-out readings kept, '(Retro)' and moved/cancelled"
                " notes dropped); each author-only link of the Optional Material column and each descriptive link of"
                " the closing 'more papers' paragraph is an entry with a null title",
                "every table row and both cells holding links, the 4 struck-out readings and the 2 papers listed twice,"
                " the 5 optional links (StructGPT nickname), the 7 closing links on lines 93-100; 34 arXiv links"
                " counted with grep against 34 entries, each id taken from its own cell or link")


if __name__ == "__main__":
    main()
