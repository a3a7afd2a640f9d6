"""Wild20 truth for chrimerss/allenslib docs/hydrology/classicalHydrology.md: a hydrologist's literature notes page.

A Just-the-Docs page of reading notes under topic headings ('# Rainfall-runoff coefficient',
'# CREST family', '## CREST V1.6', ...).  Each paper is a paragraph in bold ('__...__', once
'**...**' over three lines) followed by the reader's notes (paragraphs, numbered findings, images).
The bold paragraph is either a linked title '__[Title](url)__' (sometimes with the venue glued on:
' Sci Adv.', ' (GMD)', ' (Rev. Geophys.)', '; J. Hydrol.'; once wrapped over two lines), a full
citation in bold (APA, AMS, IEEE, MDPI styles: 'Authors (year). Title. Journal ... doi'), or a full
citation as link text.  Two papers near the end are plain (unbolded) lone link paragraphs, one
with ' (BAMS)' glued on, one with a '†' footnote mark after the title.
Entries: every bold citation paragraph and the two lone link paragraphs (38); lines = that
paragraph (the notes after it are not part of the record's own text).  Title = the link text, or
for full citations the title part written out in TITLES (by line), the glued-on venue and the '†'
mark dropped.  Not entries: the scholar-profile links ('Martyn Clark', 'Ying Fan'), the papers
cited inline in note prose ('[Hodges (2013)](...)', 'Kauffeldt et al., 2016'), images and the
YouTube thumbnail link.
DOIs: from doi.org links, 'doi:'/'DOI:' text, publisher URLs holding them (science.org, Wiley,
ASCE percent-encoded); the bold markers glued to a DOI's end ('...032053**', '...957__') are not
part of it and are removed.  ScienceDirect 'pii' and AMS article URLs give no DOI.
Counts: 36 lines starting '__'/'**' (grep) + 2 lone paper links = 38.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild20 import entry, read_lines, write_truth

NAME = "chrimerss__allenslib__docs__hydrology__classicalHydrology@c20e1dd.md"
PART = "wild20_development"
LINES = read_lines(NAME)

TITLES = {  # first line -> title, where the title is not simply the whole link text
    10: "The changing relationship between rainfall and surface runoff on the Loess Plateau, China",
    26: "Illuminating water cycle modifications and Earth system resilience in the Anthropocene",
    32: "Tracking the weight of Hurricane Harvey’s stormwater using GPS data",
    128: "Understanding each other's models: an introduction and a standard representation of 16 global"
         " water models to support intercomparison, improvement, and communication",
    134: "Developments in hydrometric network design: A review",
    151: "Preserving high-resolution surface and rainfall data in operational-scale basin hydrology:"
         " a fully-distributed physically-based approach",
    162: "The coupled routing and excess storage (CREST) distributed hydrological model",
    170: "Evaluation of Global Flood Detection Using Satellite-Based Rainfall and a Hydrologic Model",
    174: "Satellite Remote Sensing and Hydrologic Modeling for Flood Inundation Mapping in Lake Victoria"
         " Basin: Implications for Hydrologic Prediction in Ungauged Basins",
    178: "Hydrometeorological Analysis and Remote Sensing of Extremes: Was the July 2012 Beijing Flood Event"
         " Detectable and Predictable by Global Satellite Observing and Global Weather Modeling Systems?",
    192: "Hydrological Modeling and Capacity Building in the Republic of Namibia",
    196: "The HMT Multi-Radar Multi-Sensor Hydro Experiment",
    200: "The FLASH Project: Improving the Tools for Flash Flood Monitoring and Prediction across the United States",
    235: "Assessing the potential of satellite-based precipitation estimates for flood frequency analysis in"
         " ungauged or poorly gauged tributaries of China’s Yangtze River basin",
    258: "Improved modeling of snow and glacier melting by a progressive two-stage calibration strategy with"
         " GRACE and multisource data: How snow and glacier meltwater contributes to the runoff of the Upper"
         " Brahmaputra River basin?",
    278: "An Improved Coupled Routing and Excess Storage (CREST) Distributed Hydrological Model and Its"
         " Verification in Ganjiang River Basin, China",
    292: "An Overview of the Performance and Operational Applications of the MRMS and FLASH Systems in Recent"
         " Significant Urban Flash Flood Events",
    301: "Towards Real-Time Continental Scale Streamflow Simulation in Continuous and Discrete Space",
}
LONE_LINKS = {292, 301}


def main() -> None:
    papers = []
    for i, text in enumerate(LINES, 1):
        if not (text.startswith(("__", "**")) or i in LONE_LINKS):
            continue
        assert not LINES[i - 2].strip(), i  # a paragraph start
        last = i
        while last < len(LINES) and LINES[last].strip():  # LINES[last] is line last + 1
            last += 1
        block = " ".join(LINES[i - 1 : last])
        if i in TITLES:
            title = TITLES[i]
            assert title.replace("’", "'") in block.replace("’", "'"), i
        else:
            m = re.match(r"__\[(.+?)\]\(", block)
            assert m, i
            title = m.group(1)
        p = entry(LINES, i, last, title)
        if p["doi"]:
            p["doi"] = re.sub(r"[*_.]+$", "", p["doi"])  # bold markers glued to the DOI's end
        papers.append(p)
    assert len(papers) == 38, len(papers)
    assert all(i in {p["line"] for p in papers} for i in TITLES)
    write_truth(
        NAME, PART, papers,
        "every bold citation paragraph ('__[Title](url)__' or a full bold citation) and the two lone paper-link"
        " paragraphs are entries (the paragraph's lines, not the notes after it); title = the link text or the"
        " title part of the citation, glued-on venues and a footnote dagger dropped",
        "all 311 lines read; the 36 bold paragraph starts (grep) + 2 lone links = 38 against the entries; every"
        " title compared with the file (the 18 written out asserted to occur in their paragraph); DOIs checked"
        " by eye, bold markers stripped from DOI ends, pii/AMS URLs without DOI; scholar-profile links, inline"
        " prose citations and images left out",
    )


if __name__ == "__main__":
    main()
