"""Wild18 truth for nf-core/mag CITATIONS.md: the papers a metagenomics pipeline asks its users to cite.

Shape: two '## [Tool](url)' headings (nf-core, Nextflow) and then '- [Tool](url)' bullets under
'## Pipeline tools', '## Data' and '## Software packaging/containerisation tools'; each tool's
citation follows, after a blank line, as a blockquote ('> ...', indented two spaces under a
bullet, unindented under the headings and twice under bullets).  The citations mix Vancouver
('Authors. Title. Journal. 2020 Mar;38(3):276-278. doi: ... PubMed PMID: ...'), APA ('Authors
(2019). Title. Journal, vol(issue), pages. doi: ...'), Chicago with the title in quotes
('"Title." Journal ...'), MLA ('Danecek, Petr, et al. "Title." Journal ...') and Nature style
('Authors. Title. Journal vol, pages (year).').
Entries: every tool record whose blockquote cites a scholarly work: its lines = the tool line to
the blockquote line; title = the cited work's title, written below by hand per blockquote line
(quotes and final full stop dropped; the script asserts each title occurs in its line).  The tool
name in the link text is a nickname, not the title.  Not entries: tools with no citation
(BBnorm/BBTools, Filtlong, Porechop, Seqtk: a software link only), FastQC ('FastQC: A Quality
Control Tool for High Throughput Sequence Data [Online]', a software web page) and Anaconda
('Anaconda Software Distribution. Computer software.').  Docker's citation is a Linux Journal
article with a DOI, an entry.  The same NanoPack paper is cited under Chopper, NanoLyse and
NanoPlot: three entries.  The ids come from the record's lines, the tool link first: Freebayes
links arXiv; ALE and Porechop-abi link GitHub, so their DOI comes from the citation text
(Porechop-abi's bioRxiv DOI is written bare, '10.1101/...'); GUNC's link ends in a stray '.'.
Count check: 50 blockquote lines (grep '^ *> ') minus FastQC and Anaconda = 48; 54 tool records
(52 bullets + 2 headings) minus 4 without citation minus 2 software citations = 48.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild18 import entry, read_lines, write_truth

NAME = "nf-core__mag__CITATIONS@56abab5.md"
PART = "wild18_development"

NOT_PAPERS = {77: "FastQC", 199: "Anaconda"}
TITLES = {
    5: "The nf-core framework for community-curated bioinformatics pipelines",
    9: "Nextflow enables reproducible computational workflows",
    15: "AdapterRemoval v2: Rapid Adapter Trimming, Identification, and Read Merging",
    19: "ALE: a generic assembly likelihood evaluation framework for assessing the accuracy of genome and"
        " metagenome assemblies",
    25: "Twelve years of SAMtools and BCFtools",
    29: "Fast gapped-read alignment with Bowtie 2",
    33: "BUSCO: assessing genome assembly and annotation completeness",
    37: "Robust taxonomic classification of uncharted microbial sequences and bins with CAT and BAT",
    41: "CheckM: assessing the quality of microbial genomes recovered from isolates, single cells, and metagenomes",
    45: "CheckM2: a rapid, scalable and accurate tool for assessing microbial genome quality using machine learning",
    49: "NanoPack: visualizing and processing long-read sequencing data",
    53: "Effective binning of metagenomic contigs using contrastive multi-view representation learning",
    57: "Binning metagenomic contigs by coverage and composition",
    61: "MetaBinner: a high-performance and stand-alone ensemble binning method to recover individual genomes from"
        " complex microbial communities",
    65: "A deep siamese neural network improves metagenome-assembled genomes in microbiome datasets across"
        " different environments",
    69: "Recovery of Genomes from Metagenomes via a Dereplication, Aggregation and Scoring Strategy",
    73: "fastp: an ultra-fast all-in-one FASTQ preprocessor",
    83: "metaFlye: scalable long-read metagenome assembly using repeat graphs",
    87: "Haplotype-based variant detection from short-read sequencing",
    91: "Identification of mobile genetic elements with geNomad",
    95: "GTDB-Tk: a toolkit to classify genomes with the Genome Taxonomy Database",
    99: "GUNC: Detection of Chimerism and Contamination in Prokaryotic Genomes",
    103: "Metagenome quality metrics and taxonomical annotation visualization through the integration of MAGFlow"
         " and BIgMAG",
    107: "MaxBin 2.0: An Automated Binning Algorithm to Recover Genomes from Multiple Metagenomic Datasets",
    111: "MEGAHIT v1. 0: a fast and scalable metagenome assembler driven by advanced methodologies and community"
         " practices",
    115: "MetaBAT 2: an adaptive binning algorithm for robust and efficient genome reconstruction from metagenome"
         " assemblies",
    119: "MetaEuk—sensitive, high-throughput gene discovery, and annotation for large-scale eukaryotic metagenomics",
    123: "High-quality metagenome assembly from long accurate reads with metaMDBG",
    127: "Minimap2: pairwise alignment for nucleotide sequences",
    131: "MMseqs2 enables sensitive protein sequence searching for the analysis of massive data sets",
    135: "MultiQC: summarize analysis results for multiple tools and samples in a single report",
    139: "NanoPack: visualizing and processing long-read sequencing data",
    143: "NanoPack: visualizing and processing long-read sequencing data",
    147: "Nanoq: ultra-fast quality control for nanopore reads",
    153: "Porechop_ABI: discovering unknown adapters in ONT sequencing reads for downstream trimming",
    157: "Prodigal: prokaryotic gene recognition and translation initiation site identification",
    161: "Prokka: rapid prokaryotic genome annotation",
    165: "PyDamage: automated ancient damage identification and estimation for contigs in ancient DNA de novo"
         " assembly",
    169: "How low can you go? Short-read polishing of Oxford Nanopore bacterial genome assemblies",
    173: "The Sequence Alignment/Map format and SAMtools",
    179: "metaSPAdes: a new versatile metagenomic assembler",
    183: "Tiara: deep learning-based classification system for eukaryotic sequences",
    187: "Trimmomatic: a flexible trimmer for Illumina sequence data",
    193: "Hybrid metagenomic assembly enables high-resolution analysis of resistance determinants and mobile"
         " elements in human microbiomes",
    203: "Bioconda: sustainable and comprehensive software distribution for the life sciences",
    207: "BioContainers: an open-source and community-driven framework for software standardization",
    211: "Docker: lightweight linux containers for consistent development and deployment",
    215: "Singularity: Scientific containers for mobility of compute",
}


def main() -> None:
    lines = read_lines(NAME)
    papers, tool_line, records, uncited = [], None, 0, 0
    for i, text in enumerate(lines, 1):
        if re.match(r"(- |## )\[[^\]]+\]\(", text):
            if tool_line is not None:
                uncited += 1  # previous tool had no blockquote
            tool_line, records = i, records + 1
            continue
        if not re.match(r" *> ", text):
            continue
        assert tool_line is not None, i
        first, tool_line = tool_line, None
        if i in NOT_PAPERS:
            assert NOT_PAPERS[i] in text, i
            continue
        title = TITLES[i]
        assert title in text, i
        papers.append(entry(lines, first, i, title))
    assert tool_line is None
    assert records == 54 and uncited == 4, (records, uncited)
    assert len(papers) == 48 == len(TITLES), len(papers)
    write_truth(NAME, PART, papers,
                "every tool record (heading or bullet plus its blockquote) whose blockquote cites a scholarly work is an"
                " entry, lines = tool line to citation line; title = the cited work's title (not the tool name);"
                " tools without a citation and the FastQC and Anaconda software citations are not entries",
                "counts: 54 tool records, 4 without citation, 50 blockquotes, 48 entries (asserted); every title read"
                " against its citation by eye across the Vancouver/APA/Chicago/MLA/Nature styles; the three NanoPack"
                " citations kept; ids of the GitHub-linked (ALE, Porechop-abi), arXiv-linked (Freebayes) and GUNC"
                " records checked")


if __name__ == "__main__":
    main()
