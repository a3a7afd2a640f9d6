"""Wild45 truth for hb-ye/UTD24-Transportation paper_list.md: a personal list of transportation papers published in
four UTD-24 operations journals, one Markdown bullet per paper written out as a citation (mostly APA) ending in a
DOI; newest commit b7e223b (2023-05-02).  Not a table: the team's table-shaped candidates ran out within the look-up
budget, and this file adds the "references written out in citation styles" shape.

Shape: four ``##`` journal headings, ``## Journal of Operations Management (2022-2010)`` (1), ``## Production and
Operations Management (2022-2010)`` (11), ``## Manufacturing & Service Operations Management (2022-2010)`` (36),
``## Operations Research (2022-2010)`` (78), each followed by a run of ``* `` bullets (3-9, 13-33, 38-75, 80-122;
109 bullets), blank lines between sections.  A bullet is one reference on one line:
``* Naumov, S., Keith, D. R., & Sterman, J. D. (2023). Accelerating vehicle fleet turnover .... Journal of
Operations Management, 69(1), 36-66. https://doi.org/10.1002/joom.1173``.  Variants: Wiley's short style with a comma
after the year and the abbreviated journal (``Pan, Y. and Qiu, L. (2022), How Ride-Sharing ... . Prod Oper Manag, 31:
906-927. https://doi.org/...``, 18-23, 25-29, 31); three bullets with no year before the title, the year after the
journal (17 ``Lu, L. et al. Service Operations ... . Production and Operations Management (2022), https://...``, 24
``Valogianni, K., et al. ...``, 30 ``Chen, H., Solak, S.. Lower Cost Arrivals ... . Production and Operations
Management (2014), doi 10.1111/poms.12244`` with a bare ``doi`` prefix); titles ending in ``?`` with no period
before the journal (19 is mid-title ``? The Moderating Role``, 72 ``Vehicle-to-Grid? Manufacturing ...``, 94 mid-
title); a title with ``vs.`` inside (31 ``Route vs. Segment: ...``); non-ASCII authors (7 ``Öhman``, ``Holmström``) and
titles (80 en dash ``Spatial–Intertemporal``, 103 curly apostrophe ``Braess’``, 117 em dash ``OR Forum—Modeling``).
The same title appears twice (26 in POM 2018 and 82 in OR, different DOIs): two entries.

Decisions:
- An entry is every bullet (109): each is one journal article; ids from the line (every bullet has a DOI, 30 via
  ``doi 10.1111/...``).
- Title = the text after the ``(Year).``/``(Year),`` that follows the authors (or, for 17/24/30, after the author
  list ending ``et al.`` / ``S..``) up to the period (or ``?``) before the journal name; the separator period is
  dropped, a final ``?`` kept.
- Not entries: the four journal headings.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild45 import entry, read_lines, write_truth

NAME = "hb-ye__UTD24-Transportation__paper_list@b7e223b.md"
PART = "wild45_development"

JOURNAL = (r"(?:Journal of Operations Management|Production and Operations Management|Prod Oper Manag"
           r"|Manufacturing & Service Operations Management|Operations Research)")
YEAR_FIRST = re.compile(r"^\* (?P<au>[^()]+?) \((?P<y>(?:19|20)\d\d)\)[.,] (?P<t>.+?[.?]) " + JOURNAL + r"\b")
YEAR_AFTER = re.compile(r"^\* (?P<au>.+?(?:et al\.|Solak, S\.\.)) (?P<t>.+?\.) " + JOURNAL + r" \((?P<y>\d{4})\), ")
HEADINGS = {1: "Journal of Operations Management", 11: "Production and Operations Management",
            36: "Manufacturing & Service Operations Management", 78: "Operations Research"}


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 124 and lines[-2:] == ["", ""], len(lines)
    papers = []
    for n, ln in enumerate(lines, 1):
        if n in HEADINGS:
            assert ln == f"## {HEADINGS[n]} (2022-2010)", n
            continue
        if not ln:
            continue
        assert ln.startswith("* "), n
        if n in (17, 24, 30):
            m = YEAR_AFTER.match(ln)
        else:
            m = YEAR_FIRST.match(ln)
        assert m, (n, ln[:120])
        p = entry(lines, n, n, m.group("t"))
        assert p["doi"], n
        papers.append(p)
    by = {p["line"]: p for p in papers}
    assert by[3]["title"] == "Accelerating vehicle fleet turnover to achieve sustainable mobility goals"
    assert by[17]["title"] == "Service Operations for Mixed Autonomous Paradigm: Lane Design and Subsidy"
    assert by[30]["title"].startswith("Lower Cost Arrivals for Airlines") and by[30]["doi"] == "10.1111/poms.12244"
    assert by[19]["title"].endswith("? The Moderating Role of Urban Compactness")
    assert by[72]["title"] == "How Do Contract Parameters Influence the Economics of Vehicle-to-Grid?"
    assert by[31]["title"] == "Route vs. Segment: An Experiment on Real-Time Travel Information in Congestible Networks"
    assert by[26]["title"] == by[82]["title"] and by[26]["doi"] != by[82]["doi"]
    assert by[32]["doi"] == "10.1111/j.1937-5956.2009.01069.x"
    assert by[122]["title"] == "An Analysis of the Impact of Passenger Profiling for Transportation Security"
    assert not any(p["arxiv"] for p in papers)
    assert len(papers) == 109, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '* ' bullet under the four journal headings is an entry (109 journal articles written out as APA-like"
        " references), title = the text between the '(Year).'/'(Year),' after the authors (or the author list ending"
        " 'et al.'/'S..' on the three year-after-journal bullets) and the period or '?' before the journal name,"
        " the separator period dropped; DOI from the line; headings are not entries.",
        "Whole 123-line file read; every non-blank, non-heading line is a bullet matched by one of the two patterns;"
        " -v output compared with the first and last bullet of each section (3/9, 13/33, 38/75, 80/122), the three"
        " year-after-journal bullets 17/24/30 (30 with 'doi 10.1111/...'), the Wiley short-style bullets 18-23, 25-29,"
        " 31 ('vs.' inside the title), '?' titles 19/72/94, non-ASCII 7/80/103/117, the repeated title 26/82, and ~20"
        " other bullets (4, 6, 8, 14, 16, 40, 43, 47, 52, 57, 61, 66, 70, 85, 88, 97, 101, 108, 113, 119); every"
        " bullet has a DOI, none an arXiv id.",
    )


if __name__ == "__main__":
    main()
