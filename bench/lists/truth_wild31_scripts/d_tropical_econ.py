"""Wild31 truth for tanayrajbhatt/tropical-econ-papers README.md: a weekly-updated list of papers applying
tropical geometry and min-plus methods to economics (auctions, indivisible goods, equilibrium, trade).

Shape: one flat bullet list (lines 7-56) under an intro and a "_50 papers._" count line; every item is
``- [Title](URL) — Authors (YEAR). *Venue*`` with the URL an arXiv abstract page, a doi.org link (three of
them with parentheses inside the DOI, lines 49, 50 and 53: ``10.1016/S0166-218X(02)00456-0``), an SSRN page, a
Semantic Scholar page or a PDF on an author's site.  Titles include a Russian one (line 11) and a French one
(line 35), a dagger (line 36), straight and curly quotes.  The list is machine-merged: several papers appear
twice under slightly different titles or ids (e.g. "Understanding Preferences" on lines 29, 33 and 38,
"The Equilibrium Existence Duality" on lines 17-18, "Implementing Walrasian Equilibrium" on lines 14 and 16,
"International Trade Theory and Exotic Algebras" on lines 43-44); each record is its own entry.

Entries: all 50 items, working papers and preprints included.  Title: the link text as written; on line 38 the
link text ends with the words "Working paper", which are kept since they are inside the linked title text.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild31 import entry, read_lines, write_truth

NAME = "tanayrajbhatt__tropical-econ-papers__README@6317ce6.md"
PART = "wild31_development"

ITEM = re.compile(r"^- \[(?P<t>[^\]]+)\]\((?P<url>https?://\S+?)\) — .+ \(\d{4}\)\. \*[^*]+\*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, line in enumerate(lines, 1):
        if not line.startswith("- "):
            continue
        m = ITEM.match(line)
        assert m, (n, line)
        papers.append(entry(lines, n, n, m.group("t")))
    assert len(papers) == 50, len(papers)
    write_truth(
        NAME, PART, papers,
        "Every bullet '- [Title](URL) — Authors (YEAR). *Venue*' is an entry (duplicates from the merged sources"
        " kept as separate entries); the title is the link text.",
        "All 50 items read by eye: titles (Russian, French, dagger, quotes, 'Working paper' tail on line 38), the"
        " arXiv ids and DOIs including the three DOIs with parentheses; SSRN, Semantic Scholar and PDF links give"
        " no id except the SSRN DOIs written as doi.org links.",
    )


if __name__ == "__main__":
    main()
