"""Wild36 truth for lindenb/jvarkit CITATIONS.md: the list of papers citing a bioinformatics toolkit
(genomics, molecular biology, ecology, medicine), kept by its author in the repository root.

Shape: `# Citations`, then year headings `## 2026` ... `## 2014` (no 2016), each followed by ` * ` bullets
(two bullets indent with two spaces, 114 and 124), one reference per bullet, pasted from many sources
and never normalised: Nature-style "Authors et al. Title. Journal vol, page (year). https://doi.org/..",
Vancouver "Authors. Title. Journal. 2024 Apr 1. doi: .. PMID: ..", ScienceDirect exports
"Authors, Title, Journal, 2023, , ISSN .., https://doi.org/... (https://www.sciencedirect.com/...)"
(line 73 with '.' in place of every space after a comma), bioRxiv exports with the title first and the
authors run on after it without punctuation ("Title Hans Carolus, ... bioRxiv 2025.02.05.636719; doi:"),
titles in straight, curly or single quotes, sometimes written twice (125, 148), and the jvarkit tool
that the paper used appended in bold (`**SAM2TSV**`), in italics (66), in parentheses (95-98, 143) or
prefixed (`blastn2snp : `, line 93).  There is no markup around titles; each title below was read off
its bullet by hand.

Entries: every bullet is one entry (107) except line 74, "The Mitoribosome. Methods in Molecular
Biology" with a book DOI, which is a book (a Methods in Molecular Biology volume).  Theses and
dissertations (9, 13, 35, 76, 99) are entries.  Line 136 cites the supplementary material of the MELT
paper: one entry, titled by the paper it names.  Line 127 gives authors, bioRxiv number and DOI but no
title (a stray quote where the title was): title null.  Line 111 ends in a copy-paste remnant of another
reference ('" Nat Genet. 2014 Feb 2. doi: 10.1038/ng.2892." +') with no title or author; it is not taken
as a record of its own, so the bullet is one entry with the first DOI it gives.  Repeated records
(63 and 101; the same AAV paper written two ways on 12 and 17) are separate entries.  Titles keep the
file's own typos ("product-relatedDNA", "PhenotypesGenetic Drivers of Clinical Phenotypes",
"sequencinG CUrrently") and lower-case starts (35); the stray closing quote after line 64's title is not
part of it; `<em>cis</em>` on line 29 is markup.
Ids: the helper's first DOI, with two fixes where the raw text runs the DOI into the next token: line 112
writes `https://doi.org/10.1161/CIRCGEN.121.003426Circulation: Genomic ...` (the journal name glued on;
the DOI is `10.1161/circgen.121.003426`), line 73 writes `10.1016/j.fmre.2023.04.010..(https://...)`
(the DOI ends before the dots).  Handle and repository URLs (9, 13, 37, 99) hold no DOI; line 26 gives
a bare DOI in text; line 136 links to a `.short` Genome Research page with no DOI.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild36 import entry, read_lines, write_truth

NAME = "lindenb__jvarkit__CITATIONS@c4ea22b.md"
PART = "wild36_development"

NOT_ENTRIES = {74}

TITLES = {
    5: "Comprehensive mapping of RNA modification dynamics and crosstalk via deep learning and nanopore direct RNA-sequencing",
    9: "Development of sequencing methods to illuminate the epitranscriptome",
    10: "Insights into the origin, hybridisation and adaptation of Candida metapsilosis hybrid pathogens",
    11: "Decoding the m6A epitranscriptomic landscape for biotechnological applications using a direct RNA sequencing approach",
    12: "Recombinant adeno-associated virus batch profiling by nanopore sequencing elucidates product-relatedDNA impurities and vector genome length distribution at single molecule resolution",
    13: "Quantifying Effects of Partial Genetic Backgrounds to Decode Genetic Drivers of Clinical PhenotypesGenetic Drivers of Clinical Phenotypes",
    14: "Survival of the “unfittest”: clinical emergence of hyper-multidrug-resistant Nakaseomyces glabratus with rare nonfunctional Erg3 and Erg11 and severely impaired fitness",
    15: "Over-expression and increased copy numbers of a cytochrome P450 and two UDP-glucuronosyltransferase genes in macrocyclic lactone resistant Psoroptes ovis of cattle",
    16: "The Roles of Plasticity and Selection in Rapid Phenotypic Changes at the Pacific Oyster Invasion Front in Europe",
    17: "Recombinant AAV batch profiling by nanopore sequencing elucidates product-related DNA impurities and vector genome length distribution",
    18: "Genome-wide selection scans in Mexican Indigenous populations reveal recent signatures of pathogen and diet adaptation",
    19: "Quantifying the effects of computational filter criteria on the accurate identification of de novo mutations at varying levels of sequencing coverage",
    20: "Unveiling the mitochondrial genome of Salvia splendens insights into the evolutionary traits within the genus Salvia",
    21: "Sub-consensus haploid variant calling in Long-read sequencing technology",
    22: "The explosive radiation of the Neotropical Tillandsia subgenus Tillandsia (Bromeliaceae) has been accompanied by pervasive hybridization",
    23: "Cool temperature inhibits binary fission and results in phenotypic and transcriptomic changes that suggest inducible aging in Diadumene lineata",
    24: "Isoform analysis of heterozygous putative splicing variants at the allele level using nanopore long-read sequencing",
    25: "Accessory Chromosome Contributes to Virulence of Banana Infecting Fusarium oxysporum Tropical Race 4",
    26: "Genome-wide profiling of unmodified DNA using methyltransferase-directed tagging and enrichment",
    27: "Incidentally identified aortic dissection in a Great Pyrenees",
    28: "Phylogenomic reconstruction reveals deep reticulate evolutionary history and polyphyletic genus (Boeica) in the subtribe Leptoboeinae (Gesneriaceae), with description of a novel genus",
    29: "FOXP3 expression depends on cell-type-specific cis-regulatory elements and transcription factor circuitry",
    30: "Immunogenic Streptococcus equi cell surface proteins identified by ORFeome phage display",
    34: "Comprehensive analysis of the chloroplast genome and phylogenetic relationships of Sasa quelpaertensis Nakai",
    35: "genomic and transcriptomic insight into the evolution and breeding of turfgrass species, poa annua and bouteloua dactyloides",
    36: "Functional benefit of CRISPR/Cas9-induced allele deletion for RYR1 dominant mutation",
    37: "Epigenomic profiling of active regulatory elements by enrichment of unmodified CpG dinucleotides",
    38: "PHYH c.678+5G>T Leads to In-Frame Exon Skipping and Is Associated With Attenuated Refsum Disease",
    39: "Imprinted X chromosome inactivation at the gamete-to-embryo transition",
    40: "Investigating the potential of single-cell DNA methylation data to detect allele-specific methylation and imprinting",
    41: "A kinetic dichotomy between mitochondrial and nuclear gene expression processes",
    42: "Simplified detection of genetic background admixture using artificial intelligence",
    43: "Spontaneous Akt2 deficiency in a colony of NOD mice exhibiting early diabetes",
    44: "TAD boundary deletion causes PITX2-related cardiac electrical and structural defects",
    45: "Enrichment of a subset of Neanderthal polymorphisms in autistic probands and siblings",
    46: "Sequencing of Kaposi’s Sarcoma Herpesvirus (KSHV) genomes from persons of diverse ethnicities and provenances with KSHV-associated diseases demonstrate multiple infections, novel polymorphisms, and low intra-host variance",
    47: "The rate of W chromosome degeneration across multiple avian neo-sex chromosomes",
    48: "Targeted panel sequencing of pharmacogenes and oncodrivers in colorectal cancer patients reveals genes with prognostic significance",
    49: "Functional characterization of 2,832 JAG1 variants supports reclassification for Alagille syndrome and improves guidance for clinical variant interpretation",
    50: "The potential of human leukocyte antigen alleles to assist with multiple-contributor DNA mixtures: Proof of concept study",
    51: "Critical roles of Dpb3-Dpb4 sub-complex of DNA polymerase epsilon in DNA replication, genome stability, and pathogenesis of Candida albicans",
    52: "The first Chromosomal-level genome assembly of Sageretia thea using Nanopore long reads and Pore-C technology",
    53: "Genomic and fitness consequences of a near-extinction event in the northern elephant seal",
    54: "Reconstruction of the human amylase locus reveals ancient duplications seeding modern-day variation",
    55: "Scottish oyster mortality event and association with Vibrio aestuarianus",
    56: "Dyna-vivo-seq unveils cellular RNA dynamics during acute kidney injury via in vivo metabolic RNA labeling-based scRNA-seq",
    57: "Predicted deleterious mutations reveal the genomic mechanisms underlying fitness variation in a lekking bird",
    58: "Extensive genome-wide phylogenetic discordance is due to incomplete lineage sorting in the rapidly radiated East Asian genus Nekemias (Vitaceae)",
    63: "The complete organellar genomes of the entheogenic plant Psychotria viridis (Rubiaceae), a main component of the ayahuasca brew",
    64: "Comparative analyses of Theobroma cacao and T. grandiflorum mitogenomes reveal conserved gene content embedded within complex and plastic structures",
    65: "Pol32, an accessory subunit of DNA polymerase delta, plays an essential role in genome stability and pathogenesis of Candida albicans",
    66: "Genome-wide signatures of adaptation to extreme environments in red algae",
    67: "Integrative proteogenomics using ProteomeGenerator2",
    68: "Characterization of Cell-free DNA Size Distribution in Osteosarcoma Patients",
    69: "Rare coding variants in CTSO, a potential new actor of arterial remodeling, are associated to familial intracranial aneurysm",
    70: "Horizontal gene transfer and CRISPR targeting drive phage-bacterial host interactions and co-evolution in pink berry marine microbial aggregates",
    71: "The first genomic insight into Chlamydia psittaci sequence type (ST)24 from a healthy captive psittacine host in Australia demonstrates evolutionary proximity with strains from psittacine, human, and equine hosts",
    72: "Haplotyping Using Long-Range PCR and Nanopore Sequencing of Phase Variants; Lessons Learned From the ABCA4 Locus",
    73: "a6A-seq: N6-allyladenosine-based cellular messenger RNA metabolic labelling and sequencing",
    75: "Sources of coaster brook trout (Salvelinus fontinalis) revealed by genomic analysis of brook trout populations along Minnesota's shoreline with Lake Superior",
    76: "Inferences of Local Genetic Adaptation from Palaeolithic Hunter Gatherers",
    77: "Proteogenomic analysis reveals RNA as a source for tumor-agnostic neoantigen identification",
    78: "Ghost admixture in eastern gorillas",
    79: "Key innovation triggers widespread radiation of the genus Medicago",
    80: "A discovery down under: decoding the draft genome sequence of Pantoea stewartii from Australia’s Critically Endangered western ground parrot/kyloring (Pezoporus flaviventris)",
    81: "Single-cell multi-omics sequencing of human spermatogenesis reveals a DNA demethylation event associated with male meiotic recombination",
    82: "Dissecting key regulators of transcriptome kinetics through scalable single-cell RNA profiling of pooled CRISPR screens",
    83: "Decoding the fibromelanosis locus complex chromosomal rearrangement of black-bone chicken: genetic differentiation, selective sweeps and protein-coding changes in Kadaknath chicken",
    84: "HIVepsilon-seq—scalable characterization of intact persistent proviral HIV reservoirs in women",
    85: "Environmental surveillance for COVID-19 using SARS-CoV-2 RNA concentration in wastewater – a study in District East, Karachi, Pakistan",
    86: "Phylogenomics and divergence pattern of Polygonatum (Asparagaceae: Polygonateae) in the north temperate region",
    87: "Prognostic potential of whole exome sequencing in the clinical management of metachronous colorectal cancer liver metastases",
    88: "Common analysis of direct RNA sequencinG CUrrently leads to misidentification of m5/C at GCU motifs",
    89: "Novel Ameloblastin Variants, Contrasting Amelogenesis Imperfecta Phenotypes",
    93: "Population genomics of Puccinia graminis f.sp. tritici highlights the role of admixture in the origin of virulent wheat rust races",
    94: "Ancient homomorphy of molluscan sex chromosomes sustained by reversible sex-biased genes and sex determiner translocation",
    95: "A long noncoding RNA promotes parasite differentiation in African trypanosomes",
    96: "Lineage abundance estimation for SARS-CoV-2 in wastewater using transcriptome quantification techniques",
    97: "Phylogenetic divergence and population genetics of the hydrothermal vent annelid genus Hesiolyra along the East Pacific Rise: Reappraisal using multi-locus data",
    98: "The genomic and immune landscape of long-term survivors of high-grade serous ovarian cancer",
    99: "Why are there so many birds in the tropics: using comparative approaches to investigate the confluence of landscape, ecology, and genome in the generation of Neotropical avian diversity",
    100: "Fine structure and transcription dynamics of bread wheat ribosomal DNA loci deciphered by a multi-omics approach",
    101: "The complete organellar genomes of the entheogenic plant Psychotria viridis (Rubiaceae), a main component of the ayahuasca brew",
    102: "Long-read sequencing to resolve the parent of origin of a de novo pathogenic UBE3A variant",
    103: "Distinct genetic determinants and mechanisms of SARS-CoV-2 resistance to remdesivir",
    104: "Robertsonian fusion and centromere repositioning contributed to the formation of satellite-free centromeres during the evolution of zebras",
    105: "High-throughput Detection of T-DNA Insertion Sites for Multiple Transgenes in Complex Genomes",
    111: "Sequencing 5-Formyluracil in Genomic DNA at Single-Base Resolution",
    112: "Burden of Cardiomyopathic Genetic Variation in Lethal Pediatric Myocarditis",
    113: "Reciprocal allopolyploid grasses (Festuca × Lolium) display stable patterns of genome dominance",
    114: "Innate and Adaptive Immune Genes Associated with MERS-CoV Infection in Dromedaries",
    115: "Anatomy, transcription dynamics and evolution of wheat ribosomal RNA loci deciphered by a multi-omics approach",
    119: "The role of rare compound heterozygous events in autism spectrum disorder",
    123: None,  # read from the line below (it holds an unusual accented character)
    124: "Genomic evidence of neo-sex chromosomes in the eastern yellow robin",
    125: "Blood transcriptome analysis in a buck-ewe hybrid and its parents",
    126: "Accurate detection of m6A RNA modifications in native RNA sequences",
    127: None,  # no title: authors, a stray quote, bioRxiv number and DOI
    131: "Pleiotropic effects of regulatory variation in tan result in correlation of two pigmentation traits in Drosophila melanogaster",
    132: "Performance of commonly requested destructive museum samples for mammalian genomic studies",
    136: "The Mobile Element Locator Tool (MELT): population-scale mobile element discovery and biology",
    137: "Differential distribution of Neandertal genomic signatures in human mitochondrial haplogroups",
    138: "Direct Head-to-Head Evaluation of Recombinant Adeno-associated Viral Vectors Manufactured in Human versus Insect Cells",
    139: "High-Throughput Identification of Genetic Variation Impact on pre-mRNA Splicing Efficiency",
    143: "Mitochondrial gene order variation in the brachiopod Lingula anatina and its implications for mitochondrial evolution in lophotrochozoans",
    147: "Estimating telomere length from whole genome sequence data",
    148: "Illumina TruSeq Synthetic Long-Reads Empower De Novo Assembly and Resolve Complex, Highly-Repetitive Transposable Elements",
}

DOI_FIXES = {
    112: ("10.1161/circgen.121.003426circulation", "10.1161/circgen.121.003426"),
    73: (None, "10.1016/j.fmre.2023.04.010"),  # the helper's raw result runs on into the ScienceDirect URL
}


def plain(text: str) -> str:
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"<[^>]+>", "", text).replace("*", "")
    return re.sub(r"\s+", " ", text)


def main() -> None:
    lines = read_lines(NAME)
    bullets = [i for i, ln in enumerate(lines, 1) if ln.startswith((" * ", "  * "))]
    assert len(bullets) == 108, len(bullets)
    assert [b for b in bullets if b not in TITLES] == sorted(NOT_ENTRIES)
    assert sorted(TITLES) == [b for b in bullets if b not in NOT_ENTRIES]
    papers = []
    for i in bullets:
        if i in NOT_ENTRIES:
            continue
        title = TITLES[i]
        if i == 123:
            title = re.match(r"^ \* (Robust mapping .+?) 23 May 2019\.", lines[i - 1]).group(1)
        if title is not None:
            assert title in plain(lines[i - 1]), (i, title)
        p = entry(lines, i, i, title)
        if i in DOI_FIXES:
            raw, fixed = DOI_FIXES[i]
            if raw is not None:
                assert p["doi"] == raw, (i, p["doi"])
            else:
                assert p["doi"] and p["doi"].startswith(fixed + ".."), (i, p["doi"])
            p["doi"] = fixed
        papers.append(p)
    nodoi = sorted(p["line"] for p in papers if not p["doi"])
    assert nodoi == [9, 13, 35, 37, 72, 76, 99, 136], nodoi
    assert len(papers) == 107, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each ' * ' bullet under a year heading is one entry (articles, preprints, theses) except a book "
        "(line 74); titles read off each free-form reference by hand, as written, without quotes, authors, "
        "venue or the jvarkit tool tag; line 127 has no title (null); first DOI of the bullet, two run-on DOIs "
        "cut where the DOI ends (73, 112).",
        "All 108 bullets read one by one against the file and every title written out from it and checked to "
        "occur in its bullet; the book (74), the theses (9, 13, 35, 76, 99), the title-less bullet (127), the "
        "supplementary-material bullet (136), the remnant on 111, the repeated records (12/17, 63/101), the "
        "bullets with titles written twice (125, 148), the tool prefix (93) and every DOI in the -v output "
        "(including the fixed 73 and 112 and the bullets without one) checked.",
    )


if __name__ == "__main__":
    main()
