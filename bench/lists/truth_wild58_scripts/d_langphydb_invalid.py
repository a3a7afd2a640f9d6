"""Wild58 truth for SimonGreenhill/LangPhyDB INVALID.md at 699fb83 (2026-04-13): the list of papers that the Language
Phylogeny Database (computational phylogenetics of languages; linguistics / cultural evolution) judged out of scope,
each with the reason it was excluded.

Shape: 151 lines, 8 KB.  ``# Invalid`` (1), a two-line intro and a criteria list (3-7, ``- no explicit phylogenetic
analysis``), then letter headings ``## A`` .. ``## Z`` (10-149, blank lines to 151), many of them empty (``## I`` / ``## J`` ...).  Under a
letter, each paper is a ``* `` bullet holding one free-form reference, followed by an indented ``    - reason`` sub-bullet
(``    - no explicit phylogenetic analysis``, ``    - phylogeny is from mtDNA not language``).
Special cases - the references use at least five citation styles, hand-typed:
- APA: ``Dediu, D, & Cysouw, M (2013). Some structural aspects ... seven methods. PloS One, 8(1), e55009. https://doi...``
- Nature style, year at the end: ``Allassonnière-Tang, M., ... et al. Expansion by migration ... systems. Humanit Soc Sci
  Commun 8, 331 (2021).`` (12); ``Pereltsvaig, A. & Lewis, M.W. The Indo-European controversy: ... (Cambridge: ...,
  2015).`` (107, a book).
- Vancouver-like, year after the names without parentheses: ``Bromham L, Hua X, ... 2015. Rate of language ...`` (23),
  ``Crisma, Paola & Guardiano, Cristina & Longobardi, Giuseppe. 2020. Syntactic parameters ...`` (31).
- Quoted titles: ``Ringe and T. Warnow. 2008 "Linguistic history and computational cladistics." In: ...`` (116),
  ``Warnow, D Ringe, and A Taylor, 1995 "Reconstructing the evolutionary history of natural languages." IRCS ...`` (137).
- Titles ending in ``?`` (20, 88); a curly apostrophe (``doesn’t``, 26); a stray ``x`` after the pages (31); trailing tabs
  (116, 137); a whitespace-only line (118); DOIs as URLs, as ``DOI: http://doi.org/...`` (85, 88) or ``doi:10.1371/...``
  (143).

Decisions:
- Entry = every ``* `` bullet (31), span = the bullet and its reason sub-bullet (two lines).  The criteria list (6-7) and
  the reasons are not entries.  The book (107) and the report (137) are kept: the file lists them as excluded papers.
- Title = the work's title as written, without authors, year, quotes, venue or the closing period (a closing ``?`` kept).
  With so many styles the titles are given by hand per line (read off the file) and the script asserts that each one
  occurs verbatim in its bullet line.
"""
import re

from _wild58 import entry, read_lines, write_truth

NAME = "SimonGreenhill__LangPhyDB__INVALID@699fb83.md"
PART = "wild58_development"

BULLET = re.compile(r"^\* \S")
REASON = re.compile(r"^    - \S")

TITLES = {
    12: "Expansion by migration and diffusion by contact is a source to the global diversity of linguistic nominal"
    " categorization systems",
    17: "Automated reconstruction of ancient languages using probabilistic models of sound change",
    20: "Does Lateral Transmission Obscure Inheritance in Hunter-Gatherer Languages?",
    23: "Rate of language evolution is affected by population size",
    26: "The over-representation of phonological features in basic vocabulary doesn’t replicate when controlling for"
    " spatial and phylogenetic effects",
    31: "Syntactic parameters and language learnability",
    36: "Some structural aspects of language are more stable than others: A comparison of seven methods",
    41: "Inference of Divergence times as a statistical inverse problem",
    46: "The evolution of matrilineal kinship organization",
    51: "Convergence in the formation of Indo-European subgroups: Phylogeny and Chronology",
    54: "Population Size and the Rate of Language Evolution: A Test Across Indo-European, Austronesian, and Bantu"
    " Languages",
    59: "The Burgundian language and its phylogeny",
    62: "Inheritance and diffusion of language and culture: A comparative perspective",
    69: "Emotion semantics show both cultural variation and universal structure",
    72: "Phylogenies based on lexical innovations refute the Rung hypothesis",
    79: "Universal typological dependencies should be detectable in the history of language families",
    82: "Quantitative typological analysis of Romance languages",
    85: "Methods in parametric linguistics and cognitive history",
    88: "A Minimalist program for parametric linguistics?",
    91: "Convergence in parametric phylogenies: homoplasy or principled explanation",
    94: "Mathematical modeling of grammatical diversity supports the historical reality of formal syntax",
    99: "River thinking: Arawakan and Pano-Tacanan in the Upper Amazon Transition Area",
    107: "The Indo-European controversy: Facts and fallacies in historical linguistics",
    110: "Measures of lexical distance between languages",
    116: "Linguistic history and computational cladistics",
    121: "Linguistic clues suggest that the Indonesian colonizers directly sailed to Madagascar",
    124: "A sea of languages: predicting the number of languages per island group in Remote Oceania",
    131: "Sociogeographic correlates of typological variation in northwestern Bantu gender systems",
    137: "Reconstructing the evolutionary history of natural languages",
    140: "An approach to cross-concept cognacy identification",
    143: "Evolutionary History of Hunter-Gatherer Marriage Practices",
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if not BULLET.match(ln):
            continue
        assert REASON.match(lines[n]), (n, lines[n])
        title = TITLES[n]
        assert title in ln, (n, title, ln)
        papers.append(entry(lines, n, n + 1, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 31, len(papers)
    assert sorted(by) == sorted(TITLES), sorted(set(by) ^ set(TITLES))
    assert 6 not in by and 7 not in by
    assert by[12]["doi"] == "10.1057/s41599-021-01003-5", by[12]
    assert by[85]["doi"] == "10.1075/livy.3.06lon", by[85]
    assert by[143]["doi"] == "10.1371/journal.pone.0019066", by[143]
    assert by[23]["doi"] is None and by[23]["arxiv"] is None, by[23]
    assert by[116]["end"] == 117, by[116]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every '* ' bullet under the letter headings is one entry (31), span = the bullet and its indented"
        " '- reason' sub-bullet.  The references are hand-typed in mixed styles (APA, Nature-style, 'Name 2015.',"
        " quoted titles), so each title is given by hand per line and asserted to occur verbatim in the bullet;"
        " title = the work's title without authors, year, quotes, venue or closing period ('?' kept).",
        checked="Read the whole file; checked each of the 31 hand titles against its bullet (the assert checks verbatim"
        " presence), that the criteria list and reason lines are not entries, and the DOIs (URL, 'DOI: http://',"
        " 'doi:' forms) in the -v output.",
    )


if __name__ == "__main__":
    main()
