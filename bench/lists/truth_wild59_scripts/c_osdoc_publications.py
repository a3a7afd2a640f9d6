"""Wild59 truth for open-cogsci/osdoc content/pages/publications.md at f233b47 (2017-10-02): the "Publications" page
of the OpenSesame web site (the documentation site of the OpenSesame experiment builder, kept by its cognitive-science
developers as a Pelican site).  The page lists published work that used OpenSesame, in APA style.  The newest commit
touching the path (d2e2350, 2023) deletes the page, so the last commit where the list exists is taken.

Shape: 682 lines with CRLF line ends.  Pelican metadata ``title: Publications`` (1), ``[TOC]`` (3);
``## How to cite OpenSesame`` (6) with one bulleted reference, the OpenSesame paper itself (10), and a sentence about
citing other packages (12); ``## OpenSesame in publications, theses, conference proceedings, etc.`` (15); a
``<div class="reference" markdown="1">`` (17) wrapping one ``### YEAR`` heading per year, ``2017 / in press / online
first`` (19) down to ``2011`` (672); ``</div>`` (679) and two link reference definitions (681-682).  Under each year
heading one APA reference a paragraph, blank lines between:
``Authors (Year). Title. *Journal*, *Vol*(Issue), pages. doi:...``.

Special cases:
- 45-47, 158-159, 187-188, 202-203 and 579-580: a reference wrapped over two or three lines (a line break inside the
  title): one entry, the title joined with one space.
- 158-159: the title is garbled in the file (``Number processing ability is connected to longitud`` / ``Spontaneous
  Pupillary Oscillatioinal changes in multiplayer online battle arena skill``): kept as written.
- 579-580: the title ends with a comma before the italic journal (``... predictive microbiology, *International
  Journal ...*``).
- 555: the year is written ``(in 2013)``; several entries have ``(in press)``.
- Titles ending in ``?`` keep it; titles are in several languages (Spanish 187-188, Serbian, Portuguese, German ...).
- Theses, conference papers, book chapters and posters are listed the same way as journal articles.
- DOIs are written ``doi:10...`` (one, 27, is the broken ``doi:journal.pone.0169947``, which names no DOI).

Decisions:
- Entry = every reference paragraph: the bulleted OpenSesame paper under "How to cite" (10) and every paragraph under
  the year headings.  Span = the paragraph's lines.
- Title = the text after the first ``(Year).`` / ``(in press).`` / ``(in 2013).`` up to the period, comma, or ``?``
  before the italic venue (``*``), else up to ``. doi:``/the paragraph end; markup removed, line breaks joined with a
  space, a final period dropped, a final ``?`` kept.
- The Pelican metadata, ``[TOC]``, headings, the two prose sentences (8, 12), the ``<div>`` tags and the link
  reference definitions are not entries.
"""
import re

from _wild59 import entry, read_lines, write_truth

NAME = "open-cogsci__osdoc__content__pages__publications@f233b47.md"
PART = "wild59_development"

YEAR = re.compile(r"\((?:in )?(?:\d{4}[a-z]?|press)[^)]*\)\.\s*")
ITALIC_TITLE = re.compile(r"^\*(?P<t>[^*]+)\*")
ENDS = (
    re.compile(r"(?:(?<=[.,])|(?<=[?!]))\s+\*"),
    re.compile(r"\.\s+In\s"),
    re.compile(r"\.\s+(?:doi:|Retrieved|Poster|Talk)"),
    re.compile(r"\.?\s*$"),
)


def title_of(rest: str) -> str:
    m = ITALIC_TITLE.match(rest)
    if m:
        return m.group("t")
    return rest[: min(m.start() for m in (e.search(rest) for e in ENDS) if m)]


def clean(t: str) -> str:
    t = re.sub(r"\s+", " ", t.replace("*", "")).strip()
    return t[:-1].strip() if t.endswith((".", ",")) else t


