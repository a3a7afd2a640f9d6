"""Wild47 truth for yaweiliu/yaweiliu.github.io ``publications_books.md``: the hand-kept publication page of a
computational chemist (Yawei Liu; molecular simulation of nanobubbles, colloidal rods, ionic liquids, COF membranes),
a plain GitHub Pages site, newest commit (794c005, 2025-07-31).  The list began as ``publication_list.md`` (added
2022-10-09, deleted by the rename commit 52cb549 "rename books") and lives on, grown, in ``publications_books.md``, the
file taken.

Shape: 174 lines, 21 KB.  A ``#### [HOME](./index.html)`` link line (1, again at 174), ``# Publications and Books``
(2), then two ``##`` sections whose names are bold coloured spans: ``## **<span style="color:#2da266">Books and
Chapters</span>**`` (4) with one entry (6), and ``Publications`` (8) with ``### **<span ...>YEAR</span>**`` headings
(2025 at 10 down to ``2012-2011`` at 167).  Every paper is an ``#####`` (h5) heading numbered in reverse order,
``##### 66.`` (12) down to ``##### 1.`` (171), blank lines between them: an ACS-style citation in one line,
``##### N. Last, I.; Last, I.\\*; <span style="color:#00bfff">Liu, Y.</span>#; Last, I. Title. [Journal YEAR, vol
(issue), pages](https://doi.org/...).``  The owner's name is a blue span; ``\\*`` (corresponding) and ``#`` (equal
contribution) follow names.

Special cases:
- Two Chinese-language papers (``##### 56.`` 34 ``纳微尺度热力学与前沿应用``; ``##### 39.`` 73
  ``离子液体的凝聚态化学研究``) with Chinese journal names in the link; 34 has no blue span at all.
- ``<scp>HER</Scp>``-style small-caps tags inside the title of ``##### 64.`` (16): markup, dropped.
- Orange award notes after the DOI link: ``<span ...>[ESI highly cited paper]</span>`` (56), ``[Editor's Pick]`` (83),
  ``[Cited by 115 times]`` (150), ``[Cited by 180 times]`` (158) and linked ones (59, 118): not titles, not entries.
- The book chapter (6) is written ``Chapter 6 Condensed matter chemistry of ionic liquids and their chemical
  reactions.`` and links to the Elsevier shop page of the book: one entry, its title without the ``Chapter 6`` label.
- Names with particles or several initials (``van Meel, J. A.`` 144, ``Dal Compare, L.`` 24, ``Wang, X.-F.`` 12,
  ``Burton, H. G. A.`` 118, ``Gao, Y. Q.`` 28), Unicode hyphens (``Widmer‐Cooper``), ``CO 2`` with a space (42, 48).
- Two blank lines here and there (57-58, 90-91, 165-166); the ``--`` line (173) is a rule-like leftover.

Decisions:
- Entry = every ``##### N.`` heading (67: 1 book chapter + 66 papers), one line each.
- Title = the text after the author list (``Last, Initials`` items joined by ``; ``, spans and ``\\*``/``#`` marks
  dropped) up to the ``. [`` that opens the venue link; the chapter's ``Chapter 6`` label dropped.
- Not entries: the HOME lines, headings, award notes.
"""
import re

from _wild47 import entry, read_lines, write_truth

NAME = "yaweiliu__yaweiliu.github.io__publications_books@794c005.md"
PART = "wild47_development"

HEAD = re.compile(r"^##### (?P<num>\d+)\. (?P<rest>.+)$")
SPAN = re.compile(r"</?span[^>]*>")
INITIALS = r"[A-Z]\.(?:[ -]?[A-Z]\.)*"
AUTHOR = rf"(?:[a-z]+ )?[A-Z][\w'‐-]*(?: [A-Z][\w'‐-]*)*, {INITIALS}(?:\\\*|#)*"
AUTHORS = re.compile(rf"^(?:{AUTHOR}; )*{AUTHOR} ")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "#### [HOME](./index.html)" and lines[1] == "# Publications and Books"
    papers = []
    nums = []
    for n, ln in enumerate(lines, 1):
        m = HEAD.match(ln)
        if not m:
            assert not ln.startswith("#####"), (n, ln)
            continue
        nums.append(int(m.group("num")))
        text = SPAN.sub("", m.group("rest"))
        a = AUTHORS.match(text)
        assert a, (n, text)
        body = text[a.end():]
        cut = body.find(". [")
        assert cut > 0, (n, body)
        title = body[:cut]
        if title.startswith("Chapter 6 "):
            assert n == 6, n
            title = title.removeprefix("Chapter 6 ")
        assert ";" not in title and "\\*" not in title, (n, title)
        papers.append(entry(lines, n, n, title))
    assert nums == [1] + list(range(66, 0, -1)), nums
    t = {p["line"]: p for p in papers}
    assert (t[6]["title"], t[6]["doi"]) == (
        "Condensed matter chemistry of ionic liquids and their chemical reactions", None), t[6]
    assert (t[12]["title"], t[12]["doi"]) == (("Unravelling the Microscopic Interactions Underlying Uranyl Species"
                                              " Adsorption by Charged COFs: A Molecular Dynamics Simulation Study"),
                                              "10.1016/j.surfin.2025.105928"), t[12]
    assert t[16]["title"] == ("Enhancing HER Catalyst Screening of Modified MXenes through DFT and Machine Learning"
                              " Integration"), t[16]
    assert (t[34]["title"], t[34]["doi"]) == ("纳微尺度热力学与前沿应用", "10.1360/ssc-2023-0219"), t[34]
    assert t[73]["title"] == "离子液体的凝聚态化学研究", t[73]
    assert t[83]["title"] == ("A Dissipative Particle Dynamics Model for Studying Dynamic Phenomena in Colloidal Rod"
                              " Suspensions"), t[83]
    assert t[144]["title"] == "Mechanism of Two-Step Vapour–Crystal Nucleation in a Pore", t[144]
    assert (t[171]["title"], t[171]["doi"]) == ("How Nanoscale Seed Particles Affect Vapor-Liquid Nucleation",
                                                "10.1063/1.3658502"), t[171]
    assert len(papers) == 67, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '##### N.' heading is an entry (67: the book chapter 6 and papers 66..1 at 12-171); title = the text"
        " after the ACS-style author list ('Last, I.' items joined by '; ', coloured spans and '\\*'/'#' marks"
        " dropped) up to the '. [' opening the venue link, <scp> tags dropped, the chapter's 'Chapter 6' label"
        " dropped; HOME links, section/year headings and the orange award notes are not entries.",
        "Read all 174 lines; compared -v for every heading: numbering 66..1 without gaps, Chinese titles 34/73, <scp>"
        " title 16, award notes 56/59/83/118/150/158 outside titles, particle/multi-initial names 12/24/28/118/144,"
        " the chapter 6 (Elsevier shop link, no DOI); DOIs from doi.org links for all 66 papers.",
    )


if __name__ == "__main__":
    main()
