"""Wild14 truth for xinhe-lab/lab-wiki public/learning_center/comp-genomics-2016.md: a lab wiki's reading list.

Shape: 'Computational genomics reading list (version 2016)', compiled by the PI; '## ' areas, '### ' topics,
and under most topics '#### Background' / '#### Paper' sub-headings (several left empty).  Items are
plain-text bullets with no links and no ids, in mixed citation forms: 'Title, Venue, year (NICKNAME)',
'Title. Venue, year', 'Title? NBT, 2006', 'Title [Authors, Venue, year]', one author-first 'Eddy, Title,
Venue, year', one chapter 'Title. In R. Nielsen, ed., Book, 2005. (comment)'.  Textbook pointers are
bullets or a bare paragraph: 'DEKM, Introduction in Chapter 5.', 'DEKM Chapter 5, 5.1-5.4.' (line 26, a
paragraph), 'Introduction to Algorithms, CLRS, 3^rd^ edition. Sections: ...' with a 'Remark:' sub-bullet,
'DEKM, Sections 2.1-2.3 ...', and a closing '## Reference' naming the two textbooks (the file ends
without a newline).

Entry: every bullet naming an article (or the chapter 'Phylogenetic hidden Markov models' in an edited
volume, the 'technical version of the PhastCons paper'); title = the title as written, without the author
'Eddy, ' before it, the venue/year after it, the '[Authors, Venue, year]' bracket and the '(MEME)'-style
nickname.  Titles that hold commas ('Small-sample estimation of negative binomial dispersion, with
applications to SAGE data'; 'Evolutionarily conserved elements in vertebrate, insect, worm, and yeast
genomes') end where the venue starts.  Not entries: the DEKM/CLRS textbook pointers (lines 22, 26, 30,
35, 36, 121, 132), the 'Remark' sub-bullet (31) and the two textbooks of '## Reference' (177, 178).

Count check: 37 bullet lines (grep -c '^ *- '), of which 9 are textbook pointers, the remark or the
Reference books, so 28 entries (under '#### Background' 10: lines 11, 12, 21, 44, 54, 64, 85, 102, 133,
145; under '#### Paper' 18, counted by eye).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild14 import entry, read_lines, write_truth

NAME = "xinhe-lab__lab-wiki__public__learning_center__comp-genomics-2016@bd0250c.md"
PART = "wild14_development"
LINES = read_lines(NAME)

TITLES = {
    11: "What are DNA sequence motifs?",
    12: "How does DNA sequence motif discovery work?",
    16: "Fitting a mixture model by expectation maximization to discover motifs in biopolymers",
    21: "Hidden Markov Models",
    44: "Genotype and SNP calling from next-generation sequencing data",
    48: "A framework for variation discovery and genotyping using next-generation DNA sequencing data",
    54: "Computational methodology for ChIP-seq analysis",
    58: "Model-based Analysis of ChIP-Seq",
    64: "RNA-Seq: a revolutionary tool for transcriptomics",
    68: "Statistical Inferences for Isoform Expression in RNA-Seq",
    76: "Small-sample estimation of negative binomial dispersion, with applications to SAGE data",
    77: "Moderated statistical tests for assessing differences in tag abundance",
    85: "Inferring Cellular Networks Using Probabilistic Graphical Models",
    89: "Using Bayesian Networks to Analyze Expression Data",
    95: "Integrating regulatory motif discovery and genome-wide expression analysis",
    96: "Genome-wide discovery of transcriptional modules from DNA sequence and gene expression",
    102: "Mapping Human Epigenomes",
    106: "Discovery and characterization of chromatin states for systematic annotation of the human genome",
    113: "Accurate inference of transcription factor binding from DNA sequence and chromatin accessibility data",
    125: "Evolutionarily conserved elements in vertebrate, insect, worm, and yeast genomes",
    126: "Phylogenetic hidden Markov models",
    133: "Bayesian Inference of Phylogeny and Its Impact on Evolutionary Biology",
    137: "Markov chain monte carlo algorithms for the Bayesian analysis of phylogenetic trees",
    145: "Bayesian statistical methods for genetic association studies",
    149: "Imputation-based analysis of association studies: candidate regions and quantitative traits",
    157: "A statistical framework for joint eQTL analysis in multiple tissues",
    165: "Sherlock: Detecting Gene-Disease Associations by Matching Patterns of Expression QTL and GWAS",
    173: "Joint analysis of functional genomic data and genome-wide association studies of 18 human traits",
}
NOT_ENTRIES = {22, 30, 31, 35, 36, 121, 132, 177, 178}  # bullets; line 26 is a paragraph


def main() -> None:
    papers = []
    bullets = []
    background = paper_part = 0
    sub = None
    for i, text in enumerate(LINES, 1):
        if text.startswith("#### "):
            sub = text[5:].strip()
        elif text.startswith("#"):
            sub = None
        if not text.lstrip().startswith("- "):
            continue
        bullets.append(i)
        if i in NOT_ENTRIES:
            continue
        title = TITLES[i]
        body = text.lstrip()[2:]
        body = body.removeprefix("Eddy, ")
        assert body.startswith(title), (i, body)
        rest = body[len(title):]
        assert rest[:1] in {",", ".", " "}, (i, rest)  # the venue, year or bracket follows the title
        papers.append(entry(LINES, i, i, title))
        if sub == "Background":
            background += 1
        elif sub == "Paper":
            paper_part += 1
    assert LINES[25] == "DEKM Chapter 5, 5.1-5.4."
    assert len(bullets) == 37, len(bullets)
    assert (background, paper_part) == (10, 18), (background, paper_part)
    assert len(papers) == 28, len(papers)
    write_truth(NAME, PART, papers,
                "every plain-text bullet naming an article (and one chapter in an edited volume) is an entry, title"
                " = the title as written without a leading author, the venue/year, a bracketed [Authors, Venue,"
                " year] or a (NICKNAME) after it; DEKM/CLRS textbook pointers, a remark and the two Reference"
                " textbooks are not entries",
                "all 37 bullets and the line-26 paragraph by eye, each of the 28 titles against its line (where the"
                " venue starts, the two titles with commas, the author-first Eddy line, the bracketed authors of"
                " lines 44 and 102), the Background/Paper split")


if __name__ == "__main__":
    main()
