"""Wild60 truth for djgroen/FabSim3 docs/papers.md at ba49b9a: the FabSim3 documentation page listing "selected
papers that have extensively used FabSim3, or its predecessor FabSim" (a project bibliography), written as plain
Harvard-style citations with no links, no bold and no numbering.

Shape: 39 lines.  Intro (2), an MkDocs ``!!! note`` admonition (4-5), ``## Core FabSim3 papers`` (8) with four
``* `` bullets (10-13), ``## FabSim3 application papers`` (15) with ``###`` sub-sections Materials (17),
Migration (21), COVID-19 (28), BioMD (32), Bloodflow (35), Earthquake modelling (38), each followed directly by
``* `` bullets.  Every bullet is one paper on one line:
``* <Surname, Initials., ... and Surname, Initials.>, <year>[, <Month>]. <Title>. <Journal/Proceedings>, <volume>...``

Special cases:
- 26 has a month after the year (``2019, December. Towards modelling ...``).
- 24, 25 and 26 are conference papers (``In International Conference on Computational Science (pp. 497-504).``).
- Titles keep their own casing (``Nano letters`` is venue; ``Journal of computational science`` is venue).
- No arXiv id or DOI is written anywhere.

Decisions:
- Entry = every ``* `` bullet (16), one line each.
- Title = the text after ``<year>[, <Month>]. `` up to the next ``. `` (the sentence that follows is the venue).
  No title in this file contains ``. ``.
"""
import re

from _wild60 import entry, read_lines, write_truth

NAME = "djgroen__FabSim3__docs__papers@ba49b9a.md"
PART = "wild60_development"

BULLET = re.compile(r"^\* .*?, (?:19|20)\d\d(?:, [A-Z][a-z]+)?\. (.+?)\. ")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("* "):
            continue
        m = BULLET.match(ln)
        assert m, (n, ln)
        papers.append(entry(lines, n, n, m.group(1)))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 16, len(papers)
    assert sorted(by) == [10, 11, 12, 13, 18, 19, 22, 23, 24, 25, 26, 29, 30, 33, 36, 39], sorted(by)
    assert by[10]["title"] == "FabSim3: An automation toolkit for verified simulations using high performance computing"
    assert by[11]["title"] == (
        "VECMAtk: a scalable verification, validation and uncertainty quantification toolkit for scientific simulations"
    )
    assert by[26]["title"] == "Towards modelling the effect of evolving violence on forced migration", by[26]
    assert by[24]["title"] == (
        "Camp Location Selection in Humanitarian Logistics: A Multiobjective Simulation Optimization Approach"
    )
    assert by[33]["title"] == (
        "Rapid, accurate, precise, and reliable relative free energy prediction using ensemble based"
        " thermodynamic integration"
    )
    assert by[39]["title"] == "Uncertainty quantification of dynamic earthquake rupture simulations", by[39]
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every '* ' bullet under the core and application-paper headings is one paper on one line (16);"
        " the intro and the MkDocs note are not entries.  Title = the sentence after '<year>[, <Month>]. ' up to"
        " the next '. ' (authors before, venue/volume/pages after); no markup to remove.",
        checked="Read all 39 lines; compared each of the 16 titles in the -v output with its bullet, including the"
        " month case (26), conference papers (24-26), titles with commas (11, 33) and the absence of ids.",
    )


if __name__ == "__main__":
    main()