def main() -> None:
    lines = [x.rstrip("\r") for x in read_lines(NAME)]
    papers = []
    n = 1
    while n <= len(lines):
        if not lines[n - 1].strip():
            n += 1
            continue
        last = n
        while last < len(lines) and lines[last].strip():
            last += 1
        text = " ".join(x.strip() for x in lines[n - 1 : last])
        m = YEAR.search(text)
        if m and not text.startswith(("#", "[")):
            papers.append(entry(lines, n, last, clean(title_of(text[m.end() :]))))
        n = last + 1
    by = {p["line"]: p for p in papers}
    # Four references name the venue without italics after the title: cut by hand at the title's end.
    by[119]["title"] = "The sentence superiority effect revisited"
    by[147]["title"] = "新たな認知機能測定ツールとしてのタブレットの有用性"
    by[496]["title"] = (
        "Walk, look, remember: The influence of the gallery’s spatial layout on human memory for an art exhibition"
    )
    by[666]["title"] = "Effects of transportation noise and attitudes on noise annoyance and task performance"
    assert len(papers) == 253, len(papers)
    assert min(by) == 10 and max(by) == 677, (min(by), max(by))
    assert by[10]["title"] == "OpenSesame: An open-source, graphical experiment builder for the social sciences"
    assert by[10]["doi"] == "10.3758/s13428-011-0168-7", by[10]
    assert by[45]["end"] == 47 and by[45]["title"] == (
        "Possible associations between subitizing, estimation and visuospatial working memory (VSWM) in children"
    ), by[45]
    assert by[158]["end"] == 159 and by[158]["title"].endswith("Oscillatioinal changes in multiplayer online battle arena skill")
    assert by[187]["title"] == "Discriminación de cantidad: efecto de la razón numérica sobre velocidad y precisión"
    assert by[202]["title"] == "Second language experience can hinder the discrimination of non-native contrasts"
    assert by[255]["title"].endswith("Beyond the sub-lexical level?"), by[255]
    assert by[430]["title"] == (
        "When Two Heads Are Better Than One: The Independent Versus Interactive Benefits of Collaborative Cognition"
    ), by[430]
    assert by[544]["title"] == "Object-centered orienting and IOR", by[544]
    assert by[555]["title"].startswith("The speed of learning instructed stimulus-response"), by[555]
    assert by[579]["title"] == "IPMP 2013 – A comprehensive data analysis tool for predictive microbiology"
    assert by[642]["title"] == "Attentional capture by working memory content: When do words guide attention?"
    assert by[97]["title"] == "Concept Typicality and the Interpretation of Plural Predicate Conjunction"
    assert sum(1 for p in papers if 19 < p["line"] < 150) == 63
    write_truth(
        NAME,
        PART,
        papers,
        method="Every APA reference paragraph is one entry (253): the bulleted OpenSesame paper under 'How to cite'"
        " (10) and each paragraph under the '### YEAR' headings (21-677); span = the paragraph (five wrap over two or"
        " three lines).  Title = text after the first '(Year).' / '(in press).' / '(in 2013).' up to the punctuation"
        " before the italic venue, '. In', '. doi:'/'Retrieved'/'Poster'/'Talk' or the paragraph end; when the text"
        " after the year starts in italics (theses, books, posters) the italic span is the title; four titles followed"
        " by a non-italic venue are cut by hand (119, 147, 496, 666).  Headings, prose, [TOC], <div> tags and link"
        " definitions are not entries.",
        checked="Read the whole file; listed every title with the text that follows it in the file and checked each"
        " boundary (italic venue, 'In', thesis/poster italics, titles ending in '?'), the wrapped references (45-47,"
        " 158-159, 187-188, 202-203, 579-580), the garbled title at 158-159 kept as written, non-Latin titles (147,"
        " 326), the per-year count for 2017, and DOIs from 'doi:' strings (the broken 'doi:journal.pone.0169947' gives"
        " none).",
    )


if __name__ == "__main__":
    main()
