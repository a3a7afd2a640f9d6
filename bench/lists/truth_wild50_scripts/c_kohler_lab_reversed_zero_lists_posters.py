"""Wild50 truth for kohler-visual-neuroscience-lab/website _pages/pubs.md: the publication page of a visual
neuroscience lab's Jekyll site (Peter J. Kohler, York University: symmetry, motion, SSVEP/EEG), newest commit
(ca83008, 2025-10-14, "new pubs, updating students").

Shape: 151 lines, 23 KB, kramdown inside two HTML ``<div class="column">`` columns.  Every section opens with the same
heading written three times for three screen widths (``<h3 class="relative wide|mid|narrow">``): Peer-reviewed
Articles (9-11), Book Chapters (76-78), Selected Conference Presentations (85-87).  Each section is an ordered list
whose items all start ``0. `` and that kramdown turns into a reversed list by the ``{: reversed="reversed"}`` line
after it (74, 82, 149).  An item is one APA-like reference ``Authors (Year). Title. *Venue*, vol(issue), pages.``:
- on one line, sometimes led by a PDF or movie icon link
  ``[![pdf_icon](/assets/icons/pdf.png "download pdf"){: #pdf-icon }](/assets/papers/x.pdf)`` (12-24, 79, 88-98, 101, 140);
- or split: the icon link alone on the ``0.`` line and the reference on the next, tab-indented line (25-73, 80-81,
  99-148); from 127 on several items are indented by a space (`` 0.`` and `` \\t``).
The year is ``(2025)``, or ``(in prep)`` / ``(under review)`` / ``(in revision)`` for the four newest articles
(12-15); 20 and 33 write ``(2022)`` / ``(2019)`` without the following dot.  The title ends at ``. *Venue*`` in
articles, at ``. In *Book*`` in chapters and at ``. Poster at`` / ``. Talk at`` (or ``? Poster at``) in presentations.

Special cases:
- 37: the title runs straight into the venue with no dot, ``... with Frequency-Tagged EEG *Scientific Reports 8*``.
- 12-13: in-prep articles with no venue at all (the line ends after the title).
- 28-29: the break falls inside the author list (``**Kohler**,`` / ``\\tPJ &amp; Norcia``); one entry.
- 105: an award note follows the venue (``<br><span ...> Winner of the VSS travel award 2023!</span>``).
- 139: the ECVP 2012 poster line goes on with an inline ``1. [Demo video](...) 2. [Feature on New Scientist Blog.](...)
  3. [...]``: not list items (they do not start a line), media links of the same entry.
- 148: ``Poster at Poster at`` typo; the title ends at the first.
- Entities and typography are left as written (``&amp;`` in authors, en dashes in pages, ``in in`` typo 93).
- Repeats are separate entries: the Samet in-prep article 13 and poster 107 share a title, as do posters 92/97 and
  96/103, and the 2009 article 71 and poster 148 ("The whole moves less than the spin of its parts").

Decisions:
- Entry = every ``0.`` item of the three lists (38 articles, 2 chapters, 37 presentations = 77), spanning its own
  line and its indented continuation line.  The conference presentations (posters and talks with an abstract title,
  authors, year and meeting) are kept as entries: they are the lab's research works listed as such on its
  publication page, under their own heading.
- Title = the text after the year parenthesis up to the venue: cut at `` *``, `` In *``, `` Poster at`` or
  `` Talk at``, the final ``.`` dropped (a ``?`` kept).
- Not entries: front matter, the triple headings, the ``{: reversed}`` lines, divs.  No DOIs or arXiv ids in the file.
"""
import re

from _wild50 import entry, read_lines, write_truth

NAME = "kohler-visual-neuroscience-lab__website___pages__pubs@ca83008.md"
PART = "wild50_development"

ITEM = re.compile(r"^ ?0\. ")
CONT = re.compile(r"^ ?\t\S")
ICON = re.compile(r'^\[!\[(?:pdf|movie)_icon\]\([^)]*\)\{: #(?:pdf|movie)-icon \}\]\([^)]*\)\s*')
YEAR = re.compile(r"\((?:\d{4}|in prep|under review|in revision)\)\.? ")
STOP = re.compile(r" In \*| \*| Poster at | Talk at |\s*$")
SECTIONS = {9: "articles", 76: "chapters", 85: "presentations"}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[2] == "title: Publications"
    papers = []
    counts: dict[str, int] = {}
    section = None
    n = 1
    while n <= len(lines):
        ln = lines[n - 1]
        if n in SECTIONS:
            section = SECTIONS[n]
            counts[section] = 0
        if not ITEM.match(ln):
            assert not CONT.match(ln), (n, ln)
            n += 1
            continue
        last = n
        while last < len(lines) and CONT.match(lines[last]):
            last += 1
        assert last - n <= 1, (n, last)
        text = " ".join(x.strip() for x in lines[n - 1 : last])
        text = ICON.sub("", ITEM.sub("", text).strip())
        y = YEAR.search(text)
        assert y, (n, text)
        rest = text[y.end() :]
        title = rest[: STOP.search(rest).start()]
        assert 10 < len(title) < 200 and "*" not in title, (n, title)
        papers.append(entry(lines, n, last, title))
        counts[section] += 1
        n = last + 1
    assert counts == {"articles": 38, "chapters": 2, "presentations": 37}, counts
    t = {p["line"]: p for p in papers}
    assert t[12]["title"] == "Symmetry has Dissociable Effects on Efficiency and Difficulty of Visual Search", t[12]
    assert t[15]["title"] == (
        "Different Effects of Flash-Grab and Frame Stimuli on Position Shift and Shape Distortion"), t[15]
    assert t[28]["end"] == 29 and t[28]["title"].startswith("EEGSourceSim: A framework for realistic"), t[28]
    assert t[36]["title"] == "Measuring Integration Processes in Visual Symmetry with Frequency-Tagged EEG", t[36]
    assert t[54]["title"] == "The global slowdown effect: Why does perceptual grouping reduce perceived speed?", t[54]
    assert t[79]["title"] == "The Spinning Ellipse Speed Illusion", t[79]
    assert t[94]["title"] == "Does perspective-distortion modulate the temporal tuning of symmetry responses?", t[94]
    assert t[138]["title"] == "The influence of motion integration on shifts in perceived position", t[138]
    assert t[147]["title"] == t[70]["title"] == "The whole moves less than the spin of its parts", t[147]
    assert not any(p["doi"] or p["arxiv"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '0.' item (kramdown reversed ordered lists) of the three sections is an entry: 38 peer-reviewed/in-prep"
        " articles (12-73), 2 book chapters (79-81) and 37 conference posters/talks (88-148), kept as the lab's listed"
        " research works; an item spans its '0.' line and its tab-indented continuation line. Title = the text after"
        " the '(Year)' / '(in prep)' parenthesis up to the venue (' *Venue*', ' In *Book*', ' Poster at', ' Talk at'),"
        " the final dot dropped; icon links, award notes and inline demo/press links are not titles or entries.",
        "Read all 151 lines; compared -v for all 77 entries against the file: one-line vs icon-line + indented items,"
        " space-indented items 127-144, the four unpublished articles 12-15 (no venue on 12-13), the dot-less title"
        " 37, the author-split item 28-29, the award note 105, the inline demo/press list 139, 'Poster at Poster at'"
        " 148, repeated titles (13/107, 92/97, 96/103, 71/148); no DOI or arXiv id anywhere in the file.",
    )


if __name__ == "__main__":
    main()
