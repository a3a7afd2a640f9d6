"""Wild49 truth for adsabs/adsabs.github.io ``_includes/_blogcontent/2015-11-20-discovering-long-fuse-papers-physics.md``:
an ADS (NASA Astrophysics Data System) blog post by Edwin Henneken listing 31 "long-fuse" (late-cited, "sleeping
beauty") physics papers, newest commit (ad3c783, 2023-12-08).  The post first lived in
``blog/_posts/2015-11-20-discovering-long-fuse-papers-physics.md``; that commit cut the post down to its front matter
and a Liquid ``{% include _blogcontent/... %}`` and moved the body, list included, to this include file, which is the
file taken (the old path no longer holds the list).

Shape: 38 lines, 9 KB, no front matter, no Markdown syntax at all: two prose paragraphs (2, 4; the first holds an
HTML link to the previous, astronomy post, the second says "a list of 31"), then a raw HTML ``<ol>`` (6) with 31
``<li>`` lines (7-37) and ``</ol>`` (38).  Each item is one line:
``<li><a href="https://ui.adsabs.harvard.edu/#abs/BIBCODE/abstract" target="_blank">Authors (Year), &#8220;Title&#8221;,
Journal, vol./Volume ..., pp. ...</a></li>`` -- the whole citation is the link text, the title wrapped in numeric
HTML entities for curly quotes.  Papers are from 1914-1994 (Physical Review A-E, PRL, Physics Letters A/B, Physica
B+C, Nuclear Physics B).

Special cases:
- 33 Haldane: the title holds its own quoted phrase, ``...realization of the &#8220;parity anomaly&#8221;&#8221;`` --
  the title runs to the LAST ``&#8221;`` before ``, Journal``.
- 23 Minkowski: the title is HTML entities and a superscript, ``&mu;&rarr;e &gamma; at a rate of one out of 10
  <SUP>9</SUP> muon decays?`` (decoded and the tag removed: ``μ→e γ at a rate of one out of 10 9 muon decays?``).
- 12 Tolman ``Einstein&#8217;s`` (an apostrophe entity); 29 an author name double-escaped (``Senjanovi&amp;cacute;``,
  author, not title).
- 32 Wilczek ends with a note after the citation (``NASA-supported research.``).
- Links are ADS bibcodes only: no arXiv id, no DOI anywhere.

Decisions:
- Entry = every ``<li>`` line (31); title = the text between the first ``&#8220;`` and the last ``&#8221;`` of the
  item, entities decoded and tags removed; authors, year, journal and pages are not title.
"""
import re

from _wild49 import entry, read_lines, write_truth

NAME = "adsabs__adsabs.github.io___includes___blogcontent__2015-11-20-discovering-long-fuse-papers-physics@ad3c783.md"
PART = "wild49_development"

ITEM = re.compile(
    r'^<li><a href="https://ui\.adsabs\.harvard\.edu/#abs/(?P<bibcode>[^"]{19})/abstract" target="_blank">'
    r"(?P<authors>[^<]+?) \((?P<year>\d{4})\), &#8220;(?P<title>.+)&#8221;, (?P<venue>[^<]+)</a></li>$"
)


def main() -> None:
    lines = read_lines(NAME)
    assert lines[5] == "<ol>" and lines[37] == "</ol>", (lines[5], lines[37])
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("<li>"):
            assert "&#8220;" not in ln, (n, ln)
            continue
        m = ITEM.match(ln)
        assert m, (n, ln)
        assert "&#8221;" not in m.group("venue"), (n, ln)
        papers.append(entry(lines, n, n, m.group("title")))
    t = {p["line"]: p for p in papers}
    assert t[7]["title"] == "On Physically Similar Systems; Illustrations of the Use of Dimensional Equations", t[7]
    assert t[10]["title"] == "Can Quantum-Mechanical Description of Physical Reality Be Considered Complete?", t[10]
    assert t[12]["title"] == "Static Solutions of Einstein\u2019s Field Equations for Spheres of Fluid", t[12]
    assert t[23]["title"] == "\u03bc\u2192e \u03b3 at a rate of one out of 10 9 muon decays?", t[23]
    assert t[33]["title"] == ("Model for a quantum Hall effect without Landau levels: Condensed-matter realization"
                              " of the \u201cparity anomaly\u201d"), t[33]
    assert t[37]["title"] == "Chaos and quantum thermalization", t[37]
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    assert len(papers) == 31, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every <li> line of the HTML <ol> (7-37) is an entry (31, one line each); title = the text between the first"
        " &#8220; and the last &#8221; of the item (so Haldane's inner quoted 'parity anomaly' stays), HTML entities"
        " decoded and the <SUP> tag removed; authors, year, journal, pages and the trailing note are not title.",
        "Read all 38 lines; compared -v with all 31 items: titles against the link text, the nested quotes of 33,"
        " the entity/superscript title 23, the apostrophe entity 12; the two prose paragraphs (2, 4) name no paper;"
        " no arXiv/DOI ids (ADS bibcode links only).",
    )


if __name__ == "__main__":
    main()
