"""Wild38 truth for qmc-hamm/qmc-hamm.github.io content/papers/_index.md: the "Papers" page of the
QMC-HAMM center (quantum Monte Carlo, hydrogen at high pressure, twisted bilayer graphene, downfolding;
Illinois / Rice), 2025 back to 2020.

Shape: Jekyll-style front matter (1-4), a MathJax <script> line (5), then one paper per line, each line
followed by a blank line: ``<b>[Title](https://doi.org/...)</b>  <br>Authors <br>Journal <b>vol</b>
pages (year)``.  The title is the text of a Markdown link inside an HTML ``<b>`` element; the link is
always a doi.org URL (journal DOIs, and 10.48550/arXiv DOIs for the preprints, one in capitals
``10.48550/ARXIV.2212.14880`` (43) and one ``ARXIV.2110.15353`` (67)).  Preprint lines carry an empty
``<b></b>`` where the volume would be (9, 43, 57, 67); it is part of the paper's own line, not a record.
No headings, no sections, no non-paper records.

Decisions:
- Every ``<b>[...](...)</b>`` line is one entry, one line long (35 entries, lines 7-75, odd numbers).
- Title: the link text as written, Markdown markup removed.  Line 73 writes ``moir\\'e`` (a LaTeX
  accent): the backslash is a Markdown escape before an ASCII punctuation character, so the rendered
  (and recorded) title reads ``moir'e``.  Line 53 keeps its MathJax ``${\\mathrm{LaH}}_{10}$`` as written
  (TeX is not Markdown markup; a single underscore makes no emphasis).  "PyQMC : An all-Python ..." (37)
  keeps the space before the colon.
- Ids: the link's doi.org URL gives the DOI (lower-cased); for 10.48550/arXiv DOIs the arXiv id is
  taken as well (9, 43, 57, 67), as the format says.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild38 import entry, read_lines, write_truth

NAME = "qmc-hamm__qmc-hamm.github.io__content__papers___index@8102b95.md"
PART = "wild38_development"

RECORD = re.compile(r"^<b>\[(.+?)\]\((https://doi\.org/\S+?)\)</b>  <br>")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if not ln.startswith("<b>"):
            assert "](" not in ln, i
            continue
        m = RECORD.match(ln)
        assert m, i
        papers.append(entry(lines, i, i, m.group(1)))
    t = {p["line"]: p["title"] for p in papers}
    assert t[73] == "Topologically derived dislocation theory for twist and stretch moir'e superlattices in " \
        "bilayer graphene", t[73]
    assert t[53] == "Stability and distortion of fcc ${\\mathrm{LaH}}_{10}$ with path-integral molecular dynamics", t[53]
    assert t[37] == "PyQMC : An all-Python real-space quantum Monte Carlo module in PySCF", t[37]
    a = {p["line"]: p["arxiv"] for p in papers}
    assert a == {**{n: None for n in t}, 9: "2503.13672", 43: "2212.14880", 57: "2201.07205", 67: "2110.15353"}, a
    d = {p["line"]: p["doi"] for p in papers}
    assert d[7] == "10.1103/physreve.111.045307" and d[43] == "10.48550/arxiv.2212.14880", d
    assert d[39] == "10.5488/cmp.26.33701" and d[23] == "10.1103/physrevb.109.l241111", d
    assert all(d.values())
    assert len(papers) == 35, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each '<b>[Title](https://doi.org/...)</b>  <br>Authors <br>Journal ...' line is one entry (one line); the "
        "title is the link text with Markdown markup removed (the escaped accent in moir\\'e rendered as moir'e, "
        "MathJax TeX kept as written); ids from the doi.org link (10.48550/arXiv DOIs also give the arXiv id).",
        "The whole file (76 lines) read against the -v output: all 35 entry lines, their titles and DOIs; the four "
        "preprint lines with the empty <b></b> (9, 43, 57, 67) and their arXiv ids, the upper-case ARXIV DOIs (43, "
        "67), the LaTeX accent (73), the MathJax subscript (53), the spaced colon (37), and that no other line "
        "holds a link.",
    )


if __name__ == "__main__":
    main()
