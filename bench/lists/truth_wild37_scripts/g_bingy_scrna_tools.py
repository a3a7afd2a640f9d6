"""Wild37 truth for bingy007/scRNA-seq README.md ("Single-cell toolbox"): a personal list of single-cell RNA-seq
analysis tools, each with the paper that describes it, grouped under ``##`` topic headings (integration, cell type
identification, trajectories, cell-cell interaction, doublets, regulons, simulators, sequencing platforms,
spatial, ATAC-seq, ...).

Shape: two-space-indented bullets ``  - ...`` (later sections unindented ``- ...``) whose text is either a bare
link or ``Tool: url``, or a written-out reference in one of four citation styles mixed freely: Nature/Springer
(``Korsunsky, I., ... et al. Title. Nat Methods 16, 1289–1296 (2019). https://doi.org/...``), APA
(``Street, K., ... (2018). Title. BMC genomics, ...``), MLA with the title in quotes (``McGinnis, Christopher S.,
... "Title." Cell systems 8.4 (2019)``) and one comma-run (58, ``..., Mapping transcriptomic vector fields of
single cells,Cell,2022,,ISSN ...``).  Many references carry a lead label (``Splatter: ``, ``small difference: ``,
``With GWAS co-exp: ``, ``LIANA: a LIgand-receptor ANalysis frAmework: ``, ``Python-based: ...; ``).  Under a
bullet, indented ``>`` lines hold either the tool's code/tutorial links or, for some tools (Harmony 27-28,
"Spatial cell annotation" 46-47, SCENIC 90-93, BITFAM 94-95, Pando 96-97), the reference itself; SCENIC has three
references in three ``>`` lines.  Line 115-116 is ``- Smart-seq2: `` with the reference on its continuation line,
followed by a nested bullet (117) with a second reference.  Two images sit between review references (141-142).

Decisions:
- An entry is each written-out paper reference (one per block: a bullet's text or one ``>`` line).  Its span is
  that block plus the ``>`` note lines after it that hold only links or notes (e.g. 29-30, 36-38, 47-49 across a
  whitespace-only line); a tool bullet that only names the tool and links it (27, 46, 90, 94, 96) is not part of
  the reference under it.  The Smart-seq2 entry spans 115-116 (one paragraph).
- Not entries: bare links and tool/course/tutorial/dataset/database pages (4, 5, 8-23, 25-27, 55 10x analysis
  guide, 103, 106, 118 "10X", 123, 136), the blockquote intro (2-3), images.  CellMarker 2.0 (39, a Nucleic Acids
  Research database paper) is a paper.  MIRA is listed twice (69 APA, 99 Nature style): two entries.
- Title: the reference's title as written, without the lead label, authors, journal and year (listed by line
  below; each asserted to occur in its block).  Ids from the entry's lines; line 116's DOI link ends with a
  stray ``-`` (``.../nmeth.2639-``) and is set without it.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild37 import entry, read_lines, write_truth

NAME = "bingy007__scRNA-seq__README@7731749.md"
PART = "wild37_development"

TITLES = {
    6: "A single-cell sequencing guide for immunologists",
    28: "Fast, sensitive and accurate integration of single-cell data with Harmony",
    29: "CSS: cluster similarity spectrum integration of single-cell genomics data",
    31: "Population-level integration of single-cell datasets enables multi-scale analysis across samples",
    34: "Gene signature extraction and cell identity recognition at the single-cell level with Cell-ID",
    36: "Supervised classification enables rapid annotation of cell atlases",
    39: "CellMarker 2.0: an updated database of manually curated cell markers in human/mouse and web tools based on"
    " scRNA-seq data",
    41: "Fully-automated and ultra-fast cell-type identification using specific marker combinations from single-cell"
    " transcriptomic data",
    44: "Mapping single-cell data to reference atlases by transfer learning",
    47: "Annotation of spatially resolved single-cell data with STELLAR",
    52: "Slingshot: cell lineage and pseudotime inference for single-cell transcriptomics",
    54: "A comparison of single-cell trajectory inference methods",
    56: "TooManyCells identifies and visualizes relationships of single-cell clades",
    58: "Mapping transcriptomic vector fields of single cells",
    61: "CellRank for directed single-cell fate mapping",
    63: "RNA velocity of single cells",
    65: "Generalizing RNA velocity to transient cell states through dynamical modeling",
    67: "Chromatin Velocity reveals epigenetic dynamics by single-cell profiling of heterochromatin and euchromatin",
    69: "MIRA: Joint regulatory modeling of multimodal expression and chromatin accessibility in single cells",
    72: "Inference and analysis of cell-cell communication using CellChat",
    75: "Comparison of methods and resources for cell-cell communication inference from single-cell RNA-Seq data",
    78: "Differential abundance testing on single-cell data using k-nearest neighbor graphs",
    81: "Confronting false discoveries in single-cell differential expression",
    83: "Isolating salient variations of interest in single-cell data with contrastiveVI",
    85: "DoubletFinder: doublet detection in single-cell RNA sequencing data using artificial nearest neighbors",
    87: "Scrublet: computational identification of cell doublets in single-cell transcriptomic data",
    91: "SCENIC: single-cell regulatory network inference and clustering",
    92: "A scalable SCENIC workflow for single-cell gene regulatory network analysis",
    93: "SCENIC+: single-cell multiomic inference of enhancers and gene regulatory networks",
    95: "A Bayesian inference transcription factor activity model for the analysis of single-cell transcriptomes",
    97: "Inferring and perturbing cell fate regulomes in human brain organoids",
    98: "Dictys: dynamic gene regulatory network dissects developmental continuum with single-cell multiomics",
    99: "MIRA: joint regulatory modeling of multimodal expression and chromatin accessibility in single cells",
    101: "Unsupervised removal of systematic background noise from droplet-based single-cell experiments using"
    " CellBender",
    109: "Splatter: simulation of single-cell RNA sequencing data",
    110: "splatPop: simulating population scale single-cell RNA sequencing data",
    113: "CEL-Seq2: sensitive highly-multiplexed single-cell RNA-Seq",
    114: "Quartz-Seq2: a high-throughput single-cell RNA-sequencing method that effectively uses limited sequence"
    " reads",
    115: "Smart-seq2 for sensitive full-length transcriptome profiling in single cells",
    117: "Full-length mRNA-Seq from single-cell levels of RNA and individual circulating tumor cells",
    125: "Cell type-specific inference of differential expression in spatial transcriptomics",
    128: "Polygenic enrichment distinguishes disease associations of individual cells in single-cell RNA-seq data",
    130: "Identifying disease-critical cell types and cellular processes by integrating single-cell RNA-sequencing"
    " and human genetics",
    133: "SCIM: universal single-cell matching with unpaired feature sets",
    140: "Into the multiverse: advances in single-cell multiomic profiling",
    143: "Characterizing cis-regulatory elements using single-cell epigenomics",
    147: "ArchR is a scalable software package for integrative single-cell chromatin accessibility analysis",
    149: "Comprehensive analysis of single cell ATAC-seq data with SnapATAC",
}
DOI_FIX = {115: "10.1038/nmeth.2639"}  # link text ends "nmeth.2639-": the dash is not part of the DOI
NOTE = re.compile(r"^\s+>")  # an indented blockquote line under a bullet
CONTINUATION = re.compile(r"^\s+[^\s>\-]")  # an indented continuation line of the same paragraph


def span_end(lines: list[str], first: int) -> int:
    """The last line of the entry starting at ``first``: its continuation lines, then note lines that hold no
    reference of their own (whitespace-only lines between notes bridged)."""
    last = first
    n = first + 1
    while n <= len(lines):
        ln = lines[n - 1]
        if n in TITLES:
            break
        if NOTE.match(ln) or (CONTINUATION.match(ln) and n == last + 1):
            last = n
        elif ln.strip() == "" and ln != "" and n + 1 <= len(lines) and NOTE.match(lines[n]) and n + 1 not in TITLES:
            pass
        else:
            break
        n += 1
    return last


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for first, title in TITLES.items():
        last = span_end(lines, first)
        block = " ".join(ln.strip() for ln in lines[first - 1 : last])
        assert title in block, first
        p = entry(lines, first, last, title)
        if first in DOI_FIX:
            p["doi"] = DOI_FIX[first]
        papers.append(p)
    assert len(papers) == 48, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each written-out paper reference (a bullet's text or one '>' line under a tool bullet) is an entry,"
        " spanning its paragraph and the link/note '>' lines after it; tool, tutorial, guide and database links"
        " are not entries; title = the reference's title without lead label, authors, journal or year, whatever"
        " the citation style; ids from the entry's lines (one trailing '-' removed from a DOI).",
        "Every line of the file read and classified (reference / tool link / note / heading); all 48 entries'"
        " spans, titles and ids compared with the -v output, in particular the references inside '>' lines"
        " (28, 47, 91-93, 95, 97), the lead-labelled ones (44, 75, 83, 98, 99, 109-115, 128, 147, 149), the four"
        " citation styles (APA 39/52/69/125, MLA 6/29/85/87/140, comma-run 58), the Smart-seq2 continuation"
        " (115-116), the nested bullet 117, the whitespace-bridged note 47-49 and the images after 140.",
    )


if __name__ == "__main__":
    main()
