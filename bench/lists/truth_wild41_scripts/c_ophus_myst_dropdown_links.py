"""Wild41 truth for ophusgroup/landing papers.md (commit 87fb17e, 2026-03-18): the "Peer-Reviewed
Publications (251)" page of Colin Ophus's electron-microscopy group site (4D-STEM, ptychography,
py4DSTEM), written in MyST Markdown.  The newest commits replaced the list by an ``{anywidget}`` that
loads papers.json, so the last commit holding the list is used.

Shape: 545 lines: front matter (1-4), then one MyST ``{dropdown}`` directive per year written as a
backtick code fence -- ```` ```{dropdown} 2026 (9) ```` ... ```` ``` ```` -- from 2026 down to 2006
(2026 and 2025 carry an ``:open:`` option line).  Inside each fence, one bullet per paper:
``- [Title](https://doi.org/10.x/y)`` (older years ``http://dx.doi.org/10.x/y``), mostly blank-line
separated, some runs without blank lines (e.g. 2021, 2020, 2010).  A reader that treats fences as code
sees no list at all; MyST renders each fence as a collapsible dropdown whose body is Markdown.
Oddities:
- the 2010 dropdown (490) has no closing fence: its body runs on through ```` ```{dropdown} 2009 (5) ````
  (501, an info string, so not a closing fence) to the ```` ``` ```` of 515, and the 2009 group repeats
  its label as a heading "## 2009 (5)" (503); a stray opening fence (545) ends the file;
- titles carry LaTeX (``MoS$_2$--Au--MoS$_2$``, ``$\\gamma$-alumina``, ``Mg$_{1-x}$Al$_x$``), TeX dashes
  (``BEACON---automated``, ``2H--NbSe$_2$``) and Markdown italics (``_in situ_`` 285, ``_In situ_`` 379):
  the LaTeX is kept as written (``$...$`` spans untouched -- the generic cleaner would take the two
  subscript underscores of ``SrTiO$_3$-La$_{0.7}$`` (397) or ``Ca$_{1-x}$La$_{2x/3}$`` (407) for an
  italic span and drop them), markup outside ``$...$`` is removed: the italic markers, and the Markdown
  backslash escapes of ``Pd\\@Pt`` (178), ``moir\\'e`` (201) and ``Moir\\'{e}`` (160) render as ``@``/``'``;
- three links write ``http://dx.doi.org/doi:10.…`` (the DOI read after "doi:");
- two different papers share one DOI link (10.1017/S1431927620024770: "Multibeam Electron Diffraction"
  and "Local Lattice Deformation of Tellurene Grain Boundaries ...") -- kept as written.
Decisions: every bullet is an entry (251, matching the page title and each dropdown's "(n)" count),
one line each; title = the link text (markup removed outside math); DOI = the link's.  No arXiv ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "truth_scripts"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _heldout import clean
from _wild41 import entry, read_lines, write_truth

NAME = "ophusgroup__landing__papers@87fb17e.md"
PART = "wild41_development"

BULLET = re.compile(r"^- \[(.+)\]\((\S+)\)\s*$")
GROUP = re.compile(r"^```\{dropdown\} (\d{4}) \((\d+)\)$")
MATH = re.compile(r"(\$[^$]+\$)")


def math_kept(text: str) -> str:
    """The link text with Markdown markup removed outside ``$...$`` only: the generic cleaner would read the
    underscores of two subscripts (``SrTiO$_3$-La$_{0.7}$``) as an italic span and drop them."""
    out = []
    for part in MATH.split(text):
        if MATH.fullmatch(part) or not part.strip():
            out.append(part)
        else:
            lead = " " if part[0].isspace() else ""
            trail = " " if part[-1].isspace() else ""
            out.append(lead + clean(part) + trail)
    return "".join(out).strip()


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    counts: dict[str, list[int]] = {}
    year = None
    for i, ln in enumerate(lines, 1):
        g = GROUP.match(ln)
        if g:
            year = g.group(1)
            counts[year] = [int(g.group(2)), 0]
            continue
        if ln.startswith("- "):
            m = BULLET.match(ln)
            assert m, i
            p = entry(lines, i, i, m.group(1))
            if "$" in m.group(1):
                p["title"] = math_kept(m.group(1))
            if "dx.doi.org/doi:" in m.group(2):
                p["doi"] = m.group(2).split("doi:", 1)[1].lower()
            papers.append(p)
            counts[year][1] += 1
    assert all(want == got for want, got in counts.values()), counts
    assert len(counts) == 21, counts
    t = {p["line"]: p["title"] for p in papers}
    d = {p["line"]: p["doi"] for p in papers}
    assert all(d.values()), [k for k, v in d.items() if not v]
    assert all(p["arxiv"] is None for p in papers)
    print("doi: forms:", {k: v for k, v in d.items() if "dx.doi.org/doi:" in lines[k - 1]})
    italic = [k for k in t if "_in situ_" in lines[k - 1]]
    assert len(italic) == 1 and t[italic[0]].startswith("Hybrid nanocapsules for in situ TEM"), italic
    assert t[493] == "A systematic neutron reflectometry study on hydrogen absorption in thin Mg$_{1-x}$Al$_x$ alloy films"
    assert t[505] == "All-metal AFM probes fabricated from microstructurally tailored Cu-Hf thin films"
    assert t[542] == "Metallic NEMS components fabricated from nanocomposite Al-Mo films"
    for k, v in t.items():
        assert v and "[" not in v and "](" not in v, (k, v)
    assert len(papers) == 251, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each '- [Title](doi link)' bullet inside the 21 MyST ```{dropdown} YEAR (n)``` fences is an entry on its "
        "one line (251 = the page title's count and the sum of the dropdown counts); title = the link text with "
        "its LaTeX kept and Markdown italics removed; DOI = the link's (read after 'doi:' in the three "
        "dx.doi.org/doi: links).",
        "Counted bullets per dropdown against each '(n)' label (all 21 match, 251 total); read the fence lines "
        "and the unclosed 2010 fence running into the 2009 fence and its '## 2009 (5)' heading (490-515), the "
        "final stray fence (545); checked the first and last bullet of every year, ~30 bullets between, all "
        "LaTeX titles (grep '\\$', subscripts of 397/407 kept), the '_in situ_'/'_In situ_' italics (285, 379), the "
        "backslash escapes (160, 178, 201), the three 'dx.doi.org/doi:' links, the two papers "
        "sharing DOI 10.1017/S1431927620024770, and that every bullet line carries a DOI link.",
    )


if __name__ == "__main__":
    main()
