"""Wild60 truth for loliverhennigh/Computational-Physics-and-Machine-Learning-Reading-List README.md at c5179da
(2017-12-05): a short reading list of papers relating computational physics (fluid dynamics, quantum mechanics, high
energy physics) and machine learning.

Shape: 53 lines.  Title (1), intro paragraph (3), then ``# <field>`` headings (5, 42, 48) each with a ``## Papers``
subheading (7, 44, 50); the fluid-dynamics section also has ``## Online Discussions`` (34).  Every item is a bare
paragraph (no bullet) made of one link ``[Title](url)``, optionally followed by `` ( [Paper Notes](notes/...md) )``
pointing to the author's note file (9, 11, 14, 18, 46, 52).  Items are separated by blank lines (two or three in
places).

Special cases:
- 20 ``[Deep Learning Fluid Mechanics](http://meetings.aps.org/Meeting/DFD17/Session/E31.4)`` is an APS DFD meeting
  abstract and 22 ``[Deep Learning in Fluid Mechanics](...cambridge.org/.../deep-learning-in-fluid-dynamics/...)``
  a JFM article whose link slug reads "fluid dynamics": both are listed under Papers and kept as entries, titles as
  written in the link text.
- 46 writes the title with a stray diaeresis, ``Deep learning and the Schr¨odinger equation``: kept as written.
- 14 ``Convolutional Neural Networks for Steady Flow Approximation`` links to an Autodesk Research page, 16 to a Wiley
  page with the DOI in its path (``onlinelibrary.wiley.com/doi/10.1002/cav.1695/full``), 18 to nature.com (no DOI
  written), the others to arxiv.org pdf / abs or cambridge.org.
- The three "Online Discussions" links (36 reddit, 38 reddit, 40 scicomp.stackexchange) are forum threads, not
  papers.

Decisions:
- Entry = every paragraph line starting with ``[`` under a ``## Papers`` heading: one line each, title = the first
  link's text.  The "( [Paper Notes](...) )" suffix is not a second entry.
- Lines under ``## Online Discussions`` are not entries.
- arXiv ids / DOIs come from the link urls by the helper.
"""
import re

from _wild60 import entry, read_lines, write_truth

NAME = "loliverhennigh__Computational-Physics-and-Machine-Learning-Reading-List__README@c5179da.md"
PART = "wild60_development"

ITEM = re.compile(r"^\[(?P<title>[^\]]+)\]\((?P<url>[^)]+)\)")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    in_papers = False
    for n, ln in enumerate(lines, 1):
        if ln.startswith("#"):
            in_papers = ln.strip() == "## Papers"
            continue
        m = ITEM.match(ln)
        if in_papers and m:
            papers.append(entry(lines, n, n, m.group("title").strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 13, len(papers)
    assert sorted(by) == [9, 11, 14, 16, 18, 20, 22, 24, 26, 28, 30, 46, 52], sorted(by)
    assert by[9]["title"] == "Accelerating Eulerian Fluid Simulation With Convolutional Networks"
    assert by[9]["arxiv"] == "1607.03597", by[9]
    assert by[16]["title"] == "Data-driven projection method in fluid simulation", by[16]
    assert by[20]["title"] == "Deep Learning Fluid Mechanics", by[20]
    assert by[46]["title"] == "Deep learning and the Schr¨odinger equation", by[46]
    assert by[52]["title"].startswith("CaloGAN: Simulating 3D High Energy Particle Showers"), by[52]
    assert by[52]["arxiv"] == "1705.02355", by[52]
    for n in (36, 38, 40):
        assert n not in by, n
    write_truth(
        NAME,
        PART,
        papers,
        method="Under each '## Papers' heading every paragraph line that starts with a link '[Title](url)' is one"
        " entry (one line), title = that link's text; the trailing '( [Paper Notes](notes/...) )' link is part of"
        " the same entry.  The '## Online Discussions' links (reddit / stackexchange threads) are not entries.",
        checked="Read the whole file; compared the -v output with all 13 paper paragraphs (11 fluid dynamics, 1"
        " quantum mechanics, 1 high energy physics), the three forum links left out, the odd 'Schr¨odinger' title,"
        " and the arXiv ids / Wiley DOI taken from the urls.",
    )


if __name__ == "__main__":
    main()
