"""Wild41 truth for BlackHolePerturbationToolkit/blackholeperturbationtoolkit.github.io users.md (commit
4cbb77d, 2026-06-09): the "Toolkit Contributors and Users" page of the Black Hole Perturbation Toolkit
site (self-force, extreme-mass-ratio inspirals, Teukolsky equation), whose section "## Papers that
acknowledge, cite and/or extend the Toolkit" is the project's bibliography of papers using it.  The next
commit (c21fc17, "Add refreshed site") deleted users.md for a publications.html fed from _data/papers.yml,
so the last commit holding the list is used.

Shape: 592 lines: front matter (1-4), "# Toolkit Contributors and Users", a paragraph, a Google Maps
``<iframe>`` and two paragraphs, the "## Papers ..." heading, a citation-count image and a note ("Papers
that have contributed code or data to the Toolkit have a (*) after them", 20).  Then a count-down of 285
blank-line separated one-line references, each numbered with a backslash-escaped dot so that Markdown
does not renumber them: ``285\\. "Title", Author One, Author Two, [arXiv:2601.22015](https://arxiv.org/abs/
2601.22015)`` (lines 22-590, numbers 285 down to 1 without gaps), and a closing invitation (592).
Variants:
- numbers 64 to 51 (lines 464-490) write the title without quotes:
  ``64\\. Regularization of a scalar charged particle ..., Anna Heffernan, [arXiv:...](...) (*)`` -- none
  of these 14 titles has a comma, so the title is the text before the first ", ";
- number 6 (580) doubles its opening quote around a quoted phrase: ``""Flux-balance formulae" for
  extreme mass-ratio inspirals"`` -- the title keeps the inner quotes;
- some references add a journal link before the arXiv link (24: ``[Phys. Rev. D 101, 024019 (2020)]
  (https://doi.org/...)``, 6, 1, ...), one arXiv link carries a version (24: ``1910.09476v2``), one line
  ends with a dangling ", " (36), 33 carry the "(*)" contributor mark.
Decisions: every numbered reference is an entry (285), one line each; title = the quoted text (first
double quote to the last ``",``), or for the 14 unquoted ones the text before the first ", ".  Ids: every
entry has its arXiv link; the DOI where a doi.org journal link is given.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild41 import entry, read_lines, write_truth

NAME = "BlackHolePerturbationToolkit__blackholeperturbationtoolkit.github.io__users@4cbb77d.md"
PART = "wild41_development"

REF = re.compile(r"^(\d+)\\\. (.*)$")
QUOTED = re.compile(r'^"(.+?)",\s')
DOUBLED = re.compile(r'^"(".+)",\s')


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    numbers = []
    unquoted = []
    for i, ln in enumerate(lines, 1):
        m = REF.match(ln)
        if not m:
            continue
        numbers.append(int(m.group(1)))
        rest = m.group(2)
        if rest.startswith('""'):
            title = DOUBLED.match(rest).group(1)
        elif rest.startswith('"'):
            title = QUOTED.match(rest).group(1)
        else:
            title = rest.split(", ", 1)[0]
            unquoted.append(int(m.group(1)))
        assert "arxiv.org/abs/" in ln, i
        papers.append(entry(lines, i, i, title))
    assert numbers == list(range(285, 0, -1)), numbers[:5]
    assert unquoted == list(range(64, 50, -1)), unquoted
    t = {p["line"]: p["title"] for p in papers}
    assert t[22] == "Detectability to extreme mass ratio inspirals with alternative space-based detector networks", t[22]
    assert t[464] == "Regularization of a scalar charged particle for generic orbits in Kerr spacetime", t[464]
    assert t[490] == "The Teukolsky-Starobinsky constants: facts and fictions", t[490]
    assert t[580] == '"Flux-balance formulae" for extreme mass-ratio inspirals', t[580]
    assert t[590] == "Quantum correlator outside a Schwarzschild black hole", t[590]
    assert all(p["arxiv"] for p in papers)
    a = {p["line"]: p["arxiv"] for p in papers}
    assert a[544] == "1910.09476", a[544]
    d = {p["line"]: p["doi"] for p in papers if p["doi"]}
    assert d[544] == "10.1103/physrevd.101.024019" and d[580] == "10.1093/ptep/pty136", d
    print("DOIs:", len(d))
    for p in papers:
        assert '"' not in p["title"] or p["line"] == 580, p
    assert len(papers) == 285, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each backslash-numbered reference '285\\. \"Title\", Authors, [arXiv:..](..)' of the count-down "
        "(285 to 1, one line each) is an entry; title = the quoted text (number 6 keeps its inner quoted phrase), "
        "or, for the 14 unquoted references 64-51, the text before the first ', '; ids = the arXiv link (all) "
        "and the doi.org journal link where given.",
        "Checked the numbering (285..1 consecutive), that every reference line has an arXiv link and that no other "
        "line is a reference; read the 14 unquoted references 64-51 (464-490) whole (no comma in any title), the "
        "doubled-quote number 6 (580), the references with journal links (24, 6, 1 and the rest of the DOI list), "
        "the v2 arXiv link (544), the dangling ', ' of 36 (520), the first and last 15 references and ~25 random ones "
        "against the -v output.",
    )


if __name__ == "__main__":
    main()
