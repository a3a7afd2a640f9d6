"""Wild22 truth for the-au-forml-lab/plgroup docs/papers.md (commit cba6516): a PL reading group's
generated paper list.

Shape: a Markdown ordered list, every item written '1. ' (the renderer numbers them), one paper
per line, no headings; line 1 is blank and a blank line (7) splits the list in two.  Each line is
an MLA citation that the group's script fetched from Crossref by DOI: 'Last, First, et al.
“Title.” Venue, vol., no., date, pp. Crossref, <https://doi.org/...>.' (the DOI URL bare on
lines 2-5 and 8, in angle brackets on the others).  Title = the text between the curly quotes, the
closing period that MLA puts inside the quotes dropped.
Special cases: lines 22, 30 and 34 (Dagstuhl LIPIcs papers from CSL 2025) have no quotes: the
title is written plain between the author names and 'Schloss Dagstuhl'; it is hand-coded (the
author part 'Lyon, Tim S.' on line 30 ends in an initial, so no generic split).  Lines 31 and 32
are the same paper twice: two entries.  Line 5 is a linguistics article (Japan Forum) and line 6
a functional pearl: both scholarly articles, so entries.
Why this commit: at the snapshot's HEAD (7cf8bc2, 2026-03) docs/papers.md lists only the 10
papers of the current semester (< 15); the version of 2025-06-21 (cba6516) holds 38.
Entries: all 38 items.  Count check: 38 lines starting '1. ' = 5 + 33.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild22 import entry, read_lines, write_truth

NAME = "the-au-forml-lab__plgroup__docs__papers@cba6516.md"
PART = "wild22_development"
PLAIN = {
    22: "Completeness of First-Order Bi-Intuitionistic Logic",
    30: "Unifying Sequent Systems for Gödel-Löb Provability Logic via Syntactic Transformations",
    34: "Boundedness of Cost Register Automata over the Integer Min-Plus Semiring",
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        if not text.strip():
            continue
        assert text.startswith("1. "), i
        if i in PLAIN:
            title = PLAIN[i]
            assert "“" not in text and f". {title}. Schloss Dagstuhl" in text, i
        else:
            m = re.search(r"“(.+?)”", text)
            assert m, i
            title = m.group(1)
            title = title.removesuffix(".")
        papers.append(entry(lines, i, i, title))
    assert len(papers) == 38, len(papers)
    assert sum(1 for p in papers if p["doi"]) == 38
    write_truth(NAME, PART, papers,
                "every '1. ' list item (one MLA citation fetched from Crossref per line) is an entry; title = the"
                " text inside the curly quotes without MLA's closing period, or, for the three unquoted LIPIcs"
                " citations (lines 22, 30, 34), the plain text between the authors and 'Schloss Dagstuhl';"
                " the duplicated item (lines 31-32) counts twice",
                "all 38 lines read by eye against the -v output: titles, the three unquoted titles, the duplicate,"
                " DOIs bare with a trailing period (lines 2-5, 8) and in angle brackets (the others), upper-case"
                " LIPIcs DOIs lower-cased")


if __name__ == "__main__":
    main()
