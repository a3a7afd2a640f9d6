"""Wild37 truth for ivansipiran/CC5513_Procesamiento_Geometrico README.md: the page of a Universidad de Chile
graduate course on geometry processing and shape analysis (Spanish headings): the lecture slides, then the
course readings, graphics and geometry-processing papers.

Shape: ``## Contenido`` (5-18) is a bullet list of lecture topics, each with a ``[Slides](./Slides/...pdf)`` link.
``## Lecturas`` (21-65) lists the readings as ``* Title [link](url)`` bullets in five groups separated by ``---``
rules (37, 47, 52 with a trailing space, 57).  Variants: two bold titles (23, 26, ``*  **Title** [link]``, two
spaces after the marker); titles wrapped onto an unindented continuation line (29-30, 58-59, 64-65); the
``[link]`` alone on the next line (43-44); no space before ``[link]`` (40); a bullet indented by one space (45,
still a sibling item).  Links go to author PDFs, CiteSeerX (``?doi=10.1.1...`` ids, not DOIs), ResearchGate,
HAL, PNAS and ACM ``doi/pdf/`` URLs.  Titles are as the course wrote them, with slips (25 "A high resolution
resolution 3D surface surface construction construction algorithm").

Decisions:
- An entry is every bullet of ``## Lecturas``; its span is the bullet line and its continuation lines.
- Title: the bullet text before ``[link]``, bold markup removed, a wrapped title joined with one space, kept as
  written (duplicated words included).  Ids from the entry's lines (DOIs only from the PNAS and ACM URLs).
- Not entries: the lecture-slides bullets of ``## Contenido`` (course material), the ``---`` rules.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild37 import entry, read_lines, write_truth

NAME = "ivansipiran__CC5513_Procesamiento_Geometrico__README@aa9a667.md"
PART = "wild37_development"

BULLET = re.compile(r"^ ?\* +")
LINK = re.compile(r"\s*\[link\]\([^)]*\)\s*$")


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("## Lecturas") + 1
    papers = []
    n = start + 1
    while n <= len(lines):
        if not BULLET.match(lines[n - 1]):
            n += 1
            continue
        last = n
        while last < len(lines) and lines[last].strip() and not BULLET.match(lines[last]) and not lines[last].startswith("---"):
            last += 1
        text = " ".join(ln.strip() for ln in lines[n - 1 : last])
        assert LINK.search(text), n
        title = LINK.sub("", BULLET.sub("", text)).replace("**", "").strip()
        papers.append(entry(lines, n, last, title))
        n = last + 1
    assert len(papers) == 30, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '* Title [link](url)' bullet under '## Lecturas' is an entry (with its continuation lines); title ="
        " the text before [link], bold removed, wrapped titles joined; the lecture-slides bullets are not entries.",
        "Whole file read; all 30 reading bullets compared with the -v output: the bold ones (23, 26), the wrapped"
        " titles (29-30, 58-59, 64-65), the [link] on its own line (43-44), the missing space (40), the one-space"
        " indented bullet (45), the first and last bullet of each '---' group, the DOIs from PNAS/ACM URLs (27,"
        " 31, 41) and no DOI from the CiteSeerX '?doi=10.1.1...' ids (24, 32); the slides list (5-18) excluded.",
    )


if __name__ == "__main__":
    main()
