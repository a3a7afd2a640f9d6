"""Wild41 truth for DennisSchmitz/Jovian_archive files/acknowledgements.md: the acknowledgements table of
Jovian, a viral-metagenomics pipeline (RIVM), naming every program it ships and the publication to cite for it.

Shape: one pipe table with no text around it (and no final newline), ``|Name |Publication|Website|`` (1),
delimiter (2), 40 rows (3-42) ``|Tool|Publication|URL|``.  The Publication cell is ``NA`` for 16 tools and
otherwise a reference pasted in one of several citation styles: EndNote-like ``Authors, Title. 2010. 26(6):
p. 841-842.`` with the journal dropped (BEDtools, BLAST, BioConda, Bowtie2, LoFreq, MultiQC, Prodigal,
SAMtools, Snakemake), ``Authors, Title. Journal, Year. vol: p. pages.`` (Krona, Minimap2, SPAdes,
Trimmomatic), APA ``Authors (Year). Title. Journal, vol(issue), pages.`` (BWA with ``arXiv:1303.3997``,
Biopython, NumPy, Virus-Host Database, Virus-typing tools), Google-Scholar MLA with the title in double quotes
(Jupyter Notebook, ELPUB 2016), ``McKinney, W. Title. in Proceedings of ...`` (Pandas, no comma after the
initial), ``G. van Rossum, Python tutorial, Technical Report CS-R9526, CWI ...`` (Python).  Three cells cite
software rather than a paper: Bokeh (``Bokeh Development Team (2018). Bokeh: Python library for interactive
visualization.``), FastQC (``Andrews, S., FastQC: a quality control tool for high throughput sequence data.
2010.``, the Babraham software page) and GNU Parallel (``O. Tange (2018): GNU Parallel 2018, March 2018,
https://doi.org/10.5281/zenodo.1146014.``, a book deposited on Zenodo).  The Website column holds the tool's
site; the Virus-typing row links a PubMed page there.

Decisions:
- A row is an entry iff its Publication cell cites a scholarly work: journal articles, the ELPUB and SciPy
  conference papers, the arXiv preprint (BWA) and the CWI technical report (Python tutorial).  NA rows,
  Bokeh and FastQC (software citations) and GNU Parallel (a book) are not entries.  21 entries, one line each.
- Title: the paper's title as the cell writes it (case as written, 'Snakemake—a' with its em dash), without
  authors, year, journal, volume/pages or the quotes and final '.' of the MLA cell.  The titles are listed
  per tool below and the script checks that each sits in its cell between the citation's separators.
- Ids: BWA's ``arXiv:1303.3997``; no DOI in any paper row (GNU Parallel's Zenodo DOI is in a non-entry).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild41 import entry, read_lines, write_truth

NAME = "DennisSchmitz__Jovian_archive__files__acknowledgements@dd276f8.md"
PART = "wild41_development"

ROW = re.compile(r"^\|([^|]+)\|([^|]+)\|([^|]+)\|$")
NOT_PAPERS = {"Bokeh": "software", "FastQC": "software", "GNU Parallel": "book on Zenodo"}
TITLES = {
    "BEDtools": "BEDTools: a flexible suite of utilities for comparing genomic features",
    "BLAST": "Gapped BLAST and PSI-BLAST: a new generation of protein database search programs",
    "BWA": "Aligning sequence reads, clone sequences and assembly contigs with BWA-MEM",
    "BioConda": "Bioconda: sustainable and comprehensive software distribution for the life sciences",
    "Biopython": "Biopython: freely available Python tools for computational molecular biology and bioinformatics",
    "Bowtie2": "Fast gapped-read alignment with Bowtie 2",
    "Jupyter Notebook": "Jupyter Notebooks-a publishing format for reproducible computational workflows",
    "Krona": "Interactive metagenomic visualization in a Web browser",
    "Lofreq": "LoFreq: a sequence-quality aware, ultra-sensitive variant caller for uncovering cell-population"
    " heterogeneity from high-throughput sequencing datasets",
    "Minimap2": "Minimap2: pairwise alignment for nucleotide sequences",
    "MultiQC": "MultiQC: summarize analysis results for multiple tools and samples in a single report",
    "Numpy": "The NumPy array: a structure for efficient numerical computation",
    "Pandas": "Data structures for statistical computing in python",
    "Prodigal": "Prodigal: prokaryotic gene recognition and translation initiation site identification",
    "Python": "Python tutorial",
    "SAMtools": "The sequence alignment/map format and SAMtools",
    "SPAdes": "metaSPAdes: a new versatile metagenomic assembler",
    "Snakemake": "Snakemake—a scalable bioinformatics workflow engine",
    "Trimmomatic": "Trimmomatic: a flexible trimmer for Illumina sequence data",
    "Virus-Host Database": "Linking virus genomes with host taxonomy",
    "Virus-typing tools": "An automated genotyping tool for enteroviruses and noroviruses",
}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "|Name |Publication|Website|" and lines[1] == "|:---|:---|:---|"
    papers, na, skipped = [], [], []
    for n, ln in enumerate(lines[2:], 3):
        m = ROW.match(ln)
        assert m, n
        tool, pub, _site = m.groups()
        if pub == "NA":
            na.append(tool)
            continue
        if tool in NOT_PAPERS:
            skipped.append(tool)
            continue
        title = TITLES[tool]
        # the title sits between the authors' separator (', ' or '. ' or an opening quote) and the citation's
        # separator after it ('. ', ', ' before the report number, or '."')
        assert re.search(r'(?:, |\. |")' + re.escape(title) + r'(?:\. |, Technical|\."|\.$)', pub), (n, tool)
        papers.append(entry(lines, n, n, title))
    assert len(na) == 16, na
    assert sorted(skipped) == sorted(NOT_PAPERS), skipped
    assert len(papers) == len(TITLES) == 21, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each table row whose Publication cell cites a paper (article, conference paper, arXiv preprint, CWI"
        " technical report) is an entry on its line; NA rows and the software/book citations of Bokeh, FastQC"
        " and GNU Parallel are not; title = the cited title as written, between the authors and the"
        " year/venue part of whichever citation style the cell uses.",
        "All 40 rows read against the -v output: the 16 NA rows and Bokeh/FastQC/GNU Parallel excluded; every"
        " one of the 21 titles compared with its cell (EndNote-like rows without journal, APA rows, the quoted"
        " Jupyter title without its quotes and '.', Pandas without 'McKinney, W.', Python tutorial before"
        " 'Technical Report', LoFreq's inner comma kept, Snakemake's em dash); BWA's arXiv id; no DOI in the"
        " paper rows; the PubMed URL of the last row is not a DOI.",
    )


if __name__ == "__main__":
    main()
