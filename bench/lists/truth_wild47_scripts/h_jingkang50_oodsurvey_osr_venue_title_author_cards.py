"""Wild47 truth for Jingkang50/OODSurvey 4_OSR.md: one chapter file of the companion repository of the survey
"Generalized Out-of-Distribution Detection: A Survey" (one Markdown file per survey section), the section on
multi-class novelty detection and open set recognition, newest commit holding it (6b5d318, 2022-03-25).

Shape: 381 lines, 15 KB.  An ``<a name="top"></a>`` anchor (1), ``# 4. Multi-Class Novelty Detection & Open Set
Recognition`` (2), a nested table of contents of anchor bullets (3-11, not entries), then ``##``/``###`` sub-sections
each preceded by an ``<a name="4.1.1"></a>`` anchor.  Each paper is a multi-line card::

    **[TPAMI-2013]**
    [Toward Open Set Recognition](https://ieeexplore.ieee.org/abstract/document/6365193)
    <br>
    **Authors:** Walter J. Scheirer, ...
    <br>
    **Institution:** Harvard University; ...
    > <details>
    > <summary>Kicking-off paper using 1-vs-set machine for OSR.</summary>
    > <p style="text-align:left">
    > ... a paragraph summary ...
    > </p>
    > </details>

The blockquoted ``<details>`` note is present on some cards only (e.g. 18, 34, 47, 61, 315); cards are separated by
empty lines or lines holding a single space.  38 cards.

Special cases:
- Venue tags vary: ``[Report-2021]`` (178), ``[Report]`` with no year (256), ``[Machine Learning-2017]`` (299),
  ``[arXiv-2021]``.
- Some title links end with a full stop after the link (86, 234, 241): a separator, not title text.
- Titles keep the list's spelling incl. PDF line-break hyphenation: ``One-vs-rest network-based deep probabil- ity
  model for open set recognition`` (152), ``p-odn: prototype- based open deep network ...`` (257), lower-case
  ``Mos: ...``, ``M2iosr: ...``.
- The ``<summary>`` inside a card's ``<details>`` is a one-line note about the paper, not a title.
- Ids: arXiv abs links; DOIs from Springer links (``/content/pdf/10.1007/978-...pdf`` 48, URL-encoded
  ``/chapter/10.1007%2F978-...`` 273 and 377, ``/article/10.1007/s10994-...`` 300); none from IEEE, CVF, AAAI, the
  Nature article URL (257) or the Berkeley tech report (179).

Decisions:
- Entry = one card, from its ``**[Venue]**`` line to its last non-blank line (Institution line or the end of the
  ``<details>`` blockquote); the link is on the card's second line.
- Title = the link text on the line after the venue tag.
- Not entries: the anchors, headings, table of contents, the ``<details>`` notes.
"""
import re

from _wild47 import entry, read_lines, write_truth

NAME = "Jingkang50__OODSurvey__4_OSR@6b5d318.md"
PART = "wild47_development"

VENUE = re.compile(r"^\*\*\[(?P<venue>[A-Za-z][A-Za-z ]*(?:-\d{4})?)\]\*\*$")
TITLE = re.compile(r"^\[(?P<title>[^\]]+)\]\((?P<url>[^)\s]+)\)\.?$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[1] == "# 4. Multi-Class Novelty Detection & Open Set Recognition"
    papers = []
    details = 0
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("**["):
            continue
        assert VENUE.match(ln), (n, ln)
        m = TITLE.match(lines[n])
        assert m, (n + 1, lines[n])
        assert lines[n + 1] == "<br>" and lines[n + 2].startswith("**Authors:** "), (n, lines[n + 1 : n + 3])
        assert lines[n + 3] == "<br>" and lines[n + 4].startswith("**Institution:** "), (n, lines[n + 3 : n + 5])
        last = n + 5
        if last < len(lines) and lines[last].startswith("> <details>"):
            details += 1
            while lines[last].startswith(">"):
                last += 1
            assert lines[last - 1] == "> </details>", (n, lines[last - 1])
        assert not lines[last].strip(), (n, last + 1, lines[last])
        papers.append(entry(lines, n, last, m.group("title")))
    t = {p["line"]: p for p in papers}
    assert (t[18]["title"], t[18]["end"]) == ("Toward Open Set Recognition", 29), t[18]
    assert (t[47]["doi"], t[47]["end"]) == ("10.1007/978-3-319-10578-9_26", 58), t[47]
    assert (t[85]["title"], t[85]["end"], t[85]["arxiv"]) == (
        "Evidential Deep Learning for Open Set Action Recognition", 90, "2107.10161"), t[85]
    assert t[151]["title"] == "One-vs-rest network-based deep probabil- ity model for open set recognition", t[151]
    assert (t[178]["title"], t[178]["arxiv"], t[178]["doi"]) == (
        "Language guided out-of-distribution detection", None, None), t[178]
    assert (t[256]["title"], t[256]["doi"]) == (
        "p-odn: prototype- based open deep network for open set recognition", None), t[256]
    assert t[272]["doi"] == "10.1007/978-3-030-58580-8_30", t[272]
    assert t[299]["doi"] == "10.1007/s10994-016-5610-8", t[299]
    assert (t[376]["title"], t[376]["end"], t[376]["doi"]) == (
        "Open-set adversarial defense", 381, "10.1007/978-3-030-58520-4_40"), t[376]
    assert details == 5, details
    assert len(papers) == 38, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '**[Venue-Year]**' / '[Title](url)' / Authors / Institution card (optionally followed by a"
        " blockquoted <details> note) is one entry spanning from its venue line to its last non-blank line (38);"
        " title = the link text on the card's second line (a dot after the link dropped); anchors, headings, the"
        " table of contents and the <details> notes are not entries.",
        "Read all 381 lines; the script asserts every card's six-line frame (venue, title link, <br>, Authors, <br>,"
        " Institution) and the extent of the 5 <details> blocks; compared -v against all 38 cards: venue variants"
        " ([Report-2021] 178, [Report] 256, [Machine Learning-2017] 299), dots after the link (85, 233, 240),"
        " hyphenation kept (151, 256), card ends incl. the last card 376-381; ids: arXiv abs links, Springer DOIs"
        " (47, 272, 299, 376), none from IEEE/CVF/AAAI/Nature/Berkeley links.",
    )


if __name__ == "__main__":
    main()
