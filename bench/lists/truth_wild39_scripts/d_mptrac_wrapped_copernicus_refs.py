"""Wild39 truth for slcs-jsc/mptrac docs/manual/references.md (newest commit 87889ee): the "References" page of the
manual of MPTRAC, a Lagrangian particle dispersion model for the atmosphere (Jülich Supercomputing Centre):
atmospheric science -- volcanic SO2 and aerosol transport, reanalyses, the Asian monsoon, tropopause studies.

Shape: ``# References``; a sentence; four bullets of "main references for citing"; a sentence; 25 bullets of
"papers and theses in which MPTRAC was applied", newest first.  Every bullet is a hard-wrapped list item (two-space
continuation indent) holding one reference in Copernicus style: "Authors: Title, Journal, vol, pages, <doi URL>, year."
-- some put a comma instead of the colon after the authors (6, 21, 41, 52, 63, 87, 109, 143), one ends the title with
a full stop (126, 143); DOIs are autolinks ``<https://doi.org/...>`` (one ``dx.doi.org``, 35; one IOP article URL
holding the DOI, 143).

Entries (29): every reference bullet -- journal articles, EGUsphere preprints (57, 92), two Wuppertal dissertations
(41, 63), a book chapter (35, "... distributions in High-Performance Computing and Artificial Intelligence in Process
Engineering", the book title after "in" not part of the title) and an ICCS paper in Lecture Notes in Computer Science
(136).  Not an entry: the fourth "main references" bullet (27-31), which tells how to cite the source code through
its Zenodo concept DOI (software).  An entry spans its bullet's lines.
Title: the text between the author list and the journal (or "Dissertation", "in: ...", "in High-Performance ..."),
set by hand per bullet and asserted to occur in the bullet's lines joined with single spaces (the wrap points fall
inside titles).  Ids: the autolinked DOI, lower-cased (10.1088/978-0-7503-6174-3ch10 for the chapter, the IOP URL's
10.1088/1748-9326/ab9b43); no arXiv ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild39 import entry, read_lines, write_truth

NAME = "slcs-jsc__mptrac__docs__manual__references@87889ee.md"
PART = "wild39_development"

TITLES = {
    6: "MPTRAC: A high-performance Lagrangian transport model for atmospheric air parcel dispersion",
    13: "Massive-Parallel Trajectory Calculations version 2.2 (MPTRAC-2.2): Lagrangian transport simulations on graphics "
        "processing units (GPUs)",
    21: "Lagrangian transport simulations of volcanic sulfur dioxide emissions: Impact of meteorological data products",
    35: "Supercomputing-based inverse identification of high-resolution atmospheric pollutant source intensity "
        "distributions",
    41: "Chemistry modeling and inverse reconstruction of emissions with a Lagrangian transport model",
    46: "Technical note: A comparative study of chemistry schemes for volcanic sulfur dioxide in Lagrangian transport "
        "simulations – a case study of the 2019 Raikoke eruption",
    52: "A generalized Lagrangian attribution tool for hydrometeorological extremes",
    57: "Impact of South American biomass burning emissions on elevated South Atlantic upper tropospheric ozone",
    63: "Multi-scenario, high-resolution Lagrangian transport modeling for the analysis of the Asian tropopause aerosol "
        "layer",
    68: "Implementation and evaluation of diabatic advection in the Lagrangian transport model MPTRAC 2.6",
    73: "A multi-scenario Lagrangian trajectory analysis to identify source regions of the Asian tropopause aerosol "
        "layer on the Indian subcontinent in August 2016",
    80: "Accelerating Lagrangian transport simulations on graphics processing units: performance optimizations of "
        "Massive-Parallel Trajectory Calculations (MPTRAC) v2.6",
    87: "Tracking Carbon Dioxide with Lagrangian Transport Simulations: Case Study of Canadian Forest Fires in May 2021",
    92: "A statistical analysis of the occurrence of polar stratospheric ice clouds based on MIPAS satellite "
        "observations and the ERA5 reanalysis",
    98: "Lagrangian transport simulations using the extreme convection parameterization: an assessment for the ECMWF "
        "reanalyses",
    103: "Improved representation of volcanic sulfur dioxide depletion in Lagrangian transport simulations: a case "
         "study with MPTRAC v2.4",
    109: "The influence of the Asian summer monsoon on volcanic aerosol transport in the UTLS region",
    115: "Improved estimation of volcanic SO2 injections from satellite retrievals and Lagrangian transport "
         "simulations: the 2019 Raikoke eruption",
    121: "An assessment of tropopause characteristics of the ERA5 and ERA-Interim meteorological reanalyses",
    126: "Investigations on the Global Spread of the Hunga Tonga-Hunga Ha’apai Volcanic Eruption Using Space-Based "
         "Observations and Lagrangian Transport Simulations",
    132: "Contribution of Asian emissions to upper tropospheric CO over the remote Pacific",
    136: "High-Resolution Source Estimation of Volcanic Sulfur Dioxide Emissions Using Large-Scale Transport "
         "Simulations",
    143: "Aerosol variations in the upper troposphere and lower stratosphere over the Tibetan Plateau",
    149: "From ERA-Interim to ERA5: the considerable impact of ECMWF's next-generation reanalysis on Lagrangian "
         "transport simulations",
    156: "Trajectory errors of different numerical integration schemes diagnosed with the MPTRAC advection module driven "
         "by ECMWF operational analyses",
    162: "Long-range transport of volcanic aerosol from the 2010 Merapi tropical eruption to Antarctica",
    167: "Intercomparison of meteorological analyses and trajectories in the Antarctic lower stratosphere with "
         "Concordiasi superpressure balloon observations",
    173: "Equatorward dispersion of a high-latitude volcanic plume and its relation to the Asian summer monsoon: a case "
         "study of the Sarychev eruption in 2009",
    179: "Inverse transport modeling of volcanic sulfur dioxide emissions using large-scale simulations",
}
NOT_ENTRY = 27  # "You can cite the source code of MPTRAC by using the DOI <...zenodo.4400597>" (software)


def bullets(lines: list[str]) -> list[tuple[int, int]]:
    """(first, last) line of each '- ' list item with its two-space continuation lines."""
    out = []
    for i, ln in enumerate(lines, 1):
        if ln.startswith("- "):
            out.append([i, i])
        elif ln.startswith("  ") and ln.strip() and out and out[-1][1] == i - 1:
            out[-1][1] = i
    return [(a, b) for a, b in out]


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# References" and lines[32].startswith("This is a list of papers and theses")
    items = bullets(lines)
    assert len(items) == 30, len(items)
    # nothing but the heading, two sentences, bullets and blank lines
    inside = {q for a, b in items for q in range(a, b + 1)}
    rest = [i for i, ln in enumerate(lines, 1) if ln.strip() and i not in inside]
    assert rest == [1, 3, 4, 33], rest
    papers = []
    for first, last in items:
        text = re.sub(r"\s+", " ", " ".join(lines[first - 1 : last]))
        if first == NOT_ENTRY:
            assert "cite the source code" in text and "zenodo" in text
            continue
        title = TITLES[first]
        assert title in text, (first, title)
        papers.append(entry(lines, first, last, title))
    assert sorted(TITLES) == [p["line"] for p in papers]
    d = {p["line"]: p["doi"] for p in papers}
    assert all(d.values()), d
    assert d[35] == "10.1088/978-0-7503-6174-3ch10" and d[143] == "10.1088/1748-9326/ab9b43", (d[35], d[143])
    assert d[6] == "10.21105/joss.08177" and d[21] == "10.1002/2015jd023749" and d[41] == "10.25926/buw/0-799", d
    assert not any(p["arxiv"] for p in papers)
    assert len(papers) == 29, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each hard-wrapped '- ' reference bullet is an entry over its lines (29: articles, preprints, two "
        "dissertations, a book chapter, an LNCS paper); the Zenodo source-code citation bullet is not; title = the "
        "text between the author list and the venue, set by hand; ids = the autolinked DOI.",
        "All 30 bullets read one by one against the -v output: each title checked to occur in its joined bullet "
        "text, the ':' vs ',' author separators, the titles ending in '.' (126, 143), the chapter 35 (book title "
        "after 'in' excluded), the dissertations 41 and 63, the EGUsphere preprints 57 and 92, the LNCS paper 136, "
        "the Zenodo bullet 27 excluded; every DOI compared with its autolink (dx.doi.org at 35, the IOP URL at 143).",
    )


if __name__ == "__main__":
    main()
