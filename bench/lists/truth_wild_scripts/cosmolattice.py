"""Wild truth for cosmolattice/cosmolatticeweb source/docs/publications/Publications.md: papers that used CosmoLattice.

A MkDocs page whose list is generated HTML: one '<ol>' with a '<li value="N">' per paper (100 to
1), each of three text lines: '<b>Title</b>.<br>', the authors as '<span class="clau">' names,
and an optional '<i>Journal ref</i>.' with 'arXiv: <a href="https://arxiv.org/abs/ID">ID</a>'.
Every item is an entry, its lines = the three text lines (the '<li>' and '</li>' lines hold no
text); title = the bold text, HTML entities decoded ('&amp;' -> '&').  Three titles carry LaTeX
math in MathJax delimiters ('\\(Z_2\\)', '\\(\\alpha \\)'); the list is a raw HTML block (no blank
line inside), so Markdown backslash escapes do not apply and the LaTeX is kept as written, as
for '$...$' math in other lists.  Every item gives an arXiv id; none gives a DOI.  The HTML
comments and the '<div class="cl-pubs-mount">' placeholder are not entries.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "truth_scripts"))
from _wild import entry, read_lines, write_truth

NAME = "cosmolattice__cosmolatticeweb__source__docs__publications__Publications@45c7e02.md"
PART = "wild_development"
LINES = read_lines(NAME)
PAPERS: list[dict] = []


def add(first: int, last: int, title: str | None) -> None:
    PAPERS.append(entry(LINES, first, last, title))


def write(method: str, checked: str) -> None:
    write_truth(NAME, PART, PAPERS, method, checked)


def main() -> None:
    for i, text in enumerate(LINES, 1):
        if not text.startswith("<li value="):
            continue
        assert LINES[i + 3] == "</li>", i
        m = re.fullmatch(r"<b>(.+)</b>\.<br>", LINES[i])
        assert m and LINES[i + 1].startswith('<span class="clau"') and "arXiv: <a" in LINES[i + 2], i
        # backslashes doubled so that the Markdown-escape step of clean() leaves the LaTeX as written
        add(i + 1, i + 3, m.group(1).replace("\\", "\\\\"))
    write("every '<li value=N>' item of the generated list is an entry (its three text lines), title = the bold"
          " text with entities decoded and LaTeX kept as written; arXiv id from the item's arXiv link",
          "the count of '<li' (100) and '<b>' lines against the entries, every item's shape (asserted), the three"
          " LaTeX titles and the '&amp;' title, 20 sampled entries' titles, ids and lines")


if __name__ == "__main__":
    main()
