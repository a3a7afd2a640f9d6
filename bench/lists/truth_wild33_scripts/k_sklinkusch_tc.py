"""Wild33 truth for sklinkusch/TC README.md: a theoretical chemist's / physicist's personal paper
collection (German section names), his group's papers, his own papers, a topical reading list and
his two theses.

Shape: headings ``##``..``#####`` (Papers > AGS / eigene / sonstige > topic > subtopic, then Thesis);
every record is one ``* `` bullet on one line: ``* Authors, "Title", _Journal_ **vol**, pages (year).``
(lines 145, 154, 180 drop the comma after the closing quote).  Line 7 is an intro sentence, not an
entry.  No record carries a DOI or arXiv id.

What is an entry: all 154 bullets, including line 34 (a 1920 record whose title is "Proceedings of the
American Physical Society"), line 108 (title only, no venue) and the Diplomarbeit and Dissertation of
lines 220-221 (theses).

Title: the first double-quoted string of the bullet, markup removed.  Special case line 191: the title
holds an inline HTML link around a codecogs LaTeX image (whose ``title`` attribute has its own quotes);
the title is taken up to the ``", _Surf. Sci._`` that closes it, and the image leaves no text, giving
"... Cu(111) and ()R30°-CO/Cu(111) ...".  HTML entities (``&#233;``, ``&deg;``) and ``<sub>``/``<sup>``
tags inside titles are decoded/removed by the helper.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild33 import entry, read_lines, write_truth

NAME = "sklinkusch__TC__README@9bbeb71.md"
PART = "wild33_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if not ln.startswith("* "):
            continue
        if "codecogs" in ln:
            m = re.search(r'"(.*?)", _Surf\. Sci\._', ln)
        else:
            m = re.search(r'"([^"]+)"', ln)
        papers.append(entry(lines, i, i, m.group(1)))
    assert len(papers) == 154, len(papers)
    write_truth(NAME, PART, papers,
                "Every '* ' bullet (one line each) is an entry; its title is the first double-quoted "
                "string, markup and entities removed (the one title with an inline LaTeX image is cut at "
                "its closing quote before the journal).",
                "All bullets compared by eye with the file; the three bullets without a comma after the "
                "title, the title-only bullet, the 1920 proceedings record, the image title and the theses "
                "checked individually.")


if __name__ == "__main__":
    main()
