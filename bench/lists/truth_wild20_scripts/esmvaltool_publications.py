"""Wild20 truth for ESMValGroup/ESMValTool-website publications.md: climate-science papers using ESMValTool.

A Jekyll page: front matter, an HTML note box asking readers to register their papers, then one
heading and 64 author-first reference paragraphs (Copernicus style, 'Authors: **Title**, Journal,
vol, pages, [doi: ...](https://doi.org/...), year.'), each wrapped over two to thirteen lines and
separated by blank lines, in alphabetical order.  Every paragraph is an entry, its lines = the
paragraph's lines.  Title = the bold text.  Seven bold spans run on into the journal name
(', Climate of the Past**', ', Nature Climate Change**', ...): the journal is not part of the title
and is cut (the suffixes are listed and each asserted to be cut once).  One paragraph (Pitari et al.
2017) has no bold: its title is the plain text between 'Authors: ' and ', Meteorologische
Zeitschrift'.  One paragraph (Lee, S. et al. 2017, IEEE BigData) gives no DOI; the others give a
doi.org (once dx.doi.org) link.  The note box and heading are not entries.
Counts: 64 paragraphs after the heading (awk paragraph count), 63 bold spans (126 '**'), 63 DOI
links.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild20 import entry, read_lines, write_truth

NAME = "ESMValGroup__ESMValTool-website__publications@49040ff.md"
PART = "wild20_development"
LINES = read_lines(NAME)

JOURNAL_IN_BOLD = [
    ", Climate of the Past",
    ", Journal of Advances in Modeling Earth Systems",
    ", Geoscientific Model Development",
    ", Nature Climate Change",
    ", Water Resources Research",
    ", Earth System Dynamics",
    ", Journal of Climate",
]


def main() -> None:
    start = next(i for i, t in enumerate(LINES, 1) if t.startswith("## Publications")) + 1
    paras: list[tuple[int, int]] = []
    first = None
    for i in range(start, len(LINES) + 1):
        blank = not LINES[i - 1].strip()
        if not blank and first is None:
            first = i
        if blank and first is not None:
            paras.append((first, i - 1))
            first = None
    if first is not None:
        paras.append((first, len(LINES)))
    assert len(paras) == 64, len(paras)

    cut = {s: 0 for s in JOURNAL_IN_BOLD}
    papers = []
    for a, b in paras:
        text = " ".join(LINES[a - 1 : b])
        m = re.search(r"\*\*(.+?)\*\*", text)
        if m:
            title = m.group(1).strip()
            for s in JOURNAL_IN_BOLD:
                if title.endswith(s):
                    title = title[: -len(s)]
                    cut[s] += 1
        else:
            m = re.search(r"Lim, L\.: (.+?), Meteorologische Zeitschrift", text)
            assert m, a
            title = m.group(1)
        papers.append(entry(LINES, a, b, title))
    assert all(v == 1 for v in cut.values()), cut
    assert sum(1 for p in papers if p["doi"]) == 63
    write_truth(
        NAME, PART, papers,
        "every blank-line-separated reference paragraph after the heading is an entry (its lines); title = the"
        " bold text with a journal name that runs into the bold cut (7 cases), the plain title for the one"
        " paragraph without bold; DOI from the doi.org link",
        "paragraph count (64) by awk and by eye, bold count (63), DOI count (63); all 64 titles read against"
        " the file, the 7 journal-in-bold cuts, the unbolded Pitari title, the DOI-less IEEE BigData paper",
    )


if __name__ == "__main__":
    main()
