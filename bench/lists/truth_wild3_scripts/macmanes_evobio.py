"""Wild3 truth for macmanes/MacManes_Lab_Notebook Matt/Quals_materials/Evolutionary_Bio_Classics.md: an evolutionary-biology quals list.

Plain numbered items, no Markdown links, in three parts: '__Books__' (3 items), '__Manuscripts__'
(17 items) and '*Behavior*' (5 items).  The three books (Endler, Fisher, Williams) are not
entries; every item under 'Manuscripts' and 'Behavior' is an entry (22), one line each.  The items
mix citation styles: 'Author. Year. Title. Journal vol:pages', 'Author, "Title," Journal', 'Author
(Year) “Title”', 'Author Year Title http://…' with a bare URL after the title, and one item with no
title at all ('15. Trivers&Wilard 1973': title null).  Title = the article title as written (quotes
and the separator after it dropped; no author, year, journal or URL).  'The Evolution of
Cooperation' (Axelrod and Hamilton 1981) is the Science article, not the later book.  DOIs come
only from URLs that contain one (annualreviews doi/abs/…, jstor discover/10.2307/…); no arXiv ids.
"""
from _wild3 import entry, read_lines, write_truth

NAME = "macmanes__MacManes_Lab_Notebook__Matt__Quals_materials__Evolutionary_Bio_Classics@3c3cda3.md"
PART = "wild3_development"

TITLES = {
    15: "Intense natural selection in a population of Darwin’s finches in the Galapagos",
    16: "The spandrels of San Marco and the Panglossian paradigm: a critique of the adaptationist programme",
    17: "Unpredictable evolution in a 30-year study of Darwin’s Finches",
    18: "Heritable true fitness and bright birds: a role for parasites?",
    19: "The genetics of adaptation: a reassessment",
    20: "Evidence for stabilizing selection in a eukaryotic enhancer element",
    21: "Patter of nucleotide substitutions at major histocompatibility complex class I loci reveals"
        " overdominant selection",
    22: "Accelerated evolution and Muller's Ratchet in Endosymbiotic bacteria",
    23: "Adaptive protein evolution at the AHD locus in Drosophila",
    24: "Rapidly evolving mouse alpha globin related pseudogene and its evolutionary history",
    25: "Slightly Deleterious Mutant Substitutions in Evolution",
    26: "Intra-sexual selection in Drosophila",
    27: "The Units of Selection",
    28: "SELFISH DNA: A SEXUALLY-TRANSMITTED NUCLEAR PARASITE",
    29: None,  # '15. Trivers&Wilard 1973': author and year only
    30: "Adaptation and diversification on islands",
    31: "A Mechanism of Extreme Growth and Reliable Signaling in Sexually Selected Ornaments and Weapons",
    36: "Parent-offspring conflict",
    37: "The evolution of reciprocal altruism",
    38: "Sexual Selection, Social Competition, and Speciation",
    39: "The Evolution of Cooperation",
    40: "Ecology, sexual selection, and the evolution of mating systems",
}


def main() -> None:
    lines = read_lines(NAME)
    manus = lines.index("__Manuscripts__") + 1
    numbered = [i for i, t in enumerate(lines, 1) if t[:1].isdigit() and i > manus]
    assert numbered == sorted(TITLES), numbered  # every numbered item after 'Manuscripts' and nothing else
    papers = []
    for ln, title in TITLES.items():
        if title is not None:
            assert title in lines[ln - 1], ln
        papers.append(entry(lines, ln, ln, title))
    write_truth(
        NAME, PART, papers,
        "every numbered item under 'Manuscripts' and 'Behavior' is an entry (the three 'Books' items are not);"
        " title = the article title as written, without authors, year, journal, quotes or bare URL; null for"
        " the title-less 'Trivers&Wilard 1973'",
        "all 22 entries one by one against the file (titles incl. the curly-quoted Bateman title and the"
        " all-caps Hickey title, line numbers); count by a second pass over numbered lines after"
        " '__Manuscripts__' (17 + 5); the DOIs from the annualreviews and jstor URLs; books excluded",
    )


if __name__ == "__main__":
    main()
