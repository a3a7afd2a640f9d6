"""Wild35 truth for modelsconf2018/modelsconf2018.github.io program/papers/index.md: MODELS 2018
accepted papers (conference proceedings page of a Jekyll site).

Shape: Jekyll front matter (lines 1-4), a Bootstrap <div> wrapper and an inline <style> block, then two
setext (=====) headings, "... Foundations Track" (lines 9-10) and "... Practice & Innovation Track" (lines 104-105).
Each paper is an ATX `###` heading holding only the title, followed by one line of authors (some
names linked to home pages, none of the links is a paper id); papers are separated by `<hr>` lines
(the last paper of each track has none after it).  An entry is the `###` line plus its author line;
its title is the heading text.  No paper carries an arXiv id or a DOI.  Not entries: the headings,
front matter, style block, closing </div> lines.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild35 import entry, read_lines, write_truth

NAME = "modelsconf2018__modelsconf2018.github.io__program__papers__index@c8549a9.md"
PART = "wild35_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        m = re.match(r"^### (.+)$", ln)
        if not m:
            continue
        authors = lines[i]  # line i + 1
        assert authors.strip() and not authors.startswith(("#", "<hr")), (i, authors)
        papers.append(entry(lines, i, i + 1, m.group(1)))
    assert len(papers) == 42, len(papers)
    write_truth(NAME, PART, papers,
                "Each ### heading (title only) plus the author line under it is one paper; title = heading text.",
                "All 42 entries checked by eye against the file (29 Foundations, 13 Practice & Innovation).")


if __name__ == "__main__":
    main()
