"""Wild53 truth for RoboticImaging/neural_fields_for_robotics_resources README.md: the University of Sydney Robotic
Imaging group's small list of neural radiance field (NeRF) / neural field papers aimed at robotics, newest commit
(2a81d23, 2023-07-24, "New papers!").  The README is built by a GitHub workflow: per-section BibTeX files in ``src/``
are rendered by pandoc with the IEEE CSL style, so every reference is pandoc's HTML-span output, hard-wrapped at ~72
columns.

Shape: 346 lines, 18 KB.  Title and intro (1-6), a ``## Contents`` bullet list of anchors (7-13), then six sections,
each an ``<a name=...></a>`` anchor line followed by a ``## <Section>`` heading: Review Papers (15, 6 refs), NeRF +
Architecture Improvements (48, 25), Light Fields + Plenoxels (199, 4), Dynamic Scenes + Rendering (222, 8), Speed
Improvements (270, 9) and Robotics Applications (320, 5).  Each reference starts with
``<span class="csl-left-margin">\\[N\\] </span><span`` (numbering restarts at 1 in every section), continues with
``class="csl-right-inline">Authors, “Title,” *Venue*, date, ... Available: <url></span>`` wrapped over 2-7 lines, and
ends at the line closing with ``</span>``; references are separated by blank lines (except the last of a section,
which runs straight into the next anchor).

Special cases:
- The title is the text between the curly quotes ``“...”``, which may wrap over a line break (joined with a space);
  the IEEE style leaves a comma (``Rendering,”``) or a period (``objects.” 2023.``) inside the closing quote: that
  punctuation is style, not title, and is dropped.
- Two titles hold a nested ``<span class="nocase">`` (``pixelNeRF`` 124, ``iMAP`` 344): the tags are dropped, the
  word kept.
- ``NeRF–: Neural Radiance Fields Without Known Camera Parameters`` (189): pandoc turned ``NeRF--`` into an en dash;
  kept as written.
- Depth-supervised NeRF is listed twice in Speed Improvements (277 arXiv version, 293 CVPR version, different case):
  two entries.
- Authors are garbled in places (``C. C. Yoonwoo Jeong Seokjun Ahn and J. Park`` 75, ``Alex Yu and Sara
  Fridovich-Keil, M. Tancik`` 211); irrelevant to the title.
- Ids: arXiv from ``arxiv.org/abs`` links and ``arXiv:NNNN.NNNNN`` venue text; DOIs from the Wiley links (18-26) and
  ``10.48550/ARXIV.2212.05231`` (318); the shortDOI ``doi.org/gj826m`` (120) is not a DOI; the CoRR volume string
  ``vol. abs/2201.02533`` (60) gives no id (``abs/2112.01473`` at 202 does not either, but its entry has an arXiv link
  on 203).

Decisions:
- Entry = every numbered CSL reference (57), from its ``csl-left-margin`` line to its closing ``</span>`` line.
- Title = the curly-quoted text with line breaks joined, HTML tags and the trailing comma/period inside the quote
  dropped.
"""
import re

from _wild53 import entry, read_lines, write_truth

NAME = "RoboticImaging__neural_fields_for_robotics_resources__README@2a81d23.md"
PART = "wild53_development"

START = re.compile(r'^<span class="csl-left-margin">\\\[(?P<num>\d+)\\\] </span><span$')
QUOTE = re.compile(r"“(?P<t>.+?)”", re.DOTALL)


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Neural Fields for Robotics Resources"
    papers = []
    sections: list[int] = []
    n = 1
    while n <= len(lines):
        ln = lines[n - 1]
        if ln.startswith("## ") and n > 7:
            sections.append(0)
        m = START.match(ln)
        if not m:
            assert "csl-" not in ln, (n, ln)
            n += 1
            continue
        assert int(m.group("num")) == sections[-1] + 1, (n, ln)
        last = n
        while not lines[last - 1].endswith("</span>"):
            last += 1
        text = " ".join(lines[n - 1 : last])
        q = QUOTE.search(text)
        assert q, (n, text)
        title = re.sub(r"<[^>]+>", "", q.group("t"))
        title = re.sub(r"[,.]$", "", title.strip())
        assert not re.search(r"[<>*“”]", title), (n, title)
        papers.append(entry(lines, n, last, title))
        sections[-1] += 1
        n = last + 1
    assert sections == [6, 25, 4, 8, 9, 5], sections
    assert len(papers) == 57, len(papers)
    t = {p["line"]: p for p in papers}
    assert (t[16]["title"], t[16]["end"], t[16]["doi"]) == ("State of the Art on Neural Rendering", 20,
                                                            "10.1111/cgf.14022"), t[16]
    assert (t[33]["title"], t[33]["arxiv"]) == (
        "ReLight my NeRF: A dataset for novel view synthesis and relighting of real world objects", "2304.10448"), t[33]
    assert t[113]["title"] == "NeRF: Representing Scenes as Neural Radiance Fields for View Synthesis", t[113]
    assert t[113]["doi"] is None, t[113]
    assert t[122]["title"] == "pixelNeRF: Neural Radiance Fields From One or Few Images", t[122]
    assert t[187]["title"] == "NeRF–: Neural Radiance Fields Without Known Camera Parameters", t[187]
    assert t[342]["title"] == "iMAP: Implicit Mapping and Positioning in Real-Time", t[342]
    assert (t[342]["end"], t[314]["end"]) == (346, 318), (t[342], t[314])
    write_truth(
        NAME,
        PART,
        papers,
        "Every pandoc IEEE-CSL reference (a 'csl-left-margin' [N] span through its closing </span>, numbering"
        " restarting per section) is an entry: 6 + 25 + 4 + 8 + 9 + 5 = 57; title = the curly-quoted text with"
        " wrapped lines joined, nested nocase spans stripped and the style's comma/period inside the closing quote"
        " dropped; the repeated Depth-supervised NeRF (277, 293) is two entries; headings, anchors and the contents"
        " list are not entries.",
        "Read all 346 lines; compared -v for all 57 entries: spans (2-7 lines, last-of-section refs ending before the"
        " anchor line), titles wrapped over line breaks, comma vs period endings (33, 86-94, 205-214, 314), nocase"
        " spans 124/344, en dash 'NeRF–' 189; ids: arXiv from abs links and 'arXiv:' venue text, Wiley DOIs 18-26,"
        " 10.48550 DOI 318, no DOI from the shortDOI gj826m (120), no arXiv from the CoRR 'abs/' volume string 60"
        " (202's comes from its link on 203).",
    )


if __name__ == "__main__":
    main()
