"""Wild30 truth for kuang-da/scGenomic-Reading-List README.md at fe127b2 (2020-11-09): a PhD
student's single-cell genomics reading list.

Commit: the newest README (513e72a, 2021-04) is no longer a list -- the papers moved into Obsidian
notes and the README became a page of ``[[wiki links]]`` -- so the last README that still holds
the list (fe127b2) is used.

Shape: a table of contents (lines 5-17, anchor links, not entries), then ``##``/``###`` sections,
each a bullet list of Markdown links.  The link text is either a bare title (24, 32, 33, 43, 45-46,
81, 82) or a whole citation inside the link text -- "Authors. Title. Journal vol, pages (year)."
(21, 22, 37, 38, 44, 50, 51, 57-61, 66, 70-72, 76), or authors-then-title in Oxford style (39:
"..., Björn Grüning, A single-cell RNA-sequencing training and analysis suite using the Galaxy
framework, GigaScience, ...").  The title is the title part of the link text only: no authors,
journal, volume, pages or year ("(2016)" on 43 dropped).

Special cases: 45-46 and 55-56 are one bullet whose link text breaks over two lines (55-56: title
on 55, authors and year on 56); 57 keeps the file's typo "single-cemll"; 72 has a space before the
URL inside the parentheses.  Not entries: 23 (UMAP documentation page), 65 (a blog post on PCA),
77 (a statistics handbook page on the Wilcoxon test); the empty sections (26, 84) hold nothing.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild30 import entry, read_lines, write_truth

NAME = "kuang-da__scGenomic-Reading-List__README@fe127b2.md"
PART = "wild30_development"

RECORDS = [
    (21, 21, "A practical guide to single-cell RNA-sequencing for biomedical research and clinical applications"),
    (22, 22, "Moderated estimation of fold change and dispersion for RNA-seq data with DESeq2"),
    (24, 24, "A Comprehensive Multi-Center Cross-platform Benchmarking Study of Single-cell RNA Sequencing Using Reference Samples"),
    (32, 32, "Current best practices in single‐cell RNA‐seq analysis: a tutorial"),
    (33, 33, "Orchestrating Single-Cell Analysis with Bioconductor"),
    (37, 37, "pipeComp, a general framework for the evaluation of computational pipelines, reveals performant single cell RNA-seq preprocessing tools"),
    (38, 38, "scAI: an unsupervised approach for the integrative analysis of parallel single-cell transcriptomic and epigenomic profiles"),
    (39, 39, "A single-cell RNA-sequencing training and analysis suite using the Galaxy framework"),
    (43, 43, "VERSE: a versatile and efficient RNA-Seq read counting tool"),
    (44, 44, "Mash Screen: high-throughput sequence containment estimation for genome discovery"),
    (45, 46, "Genetic demultiplexing of pooled single-cell RNA-sequencing samples in cancer facilitates effective experimental design"),
    (50, 50, "Splatter: simulation of single-cell RNA sequencing data"),
    (51, 51, "Simulating multiple faceted variability in single cell RNA sequencing"),
    (55, 56, "Comprehensive integration of single cell data"),
    (57, 57, "Jointly defining cell types from multiple single-cemll datasets using LIGER"),
    (58, 58, "Deep generative modeling for single-cell transcriptomics"),
    (59, 59, "Fast, sensitive and accurate integration of single-cell data with Harmony"),
    (60, 60, "Normalization and variance stabilization of single-cell RNA-seq data using regularized negative binomial regression"),
    (61, 61, "Pooling across cells to normalize single-cell RNA sequencing data with many zero counts"),
    (66, 66, "The art of using t-SNE for single-cell transcriptomics"),
    (70, 70, "From Louvain to Leiden: guaranteeing well-connected communities"),
    (71, 71, "TooManyCells identifies and visualizes relationships of single-cell clades"),
    (72, 72, "SC3: consensus clustering of single-cell RNA-seq data"),
    (76, 76, "Comparative analysis of differential gene expression analysis tools for single-cell RNA sequencing data"),
    (81, 81, "Bioinformatics enrichment tools: paths toward the comprehensive functional analysis of large gene lists"),
    (82, 82, "Gene set enrichment analysis: A knowledge-based approach for interpreting genome-wide expression profiles"),
]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for first, last, title in RECORDS:
        text = " ".join(lines[first - 1 : last])
        assert lines[first - 1].startswith("- ["), first
        assert title in re.sub(r"\s+", " ", text), (first, title)
        papers.append(entry(lines, first, last, title))
    assert len(papers) == 26, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each bullet linking a paper is an entry; title = the title part of the link text (authors,"
        " journal, volume, pages, year dropped); documentation, blog and handbook links are not entries.",
        "Read every line of the file (84 lines): each bullet's entry/non-entry decision, span, title"
        " and DOI/arXiv checked by eye.",
    )


if __name__ == "__main__":
    main()
