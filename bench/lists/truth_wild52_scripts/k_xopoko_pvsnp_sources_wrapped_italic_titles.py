"""Wild52 truth for Xopoko/Experiment-26_P_vs_NP docs/sources.md: the source list ("Sources and reference links",
section 17) of a one-person, AI-assisted notebook on P vs NP, newest commit (f18fceb, 2025-12-29).  The list was
written in Russian (``## 17. Источники и опорные ссылки``, headings ``**Обзоры ...**``, ``**Барьеры**``...) and the
commit 7743ea2 "Prepare for publication: translate and clean" (2025-12-29) machine-translated its headings into English
(hence ``**Unevenness (P/poly)**`` for "Неравномерность", ``**Schematic lower bounds**`` for "Схемные",
``**Interactive evidence and de-randomization**``, ``**NPcompleteness**`` with the non-breaking hyphen lost); the
newest commit, taken as the brief asks, is therefore English apart from those traces.

Shape: 140 lines, 11.6 KB.  ``## 17. Sources and reference links`` (1), then 14 bold pseudo-headings on their own
line (``**Reviews (status and context)**`` 15, ``**Barriers**`` 27, ``**Proof complexity**`` 48, ...) each followed by
``- `` bullets of the form ``Authors (year), *Title* (kind, PDF): ../resources/downloads/<file>.pdf``, sometimes with a
trailing pinpoint (``, p.9 “3SAT ≤P Clique”.`` 24, ``, Thm. 4.1 p.3.`` 34).  Every link is a bare relative path to a
local PDF (no URL, no arXiv id, no DOI anywhere), except the two Python-docs bullets (10-13) with https URLs.  Many
bullets wrap: the path alone on an indented continuation line (19-20, 36-37, ...), the italic title itself broken over
two lines (29-30 ``*Relativizing versus Nonrelativizing Techniques:`` / ``The Role of Local Checkability*``, 32-33,
41-42, 49-50, 125-126), or the title on the continuation line (79-81 Beame et al., whose author list fills line 79).
Author forms vary: initials (``L. Fortnow (2021)``), hyphenated nicknames (``Razborov–Rudich (1997)``,
``Baker–Gill–Solovay (1975)``, ``Ben‑Sasson–Wigderson (2001)``), a bare surname (``Haken (1985)``), an institution
(``University of Toronto (TSS, 2021)``), no year (43, 89).  A closing ``**Note.**`` paragraph (138-140).

Special cases:
- Repeat: Razborov (2023) *Propositional proof complexity* is listed under Barriers (38) and under Proof complexity
  (53): two entries.
- Citations whose PDF is someone else's lecture (28 Baker–Gill–Solovay -> Katz lecture; 77 Haken -> Toronto notes;
  102-103 Karp–Lipton -> Trevisan notes, path in backticks and parentheses): the entry is the cited paper.
- ``*P = NP*`` (17): Aaronson's survey is "P =? NP"; the file's title is kept as written.
- Line 115 ``R. O'Donnell (course/lectures; ...)`` has no italic title at all.

Decisions (what is an entry):
- Entry = a bullet citing a research work: paper, survey, technical report (ECCC, BRICS RS-96-25 98), Oberwolfach
  report (51), handbook/proceedings chapter (Pudlák 55, Buss 1995 41 and 1997 76).  55 entries.
- Not entries (19 bullets): the Clay problem page (4, no author or title), textbooks (Sipser 5, Goldreich 6,
  Arora-Barak 7, Krajíček 44, Cook-Nguyen 46), lecture notes, handouts and courses (Rao 8, Srba 25, Katz 31, de Haan
  32, de Wolf 89, Lauria 94, Toronto TSS 95, Trevisan 104, O'Donnell course 115 and lecture 116), Bläser-Ikenmeyer's
  *Introduction to Geometric Complexity Theory* (119, book-length lecture notes; borderline), the two Python
  documentation pages (10, 12).  The bold headings and the Note are not entries.
- Title = the text of the first ``*...*`` span of the bullet (line breaks inside it joined by a space); authors, year,
  the ``(PDF)``/``(ECCC ..., PDF)`` kind, the path and pinpoints are dropped.  first..last = the bullet line and its
  indented continuation lines.  No ids (the file holds none).
"""
import re

