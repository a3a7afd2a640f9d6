"""Wild53 truth for AR0E/ar0e.github.io _pages/reading-list.md: "The Definitive Reading List" of one person's
academicpages site (a Brazilian physics/geometry/PL enthusiast), newest commit holding the file (f6e1a74, 2025-01-03).

Shape: 435 lines, 28 KB, Jekyll front matter (1-9), one line of preamble (11), then ``## `` topic sections (13
Physics, 78 Mathematics, 119 The Computer, 233 a bare ``##``, 298 Hacker's Folklore, 334 Essays, 345 Misc) holding
indented ``-`` bullets at two to three depths, with bold pseudo-headings as bullets (``- **Articles**`` 35/85,
``- **Books**`` 61/96, ``- **Programming Languages**`` 163, ``- **Electronics**`` 234, ``- **Machine Learning**`` 244,
``- **Computational Geometry**`` 262, ``- **CAD Specific**`` 285, ``- **Static analysis and compilers**`` 320).  Each
bullet is either ``[Text](url)`` or plain text, mostly ``Title - Author(s)``.  The list mixes everything: people's home
pages, blogs, courses, tools, books (the large majority), lecture notes, essays, videos, archives -- and about 86
research works (journal/conference papers, arXiv preprints, theses, tech reports, book chapters).

Special cases:
- Only the physics and mathematics parts separate ``**Articles**`` from ``**Books**``; elsewhere papers and books sit
  side by side (e.g. 229 Goldberg's floating-point paper after 228 Kahan's lecture page; 237 a Wigner-Bardeen Phys. Rev.
  paper nested under 236 Shockley's book; 340 a chapter nested under 339 the essay book it appears in).
- Titles without links (42-59, 86-91, 235-241, 269-296, 348-421) and with links; ``Title - Authors`` split on the
  first `` - `` except 330 ``Superoptimizer - A Look at the Smallest Program`` (no author; the dash is the title's
  own); 201 writes ``Theorems for free! = Philip Wadler`` (``=`` for ``-``); 46 ends with a stray ``]``.
- 29 ``[Type systems (fits on the PL section)]`` (Cardelli's handbook chapter): the parenthetical is the list-writer's
  comment, dropped; 258 ``Learning a Manifold of Fonts (Interactive Demo)`` (the SIGGRAPH paper's demo page): the
  ``(Interactive Demo)`` tag dropped.
- 81 ``[Gilles Castel's thesis on Morse Theory]`` is a thesis named only by description: an entry with title None.
- 45 keeps the writer's ``the search for link``; 417 ``Surpressed`` typo kept.

Decisions (judgement per bullet; this is the point of the file):
- Entries (86): journal/conference papers, arXiv preprints (including arXiv lecture-note preprints 251/252 and the
  SciPost lecture notes 57), theses (81, 294, 394), tech reports (278 INRIA, 329 Cambridge TR, 242 MIT SCHEME-79 chip
  paper), book chapters (29, 42 Feynman's Dirac lecture, 271, 273, 340, 420 Dyson's Maxwell essay), a Distill article
  (260), a Turing lecture published in CACM (164), two Portuguese academic articles under Essays (336, 337), and papers
  named through a project page (257 Thinking Like Transformers, 258).
- Not entries: home pages, blogs and blog posts (55 n-Category Cafe, 180, 248...), courses and unpublished lecture
  notes (52 Schroeder's QM notes, 92, 111), online books (24, 31, 32, 188), books and monographs (all ``**Books**``
  bullets, 100 Shaw's Aerial Press monograph, 158 the TDA book, 404 Kipnis), magazine essays (335, 338, 390, 399),
  tools, archives, videos, MathOverflow, and headings/pseudo-headings/group lines (37 ``The works of E. T. Jaynes``,
  199, 387).
- Title = link text or plain text before the first `` - `` (or `` = ``), markup and the stray ``]`` removed.
"""
import re

from _wild53 import entry, read_lines, write_truth

NAME = "AR0E__ar0e.github.io___pages__reading-list@f6e1a74.md"
PART = "wild53_development"

