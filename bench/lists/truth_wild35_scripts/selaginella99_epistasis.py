"""Wild35 truth for Selaginella99/Epistasis literature.md: a genetics student's reading list on epistasis,
gene-gene interaction and GWAS pathway analysis (2015).

Shape: a numbered list (1-17), then "Update methods/papers" (1-8).  A record is
``N. Title, year JOURNAL [label](url)``: the title is plain text and the link sits on a label
(``[Review]``, ``[2013]``, ``[N & V]``) or on the last words of the title
(``Epistasis and Its Implications for [Personal Genetics](url), 2009 AJHG``), so the title is the plain
text plus that link text, up to the year / venue.  Record 1 runs over lines 1-2 and record 7 over
lines 14-15 (the parenthesised comment continues).

Several records name more than one paper, each with its own title and link: 10 (three papers, lines
21-22), 11 (three papers, lines 24-25), 16 (two papers plus the Pathguide website, line 35).  Each paper is
an entry on the line(s) that hold its own text; where two papers share a line the DOI of each is the one
its own link gives (set explicitly below, since the line holds both links).
Not entries: 6 (Wikipedia article, line 12), the Pathguide website in 16, update 8 (a Springer book
series and a book, line 47).  Link texts that are method or tool names (``[Logistic Bayesian Lasso -
LBL]``, ``[GWSS]`` inside the title, ``[GREML-LDMS]``, ``[PrixFixe]``, ``[PrediXcan]``) are kept only
where they are part of the title's wording (GWSS).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild35 import entry, read_lines, write_truth

NAME = "Selaginella99__Epistasis__literature@dafa30f.md"
PART = "wild35_development"

# (first, last, title, doi override or "" to keep what the lines give)
RECORDS = [
    (1, 2, "Epistasis - the essential role of gene interactions in the structure and evolution of genetic systems", ""),
    (4, 4, "Epistasis and quantitative traits: using model organisms to study gene–gene interactions", ""),
    (6, 6, "Detecting gene–gene interactions that underlie human diseases", ""),
    (8, 8, "Detecting epistasis in human complex traits", ""),
    (10, 10, "Quantitative and logic modelling of molecular and gene networks", ""),
    (14, 15, "Epistasis: what it means, what it doesn't mean, and statistical methods to detect it in humans", ""),
    (17, 17, "Integrating physical and genetic maps: from genomes to interaction networks", ""),
    (19, 19, "Analysing biological pathways in genome-wide association studies", ""),
    (21, 21, "Gene set analysis: A step-by-step guide", ""),
    (21, 21, "Functional and genomic context in pathway analysis of GWAS data", None),
    (22, 22, "Pitfalls in the application of gene-set analysis to genetics studies", ""),
    (24, 24, "Gene-Based Testing of Interactions in Association Studies of Quantitative Traits", ""),
    (24, 24, ("Knowledge-Driven Analysis Identifies a Gene–Gene Interaction Affecting High-Density Lipoprotein"
     " Cholesterol Levels in Multi-Ethnic Populations"), "10.1371/journal.pgen.1002714"),
    (25, 25, ("Knowledge-Driven Multi-Locus Analysis Reveals Gene-Gene Interactions Influencing HDL Cholesterol"
     " Level in Two Independent EMR-Linked Biobanks"), ""),
    (27, 27, "Methods of integrating data to uncover genotype–phenotype interactions", ""),
    (29, 29, "Epistasis and Its Implications for Personal Genetics", ""),
    (31, 31, "Travelling the world of gene–gene interactions", ""),
    (33, 33, "A global view of epistasis", ""),
    (35, 35, "Pathway and network analysis of cancer genomes", ""),
    (35, 35, "Computational approaches to identify functional genetic variants in cancer genomes", ""),
    (37, 37, "Bridging the Gap between Statistical and Biological Epistasis in Alzheimer’s Disease", ""),
    (40, 40, "Detecting associations of rare variants with common diseases: collapsing or haplotyping", ""),
    (41, 41, "A Robust GWSS Method to Simultaneously Detect Rare and Common Variants for Complex Disease", ""),
    (42, 42, ("Cancer type‐dependent genetic interactions between cancer driver alterations indicate plasticity"
     " of epistasis across cell types"), ""),
    (43, 43, "Selecting causal genes from genome-wide association studies via functionally coherent subnetworks", ""),
    (44, 44, "A gene-based association method for mapping traits using reference transcriptome data", ""),
    (45, 45, ("Genetic variance estimation with imputed variants finds negligible missing heritability for human"
     " height and body mass index"), ""),
    (46, 46, "A Genetic Network Associated With Stress Resistance, Longevity, and Cancer in Humans", ""),
]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for first, last, title, doi in RECORDS:
        e = entry(lines, first, last, title)
        if doi != "":
            e["doi"] = doi
        papers.append(e)
    assert len(papers) == 28, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each paper a numbered record names is an entry (records 10, 11, 16 name several papers, each on its own"
        " line span); the title is the plain text plus any link text that is part of it, up to year/venue;"
        " Wikipedia, the Pathguide site and the book series are not entries.",
        "Every line of the 49-line file read by eye against the output (all 28 entries), including the ids"
        " of papers sharing a line.",
    )


if __name__ == "__main__":
    main()