from _wild52 import entry, read_lines, write_truth

NAME = "Xopoko__Experiment-26_P_vs_NP__docs__sources@f18fceb.md"
PART = "wild52_development"

BULLET = re.compile(r"^- (?P<text>.+)$")
CONT = re.compile(r"^  \S")
HEADING = re.compile(r"^\*\*[^*]+\*\*$")
ITALIC = re.compile(r"\*(?P<title>[^*]+)\*", re.DOTALL)

# first lines of bullets that are not research works (textbooks, lecture notes, courses, documentation, Clay page)
NOT_PAPERS = {4, 5, 6, 7, 8, 10, 12, 25, 31, 32, 44, 46, 89, 94, 95, 104, 115, 116, 119}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "## 17. Sources and reference links"
    bullets: list[tuple[int, int]] = []
    for n, ln in enumerate(lines, 1):
        if BULLET.match(ln):
            bullets.append((n, n))
        elif CONT.match(ln):
            assert bullets and bullets[-1][1] == n - 1, (n, ln)
            bullets[-1] = (bullets[-1][0], n)
        else:
            assert ln == "" or HEADING.match(ln) or n == 1 or n >= 138, (n, ln)
    assert len(bullets) == 74, len(bullets)
    papers = []
    for first, last in bullets:
        if first in NOT_PAPERS:
            continue
        text = "\n".join(lines[first - 1 : last])
        m = ITALIC.search(text)
        assert m, (first, text)
        title = " ".join(m.group("title").split())
        papers.append(entry(lines, first, last, title))
    assert len(papers) == 55, len(papers)
    t = {p["line"]: p for p in papers}
    assert t[17]["title"] == "P = NP", t[17]
    assert t[29]["title"] == "Relativizing versus Nonrelativizing Techniques: The Role of Local Checkability", t[29]
    assert (t[29]["line"], t[29]["end"]) == (29, 30)
    assert t[38]["title"] == t[53]["title"] == "Propositional proof complexity"
    assert t[79]["title"] == "Exponential Lower Bounds for the Pigeonhole Principle", t[79]
    assert t[79]["end"] == 81
    assert t[102]["title"] == "Some connections between nonuniform and uniform complexity classes", t[102]
    assert t[135]["title"] == "Hardness vs. Randomness", t[135]
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Walked the 74 '- ' bullets (each with its indented continuation lines); an entry is a bullet citing a research"
        " work (paper, survey, ECCC/BRICS technical report, Oberwolfach report, handbook or proceedings chapter): 55."
        " Not entries: textbooks (Sipser, Goldreich, Arora-Barak, Krajicek, Cook-Nguyen), lecture notes/handouts/courses"
        " (Rao, Srba, Katz, de Haan, de Wolf, Lauria, Toronto TSS, Trevisan, O'Donnell x2, Blaser-Ikenmeyer GCT notes),"
        " the Clay problem page and two Python documentation pages. Title = the first *italic* span, line breaks inside"
        " it joined; the Razborov 2023 repeat (38/53) is two entries; no ids exist in the file.",
        "Read all 140 lines; compared -v against every bullet: titles wrapped over two lines (29-30, 32-33 excluded,"
        " 41-42, 49-50, 125-126), title on the continuation line (79-81), paths alone on continuation lines, pinpoint"
        " tails after the path (24, 25, 34, 35), backticked paths in parentheses (28, 77, 102-103), the written title"
        " 'P = NP' (17), the repeat 38/53; checked each of the 19 excluded bullets is a textbook, lecture/notes, course,"
        " documentation page or the Clay page.",
    )


if __name__ == "__main__":
    main()
