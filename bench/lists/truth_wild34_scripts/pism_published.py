"""Wild34 truth for pism/pism.github.io publications/published.md: the generated list of published
papers that used PISM, the Parallel Ice Sheet Model (glaciology / climate science).

Shape: `### 2026` ... `### 2007` year headings over numbered items, one per line (numbering restarts
every year).  Each item is a BibTeX-rendered citation with Markdown backslash escapes everywhere
(`Julien A\\. Bodart, ... and Johannes C\\. R\\. Sutter\\. Radar isochrones ... East Antarctica\\.
*The Cryosphere*, 20\\(2\\):1379–1404, February 2026\\. [doi:10\\.5194/tc\\-20\\-1379\\-2026](https://doi.org/...)\\.`),
HTML entities (`&amp;`, `&ndash;`) and trailing spaces.  Every item is one entry on its own line.

Title: the text after the author list and before the venue.  The author list ends at the first
escaped full stop `\\. ` that does not close an initial (`A\\.`, `C\\. K\\.`, `J\\.X\\.`, the `v\\.` of
`J\\. v\\. Hardenberg` on line 91); the title ends at
`\\. *Venue*`, at `\\. In ` (proceedings and book chapters: lines 80, 88, 102, 184, 213, 232, 261) or
at `? *Venue*` (line 215, whose title ends with a question mark, kept).  Escapes are rendered away.
Ids: the doi.org link of each item; items without one (line 102's book chapter; 204, 213 and 215 with only
a plain URL) have no DOI.  The file is on the site's gh-pages branch (the newest commit f962a17 of that
branch); the main branch holds only the BibTeX sources it is generated from.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import entry, read_lines, write_truth

NAME = "pism__pism.github.io__publications__published@f962a17.md"
PART = "wild34_development"

ITEM = re.compile(r"^(\d+)\. (.*)$")
STOP = re.compile(r"\\\. ")
END = re.compile(r"\\\. \*|\\\. In |[?!] \*")


def split_title(body: str) -> str:
    """The title of one citation: after the author list, before the venue."""
    for m in STOP.finditer(body):
        word = re.split(r"[\s\-]", body[: m.start()])[-1].replace("\\", "")
        if re.fullmatch(r"(?:[^\W\d_]\.)*[^\W\d_]", word):  # initials (A, J.X, C.S.M, v): authors go on
            continue
        start = m.end()
        break
    else:
        raise ValueError(body)
    e = END.search(body, start)
    assert e, body
    stop = e.start() + (1 if body[e.start()] in "?!" else 0)
    return body[start:stop]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if not m:
            assert ln == "" or ln.startswith("### "), n
            continue
        papers.append(entry(lines, n, n, split_title(m.group(2))))
    assert len(papers) == 249, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each numbered citation line is an entry; its title is the text between the author list (ended by the first "
        "escaped full stop not closing an initial) and the venue (`\\. *Venue*`, `\\. In `, or `? *`), escapes "
        "removed; ids from its doi.org link.",
        "Checked against the site's own BibTeX sources (applications.bib on the same commit): every title "
        "matches its bib title up to case, braces and TeX accents; by eye the first and last item of every year, "
        "the 8 items without an italic journal (80, 88, 102, 184, 213, 215, 232, 261), the 4 without a DOI and 25 random items.",
    )


if __name__ == "__main__":
    main()
