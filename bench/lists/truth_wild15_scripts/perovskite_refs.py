"""Wild15 truth for ejjpweb/ejjpweb.github.io _posts/2024-07-10-Listado_Referencias.md: a Jekyll post (Spanish
front matter) that is only a numbered reference list for a vision document on perovskite solar cells
and solar energy storage (chemistry, materials, energy economics).

Shape: 29 items '1. Surname, I. I., ... & Surname, I. Title. Journal vol, pages, [DOI](https://doi.org/...) (Year).'
in Nature style, one per line, no markup on the title; some items are bare web links.

Entry: every numbered item whose subject is one scholarly work (23 articles and preprints, and
item 5, a chapter of an edited volume, 'Yu ... in Photovoltaic Solar Energy Conversion (eds ...)',
which names only the book, so its title is null).  Not entries: items 4, 7, 8, 24 and 25, which are
web links only (an NREL chart, a news story, a company press release, an NREL news page, a CAISO
fact sheet).
Title: the text between the author list and the journal, written here by hand per item and checked to
occur in the item's line; item 16's title is the whole 'Comment on “...”' with its quoted target.
Item 22's 10.48550/arXiv DOI gives both its arXiv id and that DOI.

Count checks: grep '^[0-9]*\\. ' gives 29 items; 29 - 5 web-link items = 24 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild15 import entry, read_lines, write_truth

NAME = "ejjpweb__ejjpweb.github.io___posts__2024-07-10-Listado_Referencias@cc58724.md"

WEB_ONLY = {4, 7, 8, 24, 25}
TITLES = {
    1: "Toward cost-effective solar energy use",
    2: "Organometal Halide Perovskites as Visible-Light Sensitizers for Photovoltaic Cells",
    3: "Towards stable and commercially available perovskite solar cells",
    5: None,
    6: "How Did Solar Cells Get So Cheap?",
    9: "Perovskite solar cells take a step forward",
    10: "Consensus statement for stability assessment and reporting for perovskite photovoltaics based on ISOS procedures",
    11: "Accelerated degradation of methylammonium lead iodide perovskites induced by exposure to iodine vapour",
    12: "Thermal degradation of CH3NH3PbI3 perovskite into NH3 and CH3I gases observed by coupled thermogravimetry - mass spectrometry analysis",
    13: "Photodecomposition and thermal decomposition in methylammonium halide lead perovskites and inferred design principles to increase photovoltaic device stability",
    14: "Thermal degradation of formamidinium based lead halide perovskites into sym-triazine and hydrogen cyanide observed by coupled thermogravimetry - mass spectrometry analysis",
    15: "Degradation Mechanism and Relative Stability of Methylammonium Halide Based Perovskites Analyzed on the Basis of Acid-Base Theory",
    16: "Comment on “Probing the Origins of Photodegradation in OrganicInorganic Metal Halide Perovskites with Time-Resolved Mass Spectrometry”",
    17: "Highly stable semi-transparent MAPbI3 perovskite solar cells with operational output for 4000 h",
    18: "The Causes of Degradation of Perovskite Solar Cells",
    19: "One-Year stable perovskite solar cells by 2D/3D interface engineering",
    20: "The influence of perovskite precursor composition on the morphology and photovoltaic performance of mixed halide MAPbI3-xClxsolar cells",
    21: "From Defects to Degradation: A Mechanistic Understanding of Degradation in Perovskite Solar Cell Devices and Modules",
    22: "Enhanced Power Point Tracking for High Hysteresis Perovskite Solar Cells: A Galvanostatic Approach",
    23: "Enhanced power-point tracking for high-hysteresis perovskite solar cells with a galvanostatic approach",
    26: "The cannibalization effect of wind and solar in the California wholesale electricity market",
    27: "Cannibalization, depredation, and market remuneration of power plants",
    28: "Solar Energy Storage Using a Cu2O-TiO2 Photocathode in a Lithium Battery",
    29: "Electrochemical Performance of M(dca)2pyz (M= Fe, Co, and Ni) MOFs as Sustainable Anodes in Lithium-Ion Batteries",
}


def main() -> None:
    lines = read_lines(NAME)
    items = [(i, int(m.group(1)), t) for i, t in enumerate(lines, 1) if (m := re.match(r"(\d+)\. ", t))]
    assert [n for _, n, _ in items] == list(range(1, 30)), items
    papers = []
    for i, n, text in items:
        if n in WEB_ONLY:
            assert re.fullmatch(r"\d+\. (<https?://[^>]+>|\[[^\]]+\]\(https?://[^)]+\))\s*", text), text
            continue
        title = TITLES[n]
        if title is not None:
            # the title follows the author list ('I. ' or 'et al. ' or '& others. ') and is followed by '. ' or '? '
            assert f". {title}" in text and (f"{title}. " in text or f"{title}, " in text or title.endswith(("?", "”"))), n
        papers.append(entry(lines, i, i, title))
    assert len(papers) == 24 == len(TITLES)
    write_truth(
        NAME, "wild15_development", papers,
        "every numbered Nature-style reference naming a scholarly work is an entry (24: 23 articles/preprints and a"
        " book chapter whose title is not given, null), title = the text between authors and journal; the 5"
        " bare web-link items are not entries",
        "all 29 items read by eye against the file; each hand-written title checked to sit after the author list"
        " in its own line; web-link items checked to hold only a link; DOI and the arXiv DOI of item 22 checked",
    )


if __name__ == "__main__":
    main()
