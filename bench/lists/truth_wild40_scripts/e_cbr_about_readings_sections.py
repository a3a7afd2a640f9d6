"""Wild40 truth for CaseBasedReasoning/About readings.md: "CBR Readings", the reading page of the case-based
reasoning community's site (the starting readings it recommends to newcomers, the journal special issues, the
best-paper winners of ICCBR/ECCBR and other conferences, and the field's dissertations).  Not a course page
but the community's curriculum-style reading list.

Shape: ``#`` title and one prose line (1-2), then five ``##`` sections of ``-`` bullets, all plain text (the
only link is on line 2): "Introductory Publications" (6-16), author-first references ``Authors (year): Title.
Venue`` (once ``(2008) Title`` without the colon, 15; once ``Title, in Editors (eds.), Book`` 8; a chapter
``Introduction to: Case-Based Reasoning Technology, ed. M. Lenz, ...`` 9); "Journal Special Issues" (20-34),
``year: Editors (Eds.) (year). Special issue on ... Journal, vol(issue), pages.``; "Best Paper Award Winners
(ICCBR/ECCBR)" (39-80), a top bullet per conference year with indented sub-bullets ``Authors: Title. Pp. x-y in
the proceedings. doi:10.1007/...`` (a bare DOI without ``doi:`` 40; ``DOI: `` 63; a doubled prefix
``doi:10.1007/10.1007/978-...`` 44; the proceedings' DOI ``10.1007/b99702`` on both 2004 papers 54-55; the 1999
winners prefixed ``Outstanding Technical Paper:`` / ``Outstanding Application Paper:`` 67-68) and
``To be posted`` / ``None awarded`` lines unindented or as a top bullet (65, 70, 72, 74, 76, 78, 80); "Best Paper
Award Winners (Other than ICCBR/ECCBR)" (84-91), top bullets naming the award over sub-bullets with the paper
in APA style (85, 87), ``Authors: Title. In Proceedings`` (89) or a quoted title (91); "Dissertations
(alphabetized)" (95-131), ``Surname, Given: Title. Thesis ...`` or ``Surname, Given. Title, PhD Dissertation,
...`` or ``Surname, Given: Title (year), University`` or ``Surname, Given: Title, Kaiserslautern, year.``;
titles in German, Catalan and English; line 128 names two dissertations (Tartakovski's, then ``Babak Mougouie:
Integration of ... Trier 2009.`` run into the same bullet).  Stray ``- -`` inside author lists (7, 8, 13).

Decisions:
- Introductory Publications: each bullet is an entry (articles, conference papers, and chapters of edited
  books and handbooks: 7, 9, 10, 14).  Title = the text after ``(year):`` (or ``(year)`` on 15) up to the
  ``. `` before the venue (``, in`` on 8).  Line 9 writes ``Introduction to: Case-Based Reasoning Technology,
  ed. M. Lenz, ...``: the chapter is the book's introduction and ``Case-Based Reasoning Technology`` is the
  book (LNAI 1400, the venue), so the title is ``Introduction``.
- Journal Special Issues: not entries (each is an edited issue, a collection, not one work).
- Best-paper sections: each paper sub-bullet is an entry (17 + 4); the conference / award top bullets and the
  ``To be posted`` / ``None awarded`` lines are not.  Title = the text after the authors' ``: `` (after the
  ``Outstanding ... Paper:`` label and the authors on 67-68) up to ``. Pp.``, ``. doi:``, ``. DOI:``, ``. ICCBR``
  or a final '.'; APA bullets 85, 87: after ``(year). `` up to ``. Proceedings``; 91: the quoted title.
- Dissertations: each bullet is an entry (theses); 128 is two entries on the same line.  Title = after the
  name (``Surname, Given:`` or ``Surname, Given.``) up to `` (year)`` or the ``. ``/``, `` before ``Thesis``,
  ``PhD``, a university town (Kaiserslautern, Trier, Calgary), ``Lehigh``, ``Monografies`` or
  ``Enginyeria``.  Titles keep the file's spelling (``Knowlegde`` 130) and 122's subtitle as written
  (``Knowledge Maintenance of Case-Based Reasoning Systems, - The SIAM Methodology -``).
- Ids: the DOI text of the entry's line as written (so 44 keeps the doubled ``10.1007/10.1007/...`` prefix and
  54-55 the proceedings' ``10.1007/b99702``); no arXiv ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild40 import entry, read_lines, write_truth

NAME = "CaseBasedReasoning__About__readings@44b8e28.md"
PART = "wild40_development"

INTRO_END = re.compile(r"\.\s|, in ")
AWARD_END = re.compile(r"\.\s+(?:Pp\.|doi:|DOI:|ICCBR|In Proceedings|In: Proceedings|Proceedings)|\.$")
THESIS_END = re.compile(
    r"\s\((?:19|20)\d\d\)|[.,]\s+(?:Thesis|PhD|Kaiserslautern|Trier|Calgary|Lehigh|Monografies|Enginyeria)"
)


def section_of(lines: list[str]) -> dict[str, tuple[int, int]]:
    heads = [(i, ln[3:].strip()) for i, ln in enumerate(lines, 1) if ln.startswith("## ")]
    out = {}
    for k, (i, name) in enumerate(heads):
        end = heads[k + 1][0] - 1 if k + 1 < len(heads) else len(lines)
        out[name] = (i + 1, end)
    return out


def cut(text: str, end: re.Pattern[str]) -> str:
    m = end.search(text)
    assert m, text
    return text[: m.start()]


def main() -> None:
    lines = read_lines(NAME)
    sec = section_of(lines)
    assert list(sec) == ["Introductory Publications", "Journal Special Issues",
                         "Best Paper Award Winners (ICCBR/ECCBR)",
                         "Best Paper Award Winners (Other than ICCBR/ECCBR)", "Dissertations (alphabetized)"], sec
    papers = []

    a, b = sec["Introductory Publications"]
    for n in range(a, b + 1):
        ln = lines[n - 1]
        if not ln.startswith("- "):
            continue
        m = re.search(r"\((?:19|20)\d\d\):? ", ln)
        assert m, n
        rest = ln[m.end():]
        title = "Introduction" if n == 9 else cut(rest, INTRO_END)
        papers.append(entry(lines, n, n, title))
    assert len(papers) == 11, len(papers)

    a, b = sec["Journal Special Issues"]
    assert sum(1 for n in range(a, b + 1) if lines[n - 1].startswith("- ")) == 15

    for name in ("Best Paper Award Winners (ICCBR/ECCBR)", "Best Paper Award Winners (Other than ICCBR/ECCBR)"):
        a, b = sec[name]
        for n in range(a, b + 1):
            ln = lines[n - 1]
            if not ln.startswith("  - "):
                continue
            text = ln[4:].strip()
            if n in (85, 87):
                rest = re.split(r"\((?:19|20)\d\d\)\. ", text, maxsplit=1)[1]
                title = cut(rest, AWARD_END)
            elif n == 91:
                title = re.search(r"\"([^\"]+)\"", text).group(1)
            else:
                text = re.sub(r"^Outstanding (?:Technical|Application) Paper: ", "", text)
                title = cut(text.split(": ", 1)[1], AWARD_END)
            papers.append(entry(lines, n, n, title))
    assert len(papers) == 11 + 17 + 4, len(papers)

    a, b = sec["Dissertations (alphabetized)"]
    for n in range(a, b + 1):
        ln = lines[n - 1]
        if not ln.startswith("- "):
            continue
        text = ln[2:]
        colon = text.find(": ")
        dot = re.search(r"(?<![ .][A-Z])\. ", text)
        if n == 104:  # "Cox, Michael T. Introspective ...": the initial's dot is the separator
            rest = text.split("T. ", 1)[1]
        elif colon != -1 and (dot is None or colon < dot.start()):
            rest = text[colon + 2:]
        else:
            rest = text[dot.end():]
        if n == 128:  # "Tartakovski, Alexander: Reasoning with Generalized Cases. Trier 2008 Babak Mougouie: ..."
            first, second = re.match(r"(.+?)\. Trier 2008 Babak Mougouie: (.+?)\. Trier 2009\.$", rest).groups()
            papers.append(entry(lines, n, n, first))
            papers.append(entry(lines, n, n, second))
            continue
        papers.append(entry(lines, n, n, cut(rest, THESIS_END)))
    assert len(papers) == 32 + 38, len(papers)

    t = {p["line"]: p["title"] for p in papers}
    assert t[8] == "Similarity Metrics: A Formal Unification of Cardinal and Non-Cardinal Similarity Measures", t[8]
    assert t[9] == "Introduction" and t[15] == "Case-Based Plan Adaptation: An Analysis and Review", t
    assert t[10] == "Fallbasiertes Schließen" and t[14] == "Similarity", t
    assert t[67] == "Bootstrapping Case-Based Development with Annotated Case Summaries", t[67]
    assert t[89] == "A Distributed Case-Based Reasoning Application for Engineering Sales Support", t[89]
    assert t[91] == "Remembering to Forget: A Competence-Preserving Deletion Policy for Case-Based Reasoning"
    assert t[104] == "Introspective Multistrategy Learning: Constructing a Learning Strategy under Reasoning Failure"
    assert t[110].startswith("An Integrative Framework") and t[98] == "The Noos Representation Language", t
    assert t[100].endswith("zur effizienten Unterstützung von Entwurfsaufgaben"), t[100]
    assert t[121] == "Action Selection in Cooperative Robot Soccer using Case-Based Reasoning", t[121]
    d = {p["line"]: p["doi"] for p in papers}
    assert d[40] == "10.1007/978-3-642-14274-1_15" and d[44] == "10.1007/10.1007/978-3-540-85502-6_16", d
    assert d[54] == d[55] == "10.1007/b99702" and d[63] == "10.1007/3-540-44593-5_26", d
    assert sum(1 for p in papers if p["doi"]) == 15, sum(1 for p in papers if p["doi"])
    assert all(p["arxiv"] is None for p in papers)
    assert len(papers) == 70, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every bullet of 'Introductory Publications' (articles, papers, book and handbook chapters), every paper"
        " sub-bullet of the two best-paper sections and every dissertation bullet is an entry (line 128 names two"
        " dissertations: two entries); the journal special issues, the conference/award top bullets and the"
        " 'To be posted' / 'None awarded' lines are not; title = the text between the authors/name and the venue,"
        " thesis or proceedings details ('Introduction' for the book introduction of line 9); ids = the DOI text"
        " as written.",
        "All 131 lines read; each of the 70 entries compared with the -v output: the 11 introductory references"
        " (the ', in' cut of 8, the book introduction of 9, the colon-less '(2008)' of 15, the chapters 7, 10,"
        " 14), the 15 special issues (left out), the 17 ICCBR/ECCBR winners (the bare DOI 40, the doubled-prefix"
        " DOI 44, the shared proceedings DOI 54-55, 'DOI:' 63, the 'Outstanding ... Paper:' labels 67-68, the"
        " 'To be posted' lines and the top bullet 74), the 4 other winners (APA 85, 87; 89; quoted 91) and the 38"
        " dissertation entries with their German and Catalan titles, the '. ' name separators (104, 105, 119, 121,"
        " 124), the '(year)' cuts (98, 99, 102, 106, 112, 113, 115), the two theses of 128 and 122's subtitle.",
    )


if __name__ == "__main__":
    main()
