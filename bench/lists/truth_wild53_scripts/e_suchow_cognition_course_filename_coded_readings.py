"""Wild53 truth for suchow/suchow.io _posts/2018-09-01-cognition.md: the course page of Wellesley PSYC 217
"Cognition" (fall 2018, Jordan Suchow), a Jekyll post; newest commit holding it (fbeb6e4, 2024-02-15).  A syllabus
whose class-meeting bullets mix research articles with slides, book and textbook excerpts, essays, videos, demos,
poems, news and a movie.

Shape: 267 lines, 17 KB.  Front matter (1-10), a banner image and intro (12-16), ``### Class meetings`` (18-203):
one ``#### <topic>.`` heading per meeting (some with a tab after ``####``), a backticked date line
(`` `2018-09-06` ``), then ``- `` bullets ``- [Label]({{site.url}}/assets/cognition/<file>.pdf).`` with optional
tails (``, pgs. 155--160.``, ``, figs. 6, 15--17.``, ``, abstract.``, ``, introduction up to Experiment 1.``,
`` (video)``, `` (movie)``, `` (demo)``) and a ``(optional)`` prefix once (49).  HTML comments (Wallace quotes,
one commented-out bullet) sit at 20, 71, 110, 142-147, 179-180.  ``### Assignments`` (207-265) is prose with a few
links (241 AIMA pages, 251 the DRM paper linked as ``[Here](...)``).

How the readings are told apart: the instructor files research articles as ``<firstauthor><year><keyword>.pdf``
(``gray2008sting.pdf``, ``tolman1948maps.pdf``, ``lotus2003believe.pdf`` [Loftus], ...); everything else has a
plain name (``marr.pdf``, ``grid.pdf``, ``dyscalculia.pdf``, ``numbness.pdf``, ``sum.pdf``, ``speed.pdf``,
``dignity.pdf``, ``hat.pdf``, ``itch.pdf``, ``peace.pdf``, ``words.pdf``, ``phrases.pdf``, ``analogies.pdf``,
``flynn.pdf``, ``truth.pdf``, ``lobster.pdf``, ``souls.pdf``, ``bjork.pdf``, ``aima-intro.pdf``): book and textbook
excerpts, magazine essays, short fiction, study tips.  Checked against what the readings are (Gray & Wegner 2008,
Tolman 1948, Wang & Spelke 2002, Feigenson et al. 2004, Gott 1993, Griffiths & Tenenbaum 2006, Kornell & Bjork
2007, Tversky & Kahneman 1974, Medvec et al. 1995, Eagleman 2008, Pacer & Lombrozo 2017, Arthur 1994, Hirstein &
Ramachandran 1997, Spelke 1990, Loftus 2003, Rosch et al. 1976, Galton 1907, Hutchins 1995, Bem 2011, Diaconis
1978, Gallistel 1989 Annual Review) the convention holds; ``pinker1997standard-equipment.pdf`` is the first chapter
of *How the Mind Works*, a book chapter, and is counted.

Special cases:
- The link text is often a label, not the paper's full title: ``The anthropic principle`` (65, Gott 1993 on the
  Copernican principle), ``El Farol Bar problem`` (112, Arthur 1994), ``Capgras syndrome`` (114), ``When less is
  more`` (81), ``Simplicity in causal explanation`` (101).  The written text is the title (what the list names).
- The same Gallistel 1989 article is assigned four times with different page ranges: ``Animal cognition`` (39),
  ``(optional) [Animal cognition (space)]`` (49), ``Animal cognition (number)`` (55), ``Animal cognition (time)``
  (96); four entries, the ``(space)``/``(number)``/``(time)`` part marker dropped from the title.
- No ids: every reading is a PDF on the course site.

Decisions:
- Entry = a class-meeting bullet linking a ``/assets/cognition/<author><4-digit year><keyword>.pdf`` file (25);
  title = the link text, a trailing ``(space|number|time)`` part marker dropped.
- Not entries: slides, syllabus, survey, worksheet, the plain-named excerpts/essays/chapters listed above, videos,
  movie, demo, web pages, the Assignments prose (incl. the ``[Here]`` DRM-paper link 251) and commented-out lines.
"""
import re

from _wild53 import entry, read_lines, write_truth

NAME = "suchow__suchow.io___posts__2018-09-01-cognition@fbeb6e4.md"
PART = "wild53_development"

LINK = re.compile(r"\[(?P<title>[^\]]+)\]\(\{\{site\.url\}\}/assets/cognition/(?P<file>[^)]+)\.pdf\)")
PAPER_FILE = re.compile(r"^[a-z]+(?:1[89]|20)\d\d[a-z-]+$")
PART_MARK = re.compile(r" \((?:space|number|time)\)$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[2] == 'title: "Cognition"', lines[2]
    end = lines.index("### Assignments")
    papers = []
    plain = []
    for n, ln in enumerate(lines[:end], 1):
        if not ln.startswith("- "):
            continue
        m = LINK.search(ln)
        if not m:
            continue
        if not PAPER_FILE.match(m.group("file")):
            plain.append(m.group("file"))
            continue
        assert ln.startswith(("- [", "- (optional) [")), (n, ln)
        papers.append(entry(lines, n, n, PART_MARK.sub("", m.group("title"))))
    assert "aima-intro" in plain and "marr" in plain and "lobster" in plain, plain
    t = {p["line"]: p for p in papers}
    assert [n for n, p in t.items() if p["title"] == "Animal cognition"] == [39, 49, 55, 96]
    assert t[27]["title"] == "The sting of intentional pain", t[27]
    assert t[37]["title"] == "The standard equipment", t[37]
    assert t[80]["title"] == "Judgment under uncertainty: heuristics and biases", t[80]
    assert t[132]["title"] == "Make-believe memories", t[132]
    assert t[195]["title"] == "Statistical problems in ESP research", t[195]
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers)
    assert len(papers) == 25, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Class-meeting bullets (before '### Assignments') whose link points to an"
        " '/assets/cognition/<author><year><keyword>.pdf' file are the research readings (the instructor's naming for"
        " articles, checked against the readings; plus Pinker 1997's book chapter): 25 entries, Gallistel 1989"
        " counted at each of its four assignments; title = the link text with a trailing '(space|number|time)' part"
        " marker dropped; plain-named PDFs (book/textbook excerpts, essays, fiction), slides, videos, web pages,"
        " the Assignments prose and HTML comments are not entries.",
        "Read all 267 lines and every bullet's link; compared -v for all 25 entries: label-like link texts kept as"
        " written (The anthropic principle 65, El Farol Bar problem 112, Capgras syndrome 114), the '(optional)'"
        " prefix of 49 outside the title, part markers dropped on 49/55/96, tails (pgs./figs./abstract) not in"
        " titles; no arXiv/DOI anywhere.",
    )


if __name__ == "__main__":
    main()
