"""Wild41 truth for moomoofarm1/awesome-neural-manifolds README.md: a researcher's awesome list of neural /
psychological manifolds (neural population geometry, representational geometry, attractor dynamics, manifold
learning in psychopathology and psychometrics, LLM and deep-network representation alignment); newest commit
(3377ce5, 2026-08-16).  Topic note: the list sits between computational neuroscience, psychology and
representation learning, not a pure machine-learning list.

Shape: ``# Awesome neural/psychological manifolds`` (1), an intro saying the list is alphabetical "in APA
citation style" (3), then two numbered lists, both starting at ``0.``, one record per line: 5-73 (0-68) and,
under ``## Psychological manifolds originated from psychophysics`` (76) with a blockquoted historical note
(78), 80-109 (0-28, the number 26 used twice: 106, 107).  Each record is ``N. [APA reference](url)`` -- the
whole reference, authors to pages, is the link text -- optionally followed by an HTML italic note ``<i>...</i>``
(some notes hold a link or a URL: 14 ``[EPHATE git repo](...)``, 37 a worldvaluessurvey URL).  Record 0 of the
first list (5) starts with a bold description ``**The FAMOUS Mel Scale ... cochlear**:`` before its link.  In
the first list the journal is plain text (``Journal of neuroscience, 38(44), 9471-9485.``); in the second the
journal and volume are italic (``*Psychological Review, 34*(4), 273–286.``), except 106; 80-81 italicise book titles.
Author lists may be cut with ``...`` (``... & Baca-García, E.``); years may carry a letter (``2024a``).  A
closing bold line (113) sums up the "conceptual progression" (not an entry).

Decisions:
- Every numbered record is an entry on its line, except 80 (Fechner 1860, *Elemente der Psychophysik*, a book,
  openlibrary link) and 81 (Wundt 1874, *Grundzüge der physiologischen Psychologie*, a book): 69 + 28 = 97
  entries.  Line 37 (Inglehart & Welzel, "The WVS cultural map of the world. World Values Survey, 22", linking a
  PDF) is kept as the reference the list writes.  The Stevens 1937 Mel-scale paper is listed twice (5 and 83):
  two entries.
- Title = the APA title: the text after ``(year). `` up to the ``. `` (or ``? ``) that ends it, before the
  journal -- the second list: up to the `` *`` of the italic journal (106, whose journal is not italic, as in the
  first list), final '.' dropped.  The bold description
  of record 0 (5), the authors, journal, volume, pages and the italic notes are not part of it.  Titles keep
  their own colons and subtitles (``Second-order isomorphism of internal representations: Shapes of states``,
  ``The analysis of proximities: Multidimensional scaling with an unknown distance function. I``).
- Ids from the record's link: doi.org links and publisher URLs that hold a DOI (science.org/doi, pnas.org/doi,
  link.springer.com/article, journals.sagepub.com/doi, tandfonline, royalsocietypublishing, MIT Press
  direct.mit.edu ``10.1162/imag_a_00170``); the arXiv links of lines 47 (2605.08142) and 66 (2410.12450); nature.com, sciencedirect pii,
  cell.com, cambridge.org, psycnet and pubmed links give none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild41 import entry, read_lines, write_truth

NAME = "moomoofarm1__awesome-neural-manifolds__README@3377ce5.md"
PART = "wild41_development"

REC = re.compile(r"^(\d+)\. (?:\*\*.+?\*\*: )?\[(.+?)\]\((\S+)\)")
YEAR = re.compile(r"\((\d{4}[a-z]?)\)\. ")
BOOKS = {80, 81}


def title_of(ref: str, second: bool) -> str:
    y = YEAR.search(ref)
    assert y, ref
    rest = ref[y.end() :]
    if second and " *" in rest:
        return rest[: rest.index(" *")]
    m = re.search(r"[.?] (?=[A-Z]|arXiv )", rest)
    assert m, ref
    return rest[: m.start() + (1 if rest[m.start()] == "?" else 0)]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    numbered = 0
    for i, ln in enumerate(lines, 1):
        if not re.match(r"^\d+\. ", ln):
            continue
        numbered += 1
        m = REC.match(ln)
        assert m, (i, ln[:80])
        if i in BOOKS:
            continue
        papers.append(entry(lines, i, i, title_of(m.group(2), i >= 80)))
    assert numbered == 99, numbered
    assert len(papers) == 97, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every numbered 'N. [APA reference](url) <i>note</i>' line of the two lists is one entry (97), title = the APA"
        " title between '(year). ' and the journal (the italic journal in the second list), final '.' dropped; the"
        " bold description of record 0 and the notes are not part of it; the Fechner and Wundt books (80, 81) are"
        " not entries; the repeated Stevens 1937 paper (5, 83) is two entries.",
        "Whole 113-line file read; all 99 numbered lines compared with the -v output: titles against the link texts"
        " (incl. the bold-prefixed record 5, the '... &' author lists, '2024a'/'2024b' years 105/106, the duplicate"
        " number 26 on 106/107, the 'Multidimensional scaling ... function. I' title 88, the trailing-space link"
        " text 21), the books 80/81 left out, the WVS map record 37 kept; ids: doi.org and publisher DOI URLs, the"
        " arXiv link of 47, none from nature.com, pii, cell.com, cambridge, psycnet or pubmed links, and none taken"
        " from the italic notes.",
    )


if __name__ == "__main__":
    main()
