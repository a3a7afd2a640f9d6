"""Wild17 truth for silasprincipe/sdmsgroup README: the reading log of the OBIS/VLIZ species
distribution model (SDM) study group, ecology.

Shape: '### Meeting N (date)' headings; under most, one reference paragraph per article, in mixed
citation styles pasted from publishers: APA ('Authors (2019). Title. Journal, vol. https://doi.org/..',
with or without 'In Journal (Vol. .., Issue ..). Publisher.'), Nature style with no year after the
authors ('Guerreiro, M.F., ... et al. Title. Mar Biol 170, 129 (2023). doi'), MDPI style
('Rew, J.; Cho, Y.; ... Title. Remote Sens. 2020, ...'), PeerJ style ('Harrison XA, ... 2018. Title.
PeerJ ...').  Three paragraphs put the DOI URL on a second line; one ends with an 'also available
at' ResearchGate link.  The '#### Remote sensing bias:' sub-heading holds two more references.
Later meetings switch to bullets: a data-visualisation meeting lists online resources, R packages,
'Book:' / 'Paper:' / 'Online course:' bullets and table links; the model-validation meeting lists
'- Title (url)' bullets.  Empty meetings and empty closing sections follow.

Entries: every reference paragraph of a meeting (31), the two 'Paper:' bullets of Meeting 17, and
the five 'Title (url)' bullets of Meeting 19.  Titles as written (the paper's title sentence between
the authors/year and the journal); the 'Paper: Nature Methods: <pdf url>' bullet names no title
(title null).  Harrison et al. 2018 appears twice (meetings 6 and 14, two styles): two entries.
Not entries: the Metalearning book of Meeting 5 (a Springer book), the 'Book:' bullets, online
resources, R packages, the course, table links, the TOC and the 'To remember' notes.  Line 140
(blockCV) also links a CRAN tutorial; the record is the paper.

Counts: 32 reference-like paragraphs under the meetings (asserted: the 31 titled ones + the book)
+ 2 + 5 = 38.  The 35 lines holding 'doi.org' all lie in entries: 30 paragraphs (all but
Morera-Pujol et al., which gives no DOI), Midway's bullet and four Meeting 19 bullets (the fifth
links onlinelibrary.wiley.com/doi/full/, which holds the DOI too).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild17 import entry, read_lines, write_truth

NAME = "silasprincipe__sdmsgroup__README@c011e15.md"
PART = "wild17_development"

# first line of each reference -> title as the file writes it
TITLES = {
    12: "An evaluation of transferability of ecological niche models",
    14: "Impact of climate change on the distribution and habitat suitability of the world’s main commercial squids",
    16: "To be or not to be: the role of absences in niche modelling for highly mobile species in dynamic marine environments",
    20: "Accounting for preferential sampling in species distribution models",
    22: "Improved species‐occurrence predictions in data‐poor regions: using large‐scale data and bias correction with down‐weighted Poisson regression and Maxent",
    24: "Environmental filters reduce the effects of sampling bias and improve predictions of ecological niche models",
    26: "Bunching up the background betters bias in species distribution models",
    29: "Sampling biases in MODIS SeaWiFS ocean chlorophyll data",
    32: "Global ocean primary production trends in the modern ocean color sattelite product (1998-2015)",
    37: "Data Integration for Large-Scale Models of Species Distributions",
    39: "The recent past and promising future for data integration methods to estimate species’ distributions",
    41: "Evaluating, partitioning, and mapping the spatial autocorrelation component in ecological niche modeling: a new approach based on environmentally equidistant records",
    45: "A new null model approach to quantify performance and significance for ecological niche models of species distributions",
    47: "Presence-only species distribution models are sensitive to sample prevalence: Evaluating models using spatial prediction stability and accuracy metrics",
    49: "Predictive performance of presence‐only species distribution models: a benchmark study with reproducible code",
    55: "Evaluating state-of-the-art, forecasting ensembles and meta-learning strategies for model fusion",
    58: "Oceanic differences in coral-bleaching responses to marine heatwaves",
    60: "A brief introduction to mixed effects modelling and multi-model inference in ecology",
    64: "Species distribution models describe spatial variability in mesopelagic fish abundance in the Southern Ocean",
    66: "Bayesian species distribution models integrate presence‐only and presence–absence data to predict deer distribution and relative abundance",
    68: "Species Distribution Models predict abundance and its temporal variation in a steppe bird population",
    72: "Temporal trends in the spatial bias of species occurrence records",
    76: "High-resolution species distribution modelling reveals spatio-temporal variability of habitat suitability in a declining grassland bird",
    80: "A practical guide to selecting models for exploration, inference, and prediction in ecology",
    82: "Habitat Suitability Estimation Using a Two-Stage Ensemble Approach",
    86: "Gaps and opportunities in modelling human influence on species distributions in the Anthropocene",
    88: "Habitat suitability of two flagship species, Hippocampus hippocampus and Hippocampus guttulatus, in the Atlantic coast of the Iberian Peninsula-implications for conservation",
    90: "Mechanisms, detection and impacts of species redistributions under climate change",
    94: "Thermal limits to the geographic distributions of shallow-water marine species",
    96: "A brief introduction to mixed effects modelling and multi-model inference in ecology",
    102: "Solving sampling bias problems in presence–absence or presence‐only species data using zero‐inflated models",
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    start = lines.index("## Articles from the meetings") + 1
    stop = lines.index("## Questions and hot-topics") + 1
    # reference paragraphs: a non-bullet, non-heading line after a blank line or heading
    paras = []
    for i in range(start + 1, stop):
        t = lines[i - 1]
        prev = lines[i - 2]
        if t and not t.startswith(("#", "- ", "Online resources", "Interesting R", "In addition", "And tables")) \
                and (not prev.strip() or prev.startswith("#")):
            paras.append(i)
    book = next(i for i in paras if lines[i - 1].startswith("Brazdil"))
    assert sorted(set(paras) - {book}) == sorted(TITLES), sorted(set(paras) ^ set(TITLES))
    for i in sorted(TITLES):
        last = i
        if lines[i].startswith("https://doi.org/"):  # DOI URL on its own line
            last = i + 1
        assert TITLES[i] in lines[i - 1], i
        papers.append(entry(lines, i, last, TITLES[i]))
    # Meeting 17: the two 'Paper:' bullets
    for i, t in enumerate(lines, 1):
        if t.startswith("- Paper: Nature Methods:"):
            papers.append(entry(lines, i, i, None))
        elif t.startswith("- Paper: Midway"):
            title = re.search(r"\(2020\)\. (.+?)\. In Patterns", t).group(1)
            papers.append(entry(lines, i, i, title))
    # Meeting 19: '- Title (url)' bullets
    m19 = next(i for i, t in enumerate(lines, 1) if t.startswith("### Meeting 19"))
    m20 = next(i for i, t in enumerate(lines, 1) if t.startswith("### Meeting 20"))
    for i in range(m19 + 1, m20):
        m = re.match(r"- (.+?) \(https?://", lines[i - 1])
        if m:
            papers.append(entry(lines, i, i, m.group(1)))
    assert len(papers) == 38, len(papers)
    write_truth(NAME, PART, papers,
                "every reference paragraph under the meeting headings (APA, Nature, MDPI and PeerJ styles; DOI"
                " sometimes on the next line) is an entry, title = the title sentence as written; plus the two"
                " 'Paper:' bullets of Meeting 17 (one names no title: null) and the five '- Title (url)' bullets of"
                " Meeting 19; the Metalearning book, 'Book:' bullets and web resources are not entries",
                "all 38 entries read against the file: the 31 paragraph titles (each asserted verbatim in its line),"
                " the three two-line references, the repeated Harrison et al. paper, the 10.48550 arXiv DOI of"
                " Cawood & Van Zyl, the book left out; every bullet of Meetings 17 and 19 read")


if __name__ == "__main__":
    main()
