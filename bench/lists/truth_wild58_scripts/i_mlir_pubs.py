"""Wild58 truth for llvm/mlir-www website/content/pubs/_index.md at ee95a82 (2026-03-13): the "MLIR Related
Publications" page of the MLIR website (Hugo content), a project bibliography of papers about and using MLIR.

Shape: 48 lines.  Hugo front matter (1-6), "## Publications" (8) with the flagship paper as a multi-line bullet
(10-15), "### About MLIR and MLIR Components" (17) with four multi-line bullets (19-22, 23-26, 27-32, 33-34),
"### Using MLIR" (36) with ten bullets (38-48), nine of them one bare ``* [Title](url)`` line, one (42-43) with an
author continuation line.  Bullets are ``* [Title](url) - authors - venue ...``; continuation lines are indented
by two spaces.

Special cases:
- 10-11: the link text wraps over two lines (``[MLIR: Scaling Compiler Infrastructure for Domain Specific`` /
  ``Computation](...)``): the title joins both parts with one space.
- 13, 26, 32: the continuation lines link an arXiv preprint (2002.11054, 2202.04305, 2202.03293); 13-14 also link
  an FAQ page.  These are the same paper, not entries.
- 34: the continuation repeats the title in quotes in a Chicago-style citation; still one entry.
- 40 links a high-school research report PDF (SyFER-MLIR); kept (a research write-up with a title).
- DOIs from dl.acm.org/doi links (19, 23), a link.springer.com/chapter link (27) and doi.org (44); arXiv ids
  from arxiv.org/abs links.

Decisions: entry = every ``* [`` bullet (10-48), spanning its indented continuation lines: 15 entries.
Title = the link text, line breaks inside it joined with one space.
"""
import re

from _wild58 import entry, read_lines, write_truth

NAME = "llvm__mlir-www__website__content__pubs___index@ee95a82.md"
PART = "wild58_development"

BULLET = re.compile(r"^\* \[")


def main() -> None:
    lines = read_lines(NAME)
    starts = [n for n, ln in enumerate(lines, 1) if BULLET.match(ln)]
    papers = []
    for n in starts:
        last = n
        while last < len(lines) and lines[last].startswith("  ") and lines[last].strip():
            last += 1
        block = " ".join(x.strip() for x in lines[n - 1:last])
        m = re.match(r"^\* \[(?P<title>[^\]]+)\]\(", block)
        assert m, (n, block)
        papers.append(entry(lines, n, last, m.group("title")))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 15, len(papers)
    assert sorted(by) == [10, 19, 23, 27, 33, 38, 39, 40, 41, 42, 44, 45, 46, 47, 48], sorted(by)
    assert by[10]["title"] == "MLIR: Scaling Compiler Infrastructure for Domain Specific Computation", by[10]
    assert by[10]["arxiv"] == "2002.11054", by[10]
    assert by[19]["title"] == "The MLIR Transform Dialect: Your Compiler Is More Powerful Than You Think", by[19]
    assert by[19]["doi"] == "10.1145/3696443.3708922", by[19]
    assert by[27]["title"] == (
        "Structured Operations: Modular Design of Code Generators for Tensor Compilers"
    ), by[27]
    assert by[33]["title"] == "The Deep Learning Compiler: A Comprehensive Survey", by[33]
    assert by[42]["title"] == "High Performance Code Generation in MLIR: An Early Case Study with GEMM", by[42]
    assert by[48]["title"] == "PolyBlocks: A Compiler Infrastructure for AI Chips and Programming Frameworks", by[48]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every '* [Title](url)' bullet (lines 10-48) is one entry, spanning its two-space-indented"
        " continuation lines (authors, venue, arXiv preprint link).  Title = the link text; where it wraps"
        " (10-11) the parts are joined with one space.  Links on continuation lines (arXiv preprints, FAQ) belong"
        " to the same entry.",
        checked="Read the whole file; compared the -v output with all 15 bullets (titles, spans 10-15, 19-22,"
        " 23-26, 27-32, 33-34, 42-43), the wrapped title at 10-11, and the arXiv ids / DOIs from the links.",
    )


if __name__ == "__main__":
    main()
