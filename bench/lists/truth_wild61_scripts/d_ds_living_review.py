"""Wild61 truth for DS-WG/DS_living_review results/README.md at b173be5 (2025-10-25): the generated list of the
"Living Review of Dark Showers" (hidden-valley / dark-QCD phenomenology, high-energy physics) of the LPCC Dark
Showers task force, harvested from arXiv/INSPIRE (hep-ph, hep-ex, hep-th, hep-lat) and sorted into categories by
keyword.  The newest commit touching the file (40a72e0, 2025-10-25 "improvements") deleted it (the list moved to
results/papers.txt), so its last existing version, at the parent commit b173be5, is taken.

Shape: 441 lines.  Title ``# **A Living Review of Dark Showers**`` (1), an italic intro, a purpose line and four
bold metadata lines (``**Total papers found:** 68``, 3-10); then H1 groups (``# General`` 12, ``# Lattice QCD``
21, ``# Model Building`` 40, ``# Dark Matter`` 81, ``# Experimental & Phenomenology`` 224, ``# Specialized``
413) with H2 categories carrying counts (``## Reviews (2 papers)`` 14 ... ``## Lepton Colliders (1 papers)``
437).  Every paper is one bullet, blank-line separated::

    * **<Title>** ([arXiv:2401.06630](https://arxiv.org/abs/2401.06630)), 2024, [hep-ex]

Special cases:
- Papers appear in several categories ("Papers may appear in multiple categories"): 192 bullets for 68 distinct
  arXiv ids; every bullet is its own entry.
- ``## Model Building - SU(N) Gauge Groups`` occurs twice (42 with 7 papers, 58 with 2).
- Titles keep arXiv metadata markup: LaTeX (85 ``Search for emerging jets in $pp$ collisions at $\\sqrt{s} = 13$
  TeV ...``, 304 ``$\\text{Dark}_{CP}$ Mesogenesis ...``) and MathML from INSPIRE (31/103/350 ``... regime:
  <math display="inline"><msub><mi>T</mi>...</math> does not drop with <math ...><mi>e</mi><mi>B</mi></math>``;
  135/181/348 ``... suppressed by <math ...><mi mathvariant="script">H</mi></math>-parity``; 252/400/431
  ``... collisions at <math ...><msqrt><mi>s</mi></msqrt><mo>=</mo><mn>13</mn><mtext>&thinsp;</mtext>...``
  with two U+2009 thin spaces).
- 56: ``* **Gravitational wave footprints ... with multiple dark chiral scalars*** (...)``: three asterisks close
  the bold.

Decisions:
- Entry = every ``* **...** ([arXiv:...](...)), <year>, [<cat>]`` bullet (192, equal to the sum of the category
  counts), one line each.
- Title = the bold text; MathML/HTML tags are removed (keeping their text: ``Tpc``, ``eB``, ``H``,
  ``s=13 TeV``), whitespace runs (including the thin spaces) collapse to one space, the stray ``*`` of 56 is
  dropped; LaTeX is kept as written (it is the title text, not Markdown markup).  arXiv id from the link by the
  helper; no DOIs.
"""
import re

from _wild61 import entry, read_lines, write_truth

NAME = "DS-WG__DS_living_review__results__README@b173be5.md"
PART = "wild61_development"

BULLET = re.compile(r"^\* \*\*(.*)\*\* \(\[arXiv:(\d{4}\.\d{4,5})\]\(https://arxiv\.org/abs/\2\)\), \d{4}, \[[a-z.-]+\]$")
COUNT = re.compile(r"^## .* \((\d+) papers\)$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    declared = 0
    for n, ln in enumerate(lines, 1):
        if m := COUNT.match(ln):
            declared += int(m.group(1))
        if not ln.startswith("* "):
            continue
        m = BULLET.match(ln)
        assert m, (n, ln)
        title = re.sub(r"<[^>]+>", "", m.group(1))
        title = re.sub(r"\s+", " ", title).strip().rstrip("*")
        p = entry(lines, n, n, title)
        assert p["arxiv"] == m.group(2), (n, p)
        papers.append(p)
    by = {p["line"]: p for p in papers}
    assert len(papers) == 192 == declared, (len(papers), declared)
    assert len({p["arxiv"] for p in papers}) == 68
    assert by[16]["title"] == "The ATLAS trigger system for LHC Run 3 and trigger performance in 2022", by[16]
    assert by[16]["arxiv"] == "2401.06630", by[16]
    t31 = (
        "Implications of the electromagnetic scale anomaly to the QCD chiral phase transition in the smaller"
        " quark mass regime: Tpc does not drop with eB"
    )
    assert by[31]["title"] == by[103]["title"] == by[350]["title"] == t31, by[31]
    assert by[56]["title"].endswith("with multiple dark chiral scalars"), by[56]
    assert by[85]["title"] == "Search for emerging jets in $pp$ collisions at $\\sqrt{s} = 13$ TeV with the ATLAS experiment"
    assert by[135]["title"] == "Direct detection of dark baryons naturally suppressed by H-parity", by[135]
    assert by[252]["title"].endswith("in proton-proton collisions at s=13 TeV"), by[252]
    assert by[304]["title"] == "$\\text{Dark}_{CP}$ Mesogenesis and New Implications for Collider Searches"
    assert min(by) == 16 and max(by) == 439, (min(by), max(by))
    assert all(p["doi"] is None and "<" not in p["title"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every bullet '* **Title** ([arXiv:id](url)), year, [cat]' is one entry (192 = the sum of the"
        " '(N papers)' category counts; 68 distinct papers repeated across categories), one line each.  Title ="
        " the bold text with MathML/HTML tags removed (their text kept), whitespace runs (incl. U+2009) collapsed"
        " and the stray trailing '*' of 56 dropped; arXiv LaTeX is kept as written.  Headings, the intro and the"
        " bold metadata lines are not entries.",
        checked="Checked by script that all 192 bullets have the same shape and that the helper's arXiv id equals"
        " the link's; read the -v output against the file for every category, the MathML titles (31, 135, 252"
        " and repeats), the LaTeX titles (85, 93, 125, 197, 213, 304), the triple-asterisk bullet (56) and the"
        " duplicated 'SU(N) Gauge Groups' heading (42/58).",
    )


if __name__ == "__main__":
    main()
