"""Wild47 truth for OSU-HPCC/publications ``pubs.md``: the publication list of Oklahoma State University's
High-Performance Computing Center (research by its users, all fields: genomics, chemistry, physics, operations
research, ecology, ...), the Markdown list behind the center's web page.  The file was deleted when the center moved
to BibTeX/LaTeX (faeddfb, 2018-01-25, "Start using Git to track publications"), so the commit taken is the last one
holding it: 4a76d18 (2018-01-25, "Change NEUP to Technical Report").  The list was produced from a spreadsheet by a
script of the repository (``old_stuff/generate_pubs.py``), so its lines are uniform.

Shape: 234 lines, 51 KB.  Two blank lines, then ``# YEAR`` headings (``# 2018`` 3 down to ``# 2008`` 231) and under
each ``## Articles`` and/or ``## Presentations`` (plus one ``## NEUP Projects``, 135), each holding `` + `` bullets (a
space, then the ``+`` marker), one line each, APA style:
- article: `` + Authors (YEAR). Title. *Journal, vol*(issue), pages. DOI: [10.x/y](https://doi.org/10.x/y).``
- presentation: `` + Authors (YEAR, Month). *Title.* Presented at <meeting>, City, ST.``
- NEUP technical report (136): `` + Authors (2014). *Title (No. DOE/NEUP--09-818)*. Univ. of Texas, ...; ... DOI: ...``

Special cases:
- Titles ending in ``?`` mid-title (24 ``Can Incomplete Knowledge ... Modelling? A Case Study with Virtual Species``, 31
  ``Where to Drill? The Petroleum Industry's Response ...``): the title runs to the ``. *`` that opens the journal.
- Titles with ``L.``/``Peyr.,``/``L.(Sapindaceae)`` inside (59, 228), ``O157: H7`` (47, 165), ``SO (10)`` (16, 46).
- DOIs with parentheses (``10.1007/JHEP02(2017)136`` 16) and with a stray final dot inside the link
  (``10.1007/s10822-016-9961-9.`` 48, also 51, 67); eight articles have no DOI (63, 186, 187, 204, 205, 208, 209,
  222).
- Presentations (23) are talks and posters at meetings, listed on this publication page as research output with their
  own titles: they are counted as entries (the brief's "a lab's talks on its publication page" case).
- The NEUP technical report's italic title carries its report number ``(No. DOE/NEUP--09-818)``: dropped from the
  title.

Decisions:
- Entry = every `` + `` bullet (175: 151 articles, 23 presentations, 1 technical report), one line each.
- Title: for articles the text after ``(YEAR).`` up to the first ``. *``; for presentations and the report the first
  ``*...*`` italic after the date, its final dot and the report number dropped.
- Not entries: year and type headings, the blank lines.
"""
import re

from _wild47 import entry, read_lines, write_truth

NAME = "OSU-HPCC__publications__pubs@4a76d18.md"
PART = "wild47_development"

BULLET = re.compile(r"^ \+ (?P<authors>.+?) \((?P<year>\d{4})(?:, (?P<month>[A-Z][a-z]+))?\)\. (?P<rest>.+)$")
ITALIC = re.compile(r"^\*(?P<title>[^*]+)\*")
REPORT_NO = re.compile(r"\s\(No\. [^)]+\)$")
KINDS = {"## Articles": "article", "## Presentations": "presentation", "## NEUP Projects": "report"}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "" and lines[1] == "" and lines[2] == "# 2018"
    papers = []
    kinds: dict[str, int] = {}
    year = kind = None
    for n, ln in enumerate(lines, 1):
        if re.match(r"^# \d{4}$", ln):
            year, kind = int(ln[2:]), None
            continue
        if ln.startswith("## "):
            kind = KINDS[ln]
            continue
        if not ln.strip():
            continue
        m = BULLET.match(ln)
        assert m and kind, (n, ln)
        assert int(m.group("year")) == year, (n, ln)
        assert (m.group("month") is not None) == (kind == "presentation"), (n, ln)
        rest = m.group("rest")
        if kind == "article":
            cut = rest.find(". *")
            assert cut > 0 and not rest.startswith("*"), (n, ln)
            title = rest[:cut]
        else:
            it = ITALIC.match(rest)
            assert it, (n, ln)
            title = REPORT_NO.sub("", it.group("title").strip())
        papers.append(entry(lines, n, n, title))
        kinds[kind] = kinds.get(kind, 0) + 1
    assert kinds == {"article": 151, "presentation": 23, "report": 1}, kinds
    t = {p["line"]: p for p in papers}
    assert (t[16]["title"], t[16]["doi"]) == ("Yukawa sector of minimal SO (10) unification", "10.1007/jhep02(2017)136")
    assert t[24]["title"] == ("Can Incomplete Knowledge of Species' Physiology Facilitate Ecological Niche Modelling? A"
                              " Case Study with Virtual Species"), t[24]
    assert t[48]["doi"] == "10.1007/s10822-016-9961-9", t[48]
    assert t[63]["doi"] is None, t[63]
    assert t[63]["title"] == ("A stable and scale-aware dynamic modeling framework for subgrid-scale"
                              " parameterizations of two-dimensional turbulence"), t[63]
    assert (t[107]["title"], t[107]["doi"]) == ("Cliques & Clubs", None), t[107]
    assert (t[136]["title"], t[136]["doi"]) == (
        "Simulations of Failure via Three-Dimensional Cracking in Fuel Cladding for Advanced Nuclear Fuels",
        "10.2172/1116513"), t[136]
    assert t[234]["title"].endswith("Exitianus exitiosu, (Uhl.), transcriptome sequencing dataset"), t[234]
    assert len(papers) == 175, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every ' + ' bullet under the '# YEAR' / '## Articles|Presentations|NEUP Projects' headings is an entry (175:"
        " 151 articles, 23 meeting presentations counted as the page's research output, 1 DOE technical report); title"
        " = for articles the text after '(YEAR).' up to the first '. *' (the italic journal), for presentations and"
        " the report the italic after the date without its final dot and the report number '(No. ...)'; headings are"
        " not entries.",
        "Read the whole file; compared -v for every entry against the file (articles of all years, all 23"
        " presentations, the report 136): '?' inside titles 24/31, 'O157: H7' 47/165, 'L.(Sapindaceae)' 228, DOIs"
        " with parentheses 16 and a stray final dot 48/51/67, the eight articles without DOI, presentation titles"
        " without DOI.",
    )


if __name__ == "__main__":
    main()
