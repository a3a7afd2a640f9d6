"""Wild37 truth for comphy-lab/comphy-lab.github.io _research/index.md: the "Research" page of a
physics-of-fluids group (Computational Multiphase Physics lab, drops, bubbles, jets, non-Newtonian
flows), the group leader's publication list.

Shape: Jekyll front matter (lines 1-4), `# Research`, a "Sort by topic" block of `<div class="tags">`
lines (10-26), then `## Work in Progress` with four Markdown `### ` headings (30, 37, 49, 55; one ends
in a kramdown anchor `{#self-similar-worthington-jets}`), then year sections `## 2026` ... `## 2017`
holding HTML headings `<h3 id="n">[n] Authors. Title. Venue, vol, page (year).</h3>`, numbered 25 down
to 1, plus a PhD thesis heading `<h3 id="thesis">➡️ ...` (264).  Each heading is a full author-first
reference with no markup around the title (the group leader's name in `<strong>`); under it come a
tags `<div>`, shields.io badges whose links carry the DOI (doi.org) and arXiv id (arxiv.org/abs),
GitHub and blog badges, images, YouTube iframes, `<video>` blocks and, for five papers, a
`#### Highlights` sub-section (covers, "Editor's Suggestion"), which belongs to the paper above it.

Entries: every paper heading (`### ` under Work in Progress, every `<h3`) is one entry (30): 25
numbered journal articles, four preprints / accepted papers and the PhD thesis (a thesis is a
scholarly work).  `#### Highlights` headings are not entries.  An entry runs from its heading to the
last non-blank line before the next `##`/`###`/`<h3` heading (its badges, media and highlights), so
its ids come from its own badges.  Titles written out by hand from each heading: the text between
the author list and the venue, as written (line 175 keeps "Forces & maximum spreading diameter",
line 242 keeps its question mark, line 153's "H2" is plain text), without the separator after it.
Ids: the first badge link is the journal DOI (or the arXiv abs link for the preprints and line 30,
whose "Contemporary Physics / Accepted" badge links to arXiv); the badge image URLs also hold the DOI
percent-encoded (`message=DOI:%2010.1103%2F...`), which decodes to the same DOI; entries 3-1 and the
thesis carry the DOI in a `label=DOI&message=10.1002/...` badge; the thesis DOI is 10.3990/...
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild37 import entry, read_lines, write_truth

NAME = "comphy-lab__comphy-lab.github.io___research__index@bd560fd.md"
PART = "wild37_development"

TITLES = {
    30: "Singularities in Soft Matter Systems",
    37: "Self-similar Worthington jets",
    49: "Confinement-Induced Suppression of Jet Drop Size by Bubble Bursting in Shallow Liquids",
    55: "Bursting bubbles in Herschel-Bulkley fluids: dynamics and jetting transitions",
    65: "How elasticity affects bubble pinch-off",
    74: "Rheology of Two-Dimensional Dilute Emulsions",
    83: "Impacting spheres: from liquid drops to elastic beads",
    104: "Holes in Sheets: Double-Threshold Rupture of Draining Liquid Films",
    115: "Stood-up Drop to Determine Receding Contact Angles",
    126: "To jump or not to jump: Adhesion and viscous dissipation dictate the detachment of coalescing "
         "wall-attached bubbles",
    137: "Bouncing microdroplets on hydrophobic surfaces",
    145: "Implementation of integral surface tension formulations in a volume of fluid framework and their "
         "applications to Marangoni flows",
    153: "Electrolyte droplet spraying in H2 bubbles during water electrolysis under normal and microgravity "
         "conditions",
    164: "Viscoelastic Worthington Jets and Droplets Produced by Bursting Bubbles",
    175: "Unifying theory of scaling in drop impact: Forces & maximum spreading diameter",
    186: "The role of viscosity on drop impact forces on non-wetting surfaces",
    207: "Focusing of concentric free-surface waves",
    220: "Bursting bubble in an elastoviscoplastic medium",
    242: "When does an impacting drop stop bouncing?",
    252: "Drop impact on viscous liquid films",
    264: "Viscous free-surface flows",
    274: "Taylor–Culick retractions and the influence of the surroundings",
    284: "Impact forces of water drops falling on superhydrophobic surfaces",
    304: "Bursting bubble in a viscoplastic medium",
    317: "Lifting a sessile oil drop from a superamphiphobic surface with an impacting one",
    330: "Consequences of inclined and dual jet impingement in stagnant liquid and stratified layers",
    342: "Formation of fluid structures due to jet-jet and jet-sheet interactions",
    352: "Numerical assessment of hazard in compartmental fire having steady heat release rate from the source",
    364: "Formation of liquid chain by collision of two laminar jets",
    375: "On air entrainment in a water pool by impingement of a jet",
}

EXPECTED_IDS = {
    30: ("2608.11060", None),
    37: ("2607.08972", None),
    65: ("2511.20075", "10.1103/5sp3-k5l2"),
    264: (None, "10.3990/1.9789036554077"),
    375: (None, "10.1002/aic.15828"),
}


def plain(text: str) -> str:
    text = re.sub(r"<[^>]+>", "", text).replace("*", "")
    return re.sub(r"\s+", " ", text)


def main() -> None:
    lines = read_lines(NAME)
    heads = [i for i, ln in enumerate(lines, 1)
             if (ln.startswith("### ") and i > 28) or ln.startswith("<h3")]
    assert heads == sorted(TITLES), heads
    stops = [i for i, ln in enumerate(lines, 1) if re.match(r"(##|###) |<h3", ln)] + [len(lines) + 1]
    papers = []
    for first in heads:
        nxt = min(s for s in stops if s > first)
        last = nxt - 1
        while not lines[last - 1].strip():
            last -= 1
        title = TITLES[first]
        assert title in plain(lines[first - 1]), (first, title)
        papers.append(entry(lines, first, last, title))
    ids = {p["line"]: (p["arxiv"], p["doi"]) for p in papers}
    for n, want in EXPECTED_IDS.items():
        assert ids[n] == want, (n, ids[n])
    assert all(p["doi"] or p["arxiv"] for p in papers)
    assert len(papers) == 30, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each paper heading (the four '### ' references under Work in Progress and every '<h3>' reference, "
        "numbered [25]..[1] plus the PhD thesis) is one entry, running to the last line before the next heading "
        "(badges, media, highlights); the title is the text between the author list and the venue, as written.",
        "All 30 headings read against the file and their titles written out by hand; each title checked to occur "
        "in its heading; the Work in Progress entries (30: accepted paper whose journal badge links to arXiv; 37 "
        "with its kramdown anchor), the thesis (264), the five entries with #### Highlights (83, 186, 220, 284 and "
        "the cover links in them), the badge-only DOIs of [3]-[1], and the ids of every entry in the -v output "
        "compared with its badges.",
    )


if __name__ == "__main__":
    main()
