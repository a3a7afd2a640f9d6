"""Wild34 truth for luisDVA/luisdva.github.io _pages/Publications.md: a mammal ecologist's personal
publication page (Jekyll, minimal-mistakes), hand-typed citations in several styles, newest first.

Shape: a Google Scholar link (line 13, not an entry), then one "+ " list item per publication, each on
one line, separated by blank lines.  Citation styles vary from item to item: "Authors (year). Title.
_Journal_", "Authors. year. Title. _Journal_", "Authors (year) Title, _Journal_", a quoted
'"Title." Journal (year)' (line 29), and the year placed after the title (line 63).  DOIs are given
as bare "DOI: 10.x/y" text, a bare "10.1111/mam.12214" (line 47) or doi.org links; some items have
none, and "Full text (Open Access) [here](publisher url)" tails (lines 65, 67, 78) are part of the
item.  Because no single pattern separates title from authors and venue, the titles are written out
per line in ``TITLES``, each copied from the file.

Decisions: species accounts and chapters in edited scholarly volumes (lines 21, 23, 25, 27, 43) are
scholarly works and are entries; line 27 repeats line 25 word for word and is a separate entry
(repeated records count twice); the Spanish outreach article in _Therya ixmana_ (line 41) and the
Chilean mammal checklist article (line 45) are journal articles and are entries.  Line 51 writes
"Mexico?." : the title keeps the "?".  Line 78 runs the journal on without a space ("risk._Proc R
Soc B_"): the title stops at "risk".  31 entries.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import entry, read_lines, write_truth

NAME = "luisDVA__luisdva.github.io___pages__Publications@8df80ed.md"
PART = "wild34_development"

TITLES = {
    15: "Status and shortfalls in the availability of genetic sequences and associated metadata for Mexican mammals",
    17: "Phylogenetic Patterns in Hunting and Extinction Risk in Primates",
    19: "Prevalence and patterns of convergent ecomorphological evolution in rodents",
    21: "Advances in the Biogeography of Neotropical Mammals",
    23: "Ornate Shrew Sorex ornatus Merriam, 1895",
    25: "Mexican Mole Scapanus anthonyi JA Allen, 1893",
    27: "Mexican Mole Scapanus anthonyi JA Allen, 1893",
    29: "Navigating ecosystem services trade-offs: A global comprehensive review",
    31: "Spatial assessment of risks faced by marine protected areas in Chilean Patagonia",
    33: "Global primary predictors of extinction risk in primates",
    35: "Genome size is positively correlated with extinction risk in herbaceous angiosperms",
    37: "Global wildlife trade and trafficking contribute to the world’s nonhuman primate conservation crisis",
    39: "A systematic review of the role of terrestrial vertebrates in ecological integrity assessment",
    41: "Dime dónde andas y te diré cómo eres, así funciona la Evolución Convergente",
    43: "A Global Review of Phylogeographic Studies on Bats",
    45: "Lista actualizada de los mamíferos vivientes de Chile",
    47: "Classifying rodent diets for comparative research",
    49: "Patterns in research and data sharing for the study of form and function in caviomorph rodents",
    51: "What do studies in wild mammals tell us about human emerging viral diseases in Mexico?",
    53: "From conference abstract to publication in the conservation science literature",
    55: "Good practices for sharing analysis-ready data in mammalogy and biodiversity research",
    57: "The conservation value of human-modified landscapes for the world’s primates",
    59: "Co-occurrence and character convergence in two Neotropical bats",
    61: "Space use by two arboreal rodent species in a Neotropical cloud forest",
    63: "Phylogeography of the Oenanthe hispanica–pleschanka–cypriaca complex (Aves, Muscicapidae: Saxicolinae): Diversification history of open-habitat specialists based on climate niche models, genetic data, and morphometric data",
    65: "Morphology captures diet and locomotor types in rodents",
    67: "Impending extinction crisis of the world’s primates: Why primates matter",
    69: "Biases, gaps, and opportunities in mammalian extinction risk research",
    72: "Diversity, extinction, and threat status in Lagomorphs",
    75: "Threat to the point: improving the value of comparative extinction risk analysis for conservation action",
    78: "Phylogenetic correlates of extinction risk in mammals: species in older lineages are not at greater risk",
}


def main() -> None:
    lines = read_lines(NAME)
    items = [i for i, ln in enumerate(lines, 1) if ln.startswith("+ ")]
    assert items == sorted(TITLES), items
    papers = []
    for i in items:
        assert TITLES[i] in lines[i - 1], i
        papers.append(entry(lines, i, i, TITLES[i]))
    assert len(papers) == 31, len(papers)
    write_truth(NAME, PART, papers,
                "Each '+ ' list item is one entry (species accounts and book chapters included, the repeated line 27 counted again); titles are copied per line from the file.",
                "All 31 entries checked by eye: every title against its line, DOIs (bare, 'DOI:' text and doi.org links), the items without any id, the duplicate on lines 25/27.")


if __name__ == "__main__":
    main()
