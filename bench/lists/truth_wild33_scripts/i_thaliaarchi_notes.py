"""Wild33 truth for thaliaarchi/notes papers.md: a personal "reading list by date" of PL, compiler and
systems papers mixed with talks, specs, patents and blog posts.

Shape: dated list items ``- [2024-10-12](notes.md):`` or ``- 2024-10-24:`` whose next, indented lines give
``[“Title”](url)`` (the quoted link text may wrap over two lines), then authors, venue and year in
parentheses or after a comma, sometimes extra ``[[HN]]``/``[[preprint]]`` links. The TODO section (line 438
on) nests the same records under topic bullets (``- IRs``, ``- Graal``), some prefixed ``Again:``.

An entry is a record whose subject is a scholarly work (paper, workshop paper/abstract, thesis, technical
report, journal article). Not entries: recorded talks (YouTube/Vimeo/conference talk pages: lines 8, 11, 14,
17, 23, 38, 58, 79, 89, 119, 136, 139, 171, 185, 236, 257, 261, 267, 315, 367, 370, 379, 382, 385, 411, 464,
499), the slides-only talks "21 compilers..." (443) and "Logging an Egg" (537), "LLVM 2.0 and Beyond!"
(329, a tech talk), LLVM dev-meeting posters (364, 373, 376), guides/books (29 Nix Pills, 157 UNIX-HATERS
Handbook, 161 a Beautiful Code chapter, 484 and 486 books), blog/essay/notes pages (85, 201, 394, 525), RFCs
(143, 146), patents (352, 357), the CSS spec (433), topic headings and pointers (448, 449, 466, 467, 480,
505, 511, 519, 522, 535, 536, 546, 549, 555, 556, 558). Special cases: 132 is a DEF CON talk whose record
links the eprint paper of the same title ([[paper]]), kept as the paper; 506 names a paper in quotes
without a link; ``Again:`` records (450, 523) and repeated papers (Kelsey 149/401, Tree-sitter talk aside)
are separate entries. Title: the text inside the curly quotes of the link (or of the bare quote at 506),
joined over its wrapped lines; the closing quote is sometimes the wrong one (“ at 133 and 476, ” opens 323).
Span: from the item's bullet line to its last continuation line. 111 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild33 import entry, read_lines, write_truth

NAME = "thaliaarchi__notes__papers@34db602.md"
PART = "wild33_development"

NOT_PAPERS = {
    8, 11, 14, 17, 23, 29, 38, 58, 79, 85, 89, 119, 136, 139, 143, 146, 157, 161, 171, 185, 201, 236,
    257, 261, 267, 315, 329, 352, 357, 364, 367, 370, 373, 376, 379, 382, 385, 394, 411, 433, 443, 448,
    449, 464, 466, 467, 480, 484, 486, 499, 505, 511, 519, 522, 525, 535, 536, 537, 546, 549, 555, 556,
    558,
}
START = 8  # first item, under "## 2025"
STOP = 561  # reference-link definitions follow


def items(lines):
    """(first, last) line of every list item, nested ones included; continuation lines are more indented."""
    out = []
    cur = None
    for n in range(START, STOP + 1):
        ln = lines[n - 1]
        m = re.match(r"^(\s*)- ", ln)
        if m:
            if cur:
                out.append(cur)
            cur = [n, n, len(m.group(1))]
        elif ln.strip() and cur and (len(ln) - len(ln.lstrip())) > cur[2]:
            cur[1] = n
        elif not ln.strip() or ln.startswith("#"):
            if cur:
                out.append(cur)
            cur = None
    if cur:
        out.append(cur)
    return [(a, b) for a, b, _ in out]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for first, last in items(lines):
        if first in NOT_PAPERS:
            continue
        text = " ".join(lines[i - 1].strip() for i in range(first, last + 1))
        m = re.search(r"[“”\"]([^“”\"]+)[“”\"]", text)
        assert m, (first, text)
        title = m.group(1)
        papers.append(entry(lines, first, last, title))
    assert len(papers) == 111, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each dated (or, under TODO, nested) list item whose subject is a paper, thesis, report or workshop "
        "abstract is an entry spanning its bullet and continuation lines; talks, posters, books, guides, blog "
        "pages, RFCs, patents, specs and topic headings are excluded by line; the title is the curly-quoted "
        "text of the record joined over wrapped lines.",
        "Read every record of the file by eye and classified it; checked each title against its lines and "
        "every arXiv id / DOI (sci-hub, dl.acm.org, springer, tandfonline links) mechanically.",
    )


if __name__ == "__main__":
    main()
