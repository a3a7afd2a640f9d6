"""Wild46 truth for jbongard/jbongard.github.io publist.md: the full publication list of Josh Bongard (UVM Morphology,
Evolution & Cognition Lab -- evolutionary robotics, soft robots, xenobots, crowdsourcing, symbolic regression), as
his personal GitHub Pages site keeps it.

Shape (326 lines): a ``# Most up to date list:`` heading with a Google Scholar link (1-3), then five ``#`` sections:
``# Books`` (7), ``# Journal articles`` (11-102), ``# Conference Publications`` (106-268), ``# Book Chapters``
(272-284), ``# Non peer reviewed publications.`` (288-326).  Every record is a Markdown ordered item ``1. `` (once
``3. `` at 112, twice ``1.  `` with two spaces), one per line and separated by blank lines, except the first journal
article, whose 45 authors, title and venue wrap over 11-18.  A record is usually
``[[PDF](meclab url)] Authors (Year). Title. Venue, vol(issue): pages.``: the leading tag is ``[[PDF](url)]``,
``[[HTML](url)]``, a bare ``[HTML]``/``[URL]`` or absent (298, 318, 324); the year is ``(2021).`` or ``(2016)``
without the full stop; authors in three styles (``S Kriegman, N Cheney``, ``Bongard, J. C.``, ``Bongard J. C.``).
The title ends with a full stop in most records but with a comma before the venue in 38 of them (``Kinematic
self-replication in reconfigurable organisms, *Proceedings of ...*``), with a comma or full stop glued to the venue
(180 ``Robots,Proceedings``, 182 ``Robots.Proceedings``, 184, 222, 232) or with nothing at all before the venue (206
``Ensembles The 2009 IEEE ...``, 208 and 314 ``Learning 2009 Genetic ...``).  Titles hold commas of their own (28, 280
``The What, How and the Why of Evolutionary Robotics``, 326 ``To sleep, perchance to dream``), a question mark (84
``... Are you my teacher?``), a backtick-quoted phrase (228 ```Managed Challenge'``), a curly apostrophe (152) and a
``[editorial]`` label (290).  Links: meclab PDFs (file names only; many chapters and non-peer-reviewed records point
at placeholder names ``2015_XXX_XXX.pdf``), Nature/PNAS/Science/Frontiers pages, ``DOI:`` text (62, 66, 70, 72, 78,
88, 168, 170, 180-186, 300-304, 320) or a doi.org link (30), ``arXiv:2108.08398`` (108) and ``arXiv, 1312.6122``
(296).

Decisions:
- Entries (152): every numbered record of the Journal, Conference, Book Chapters and Non-peer-reviewed sections --
  journal articles, conference and workshop papers, late-breaking papers and posters in proceedings, book chapters,
  an arXiv preprint, editorials, newsletter pieces, a Science letter (326), a journal book review (318) and the Edge
  Annual Question essay (294), all written works the page lists as publications.  The one record under ``# Books``
  (7, *How the Body Shapes the Way We Think*, MIT Press) is a book: not an entry.  The Google Scholar link is not.
- Span: the record's lines (11-18 for the wrapped one, else its single line).
- Title: the text after ``(Year)`` and an optional full stop, up to the first full stop or question mark followed by a
  space (the ``?`` kept); for the records in ``CUT`` the title ends instead at the comma (or the glued ``.``/``,`` or
  the venue's first words) that starts the venue.  ``[editorial]`` is a label, dropped (290).
- Ids: from the record's lines (the helper's first arXiv id and DOI).  296 writes ``arXiv, 1312.6122``: the record
  gives the id literally, so it is set by hand (the helper only reads ``arXiv:`` text and URLs).
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild46 import entry, read_lines, write_truth

NAME = "jbongard__jbongard.github.io__publist@d59dee5.md"
PART = "wild46_development"

ITEM = re.compile(r"^\d+\.\s+")
YEAR = re.compile(r"\((?:19|20)\d\d\)\.?\s*")
SENTENCE = re.compile(r"(?<=[.?])\s")

# Records whose title ends where the venue starts without a full stop: the separator that starts the venue.
COMMA = [22, 24, 98, 100, 102, 178, 188, 192, 196, 204, 214, 216, 218, 220, 224, 226, 228, 230, 234, 236, 238, 240,
         242, 244, 246, 248, 250, 252, 254, 256, 258, 260, 262, 264, 266, 268, 284, 324]
CUT = {n: "," for n in COMMA} | {
    180: ",Proceedings",
    182: ".Proceedings",
    184: ",2012",
    206: " The 2009",
    208: " 2009 Genetic",
    222: ",Proceedings",
    232: ",The 2005",
    314: " 2009 Genetic",
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    counts: dict[str, int] = {}
    section = ""
    n = 0
    while n < len(lines):
        n += 1
        ln = lines[n - 1]
        if ln.startswith("# "):
            section = ln[2:].strip()
            continue
        if not ITEM.match(ln):
            assert not ln.strip() or n == 3, (n, ln)
            continue
        last = n
        while last < len(lines) and lines[last].strip() and not ITEM.match(lines[last]):
            last += 1
        if section == "Books":
            assert n == 7
            n = last
            continue
        text = " ".join(lines[n - 1 : last])
        m = YEAR.search(text)
        assert m, (n, text)
        rest = text[m.end() :]
        if n in CUT:
            assert CUT[n] in rest, (n, rest)
            title = rest.split(CUT[n], 1)[0]
        else:
            title = SENTENCE.split(rest, 1)[0]
        title = title.replace(" [editorial]", "")
        assert 8 <= len(title) <= 160 and "(" not in title[:1], (n, title)
        p = entry(lines, n, last, title)
        if n == 296:
            assert "arXiv, 1312.6122" in text and p["arxiv"] is None
            p["arxiv"] = "1312.6122"
        counts[section] = counts.get(section, 0) + 1
        papers.append(p)
        n = last
    assert counts == {
        "Journal articles": 43, "Conference Publications": 82, "Book Chapters": 7, "Non peer reviewed publications.": 20,
    }, counts
    assert [(p["line"], p["end"]) for p in papers if p["end"] > p["line"]] == [(11, 18)]
    assert len(papers) == 152, len(papers)
    assert [p["line"] for p in papers if p["arxiv"]] == [108, 296]
    write_truth(
        NAME,
        PART,
        papers,
        "Each numbered record of the Journal articles, Conference Publications, Book Chapters and Non peer reviewed"
        " sections is one written work (152: articles, conference/workshop papers and posters, chapters, an arXiv"
        " preprint, editorials, newsletter pieces, a Science letter, a book review, an Edge essay); the one record"
        " under '# Books' (a book) is not an entry; title = the text after '(Year)' up to the first '. ' or '? ', or,"
        " for 46 records whose venue follows after a comma, a glued ',Proceedings'/'.Proceedings' or no separator,"
        " up to that separator; '[editorial]' dropped; ids from the record, 'arXiv, 1312.6122' (296) set by hand.",
        "Whole file read (326 lines); the script asserts that every non-blank line is a heading, a numbered record or"
        " part of the wrapped 11-18, the section counts (43, 82, 7, 20) and sane title lengths.  All 152 -v titles"
        " were compared with their records by eye, in particular the first and last record of each section (11-18,"
        " 102, 106, 268, 272, 284, 288, 326), every comma-cut record (the 46 in CUT, checked that the title has no"
        " comma of its own before the cut, e.g. 258 'Making Evolution an Offer It Can't Refuse: ...', 228 with its"
        " backtick), the titles with internal commas kept whole (28, 280, 326), 84 ('?' kept), 112 (item '3.'), 136"
        " and 58-60 (two spaces after the number), 290 ([editorial] dropped), 294 (Edge essay, kept), 318 (book"
        " review, kept), 7 (book, left out); 20 random records side by side with the file (22, 40, 62, 74, 96, 118,"
        " 140, 152, 168, 186, 198, 210, 230, 242, 256, 274, 300, 310, 316, 322); ids: DOIs from 'DOI:' text (62, 88,"
        " 168, 180-186, 300-304, 320), the doi.org link (30), Science/Frontiers URLs (24, 26), arXiv at 108 and 296.",
    )


if __name__ == "__main__":
    main()
