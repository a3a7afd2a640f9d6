"""Wild50 truth for grburgess/grburgess.github.io _pages/pubs.md: the publication page of a gamma-ray burst
astrophysicist's minimal-mistakes Jekyll site (J. Michael Burgess, Fermi GBM), taken at commit 037d90f (2019-10-05,
"test"), the last commit holding the file: the newest commit touching it (2652170, 2019-10-06, "update how pubs are
done") deleted it in favour of a _pages/work.md and per-paper posts.

Shape: 331 lines, 17 KB.  A Jekyll front matter (1-6) over a whole TeX4ht HTML export of a LaTeX ``pubs.tex``
bibliography pasted in as is: ``<head><title>...`` with TeX4ht ``<meta>`` lines (10-17), ``<body>``, a ``maketitle``
div dated May 29, 2017 (19-29), padding lines of 85 spaces (TeX4ht page breaks), and three ``likesectionHead`` sections
(an empty "Further publications:" 30-33 first): ``A) Publications with peer review process`` (34-297, 38 items),
``B) Submitted publications with peer review process`` (302-312, 1) and `` C)Publications without peer review
process`` (315-325, 1).  Each item is a ``<p class="bibitem" >`` paragraph: a ``<span class="biblabel">`` with
``[n]`` (numbering restarts in each section) and a ``<a id="XBibKey"></a>`` anchor, then a plain-text reference
``Authors. Title. <span class="cmti-10x-x-109">Venue</span>, vol(issue):pages, Month Year.`` hard-wrapped by TeX4ht
over 2-5 lines with TeX's justification spaces (``The  Rest-Frame  Golenetskii``), closed by a ``</p>`` line.

Special cases:
- Titles keep their BibTeX case: ALL CAPS for ApJ titles (``ON THE FERMI-GBM EVENT 0.4 s AFTER GW150914`` 3, 4, 5),
  and TeX ligature characters inside words (``X-ray ﬂares`` 13, ``Eﬀects`` 23, ``optical ﬂash`` 33, ``gravity eﬀects``
  37): kept as written.
- 5 wraps its title over three lines (``... LONG GAMMA-RAY`` / ``BURST:`` / ``A SIMPLE ...``); 17 and 29 end the venue
  with a separate ``<span>…</span>``; 38's venue spans two italic spans over two lines.
- Authors end at the first ``Name.`` or ``et al.`` (initials like ``J. Michael`` have a one-letter word before the
  dot); item 1 is ``J. Michael  Burgess.    The  Rest-Frame ...``.
- arXiv ids appear as text in the venue tail (``page arXiv:1512.01059`` A1, ``arXiv:1610.07385`` A2,
  ``<span>arXiv:1705.05718</span>`` B1, ``page arXiv:1507.08343`` C1); the anchors' ADS-like keys
  (``X2015arXiv150708343V``, ``X2016MNRAS.456.2157I``) are not ids.  No DOIs, no links.

Decisions:
- Entry = every ``<p class="bibitem" >`` paragraph (40 = 38 + 1 + 1), from its ``<p class="bibitem"`` line to its
  ``</p>`` line.
- Title = the text between the end of the author list and the first ``<span`` (the italic venue), whitespace
  collapsed, final dot dropped (a ``?`` kept).
- Not entries: the ``<title>`` / ``titleHead`` "Complete list of publication of J. Michael Burgess", section heads,
  TeX4ht comments and padding.
"""
import re

from _wild50 import entry, read_lines, write_truth

NAME = "grburgess__grburgess.github.io___pages__pubs@037d90f.md"
PART = "wild50_development"

OPEN = re.compile(r'^ *<p class="bibitem" ><span class="biblabel">$')
LABEL = re.compile(r"^ *\[(?P<n>\d+)\]<span")
ANCHOR = re.compile(r'^ id="X[^"]+"></a>')
AUTH_END = re.compile(r"(?:et al\.|[^\W\d_][\w\-ÀÉ-ž]*[^\W\d_]\.)\s+")
SECTION = re.compile(r'^ id="x1-(?P<k>\d)000"></a>')


def main() -> None:
    lines = read_lines(NAME)
    assert lines[2] == "title: Publications"
    papers = []
    counts: dict[str, int] = {}
    section = None
    n = 1
    while n <= len(lines):
        ln = lines[n - 1]
        s = SECTION.match(ln)
        if s:
            section = s.group("k")
        if not OPEN.match(ln):
            n += 1
            continue
        last = n
        while lines[last - 1].strip() != "</p>":
            last += 1
        assert LABEL.match(lines[n]), (n, lines[n])
        assert ANCHOR.match(lines[n + 1]), (n, lines[n + 1])
        text = " ".join(x.strip() for x in lines[n + 1 : last - 1])
        text = re.sub(r'^id="X[^"]+"></a>', "", text)
        a = AUTH_END.search(text)
        assert a, (n, text)
        title = text[a.end() : text.index("<span")]
        assert 10 < len(title) < 250, (n, title)
        papers.append(entry(lines, n, last, title))
        counts[section] = counts.get(section, 0) + 1
        n = last + 1
    assert counts == {"2": 38, "3": 1, "4": 1}, counts
    t = {p["line"]: p for p in papers}
    first = papers[0]
    assert first["title"] == "The Rest-Frame Golenetskii Correlation via a Hierarchical Bayesian Analysis", first
    assert first["arxiv"] == "1512.01059", first
    assert papers[1]["title"].startswith("Awakening the BALROG (BAyesian Location Reconstruction Of GRBs)")
    assert papers[2]["title"] == "ON THE FERMI-GBM EVENT 0.4 s AFTER GW150914", papers[2]
    assert papers[4]["title"] == (
        "THE ANATOMY OF A LONG GAMMA-RAY BURST: A SIMPLE CLASSIFICATION SCHEME FOR THE EMISSION MECHANISM(S)")
    assert papers[12]["title"] == "Swift and Fermi observations of X-ray ﬂares: the case of Late Internal Shock"
    assert papers[37]["title"] == "An evaluation of grazing-incidence optics for neutron imaging", papers[37]
    assert (papers[38]["title"], papers[38]["arxiv"]) == (
        "Is Spectral Width a Reliable Measure of GRB Emission Physics?", "1705.05718")
    assert (papers[39]["title"], papers[39]["arxiv"]) == (
        "The Multi-Mission Maximum Likelihood framework (3ML)", "1507.08343")
    assert sum(1 for p in papers if p["arxiv"]) == 4 and not any(p["doi"] for p in papers)
    assert len(t) == 40
    write_truth(
        NAME,
        PART,
        papers,
        "Every TeX4ht '<p class=\"bibitem\" >' paragraph is an entry (40: 38 peer-reviewed, 1 submitted, 1 without"
        " peer review), from its <p> line to its </p> line; title = the plain text between the end of the author list"
        " (first 'Surname.' or 'et al.', initials skipped) and the first <span> (italic venue), whitespace collapsed,"
        " final dot dropped; BibTeX ALL-CAPS titles and TeX ligature characters (ﬂ, ﬀ) kept as written. The page"
        " title, section heads and TeX4ht boilerplate are not entries.",
        "Read all 331 lines; compared -v for all 40 items against the HTML: author/title splits incl. 'J. Michael"
        "  Burgess.' (1), 'et al.' lists, three-line title 5, ALL-CAPS titles 3-5, ligatures 13/23/33/37, split venue"
        " spans 17/29/38; arXiv ids from 'arXiv:' text in A1, A2, B1, C1 only; no DOIs or links in the file; the"
        " older commit taken because the newest one deleted the file.",
    )


if __name__ == "__main__":
    main()
