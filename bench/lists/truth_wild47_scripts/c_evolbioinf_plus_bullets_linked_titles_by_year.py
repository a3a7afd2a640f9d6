"""Wild47 truth for EvolBioInf/EvolBioInf.github.io ``_pages/papers.md``: the ``Papers`` page of a small evolutionary
bioinformatics group (Bernhard Haubold, MPI for Evolutionary Biology, Plön; alignment-free genome comparison), a
Minimal Mistakes-style Jekyll site, newest commit holding the file (2e2beb0, 2025-04-30).

Shape: 64 lines, 8 KB.  Front matter (1-7), then ``### YEAR`` headings (``### 2025`` 9 down to ``### 2008`` 63; no
2022-2023, 2017-2018) and under each one ``+ `` bullet per paper (the ``+`` list marker, not ``-``/``*``), a blank line
before the next heading.  A bullet is an APA-like citation whose title is the link text:
``+ Authors (YEAR). [Title](https://doi.org/...). Journal, vol:pages. [Software](https://github.com/evolbioinf/...).``

Special cases:
- 10 ``(2025) [Fast detection ...`` has no dot after the year.
- 61 ``Efficient estimation of pairwise distances between genomes.`` is the only title without a link; the bullet's
  only link is ``[Software](...)``.
- Trailing ``[Software](...)`` / ``[Software and data sets](...)`` links (software, not papers) sit in the same bullet;
  ``Press Release.`` (36) is plain text.
- 18 and 64 link to Springer (``link.springer.com/protocol/10.1007/...``, ``/chapter/10.1007/...``): book chapters,
  counted as papers; 41 is an ACM proceedings paper.  33 and 36 repeat their DOI as ``DOI: 10.1371/...`` text.
- Titles with a tool-name prefix (``Fur: ...`` 17, ``Phylonium: ...`` 21, ``hotspot: ...`` 29, ``andi: ...`` 32) and an
  em dash (``mlRho—A program ...`` 56) are kept as written.

Decisions:
- Entry = every ``+ `` bullet (29), one line each.  Title = the text of the first link after ``(YEAR)`` unless that
  link is ``[Software...]``; for 61 the plain text after ``(2009).`` up to the first ``. ``.
- Not entries: front matter, year headings, the software links inside the bullets.
"""
import re

from _wild47 import entry, read_lines, write_truth

NAME = "EvolBioInf__EvolBioInf.github.io___pages__papers@2e2beb0.md"
PART = "wild47_development"

BULLET = re.compile(r"^\+ (?P<authors>.+?) \((?P<year>\d{4})\)\.? (?P<rest>.+)$")
LINKED = re.compile(r"^\[(?P<title>[^\]]+)\]\((?P<url>[^)]+)\)\. ")
PLAIN = re.compile(r"^(?P<title>[^\[\]]+?)\. ")
YEAR = re.compile(r"^### (\d{4})$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "---" and lines[6] == "---"
    papers = []
    years = []
    plain = []
    for n, ln in enumerate(lines, 1):
        if YEAR.match(ln):
            years.append(int(YEAR.match(ln).group(1)))
            continue
        if not ln.startswith("+"):
            assert n <= 7 or not ln.strip(), (n, ln)
            continue
        m = BULLET.match(ln)
        assert m, (n, ln)
        assert int(m.group("year")) == years[-1], (n, ln)
        rest = m.group("rest")
        link = LINKED.match(rest)
        if link:
            assert not link.group("title").startswith("Software"), (n, ln)
            title = link.group("title")
        else:
            plain.append(n)
            title = PLAIN.match(rest).group("title")
        papers.append(entry(lines, n, n, title))
    assert years == [2025, 2024, 2021, 2020, 2019, 2016, 2015, 2014, 2013, 2012, 2011, 2010, 2009, 2008], years
    assert plain == [61], plain
    t = {p["line"]: p for p in papers}
    assert (t[10]["title"], t[10]["doi"]) == ("Fast detection of unique genomic regions", "10.1016/j.csbj.2025.02.025")
    assert t[17]["title"] == "Fur: Find unique genomic regions for diagnostic PCR", t[17]
    assert t[18]["doi"] == "10.1007/978-1-0716-1099-2_6", t[18]
    assert t[56]["title"] == ("mlRho—A program for estimating the population mutation and recombination rates from"
                              " shotgun-sequenced diploid genomes"), t[56]
    assert (t[61]["title"], t[61]["doi"]) == ("Efficient estimation of pairwise distances between genomes", None)
    assert (t[64]["title"], t[64]["doi"]) == ("An alignment-free distance measure for closely related genomes",
                                              "10.1007/978-3-540-87989-3_7"), t[64]
    assert len(papers) == 29, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '+ ' bullet under the '### YEAR' headings is an entry (29); title = the first link's text after"
        " '(YEAR).' (never the trailing '[Software](...)' links), for the one unlinked title (61) the plain text up to"
        " the first '. '; front matter and headings are not entries.",
        "Read all 64 lines; compared -v for every bullet: years without a dot 10, the unlinked title 61 (no DOI),"
        " tool-name prefixes 17/21/29/32, em dash 56, Springer chapter/protocol DOIs 18/64, ACM DOI 41, the DOI"
        " written again as text 33/36; Software links and 'Press Release.' stay inside their bullets.",
    )


if __name__ == "__main__":
    main()
