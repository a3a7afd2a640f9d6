"""Wild50 truth for lewistnguyen/lewistnguyen.github.io quantum-chemistry-bib.md: a chemistry student's personal
"quantum chemistry bibliography" page (Jekyll), papers read or planned; newest commit (67480d1, 2025-07-18, "update
bib - Scuseria paper on hybrid XC for band gap").

Shape: 51 lines, 6 KB.  Front matter (1-4), intro (6-8), then ``## Textbooks`` (10) with seven numbered ACS-style
book references (12-18, numbering repeats ``3.`` on 14/15), ``## Literature reviews & Perspectives`` (20) with three
numbered papers, ``## Original papers`` (28) with ``### Foundations of Quantum Chemistry`` (30, three) and ``###
Density Functional Theory (DFT)`` (39, five).  Each paper is ``N. Authors. Title. *Journal* **year**, *vol*, pages.
DOI: [https://doi.org/...](https://doi.org/...)`` with an indented ``    - `` note line under it.

Special cases:
- 24 and 26: the DOI link is written backwards, ``(https://doi.org/...)[https://doi.org/...]`` (not a Markdown
  link), the DOI still readable.
- 34: the link text and target start with a space (``[ https://doi.org/10.1007/BF01340294]( https://...)``).
- 36 ``Brillouin, L. Les champs "self-consistents" de Hartree et de Fock.``: title only, no venue, year or link (the
  note says no PDF could be found) -- still an entry; its title keeps the straight quotes.
- 34 (German) and 36 (French) titles kept as written.
- Textbooks 12-18 are books, not entries.

Decisions:
- Entry = each numbered item under the two paper sections (11), spanning the item line and its note line (26 has
  none).
- Title = the text between the author list (``Surname, Initials;`` ... ``Initials.``) and the ``. *Journal*``, or the
  end of the line for 36.
"""
import re

from _wild50 import entry, read_lines, write_truth

NAME = "lewistnguyen__lewistnguyen.github.io__quantum-chemistry-bib@67480d1.md"
PART = "wild50_development"

ITEM = re.compile(r"^\d+\. (?P<text>.+)$")
NOTE = re.compile(r"^    - ")
TITLES = {
    22: "Best-practice DFT protocols for basic molecular computational chemistry",
    24: "Dispersion-corrected mean-field electronic structure methods",
    26: "Note on Hartree's method",
    32: "Quantum mechanics of many-electron systems",
    34: "Näherungsmethode zur Lösung des quantenmechanischen Mehrkörperproblems",
    36: 'Les champs "self-consistents" de Hartree et de Fock',
    41: "Inhomogeneous electron gas",
    43: "Self-consistent equations including exchange and correlation effects",
    45: "Generalized gradient approximation made simple",
    47: "The meta-GGA functional: Thermochemistry with a kinetic energy density dependent exchange-correlation"
        " functional",
    49: "Predicting band gaps with hybrid density functionals",
}
AUTHORS = r"(?:[A-Z][\w'-]+, [A-Z]\.?(?:-[A-Z]\.)?(?: [A-Z]\.)*(?:; | ))+"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = None
    books = 0
    for n, ln in enumerate(lines, 1):
        if ln.startswith("## "):
            section = ln[3:]
            continue
        m = ITEM.match(ln)
        if not m:
            continue
        if section == "Textbooks":
            assert re.search(r"\*[^*]+\*", ln), (n, ln)
            books += 1
            continue
        assert section in ("Literature reviews & Perspectives", "Original papers"), (n, section)
        title = TITLES[n]
        a = re.match(AUTHORS + re.escape(title) + r"\.(?: \*|$)", m.group("text"))
        assert a, (n, ln)
        last = n
        while last < len(lines) and NOTE.match(lines[last]):
            last += 1
        papers.append(entry(lines, n, last, title))
    assert books == 7, books
    t = {p["line"]: p for p in papers}
    assert (t[22]["end"], t[22]["doi"]) == (23, "10.1002/anie.202205735"), t[22]
    assert t[24]["doi"] == "10.1021/acs.chemrev.5b00533", t[24]
    assert t[26]["doi"] == "10.1103/physrev.35.210.2", t[26]
    assert t[34]["doi"] == "10.1007/bf01340294", t[34]
    assert (t[36]["end"], t[36]["doi"]) == (37, None), t[36]
    assert t[49]["doi"] == "10.1021/acs.jpclett.6b01807", t[49]
    assert len(papers) == 11, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each numbered item under 'Literature reviews & Perspectives' and 'Original papers' is an entry (11),"
        " spanning the item and its indented note line; title = the text between the ACS author list and"
        " '. *Journal*' (36 has no venue: to the end of the line); the seven numbered textbooks are not entries.",
        "Read all 51 lines; compared -v for all 11 entries: backwards '(url)[url]' DOI links 24/26, space-led link"
        " 34, the venue-less French entry 36 without id, German title 34; every other entry's DOI from its doi.org"
        " link; textbooks 12-18 left out.",
    )


if __name__ == "__main__":
    main()
