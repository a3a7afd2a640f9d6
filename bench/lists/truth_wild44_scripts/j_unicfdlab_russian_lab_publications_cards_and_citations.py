"""Wild44 truth for unicfdlab/Portfolio 2_Наши_работы/3_Труды_и_публикации/Ru/Ru-OurWorkAndPublications.md (newest
commit 4ca0fea, file last changed in f650300): the Russian publication page (``Наши работы и публикации``) of
UniCFD, the ISP RAS lab developing OpenFOAM solvers, 497 lines (no final newline), starting with a UTF-8 BOM.

Shape: a setext title and ``Статьи`` heading, then one block per year under a bold year line (``**2020**`` ..
``**2011**``), blocks separated by long ``-----`` rules.  Three record shapes, by period:
- 2020 (8-20) and the start of 2019 (25-28): numbered GOST-like citations, ``4. Рязанов Д.А., ... Е.В.
  Бигармонические аттракторы внутренних гравитационных волн. "Известия ..."``, with initials before or after
  surnames (``В.Н. Корчагова, ...``), English ones (``A. Epikhin and M. Kraposhin. Prediction of ...``), a tab
  after some numbers and initials (``1.\\t``, ``A.\\tVodeniktov``), DOIs written ``DOI: 10.15514/ISPRAS–2020–32(4)–16``
  (en dashes) or as a doi.org URL (13); the ISSN of 11 sits on the next line (12), that of 25 after a blank line
  (27); 13 puts a comma, not a stop, after the authors.
- 2019-2011 cards: ``<a href="url"> Title.</a>`` (href often empty or a single space, URLs with spaces inside the
  quotes), a blank line, ``*Authors*`` in italics, then optionally ``Ссылка: <full citation>`` (Ссылка = reference)
  and an English or Russian abstract paragraph; 2017 cards mark English papers ``(in English)`` inside the link text
  (380, 389), 311 puts the journal inside it (``... technologies. Supercomputing Frontiers and Innovations``).
- Two 2018 records (145-157, 160-173) start ``М.В. Крапошин <a href="...pdf"> Title. Труды Института ... DOI:
  10.15514/....`` with an ``<a>`` that is never closed, then repeat the title as a plain line, list authors with
  affiliations, ``Аннотация. ...``, ``Издание:`` / the journal, ``DOI: ...`` and ``ISSN: ...``, closed by ``------``.
Abstracts are long single lines; one (429) ends with an inline ``<a href="https://github.com/unicfdlab">`` link to
the lab's GitHub.  Two records with near-identical titles are different works (337 a conference paper, 344 the
journal article), as are 46 and 80 (the Russian paper and its English translation in the translated journal).

Entries (68): the 13 numbered citations and the 55 cards/records (every line starting with ``<a href`` or with
authors followed by ``<a href``); all are journal articles, conference papers or abstracts (334, a conference
abstract book) or preprints (13).  Not entries: the GitHub link inside the abstract 429, headings, year lines, rules.
Spans: a numbered citation is its line, plus its ISSN line (11-12, 25-27); a card runs from its ``<a`` line to the
last non-blank line before the next card, rule or year line (so its authors, Ссылка citation and abstract belong to
it).
Titles: numbered citations -- the text between the author block and the venue (listed in TITLES and checked to
follow the authors); 19 keeps its second sentence ``In Memory of Prof. Jose Manuel Redondo Apraiz``, part of the
published title; cards -- the link text without the final ``.`` and without the ``(in English)`` note, 311 without
the journal; 145/160 -- the link text up to ``. Труды``.  Spelling as written (``in uence`` 389, ``аэроди намических``
353, the double space of 458 collapsed).
Ids: the DOIs the entries' lines give (``DOI:``/``doi:`` text, doi.org and publisher URLs such as
aip.scitation.org/doi/..., iopscience article paths, the SCITEPRESS ``Link.aspx?doi=`` parameter), lower-cased, 8's
kept with the en dashes it is written with, 348's as truncated in the file (``...-4-7-2``); no arXiv ids.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild44 import entry, read_lines, write_truth

NAME = "unicfdlab__Portfolio__2_Наши_работы__3_Труды_и_публикации__Ru__Ru-OurWorkAndPublications@4ca0fea.md"
PART = "wild44_development"

# numbered citations: line -> (last line, title)
TITLES = {
    8: (8, "Разработка решателя iceFoam для моделирования процесса обледенения"),
    9: (9, ("Экспериментальная оценка эффективности распараллеливания RKDG-метода для решения двумерных "
           "газодинамических задач")),
    10: (10, "Prediction of the Free Jet Noise Using Quasi-gas Dynamic Equations and Acoustic Analogy"),
    11: (12, "Бигармонические аттракторы внутренних гравитационных волн"),
    13: (13, ("Регуляризованные уравнения гидродинамики в задаче моделирования дискового насоса и их реализация в "
             "рамках программного комплекса OpenFOAM")),
    15: (15, "Toward to Usage of Regularized Stefan Problem Solution in Icing Modeling"),
    16: (16, ("On Implementation of Discontinuous Galerkin Scheme for Gas Dynamics Problems Using Open-Source "
             "Software")),
    17: (17, "Development of Snowyadefoam Solver for Snow Particles Simulation"),
    18: (18, "Comparison of Single-Velocity and Multi-Velocity Multiphase Models for Slope Flow Simulations"),
    19: (19, "The Multifractal Analysis in Geophysical Flows. In Memory of Prof. Jose Manuel Redondo Apraiz"),
    20: (20, "Investigating the Flow Conditioners Working Regimes Efficiency Using Numerical Simulations"),
    25: (27, ("Использование программного обеспечения с открытым исходным кодом при разработке систем "
             "автоматизированного проектирования РЛС")),
    28: (28, "RKDG method for 2D gas dynamics simulation on uniform rectangular meshes"),
}
NUMBERED = re.compile(r"^\d+\.[ \t]")
CARD = re.compile(r"^(?:[^<]*?\S )?<a href=\"[^\"]*\">(.*?)(?:</a>|$)")
STOP = re.compile(r"^(?:-{6,}|\*\*\d{4}\*\* ?)$")


def card_title(i: int, text: str) -> str:
    s = text.strip()
    if i in (145, 160):
        return s.split(". Труды", 1)[0]
    if i == 311:
        return s.split(". Supercomputing Frontiers", 1)[0]
    s = s.removesuffix("(in English)").strip()
    return s.removesuffix(".")


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 497 and lines[0].startswith("\ufeffНаши работы")
    numbered = [i for i, ln in enumerate(lines, 1) if NUMBERED.match(ln)]
    assert numbered == sorted(TITLES), numbered
    starts = {}
    for i, ln in enumerate(lines, 1):
        m = CARD.match(ln)
        if m and i != 429:
            starts[i] = m.group(1)
    assert len(starts) == 55 and '<a href="https://github.com/unicfdlab">' in lines[428]
    papers = []
    for i, (last, title) in TITLES.items():
        ln = lines[i - 1]
        k = ln.index(title)
        assert ln[k - 2: k] in (". ", ", "), (i, ln[k - 2: k])
        papers.append(entry(lines, i, last, title))
    assert lines[11].startswith("ISSN") and lines[26].startswith("ISSN") and not lines[25].strip()
    bounds = sorted(starts) + [len(lines) + 1]
    for k, i in enumerate(sorted(starts)):
        j = i + 1
        while j < bounds[k + 1] and not STOP.match(lines[j - 1]):
            j += 1
        end = j - 1
        while not lines[end - 1].strip():
            end -= 1
        papers.append(entry(lines, i, end, card_title(i, starts[i])))
    t = {p["line"]: p["title"] for p in papers}
    e = {p["line"]: p["end"] for p in papers}
    d = {p["line"]: p["doi"] for p in papers}
    assert t[30] == "Numerical Simulation of Internal Wave Attractors in Horizontally Elongated Domains with Sloping Boundaries"
    assert t[145] == ("Многомасштабный подход к моделированию сложных переходных процессов движения жидкостей в "
                      "технических системах") and e[145] == 157 and e[160] == 173
    assert t[311] == "Developing quasi-steady model for studying hemostatic response using supercomputer technologies"
    assert t[380] == ("Simulation of droplet impact onto a deep pool for large Froude numbers in different open-source "
                      "codes")
    assert t[389].endswith("vortex and source sheets in uence computation in 2D vortex methods")
    assert t[458] == ("Development of a Dynamic Library for Computational Aeroacoustics Applications Using the OpenFOAM "
                      "Open Source Package")
    assert t[493] == "Применение HPC-технологий для решения пространственных задач мультифизики" and e[493] == 497
    assert e[30] == 34 and e[123] == 125 and e[311] == 315 and e[396] == 401 and e[425] == 429 and e[462 - 4] == 462
    assert t[337] != t[344] and t[46] != t[80]
    assert d[145] == "10.15514/ispras-2018-30(6)-15" and d[98] == "10.1063/1.5133212", (d[145], d[98])
    assert not any(p["arxiv"] for p in papers)
    assert len(papers) == 68, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each numbered citation (2020 and the start of 2019; its ISSN line included) and each card -- a line "
        "starting with <a href...> or with authors then <a href...>, running to the last non-blank line before the "
        "next card, rule or year line -- is an entry (68); title = the text between author block and venue for "
        "citations (19 keeps 'In Memory of ...'), the link text without its final '.' or '(in English)' note for "
        "cards (311 without the journal, 145/160 up to '. Труды'); ids = the DOIs the lines give; the GitHub link "
        "in the abstract 429 is not an entry.",
        "Whole 497-line file read against the -v output: the 13 numbered citations and their title boundaries "
        "(initial-first and surname-first authors, tabs, the comma after the authors of 13, the ISSN lines 12 and "
        "27), all 55 cards (title, span end before the next card/rule/year, empty and space-only hrefs, the two "
        "unclosed <a> records 145/160 with their repeated title and Издание/DOI/ISSN lines, '(in English)' notes, "
        "the journal inside 311), the near-duplicates 337/344 and 46/80 kept apart, every DOI (en-dash DOI of 8, "
        "doi.org URL of 13, aip.scitation/iopscience URLs, the SCITEPRESS doi= parameter of 135).",
    )


if __name__ == "__main__":
    main()
