"""Wild30 truth for Oichkatzelesfrettschen/lambda-research docs/type-systems/09-substructural-types/papers/bibliography.md:
a generated bibliography of substructural lambda calculi (linear, affine, relevant, ordered, BI, separation logic).

Shape: blocks under `###` topic headings and bare era lines ("Foundational Period (1987-1995)").  Each record
is a bold `**Author(s) (Year)**` line, an italic `*Title*` line, a venue line, then optional `**DOI**:` /
`**ISBN**:` lines, an `**Access**:` line and a `**Significance**:` line (lines 23-280).  An entry spans the
bold author line to the Significance line; its title is the italic line.  Special cases:
- four records are books, not entries: Anderson, Belnap & Dunn, Entailment vol. II (line 93, Princeton
  University Press); Bimbó (line 100, Oxford University Press); Pym 2002 (line 160, Applied Logic Series
  monograph); Klabnik & Nichols, The Rust Programming Language (line 212, No Starch Press).
- Walker 2005 (line 141) is a survey chapter in an edited volume and Melliès 2009 (line 201) a survey
  article in Panorama & Synthèses: both kept as entries.
- line 61: the title itself contains an asterisk (`*Linear Logic, *-Autonomous Categories ...*`).
- line 278: `arXiv:1102.4971` as the venue line (Madet 2011).
- lines 3-13 (structural-rule glossary bullets with bold terms) and lines 283-417 (thematic organization,
  significance analysis, `**Girard (1987)**`-style cross-references, tools, conclusion) are not entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild30 import entry, read_lines, write_truth

NAME = "Oichkatzelesfrettschen__lambda-research__docs__type-systems__09-substructural-types__papers__bibliography@ffb7373.md"
PART = "wild30_development"
BOOKS = {93, 100, 160, 212}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if not re.match(r"^\*\*[^*]+\(\d{4}\)\*\*$", ln) or i in BOOKS:
            continue
        t = lines[i]
        assert t.startswith("*") and t.endswith("*"), (i, t)
        j = i
        while not lines[j - 1].startswith("**Significance**"):
            j += 1
        papers.append(entry(lines, i, j, t[1:-1]))
    assert len(papers) == 23, len(papers)
    write_truth(NAME, PART, papers,
                "Each bold 'Author (Year)' record with an italic title line is an entry spanning to its Significance "
                "line, except four books; title is the italic line.",
                "All 27 records and the trailing cross-reference sections checked by eye; the four books excluded.")


if __name__ == "__main__":
    main()
