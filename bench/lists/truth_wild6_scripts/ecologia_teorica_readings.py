"""Wild6 truth for robertoalvarezm/EcologiaTeoricaPosgrado README.md: the reading list of a
Spanish-language (Mexican) graduate course in theoretical ecology ("Ecología Teórica Posgrado";
headings 'Artículos', 'Indispensables por leer', then English topic headings).

Shape: one '- ' bullet per reading under '###'/'####' topic headings; 156 bullets.  The citation
style changes from bullet to bullet, as copied from Google Scholar, publishers and exports:
- APA from Google Scholar: 'Authors (YYYY). Title. Venue, vol(issue), pages.' (most bullets);
- eLife/PLOS: 'Authors (YYYY) Title Journal vol:id. https://doi...' (no full stop after the title);
- Elsevier/OUP export: 'First Last, First Last, Title, Journal, Volume ..., https://doi...';
- Nature/Springer: 'Authors et al. Title. Journal vol, page (year). https://doi...';
- MDPI: 'Last, F.; Last, F. Title? Journal 2020, ...';
- title first: 'Title Authors. BioRxiv (2022) url' or 'Title, Authors, ...' (no separator between
  title and authors in some);
- quoted titles: AIP '"Title", Chaos ...' and Chicago '“Title.” Journal ...'.
Seven bullets continue on unindented lines (lines 59-61, 62-63, 70-72, 97-98, 160-162,
169-170, 187-188; line 98 is a stray '/doi/...' path that Markdown joins to bullet 97).

Entry: every bullet whose subject is one article, preprint, chapter or thesis; its lines = the
bullet's lines.  Title = the title as the bullet writes it (no authors, year, venue, ids); for
APA bullets the text after '(YYYY). ' up to the first '. ' (a '?' kept, the '.' written after it
dropped); for the others a title written in this script per line, checked by eye.  Duplicated
bullets (148/149, 170/171, and papers repeated across topics) are separate entries.  Line 40's
garbled author ('Matthieu—Bios, B.') is kept out of the title.  Line 123, a published 'Author
Correction: Engineering self-organized criticality in living cells', is kept with the title as
written.  Line 172 (ggClusterNet, an iMeta paper about an R package) is a paper.
Not entries (16 bullets): the six books under '### Books' (13-18), the online books and a
summer-school page (45-47), the 'PhD mini course: Introduction to bifurcation analysis' course
notes linked on 48 and cited again on 135, a YouTube talk (78), an empty bullet (197), a web
guide, an R-package site and a veterinary assay page (211, 214, 215).

DOIs: as written in the bullet's lines (doi.org links, bioRxiv URLs); on lines 64 and 114 the
doi.org link runs into '(https://www.sciencedirect.com/...)' with no space ('...09.011.(https'), and
the DOI is cut before it by hand.

Counts: 156 '- ' bullets (grep -c '^- '), 16 not entries, 140 entries; 104 APA bullets taken by
the '(YYYY). Title.' rule plus 36 written per line (asserted).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild6 import entry, read_lines, write_truth

NAME = "robertoalvarezm__EcologiaTeoricaPosgrado__README@f381e97.md"
PART = "wild6_development"
LINES = read_lines(NAME)

NOT_ENTRIES = {13, 14, 15, 16, 17, 18, 45, 46, 47, 48, 78, 135, 197, 211, 214, 215}

# bullets whose title the '(YYYY). Title.' rule does not give: line -> title as written
BY_HAND = {
    40: "A taxonomy of multiple stable states in complex ecological communities",
    50: "Stochastic logistic models reproduce experimental time series of microbial communities",
    57: "Emergent ecosystem functions follow simple quantitative rules",
    58: "Emergent coexistence in multispecies microbial communities",
    59: "Diversity begets diversity under metabolic niche construction",
    62: "The community-function landscape of microbial consortia",
    64: "Functional attractors in microbial community assembly",
    67: "A dysbiosis index to assess microbial changes in fecal samples of dogs with chronic inflammatory enteropathy",
    68: "Dynamics of the human gut microbiome in inflammatory bowel disease",
    69: "Emergent simplicity in microbial community assembly",
    70: "Metabolic model predictions enable targeted microbiome manipulation through precision prebiotics",
    96: "Community instability in the microbial world",
    97: "Multistability and regime shifts in microbial communities explained by competition for essential nutrients",
    113: "Early warning signals of regime shifts for aquatic systems: Can experiments help to bridge the gap between"
         " theory and real-world application?",
    114: "Approaches to disruptive change: The contribution of complexity science to futures studies",
    119: "Phase transitions in evolutionary dynamics",
    123: "Author Correction: Engineering self-organized criticality in living cells",
    124: "From Physics to Biology by Extending Criticality and Symmetry Breakings: An Update",
    134: "Bifurcation Analysis of Two Biological Systems: A Tritrophic Food Chain Model and An Oscillating Networks"
         " Model",
    153: "Unravelling the interplay of ecological processes structuring the bacterial rare biosphere",
    154: "Succession comprises a sequence of threshold-induced community assembly processes towards multidiversity",
    155: "Emergent coexistence in multispecies microbial communities",
    160: "Network analysis methods for studying microbial communities: A mini review",
    163: "Social networks strongly predict the gut microbiota of wild mice",
    164: "Network analyses in microbiome based on high-throughput multi-omics data",
    167: "Detecting interaction networks in the human microbiome with conditional Granger causality",
    169: "Disentangling Interactions in the Microbiome: A Network Perspective",
    171: "Disentangling Interactions in the Microbiome: A Network Perspective",
    187: "Assembly of gut-derived bacterial communities follows early-bird resource utilization dynamics",
    189: "Predictability of the community-function landscape in wine yeast ecosystems",
    190: "Environmental modulation of global epistasis is governed by effective genetic interactions",
    205: "Dysbiosis is not an answer",
    207: "The Firmicutes/Bacteroidetes Ratio: A Relevant Marker of Gut Dysbiosis in Obese Patients?",
    208: "The Firmicutes/Bacteroidetes ratio of the human microbiota changes with age",
    209: "Firmicutes and Bacteroidetes explain mass gain variation in an obligate hibernator",
    210: "Study of the gut microbiome in Egyptian patients with active ulcerative colitis",
}

DOI_FIX = {64: "10.1016/j.cels.2021.09.011", 114: "10.1016/j.futures.2020.102624"}

APA = re.compile(r"^-\s+.+? \((\d{4})\)\. (.+?)(?:\?\.|\.)(?: |$)")


def main() -> None:
    papers = []
    bullets = apa = hand = 0
    for i, text in enumerate(LINES, 1):
        if not text.startswith("- "):
            continue
        bullets += 1
        last = i
        while last < len(LINES) and LINES[last].strip() and not LINES[last].startswith(("- ", "#")):
            last += 1
        if i in NOT_ENTRIES:
            continue
        own = " ".join(LINES[i - 1:last])
        if i in BY_HAND:
            title = BY_HAND[i]
            hand += 1
        else:
            m = APA.match(text)
            assert m, i
            title = m.group(2) + ("?" if text[m.end(2):m.end(2) + 2] == "?." else "")
            apa += 1
        assert title in own, (i, title)
        e = entry(LINES, i, last, title)
        if i in DOI_FIX:
            # the DOI link runs into a '(url)' with no space: the DOI ends before '.(' / '('
            assert e["doi"].startswith(DOI_FIX[i] + ".(") or e["doi"].startswith(DOI_FIX[i] + "("), (i, e["doi"])
            e["doi"] = DOI_FIX[i]
        papers.append(e)
    assert bullets == 156, bullets
    assert (apa, hand) == (104, 36), (apa, hand)
    assert len(papers) == 140, len(papers)
    write_truth(NAME, PART, papers,
                "every '- ' bullet citing one article, preprint, chapter or thesis is an entry (continuation lines"
                " included); title = the text after '(YYYY). ' up to the first '. ' for APA bullets, else the title as"
                " written, given per line; books, online books, course notes, a talk, web pages and an empty bullet"
                " are not entries",
                "all 156 bullets by eye with their decisions, every one of the 140 titles against its line (the 36"
                " non-APA bullets one by one, the '?.' APA titles, the thesis, the chapter, the duplicates), the"
                " continuation lines of the 7 wrapped bullets and the DOIs and arXiv ids they give")


if __name__ == "__main__":
    main()
