"""Wild62 truth for usnistgov/jarvis docs/publications.md at 3328ed8 (2023-08-11): the publication list of NIST's
JARVIS materials-science infrastructure (DFT, force fields, ML, quantum computation for materials), evidently
converted from reStructuredText by pandoc.

Shape: 186 lines.  ``# Publications`` (1), then sections ``## JARVIS-Overview`` (3), ``## JARVIS-FF`` (16),
``## JARVIS-DFT related`` (27), ``## JARVIS-ML related`` (81), ``## JARVIS-QC related`` (176) and
``## JARVIS-QETB related`` (182).  Every entry is a paragraph of 2-4 hard-wrapped lines whose link brackets pandoc
escaped, so no real link is formed:
``\\[N. <title>, <venue> <volume>, <pages> (<year>).\\](<url>)``, e.g. 5-7.

Special cases:
- The brackets are escaped (``\\[`` ... ``\\]``) and the URL sits in ``(<...>)`` right after the escaped bracket.
- Title and venue are separated only by a comma; many later entries have no venue at all (lines 73, 77,
  136-172, 184), some give a venue but no year (58, 62, 66, 70, 112, 120, 178), 116 ends its title with a full stop.
  Titles contain commas too (77 ``CrX (X = I, Br, Cl, F)``, 116 ``Band-Alignment, Lattice-Mismatch, ...``, 93
  ``...age: high-throughput library generation, machine learning, and a pathway ...``).
- Numbering is off: line 88 is numbered 28 (20 is missing) and 124 is also 28.  Two papers are listed twice: 70
  (no. 16) repeats 50 (no. 11) with different capitalisation, 120 (no. 27) repeats 98 (no. 22) with a shorter
  venue.  Every paragraph is
  its own entry.
- 178 writes ``Properties of Solids., J. Phys.: Cond. Matt.`` (full stop before the comma).

Decisions:
- Entry = each ``\\[N. ...\\](<url>)`` paragraph (43 entries); span = its first to its last line.
- Title = the paragraph text with the wrapped lines joined by one space, without ``\\[N. `` and
  ``\\](<url>)``, cut before ``, <venue>`` where one of the venues listed in VENUES follows, and without a trailing
  full stop.  arXiv ids/DOIs come from the URLs (arXiv 11, 14, 118, 153, 166; doi.org link 96; DOIs inside publisher
  URLs as the helper finds them).
"""
import re

from _wild62 import entry, read_lines, write_truth

NAME = "usnistgov__jarvis__docs__publications@3328ed8.md"
PART = "wild62_held_out"

START = re.compile(r"^\\\[(\d+)\. ")
END = re.compile(r"\\\]\(<[^>]+>\)\s*$")
VENUES = [
    "npj Computational Materials", "npj Comp. Mat.", "arXiv", "Nature: Sci Data", "Nature: Sci. Rep.",
    "J. Phys. Cond. Matt.", "J. Phys.: Cond. Matt.", "Scientific Reports",
    "Scientific Data", "Sci. Data", "Phys. Rev. B", "Phys. Rev. Mat", "Comp. Mat. Sci.", "MRS Comm.",
    "Nature Comm", "Chem. Mater.",
]
CUT = re.compile(r",\s*(?:" + "|".join(re.escape(v) for v in VENUES) + r")")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    nums = []
    n = 1
    while n <= len(lines):
        m = START.match(lines[n - 1])
        if not m:
            n += 1
            continue
        last = n
        while not END.search(lines[last - 1]):
            last += 1
        text = " ".join(ln.strip() for ln in lines[n - 1:last])
        text = END.sub("", text)[m.end():]
        c = CUT.search(text)
        title = (text[: c.start()] if c else text).strip().rstrip(".").strip()
        papers.append(entry(lines, n, last, title))
        nums.append(int(m.group(1)))
        n = last + 1
    assert len(papers) == 43, len(papers)
    assert nums.count(28) == 2 and 20 not in nums, nums
    on = {p["line"]: p for p in papers}
    assert on[5]["title"] == ("The joint automated repository for various integrated simulations (JARVIS) for"
                              " data-driven materials design"), on[5]
    assert on[13]["title"] == "Large Scale Benchmark of Materials Design Methods", on[13]
    assert on[13]["arxiv"] == "2306.11688", on[13]
    assert on[22]["title"] == ("High-throughput assessment of vacancy formation and surface energies of materials"
                               " using classical force-fields"), on[22]
    assert on[77]["title"] == ("A systematic DFT+U and Quantum Monte Carlo benchmark of magnetic two-dimensional"
                               " (2D) CrX (X = I, Br, Cl, F)"), on[77]
    assert on[93]["title"].endswith("and a pathway from correlations to the underpinning physics"), on[93]
    assert on[93]["doi"] == "10.1557/mrc.2019.95", on[93]
    assert on[116]["title"] == ("Efficient Computational Design of 2D van der Waals Heterostructures:"
                                " Band-Alignment, Lattice-Mismatch, Web-app Generation and Machine-learning"), on[116]
    assert on[116]["arxiv"] == "2004.03025", on[116]
    assert on[120]["title"] == on[98]["title"], (on[98], on[120])
    assert on[178]["title"] == "Quantum Computation for Predicting Electron and Phonon Properties of Solids", on[178]
    assert on[184]["title"].endswith("Three-Body Tight-Binding Model for the Periodic Table"), on[184]
    for p in papers:
        assert "Phys. Rev" not in p["title"] and "Sci." not in p["title"] and "npj" not in p["title"], p
    write_truth(
        NAME,
        PART,
        papers,
        method="Each pandoc-escaped paragraph '\\[N. title, venue vol, pages (year).\\](<url>)' (2-4 wrapped lines)"
        " is one entry (43 entries; span = the paragraph's lines).  Title = the wrapped lines joined by a space,"
        " without the '\\[N. ' prefix and the '\\](<url>)' tail, cut before ', <venue>' for the journal names the"
        " file uses (npj Computational Materials, Sci. Data, Phys. Rev. B/Mat., J. Phys.: Cond. Matt., arXiv, ...),"
        " trailing full stop dropped; entries without a venue keep their whole text.  Duplicate papers (11/16,"
        " 22/27) and the mis-numbered 28/28 stay separate entries.  Ids come from the URLs.",
        checked="Read the whole file and compared the -v output with all 43 paragraphs: the venue cut on every"
        " entry (no journal left in a title, no title cut at an inner comma such as 77 'CrX (X = I, Br, Cl, F)' or"
        " 93 and 116), the entries without venue or year, the repeated numbers and duplicate papers, and the arXiv/DOI"
        " ids taken from the URLs.",
    )


if __name__ == "__main__":
    main()
