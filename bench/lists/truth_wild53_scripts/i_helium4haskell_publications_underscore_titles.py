"""Wild53 truth for Helium4Haskell/helium PUBLICATIONS.md: the publications page of the Helium compiler (a Haskell
compiler for teaching, Utrecht University, known for its type error messages), a project bibliography of papers,
theses and a technical report about Helium, newest commit (eab86f4, 2019-08-29).

Shape: 28 lines (line 5 is a single space, 28 three spaces), 2.9 KB.  Two lines of prose (1-2) with no heading
above them, then three ``###`` sections, each a list of ``   * `` bullets indented by three spaces, one reference per
bullet, in APA-like style: ``Surname, I., & Surname, I. (Year). _Title_. Venue ...``, the title in underscore
emphasis.  General publications (4; bullets 6-8), type inference publications (10; prose 12-13 runs straight into
bullets 14-18 without a blank line), theses and reports (20; prose 22; bullets 24-27).

Special cases:
- 7, 8 ``_Functioneel Programmeren met Helium_ (in Dutch)``, ``_Gebruiksvriendelijke Compiler voor het Onderwijs_
  (in Dutch)``: Dutch titles with an ``(in Dutch)`` note after the emphasis (not title text).
- 15 editors' names carry HTML entities (``Horv&aacute;th``, ``Zs&oacute;k``), outside the title.
- 25 ``_The &lambda; Abroad &#8211; A Functional Approach to Software Components_``: HTML entities inside the title
  (rendered ``The λ Abroad – A Functional ...``); the truth keeps the rendered characters.
- 24-27 theses and a technical report: ``(Ph D thesis)``, ``(technical report UU-CS-2005-055)``, ``(M Sc thesis)``
  after the title; 24-26 end with an ``[info](url)`` link to a home page (no ids).  Theses and a tech report are
  research works, so they are entries.
- No arXiv ids and no DOIs anywhere in the file.

Decisions:
- Entry = every ``   * `` bullet (12), one line each; title = the text inside the first ``_..._`` emphasis.
- Not entries: the prose (1-2, 12-13, 22) and the ``###`` headings.
"""
import re

from _wild53 import entry, read_lines, write_truth

NAME = "Helium4Haskell__helium__PUBLICATIONS@eab86f4.md"
PART = "wild53_development"

ITEM = re.compile(r"^   \* (?P<authors>[^_]+?) \((?P<year>\d{4})\)\.\s+_(?P<title>[^_]+)_(?P<rest>.*)$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0].startswith("If you are interested in what is behind Helium")
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.lstrip().startswith("* "):
            continue
        m = ITEM.match(ln)
        assert m, (n, ln)
        papers.append(entry(lines, n, n, m.group("title")))
    assert len(papers) == 12, len(papers)
    assert [p["line"] for p in papers] == [6, 7, 8, 14, 15, 16, 17, 18, 24, 25, 26, 27]
    t = {p["line"]: p for p in papers}
    assert t[6]["title"] == "Helium, for Learning Haskell", t[6]
    assert t[7]["title"] == "Functioneel Programmeren met Helium", t[7]
    assert t[14]["title"] == "Strategies for Solving Constraints in Type and Effect Systems", t[14]
    assert t[25]["title"] == "The \u03bb Abroad \u2013 A Functional Approach to Software Components", t[25]
    assert t[27]["title"] == "Repair Systems - Automatic Correction of Type Errors in Functional Programs", t[27]
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every three-space-indented '* ' bullet under the three ### sections is one reference and one entry (12:"
        " 6-8, 14-18, 24-27), papers, two PhD theses, a technical report and an MSc thesis alike; title = the"
        " underscore-emphasised _Title_, HTML entities rendered (25: 'The \u03bb Abroad \u2013 ...'); the '(in Dutch)'"
        " and '(Ph D thesis)' notes, authors, year, venue and [info] links are not title; prose and headings are"
        " not entries.",
        "Read all 28 lines; compared -v with all 12 bullets: Dutch titles 7-8 without '(in Dutch)', editors'"
        " entities on 15 outside the title, entities decoded in 25, the prose line 13 running into bullet 14, thesis"
        " and report bullets 24-27; no arXiv ids or DOIs in the file.",
    )


if __name__ == "__main__":
    main()