BULLET = re.compile(r"^\s*- (?P<body>.+?)\s*$")
LINKED = re.compile(r"^\[(?P<text>[^\]]+)\]\((?P<url>[^)]*)\)$")
ENTRIES = [
    20, 29, 36, 38, 39, 42, 43, 44, 45, 46, 47, 48, 53, 54, 56, 57, 58, 59,
    81, 86, 87, 88, 89, 90, 91,
    160, 164, 165, 173, 174, 195, 197, 201, 203, 204, 229, 230, 231,
    237, 242,
    250, 251, 252, 254, 255, 257, 258, 260,
    266, 271, 272, 273, 275, 276, 277, 278, 279, 280, 281, 282, 283, 288, 291, 292, 294, 295, 296,
    329, 330,
    336, 337, 340, 341,
    394, 403, 405, 415, 416, 417, 418, 420, 421, 426, 427, 428, 430,
]
NO_TITLE = {81}
WHOLE = {330}  # " - " is the title's own subtitle dash (Massalin: "Superoptimizer - A Look at the Smallest Program")
COMMENTS = {29: " (fits on the PL section)", 258: " (Interactive Demo)"}


def title_of(n: int, body: str) -> str | None:
    m = LINKED.match(body)
    text = m.group("text") if m else body
    if n in NO_TITLE:
        return None
    text = text.rstrip("]")
    if n in COMMENTS:
        assert text.endswith(COMMENTS[n]), (n, text)
        text = text[: -len(COMMENTS[n])]
    if n not in WHOLE:
        text = re.split(r" [-=] ", text, maxsplit=1)[0]
    assert not re.search(r"[\[\]*`]|https?:", text), (n, text)
    return text


def main() -> None:
    lines = read_lines(NAME)
    assert lines[2] == 'title: "The Definitive Reading List"'
    papers = []
    for n in ENTRIES:
        m = BULLET.match(lines[n - 1])
        assert m, (n, lines[n - 1])
        papers.append(entry(lines, n, n, title_of(n, m.group("body"))))
    # every arXiv link of the file is an entry
    arx = {n for n, ln in enumerate(lines, 1) if "arxiv.org" in ln}
    assert arx <= set(ENTRIES), arx - set(ENTRIES)
    t = {p["line"]: p for p in papers}
    assert t[29]["title"] == "Type systems", t[29]
    assert (t[36]["title"], t[36]["arxiv"]) == ("The Square Cat", "0801.0926"), t[36]
    assert t[45]["title"] == "Information, physics, quantum: the search for link", t[45]
    assert t[46]["title"] == "Bringing Home the Atomic World", t[46]
    assert t[81]["title"] is None, t[81]
    assert t[201]["title"] == "Theorems for free!", t[201]
    assert t[258]["title"] == "Learning a Manifold of Fonts", t[258]
    assert (t[230]["arxiv"], t[427]["arxiv"]) == ("2408.10234", "2008.07655")
    assert t[394]["title"] == "Otaku Engagements: Subucultural Appropriation of Science and Technology", t[394]
    assert t[330]["title"] == "Superoptimizer - A Look at the Smallest Program", t[330]
    assert t[428]["title"] == "Into the Portal: Directable Fractal Self-Similarity", t[428]
    assert len(papers) == 86, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Judgement per bullet of a mixed personal reading list (pages, blogs, courses, tools, books, essays and papers):"
        " 86 bullets naming a research work (paper, arXiv preprint, thesis, tech report, book chapter, Distill article)"
        " are entries, listed by line in the script; books, monographs, unpublished lecture notes, online books, blogs,"
        " essays in magazines, pages, tools and pseudo-headings are not. Title = link text or plain text before the first"
        " ' - ' (' = ' once; 330 kept whole, its dash is the title's), the writer's parenthetical comments on 29/258 and the stray ']' on 46 dropped; 81 (a thesis"
        " named only by description) has title None.",
        "Read all 435 lines and classified every bullet by eye (using what I know of each work: e.g. 43 Ohanian AJP, 237"
        " Wigner-Bardeen Phys. Rev., 278 INRIA report, 294 Filkins thesis, 329 Cambridge TR, 340 chapter, 394 ProQuest"
        " dissertation, 417 Galison); compared -v for all 86 entries (titles, split on ' - ', 201 '=', comments dropped);"
        " checked every arXiv link is an entry and yields its id; doubtful calls noted in the docstring (44 no author,"
        " 52 notes excluded, 251/252 arXiv lecture notes included, 258 demo page, 336/337 Portuguese articles, 420 Dyson"
        " essay).",
    )


if __name__ == "__main__":
    main()
