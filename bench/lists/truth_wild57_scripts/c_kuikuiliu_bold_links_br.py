"""Wild57 truth for kuikuiliu/kuikuiliu.github.io _pages/publications.md: the "Papers" page of Kuikui Liu
(theoretical computer science: sampling, Markov chains, high-dimensional expanders), academicpages Jekyll site,
newest commit (74920eb, 2026-02-03).

Shape: 69 lines.  YAML front matter (1-6), then blank-line separated blocks of 2-3 lines, no list markers and
no headings::

    **[Title](https://arxiv.org/abs/NNNN.NNNNN)** <br />
    with [Coauthor](homepage), [Coauthor](homepage) <br />
    *(FOCS 2024)*

Special cases:
- 40-41: a single-author paper, no ``with`` line (two-line block).
- 25: one coauthor without a link (``Prakash Prabhu``).
- Venue notes inside the italic parentheses: ``(STOC 2021 Invited to SICOMP Special Issue)`` (45),
  ``(STOC 2019 Best Paper Award, Annals of Mathematics)`` (61), ``(preprint 2018; to appear in Proc. Amer. Math.
  Soc. 2024)`` (65), ``(Submitted 2025)`` (14).
- 67-68: ``My survey on **[The Method of Interlacing Polynomials](...KuikuiLui.pdf)** <br />`` followed by
  ``*(UW CSE 2017 Best Senior Thesis Award)*``: a written survey (senior thesis) with its own title; kept as an
  entry (the bold link is not at the start of the line).
- Coauthor names are links too: only the bold link is a title.
- arXiv ids from the arxiv.org/abs links (e.g. 8 -> 2507.15616, 63 -> 1811.01600).

Decisions:
- Entry = every line holding ``**[...](...)**`` plus its following non-blank lines: 16 entries (15 papers and the
  survey).
- Title = the text of the bold link.
"""
import re

from _wild57 import entry, read_lines, write_truth

NAME = "kuikuiliu__kuikuiliu.github.io___pages__publications@74920eb.md"
PART = "wild57_development"

BOLD = re.compile(r"\*\*\[([^\]]+)\]\([^)]+\)\*\*")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = BOLD.search(ln)
        if not m:
            continue
        last = n
        while last < len(lines) and lines[last].strip():
            last += 1
        papers.append(entry(lines, n, last, m.group(1).strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 16, len(papers)
    assert by[8]["title"] == "On Zeros and Algorithms for Disordered Systems: Mean-Field Spin Glasses", by[8]
    assert by[8]["arxiv"] == "2507.15616" and (by[8]["line"], by[8]["end"]) == (8, 10), by[8]
    assert by[40]["title"].startswith("From Coupling to Spectral Independence") and by[40]["end"] == 41, by[40]
    assert by[63]["title"] == (
        "Log-Concave Polynomials III: Mason's Ultra-Log-Concavity Conjecture for Independent Sets of Matroids"
    ), by[63]
    assert by[63]["arxiv"] == "1811.01600", by[63]
    assert by[67]["title"] == "The Method of Interlacing Polynomials" and by[67]["arxiv"] is None, by[67]
    write_truth(
        NAME,
        PART,
        papers,
        method="Blank-line separated blocks without list markers: '**[Title](arXiv link)** <br />', an optional"
        " 'with [coauthor](...)' line and an italic '*(VENUE YEAR ...)*' line.  Each block holding a bold link is"
        " one entry (16, including the senior-thesis survey introduced by 'My survey on'); title = the bold link"
        " text.  Coauthor links are not titles.",
        checked="Compared the 16 -v lines with the file: spans of 2- and 3-line blocks, the single-author block"
        " (40-41), the survey line (67), the venue notes, and the arXiv ids of the abs links.",
    )


if __name__ == "__main__":
    main()
