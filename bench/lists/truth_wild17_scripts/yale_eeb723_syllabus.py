"""Wild17 truth for Yale-EEB723/syllabus README.md: the syllabus of Yale E&EB 723 'Comparative
Genomics' (spring 2019), with a weekly schedule and a closing topical bibliography.

Shape: course prose (tab-indented header, git/HPC, projects, two reference books under '## Reading'),
then '## Schedule' with '### Week N ...' headings, each with '#### Reading' (a 'Discussion leader:'
line, then readings), long '#### Agenda and notes' outlines (not entries) and exercises.  Readings
are written as plain citations 'Authors. Year. Title. Journal. https://doi.org/...' with a bare
URL, hard-wrapped over 1-4 lines; some are '- ' bullets (with an italic note or a '(Discussion
leader: ...)' tail), some bare paragraphs.  Then '## Bibliography' with '### Topic' headings over
the same kind of plain citation paragraphs (blank line between), and '## Links and other general
resources'.

An entry is a reading or bibliography citation of a scholarly work (journal article, bioRxiv
preprint, editorial); its lines are the citation's paragraph or bullet lines (a wrapped italic note
after it included); title = the text between 'Authors. Year.' and the journal (or the URL when no
journal is named), its final '.' dropped; hand-listed below and checked to occur in the entry's text.
Papers given both in the schedule and in the bibliography are two entries each.
Not entries: the books (Practical Computing for Biologists, R for Data Science) and their chapters,
Harmon's online book 'Phylogenetic Comparative Methods' and its chapters, the MarkDown guide, the
Vertebrate Genomes Project site, the Nature '3D genome' collection page, the previous course's
repository, Ensembl Compara, and the links inside the agenda notes (videos, vendor pages, a tool).
Count check: 13 schedule readings + 43 bibliography citations (5+9+6+4+4+4+2+0+3+4+2 per
bibliography heading, counted by eye) = 56.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild17 import entry, read_lines, write_truth

NAME = "Yale-EEB723__syllabus__README@59421db.md"
LINES = read_lines(NAME)

SCHEDULE = [
    (140, 140, "Phylogenies and the Comparative Method"),
    (141, 141, "Pairwise comparisons across species are problematic when analyzing functional genomic data"),
    (173, 176, "Coming of age: ten years of next-generation sequencing technologies"),
    (249, 251, "Nanopore sequencing and assembly of a human genome with ultra-long reads"),
    (274, 274, "Piercing the dark matter: bioinformatics of long-range sequencing and mapping"),
    (402, 403, "A beginner's guide to eukaryotic genome annotation"),
    (494, 496, "MAKER2: an annotation pipeline and genome-database management tool for second-generation genome projects"),
    (498, 499, "The genome of common long-arm octopus Octopus minor"),
    (554, 555, "Comparative Analysis of Droplet-Based Ultra-High-Throughput Single-Cell RNA-Seq Systems"),
    (559, 560, "RNA-Seq methods for transcriptome analysis"),
    (604, 605, "Organizational principles of 3D genome architecture"),
    (727, 727, "Network-based microsynteny analysis identifies major differences and genomic outliers in mammalian and angiosperm genomes"),
    (748, 749, "Comparative genomics explains the evolutionary success of reef-forming corals"),
]
BIBLIOGRAPHY = [
    # Genome sequencing (5)
    (777, 778, "Coming of age: ten years of next-generation sequencing technologies"),
    (780, 781, "The sequence of sequencers: The history of sequencing DNA"),
    (783, 784, "High-Throughput Sequencing Technologies"),
    (786, 787, "DNA sequencing at 40: past, present and future"),
    (789, 790, "GenomeScope: fast reference-free genome profiling from short reads"),
    # Genome assembly (9)
    (794, 794, "Genome structural variation discovery and genotyping"),
    (796, 798, "Assemblathon 2: evaluating de novo methods of genome assembly in three vertebrate species"),
    (800, 801, "QUAST: quality assessment tool for genome assemblies"),
    (803, 804, "De novo assembly of haplotype-resolved genomes with trio binning"),
    (806, 807, "A critical comparison of technologies for a plant genome sequencing project"),
    (810, 811, "New Approaches for Genome Assembly and Scaffolding"),
    (813, 814, "Assembly of large genomes using second-generation sequencing"),
    (816, 817, "Piercing the dark matter: bioinformatics of long-range sequencing and mapping"),
    (819, 820, "The present and future of de novo whole-genome assembly"),
    # Example genome projects (6)
    (824, 826, "Single-molecule sequencing and optical mapping yields an improved genome of woodland strawberry (Fragaria vesca) with chromosome-scale contiguity"),
    (828, 830, "Nanopore sequencing and assembly of a human genome with ultra-long reads"),
    (832, 833, "The genome of common long-arm octopus Octopus minor"),
    (835, 837, "Improved de novo Genome Assembly: Linked-Read Sequencing Combined with Optical Mapping Produce a High Quality Mammalian Genome at Relatively Low Cost"),
    (839, 840, "Highly-accurate long-read sequencing improves variant detection and assembly of a human genome"),
    (842, 843, "A Hybrid de novo Assembly of the Sea Pansy (Renilla muelleri) Genome"),
    # Genome annotation (4)
    (852, 853, "The Ensembl gene annotation system"),
    (855, 857, "MAKER2: an annotation pipeline and genome-database management tool for second-generation genome projects"),
    (859, 860, "The state of play in higher eukaryote gene annotation"),
    (862, 863, "A beginner's guide to eukaryotic genome annotation"),
    # Genome structure (4)
    (871, 873, "Chromosome Size in Diploid Eukaryotic Species Centers on the Average Length with a Conserved Boundary"),
    (875, 877, "Topologically associating domains are ancient features that coincide with Metazoan clusters of extreme noncoding conservation"),
    (879, 880, "Organizational principles of 3D genome architecture"),
    (882, 883, "Structural variation in the 3D genome"),
    # Functional genomics (4)
    (888, 889, "RNA-Seq methods for transcriptome analysis"),
    (891, 892, "Chromatin accessibility and the regulatory epigenome"),
    (894, 895, "RNA velocity of single cells"),
    (897, 898, "Comparative Analysis of Droplet-Based Ultra-High-Throughput Single-Cell RNA-Seq Systems"),
    # Other sequencing applications and perspectives (2)
    (903, 904, "Where is genomics going next?"),
    (906, 906, "Real-time DNA barcoding in a rainforest using nanopore sequencing: opportunities for rapid biodiversity assessments and local capacity building"),
    # Reconstructing the history of genome evolution (3)
    (916, 916, "Reconstruction and evolutionary history of eutherian chromosomes"),
    (918, 918, "Reconstruction of avian ancestral karyotypes reveals differences in the evolutionary history of macro- and microchromosomes"),
    (920, 920, "Reconstruction of the diapsid ancestral genome permits chromosome evolution tracing in avian and non-avian dinosaurs"),
    # Comparative genomics (4)
    (926, 926, "Comparative genomics as a tool to understand evolution and disease"),
    (928, 928, "Rates of intron loss and gain: Implications for early eukaryotic evolution"),
    (930, 930, "Independent evolution of genomic characters during major metazoan transitions"),
    (932, 932, "Network-based microsynteny analysis identifies major differences and genomic outliers in mammalian and angiosperm genomes"),
    # Making associations between genomes and phenotypes (2)
    (936, 936, 'A "Forward Genomics" Approach Links Genotype to Phenotype using Independent Phenotypic Losses among Related Species'),
    (938, 938, "A genomics approach reveals insights into the importance of gene losses for mammalian adaptations"),
]


def main() -> None:
    papers = []
    for first, last, title in SCHEDULE + BIBLIOGRAPHY:
        own = " ".join(ln.strip() for ln in LINES[first - 1:last])
        own = re.sub(r"\s+", " ", own)
        assert title in own, (first, title)
        assert LINES[first - 2].strip() == "" or LINES[first - 2].startswith(("- ", "Discussion leader")), first
        assert last == len(LINES) or LINES[last].strip() == "" or LINES[last].startswith("- "), last
        papers.append(entry(LINES, first, last, title))
    bib = next(i for i, t in enumerate(LINES, 1) if t.startswith("## Bibliography"))
    assert sum(1 for p in papers if p["line"] < bib) == 13
    assert sum(1 for p in papers if p["line"] > bib) == 43
    write_truth(NAME, "wild17_development", papers,
                "every schedule reading and bibliography citation of a scholarly work is an entry (its paragraph or"
                " bullet lines), title = the hand-copied text between 'Authors. Year.' and the journal/URL; books,"
                " book chapters, the online book, guides, project/collection/tool pages and agenda links are not",
                "every '#### Reading' block and every bibliography paragraph read one by one, each hand-listed title"
                " asserted to occur in its lines, entry boundaries asserted at blank lines, -v output checked for"
                " the doi.org/www.doi.org, bioRxiv and publisher-URL ids")


if __name__ == "__main__":
    main()
