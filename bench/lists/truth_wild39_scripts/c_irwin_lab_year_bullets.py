"""Wild39 truth for AndrewIrwin/mmab-www content/publications.md: the "Publications from our lab" page of a
marine phytoplankton ecology / mathematical biology lab (A. J. Irwin and Z. V. Finkel, Dalhousie), a Hugo
site's hand-written bibliography, 1990 to 2026.

Shape: front matter (1-5), an intro paragraph and Google Scholar / ORCID / Scopus profile links (7-12, not
entries), then ``# 2026`` ... ``# 2000-2002``, ``# Earlier`` headings, each over ``*`` bullets written with
0, 2 or 3 spaces of indent: ``* Authors. [Title](../pubs/x.pdf). _Journal_ **vol**: pages.
[10.xxxx/...](https://doi.org/...)``; from 2000-2002 on the year follows the authors in parentheses.
Special cases: sub-bullets with 4 or 6 spaces of indent (``[Supplement]``, ``[Supplementary information]``,
``[Faculty of 1000 Biology]``, a mini-review link: 131, 149, 151, 166, 171, 173, 187, 192, 219); bullets
wrapped onto unindented continuation lines (61-62, 66-68); titles with ``_italic_`` species names (44, 52,
64, 70, 78); a link text ending in '.' (31); titles ending in '?' (156, 162, 195, 201); an arXiv-only
record (29) and an arXiv DOI next to the journal DOI (55); book chapters and encyclopedia entries (76, 93,
112, 124, 142, 178); two records without a title link (214, 229); an M.Sc. thesis (226) and another
(229); one bullet naming a PRL paper "and the comment" by the same authors (230).

Decisions:
- Every top-level bullet (indent 0-3) is one entry, except the "Virtual special issue" the group edited
  (126, an editorship, not a work) and the "*Journal covers*" line (167).  Sub-bullets and continuation
  lines belong to the bullet above.  Book chapters, encyclopedia entries, the Ocean Optics proceedings
  paper (214), the arXiv R-package paper (29) and the two M.Sc. theses (226, 229) are scholarly works.
- Line 230 names two published works, the PRL paper and the authors' Comment in PRL 65: 3357: two
  entries on the same line, the comment with no title (null) and no id (the line's DOI link is the
  paper's, written before "and the comment").  142 entries in all.
- Title: the first link text of the bullet (markup removed, a final '.' dropped); for 214 and 229 the
  plain text after "(year)" up to the first '. '.
- Ids: the first DOI / arXiv id in the entry's lines as written: for the encyclopedia entries 76 and 142 the
  first DOI is the reference work's (its link.springer.com/referencework URL), for the chapter 112 the book
  DOI, for 93 the bioRxiv preprint DOI; 29 gives arXiv 2508.14321, 55 gives its 10.48550 arXiv DOI (and
  arXiv 2207.02028); 73 gives its DOI and, after it, arXiv 1904.12340.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild39 import entry, read_lines, write_truth

NAME = "AndrewIrwin__mmab-www__content__publications@1288267.md"
PART = "wild39_development"

TOP = re.compile(r"^ {0,3}\* ")
SUB = re.compile(r"^ {4,}\* ")
LINK = re.compile(r"\[([^\]]+)\]\(")
PLAIN = re.compile(r"\(\d{4}\) (.+?)\. ")
SKIP = {126, 167}


def main() -> None:
    lines = read_lines(NAME)
    heads = [i for i, ln in enumerate(lines, 1) if ln.startswith("# ")]
    assert len(heads) == 26, heads
    papers = []
    subs = []
    for i, ln in enumerate(lines, 1):
        if not TOP.match(ln):
            if SUB.match(ln):
                subs.append(i)
            continue
        assert i > heads[0], i
        last = i
        while last < len(lines):
            nxt = lines[last]
            if not nxt.strip() or nxt.startswith("#") or TOP.match(nxt):
                break
            last += 1
        if i in SKIP:
            continue
        text = " ".join(lines[i - 1 : last])
        m = LINK.search(text)
        if i in (214, 229):
            m = PLAIN.search(text)
        assert m, i
        papers.append(entry(lines, i, last, m.group(1)))
        if i == 230:  # "... and the comment AJ Irwin, SJ Fraser, R Kapral (1990) _Phys. Rev. Lett._ **65**: 3357."
            comment = entry(lines, i, last, None)
            comment["doi"] = None  # the line's DOI is the paper's, written before "and the comment"
            papers.append(comment)
    assert subs == [131, 149, 151, 166, 171, 173, 187, 192, 219], subs
    spans = {p["line"]: p["end"] for p in papers}
    assert spans[61] == 62 and spans[66] == 68 and spans[130] == 131 and spans[148] == 149, spans
    assert spans[165] == 166 and spans[218] == 219 and spans[191] == 192 and spans[125] == 125, spans
    t = {p["line"]: p["title"] for p in papers if p["title"]}
    assert t[31] == "Supervised spatial metric learning with applications to spatial clustering and spatial model " \
        "prediction", t[31]
    assert t[44] == "Elemental stoichiometry of the key calcifying marine phytoplankton Emiliania huxleyi under ocean " \
        "climate change: a meta-analysis", t[44]
    assert t[66] == "Anthropogenic climate change impacts on copepod trait biogeography", t[66]
    assert t[214] == "Cell size and optimal pigment concentrations under sub-saturating growth irradiance", t[214]
    assert t[229] == "The discrete-velocity method in plasma physics", t[229]
    assert t[201] == "Watercolors in the coastal zone: what can we see?", t[201]
    assert t[76] == "Phytoplankton" and t[29].startswith("piCurve:"), t
    assert [(p["title"], p["doi"]) for p in papers if p["line"] == 230] == [
        ("Stochastically induced coherence in bistable systems", "10.1103/physrevlett.64.2343"), (None, None)]
    a = {p["line"]: p["arxiv"] for p in papers if p["arxiv"]}
    assert a == {29: "2508.14321", 55: "2207.02028", 73: "1904.12340"}, a
    d = {p["line"]: p["doi"] for p in papers}
    assert d[29] == "10.48550/arxiv.2508.14321" and d[55] == "10.48550/arxiv.2207.02028", d
    assert d[76] == "10.1007/978-3-642-11274-4" and d[142] == "10.1007/978-1-4419-0851-3", d
    assert d[112] == "10.1007/978-3-319-24945-2" and d[93] == "10.1101/148312", d
    assert d[135] == "10.1016/j.ecolmodel.2013.07.025" and d[27] == "10.1038/s41467-025-61061-0", d
    assert d[229] == "10.14288/1.0080528" and d[226] is None and d[214] is None, d
    assert len(papers) == 142, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each top-level '*' bullet (indent 0-3) under the year headings is one entry, spanning its continuation "
        "lines and indented sub-bullets (supplements, F1000 links); the edited virtual special issue and the "
        "journal-covers line are not entries; the bullet naming a PRL paper 'and the comment' is two entries (the "
        "comment untitled); title = the first link text (plain text after '(year)' for the two unlinked records); "
        "ids = the first DOI / arXiv id in the entry's lines.",
        "All 231 lines read; the 26 year headings and every bullet's indent checked (top 0/2/3 spaces, sub 4/6); "
        "spans of the wrapped bullets (61-62, 66-68) and of the nine sub-bullets; all titles compared with the "
        "-v output, with the italic species names, the '.' inside link 31, the '?' titles, the unlinked 214 and "
        "229; the DOIs of the chapters and encyclopedia entries (76, 93, 112, 124, 142, 178), the arXiv records "
        "(29, 55), the records with no DOI (178, 191, 201, 214, 221, 226, 227, 228) and the two entries of 230.",
    )


if __name__ == "__main__":
    main()
