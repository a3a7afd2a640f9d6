"""Wild5 truth for HallettLab/lab-website content/publications.md: the publication list of an ecology lab
(Hallett lab, plant community and restoration ecology), a Hugo page.

Shape: front matter, a Google Scholar image link, '_Papers posted for individual use only_', then one
paragraph per publication, newest first, separated by blank lines, no headings: author-first
references 'Authors. Year. Title. Journal vol(issue): pages.' with many variants: 'and 34 others
(including L. M. Hallett)', no year ('Case, M. F. and L. M. Hallett. Title. In press, ...'), the year
after the title (Larios 2017: 'Title. 2017. Journal'), 'In press' in place of the year (Dudney, Stein),
'Accepted, Journal', a title ending '., Journal' (Davies 2021), a title running into the journal with no
space ('south-western Australia.Ecological Management...'), a title holding '? ' (Hallett 2013 'Do we
practice what we preach? Goal setting ...').  A '[pdf](/papers/...)' link ends most paragraphs (on its
own line for the first five); one paragraph has a second line '\\*undergraduate coauthor' (part of that
entry).  Two DOIs written as text ('doi:10.1111/ecog.02383', 'DOI: 10.1111/2041-210X.12569').
Entries: every paragraph from line 15 on (45).  Two are book chapters (line 83: a chapter of the
Routledge handbook of ecological and environmental restoration; line 101: a chapter of 'Novel
Ecosystems'): kept as entries, each is one scholarly work (not a whole book).  The 'codyn' R package
item is its Methods in Ecology and Evolution paper.
Title: written out per entry below (text between the year/authors and the venue), checked to occur in
the entry's first line; '., ' and '.' separators not part of it, '?' kept.
Count check: 45 paragraphs = 45 titles; the year or 'In press' found in each but one (line 79, volume and
pages only); 5 '[pdf]' lines on their own.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild5 import entry, read_lines, write_truth

NAME = "HallettLab__lab-website__content__publications@a6f5c03.md"
PART = "wild5_development"
FIRST = 15
NO_YEAR = {79}  # Dudney et al., Journal of Ecology 105(2): volume and pages only
TITLES = {
    15: "Hogs and hazelnuts: adaptively managing pest spillover in the agricultural-wildland matrix",
    18: "Species loss due to nutrient addition increases with spatial scale in global grasslands",
    21: "The spatial synchrony of species richness and its implications for ecosystem stability",
    24: "Functional trait effects on ecosystem stability: assembling the jigsaw puzzle",
    27: "The “black box” of plant demography: How do seed type and climate affect grass seed germination"
        " and fungal communities?",
    30: "Multiple meanings of history in restoration",
    32: "Living with exotic annual grasses in the sagebrush ecosystem",
    34: "Fire and grazing as tools to restore serpentine grasslands under global change",
    36: "Taking climate change into account: non-stationarity in climate drivers of ecological response",
    38: "Why we still need permanent plots for vegetation science",
    40: "Micro-scale geography of synchrony in a serpentine plant community",
    42: "Thinking systematically about ecological interventions: what do system archetypes teach us?",
    44: "Managing biodiversity on heterogeneous landscapes using Ecological Site Descriptions",
    46: "A new variance ratio metric to detect the timescale of compensatory dynamics",
    48: "Herbivory enhances the effect of environmental variability on plant community composition and"
        " beta-diversity",
    50: "A comprehensive approach to analyzing community dynamics using rank abundance curves",
    52: "Global changes systematically shift plant communities without driving local species loss",
    54: "Rainfall variability maintains grass-forb coexistence",
    56: "Stability and synchrony across ecological hierarchies in heterogeneous metacommunities: linking"
        " theory to data",
    58: "Tradeoffs in demographic mechanisms underlie differences in species abundance and stability",
    60: "Temporal heterogeneity increases with spatial heterogeneity in ecological communities",
    62: "Asynchrony among local communities stabilizes ecosystem function of metacommunities",
    64: "Navigating translation ecology: Creating opportunities for scientist participation",
    66: "Foundations of Translational Ecology",
    68: "When and how to restore in a changing world: a demographic-based assessment of resilience",
    70: "Isolation predicts compositional change after discrete disturbances in a global meta-analysis",
    72: "Niche complementarity enhances native plant restoration in an invaded urban landscape",
    75: "Functional diversity increases ecological stability in a grazed grassland",
    77: "Long-term forb dynamics in a northern Chihuahuan Desert grassland",
    79: "Lagging behind: Have we overlooked previous-year rainfall effects in annual grasslands?",
    81: "codyn: An R package for analysis of long-term ecological community data",
    83: "Invasive species and ecological restoration",
    85: "Managing the whole landscape: historical, hybrid and novel ecosystems",
    87: "Evaluating ecosystem services provided by non-native species: An experimental test in California"
        " grasslands",
    89: "Conservation opportunities across the world’s anthromes",
    91: "Biotic mechanisms of community stability shift along a precipitation gradient",
    93: "Seedling emergence and summer survival after direct seeding for woodland restoration on old-fields"
        " in south-western Australia",
    95: "Sensitivity of grassland plant community composition to spatial versus temporal variation in"
        " precipitation",
    97: "Do we practice what we preach? Goal setting for ecological restoration",
    99: "Finding a middle-ground: The native/non-native debate",
    101: "Toward a conceptual framework for novel ecosystems",
    103: "Insights from a cross-disciplinary seminar: 10 pivotal papers for ecological restoration",
    105: "Explaining temporal variation in above-ground productivity in a mesic grassland: the role of"
         " climate and flowering",
    107: "Seed mass and summer drought survival in a Mediterranean-climate ecosystem",
    109: "Intervention ecology: applying ecological science in the 21st century",
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    i = FIRST
    own_pdf_lines = 0
    while i <= len(lines):
        if not lines[i - 1].strip():
            i += 1
            continue
        start = i
        while i + 1 <= len(lines) and lines[i].strip():
            i += 1
        last = i
        head = lines[start - 1]
        title = TITLES[start]
        assert title in head, (start, title)
        assert re.search(r"\b(19|20)\d\d\b|In press", head) or start in NO_YEAR, start
        own_pdf_lines += sum(1 for k in range(start + 1, last + 1) if lines[k - 1].startswith("[pdf]"))
        papers.append(entry(lines, start, last, title))
        i += 1
    assert [p["line"] for p in papers] == sorted(TITLES), [p["line"] for p in papers]
    assert len(papers) == 45 and own_pdf_lines == 5, (len(papers), own_pdf_lines)
    write_truth(NAME, PART, papers,
                "every blank-line-separated reference paragraph after the page header is an entry (45,"
                " including two book chapters); title = the text between the authors/year and the venue,"
                " written out per entry; a '[pdf]' line or the 'undergraduate coauthor' note below a"
                " reference belongs to its entry",
                "paragraphs counted (45) and matched one-to-one to the hand-written titles, each title checked"
                " to occur in its paragraph's first line; all 45 read against the file; the two text DOIs"
                " checked")


if __name__ == "__main__":
    main()
