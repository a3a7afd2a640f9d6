"""Wild32 truth for StatBiomed/HLab-pubmon Y2025.md: "Publication Monitoring - Year 2025", the Huang
Lab (HKU, computational biology) log of papers members shared at each lab meeting.

Shape: `## d/m/yyyy` meeting headings; under each, one blockquote paragraph per paper (`> ` on its
first line, continuation lines indented or unprefixed - Markdown lazy continuation - until a blank
line). Every blockquote paragraph is one paper and one entry; its span is the whole paragraph. The
closing empty `>` on line 223 is not a record.

Citation styles vary: APA "Authors (year). Title. Venue" (most); Nature style "Authors et al. Title.
Venue (year). https://doi.org/..." (139-141); title-only records without authors (12, 20, 74-75, 112);
a consortium author (148); a record without a year (179, title in capitals, kept as written); titles
that wrap over two or three lines (6-7, 39-40, 74-75, 94-96, 114-116, 118-120, 122-124, 129-131, ...);
an author list wrapping over two lines (98-99); titles written as Markdown links across a line break
(209-210, 212-214). The title is the text between "(year). " (or "et al. ") and the venue, with the
line breaks collapsed; the trailing venue/volume, arXiv preprint note and URLs are not part of it.
The same paper (Jaganathan et al., Science) is shared on 27/08 (170-173) and 25/06 (212-215): two
entries. Ids come from the record's own lines (arXiv text on 69, DOI URLs, science.org/doi URLs, the
bioRxiv URL on 187); nature.com article URLs are not DOIs.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild32 import entry, read_lines, write_truth

NAME = "StatBiomed__HLab-pubmon__Y2025@7933ccb.md"
PART = "wild32_development"

RECORDS = [
    (6, 7, "TissueNarrator: Generative Modeling of Spatial Transcriptomics with Large Language Models"),
    (9, 10, "LARIS enables accurate and efficient ligand and receptor interaction analysis in spatial transcriptomics"),
    (12, 12, "CellProphet: Dissecting Virtual Cell Differentiation through AI-Powered Dynamic Gene Regulatory Network Inference"),
    (14, 15, "Haplotype-aware inference of human chromosome abnormalities"),
    (17, 18, "SMURF reconstructs single-cells from Visium HD data to reveal zonation of transcriptional programs in the intestine"),
    (20, 20, "multiVIB: A unified probabilistic contrastive learning framework for atlas-scale integration of single-cell multi-omics data"),
    (27, 28, "A multimodal whole-slide foundation model for pathology"),
    (30, 31, "GLM-Prior: a nucleotide transformer model reveals prior knowledge as the driver of GRN inference performance"),
    (33, 34, "Cross-expression meta-analysis of mouse brain slices reveals coordinated gene expression across spatially adjacent cells"),
    (36, 37, "Cancer subclone detection based on DNA copy number in single-cell and spatial omic sequencing data"),
    (39, 40, "TissueFormer: a neural network for labeling tissue from grouped single-cell RNA profiles"),
    (42, 44, "A unified framework for identification of cell-type-specific spatially variable genes in spatial transcriptomic studies"),
    (46, 47, "Monod: model-based discovery and integration through fitting stochastic transcriptional dynamics to single-cell sequencing data"),
    (49, 50, "Multimodal learning enables chat-based exploration of single-cell data"),
    (52, 53, "STORIES: learning cell fate landscapes from spatial transcriptomics using optimal transport"),
    (55, 56, "Atacformer: A transformer-based foundation model for analysis and interpretation of ATAC-seq data"),
    (58, 59, "Integrative deep learning of spatial multi-omics with SWITCH"),
    (61, 62, "PHLOWER leverages single-cell multimodal data to infer complex, multi-branching cell differentiation trajectories"),
    (68, 69, "Suica: Learning super-high dimensional sparse implicit neural representations for spatial transcriptomics"),
    (71, 72, "CellBin: a generalist framework to process spatial omics data to cell level"),
    (74, 75, "VariantFormer: A hierarchical transformer integrating DNA sequences with genetic variations and regulatory landscapes for personalized gene expression prediction"),
    (77, 78, "Tracking clonal evolution during treatment in ovarian cancer using cell-free DNA"),
    (80, 81, "Dynamic Gene Regulatory Network Inference with Interpretable, Biophysically-Motivated Neural ODEs"),
    (83, 84, "A single-cell transcriptome atlas of human euploid and aneuploid blastocysts"),
    (86, 87, "SCS: cell segmentation for high-resolution spatial transcriptomics"),
    (91, 92, "Cross-tissue multicellular coordination and its rewiring in cancer"),
    (94, 96, "Integrating cross-sample and cross-modal data for spatial transcriptomics and metabolomics with SpatialMETA"),
    (98, 101, "Mitochondrial clone tracing within spatially intact human tissues"),
    (105, 106, "Pre-training Genomic Language Model with Variants for Better Modeling Functional Genomics"),
    (108, 110, "Energy-Regularized Graph Learning for Multiscale Spatial Representation"),
    (112, 112, "SpatialZoomer: multi-scale feature analysis of spatial transcriptomics"),
    (114, 116, "A histology foundation model for high-resolution spatial omics prediction, tumor detection, and, clustering of spatial transcriptomics"),
    (118, 120, "GASTON-Mix: a unified model of spatial gradients and domains using spatial mixture-of-experts"),
    (122, 124, "Genetic Deconvolution of Embryonic and Maternal Cell\u2010Free DNA in Spent Culture Medium of Human Preimplantation Embryo Through Deep Learning"),
    (129, 132, "Reusability report: Exploring the transferability of self-supervised learning models from single-cell to spatial transcriptomics"),
    (134, 137, "Transcription factor networks disproportionately enrich for heritability of blood cell phenotypes"),
    (139, 141, "DeepMVP: deep learning models trained on high-quality data accurately predict PTM sites and variant-induced alterations"),
    (143, 146, "Clone copy number diversity is linked to survival in lung cancer"),
    (148, 150, "Whole-genome sequencing of 490,640 UK Biobank participants"),
    (152, 154, "A SNP Foundation Model: Application in Whole-Genome Haplotype Phasing and Genotype Imputation"),
    (156, 159, "EBV induces CNS homing of B cells attracting inflammatory T cells"),
    (161, 163, "The Virtual Lab of AI agents designs new SARS-CoV-2 nanobodies"),
    (165, 168, "Stereo-cell: Spatial enhanced-resolution single-cell sequencing with high-density DNA nanoball-patterned arrays"),
    (170, 173, "Predicting expression-altering promoter mutations with deep learning"),
    (179, 182, "NOLAN: SELF-SUPERVISED FRAMEWORK FOR MAPPING CONTINUOUS TISSUE ORGANIZATION"),
    (184, 187, "Predicting cellular responses to perturbation across diverse contexts with STATE"),
    (189, 192, "Cell Marker Accordion: interpretable single-cell and spatial omics annotation in health and disease"),
    (194, 196, "SIMVI disentangles intrinsic and spatial-induced cellular states in spatial omics data"),
    (198, 200, "A Dirichlet-multinomial mixed model for determining differential abundance of mutational signatures"),
    (205, 206, "X-Atlas/Orion: Genome-wide Perturb-seq Datasets via a Scalable Fix-Cryopreserve Platform for Training Dose-Dependent Biological Foundation Models"),
    (208, 210, "Clonal tracing with somatic epimutations reveals dynamics of blood ageing"),
    (212, 215, "Predicting expression-altering promoter mutations with deep learning"),
    (217, 217, "A two-front nutrient supply environment fuels small intestinal physiology through differential regulation of nutrient absorption and host defense"),
    (219, 219, "Decoding Plasticity Regulators and Transition Trajectories in Glioblastoma with Single-cell Multiomics"),
    (221, 221, "Interpretable niche-based cell\u2012cell communication inference using multi-view graph neural networks"),
]


def paragraphs(lines: list[str]) -> list[tuple[int, int]]:
    """Blockquote paragraphs: a '>' line plus its continuation lines up to a blank line, heading or next '>'."""
    out, i = [], 0
    while i < len(lines):
        if lines[i].startswith(">") and lines[i].strip() != ">":
            s = i
            while i + 1 < len(lines) and lines[i + 1].strip() and not lines[i + 1].startswith((">", "#")):
                i += 1
            out.append((s + 1, i + 1))
        i += 1
    return out


def main() -> None:
    lines = read_lines(NAME)
    assert [(a, b) for a, b, _ in RECORDS] == paragraphs(lines)
    papers = [entry(lines, a, b, t) for a, b, t in RECORDS]
    assert len(papers) == 55, len(papers)
    write_truth(
        NAME, PART, papers,
        "Every blockquote paragraph under a meeting date is one shared paper; the title is the text between"
        " the author/year part and the venue (line breaks collapsed, link markup removed), ids from the"
        " paragraph's own lines.",
        "Checked all 55 paragraphs and their titles by eye, including the title-only records, the wrapped"
        " titles and author lists, the two link-titled records and the repeated Jaganathan paper.",
    )


if __name__ == "__main__":
    main()
