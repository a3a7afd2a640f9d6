"""Wild44 truth for NicolasRiel/NicolasRiel.github.io _publications/bibtex.md (newest commit 67b8c84): the "BibTeX"
page of a geoscientist's academicpages site (Nicolas Riel: petrology, thermodynamic modelling of magmas, geodynamics,
subduction, metamorphism; author of MAGEMin) -- his journal publications, each with its BibTeX record.

Shape: 1,046 lines.  Jekyll front matter (1-9), then 43 records, newest first, each a heading section:
``## [key](#key)`` (the citation key; three keys are DOIs or DOI URLs: 53, 223, 297), a blank line, one
citation line ``Authors, "**Title**," *Journal*, Vol. v, No. n, year, pages.`` (the title bold inside straight
quotes; most lines end with two raw-HTML icon links ``<a href='https://doi.org/...'>`` / ``dx.doi.org``), on four
records a ``**Abstract:**`` paragraph (53, 86, 116, 171), then ``[](#keyBib)``, ``**BibTeX entry:**``,
``{% raw %}`` and a fenced ``bibtex`` block holding the same paper's ``@ARTICLE`` record (title, journal, often
doi/url), mostly followed by ``{% endraw %}``.  Special cases: 12 starts with a LaTeX leftover ``textbfRiel,
Nicolas``; 297 is a corrigendum ("Corrigendum to: Melting of Peridotites through to Granites: ...", its bold title
ending in a period); 327 writes ``Fe3+/$Sigma$Fe``; 349 ``GeophysicalModelGenerator. jl`` (a JOSS paper); 674 a
French title without accents (Géochronique); 720 a title with a question mark; 12 is "in press" with no DOI.

Entries (42): every record but the corrigendum.  The BibTeX block under a record describes the same paper, so it is
part of that entry, not an entry of its own.  Span = the heading through the closing fence of the record's BibTeX
block.  Not entries: 297 (a correction notice, not a scholarly work; the same decision as for the correction notice
in the Landau1994 digest of this set), the front matter.
Title = the bold text between ``"**`` and ``**,"`` as written (LaTeX leftovers kept as written).  Ids: the first DOI
the record's lines give (the icon link, else the BibTeX ``doi``/``url`` field); no arXiv ids.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild44 import entry, read_lines, write_truth

NAME = "NicolasRiel__NicolasRiel.github.io___publications__bibtex@67b8c84.md"
PART = "wild44_development"

HEAD = re.compile(r"^## \[([^\]]+)\]\(#([^)]+)\)$")
TITLE = re.compile(r'"\*\*(.+?)\*\*,"')
CORRIGENDUM = 297


def main() -> None:
    lines = read_lines(NAME)
    heads = [i for i, ln in enumerate(lines, 1) if ln.startswith("## ")]
    assert len(heads) == 43
    papers = []
    for k, first in enumerate(heads):
        m = HEAD.match(lines[first - 1])
        assert m and m.group(1) == m.group(2), first
        stop = heads[k + 1] - 1 if k + 1 < len(heads) else len(lines)
        fences = [j for j in range(first, stop + 1) if lines[j - 1].startswith("```")]
        assert len(fences) == 2 and lines[fences[0] - 1] == "```bibtex", (first, fences)
        assert lines[fences[0]].lstrip().upper().startswith("@ARTICLE"), first
        assert lines[first] == "" and lines[fences[0] - 5] == "**BibTeX entry:**", first
        t = TITLE.search(lines[first + 1])
        assert t, first
        if first == CORRIGENDUM:
            assert t.group(1).startswith("Corrigendum to: ")
            continue
        papers.append(entry(lines, first, fences[1], t.group(1)))
    t = {p["line"]: p["title"] for p in papers}
    d = {p["line"]: p["doi"] for p in papers}
    assert t[10] == "Thermodynamic modelling of lithium enrichment during partial melting: the importance of partition coefficients"
    assert t[325] == "Major-element geochemistry and Fe3+/$Sigma$Fe of metabasites"
    assert t[347].startswith("GeophysicalModelGenerator. jl: A Julia package")
    assert t[672] == "Techniques, methodes et outils pour la quantification du metamorphisme"
    assert t[718] == "Convection in a partially molten metasedimentary crust? Insights from the El Oro complex (Ecuador)"
    assert t[1023].startswith("Subduction initiation triggered the Caribbean large igneous")
    assert d[10] is None and d[30] == "10.30909/vol/lepa7012" and d[53] == "10.1029/2025jb032901"
    assert CORRIGENDUM not in t
    assert not any(p["arxiv"] for p in papers)
    assert len(papers) == 42, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each '## [key](#key)' record (citation line with the title bold in quotes, optional abstract, and the same "
        "paper's fenced BibTeX block) is one entry spanning the heading through the closing fence, except the "
        "corrigendum (297); title = the bold quoted text as written; ids = the first DOI of the record's lines.",
        "All 43 headings with their citation lines and BibTeX types listed and compared with the -v output; read in "
        "full: the first and last records (10-26, 1023-1043), the four with abstracts (53, 86, 116, 171), the "
        "corrigendum (297), the LaTeX leftovers (12 'textbfRiel', 327 '$Sigma$'), 347, 672 (French), 718 ('?'), and "
        "about 15 others (30, 146, 201, 223, 249, 417, 487, 555, 648, 765, 835, 906, 977, 1001); DOIs of records "
        "with and without icon links (10 none, 30 and 53 from the links).",
    )


if __name__ == "__main__":
    main()
