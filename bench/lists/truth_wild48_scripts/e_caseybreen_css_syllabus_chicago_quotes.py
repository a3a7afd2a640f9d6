"""Wild48 truth for caseybreen/caseybreen.com ``content/page/css/index.md``: the Hugo page of Casey Breen's graduate
syllabus "Topics in Computational Social Science" (UT Austin Sociology, spring 2026), newest commit touching the file
(9cc110e, 2026-04-10).

Shape: 566 lines, 30 KB.  Front matter (1-11), course info, ``## Course Schedule`` pipe table (36-53) whose cells
link only to in-page anchors, labs and demo code (no papers), then ``## Weekly Schedule`` (56-528): per session a
``### Thurs, <date> — <topic> {#week-N}`` heading, optional lab prose and ``[Quarto Doc](...)`` link, a ``* `` bullet
list of readings (59 bullets), and a large embedded Google-Slides ``<div>``/``<iframe>`` block with an invisible
overlay ``<a>`` (most of the file's bulk).  Trailing sections (learning outcomes, requirements, acknowledgements).

The reading bullets are hand-typed sociology (Chicago-ish) citations in several dialects:
- ``Surname, First, ... 2021. ‘Title’. Journal 595(7866):189–96. doi: 10.1038/....★`` (curly single quotes, DOI as
  plain text, a ★ marks readings discussed in class);
- ``Surname, First, and ... "Title." Journal 46, no. 1 (2020): 61-81.★`` (straight double quotes, year at the end);
- ``Surname, First. 2024. “Title.” Journal 51(1):539–73. doi:10.1111/padr.12671.★`` (curly double quotes).
Oddities: nested quotes (``‘The “New” Science of Networks’`` 349, ``"The “sandwich generation” revisited: ..."`` 487,
``“Updating ‘The Future of Coding’: ...”`` 444); an apostrophe inside a single-quoted title (``‘Leveraging
Facebook’s Advertising Platform ...’`` 178); a title whose closing quote is missing (``‘Sampling and Estimation in
Hidden Populations Using Respondent-Driven Sampling. Sociological Methodology 34(1)...`` 354); the journal written
before the title (``Alvero ... 2025. Sociological Science. “Generative AI in ...”`` 443); an elided author list
``Salganik, Matthew J., Ian Lundberg, …, and Sara McLanahan`` 251; a mistyped DOI ``10.1038/s41586-021s-03659-0`` 185;
no working paper links at all.

Decisions:
- Entry = every ``* `` bullet of the Weekly Schedule that cites a research work (57): journal articles, the handbook
  chapter ``"Digital and computational demography." In Research Handbook on Digital Sociology`` 65 and the
  venue-less working paper of 297.  The two ``Salganik ... Bit by Bit ... Chapter 1/2`` bullets (64, 128) are
  book chapters of a textbook and are not entries; neither are the ``- `` R resource bullets (101-102) or the R for
  Data Science textbook (555).
- Title = the text inside the first pair of quotes (‘…’, “…” or "…"), inner quotes kept, a final period inside the
  quotes dropped, ``?`` kept.  354 has no closing quote: the title runs to ``. Sociological Methodology``.
- One line per entry; ids = DOIs written as text (``doi: 10.``/``doi:10.``); none are arXiv.  Where the ★ follows
  the DOI's final period without a space (``doi: 10.1038/s41586-021-03660-7.★``) the helper's DOI keeps ``.★``; the
  script cuts the star and the period off (the star is the in-class marker, not part of the DOI).
"""
import re

from _wild48 import entry, read_lines, write_truth

NAME = "caseybreen__caseybreen.com__content__page__css__index@9cc110e.md"
PART = "wild48_development"

CLOSE = {"‘": re.compile(r"’(?=[.,]?(?:\s|★|$))"), "“": re.compile(r"”"), '"': re.compile(r'"')}
OPEN = re.compile(r"[‘“\"]")


def title_of(n: int, text: str) -> str:
    m = OPEN.search(text)
    assert m, (n, text)
    rest = text[m.end():]
    c = CLOSE[m.group()].search(rest)
    if c is None:
        assert n == 354, (n, text)
        return rest.split(". Sociological Methodology")[0]
    return rest[: c.start()]


def main() -> None:
    lines = read_lines(NAME)
    assert lines[1] == 'title: "Topics in Computational Social Science"'
    papers = []
    books = []
    starred: list[int] = []
    section = ""
    for n, ln in enumerate(lines, 1):
        if ln.startswith("## "):
            section = ln[3:].strip()
            continue
        if not ln.startswith("* "):
            continue
        assert section == "Weekly Schedule", (n, ln)
        text = ln[2:]
        if "Bit by Bit: Social Research in the Digital Age. Princeton University Press. Chapter" in text:
            books.append(n)
            continue
        assert re.match(r"^[A-Z][\w‐-]+,? ", text), (n, text)
        p = entry(lines, n, n, title_of(n, text))
        if p["doi"] and p["doi"].endswith("★"):
            p["doi"] = p["doi"].removesuffix("★").rstrip(".")  # the star after 'doi: 10....' is not part of the DOI
            starred.append(n)
        papers.append(p)
    assert books == [64, 128], books
    assert len(starred) == 22, starred
    assert len(papers) == 57, len(papers)
    t = {p["line"]: p for p in papers}
    assert (t[62]["title"], t[62]["doi"]) == (
        "Meaningful Measures of Human Society in the Twenty-First Century", "10.1038/s41586-021-03660-7"), t[62]
    assert t[63]["title"] == "Computational social science and sociology", t[63]
    assert t[65]["title"] == "Digital and computational demography", t[65]
    assert t[178]["title"] == "Leveraging Facebook’s Advertising Platform to Monitor Stocks of Migrants", t[178]
    assert t[185]["doi"] == "10.1038/s41586-021s-03659-0", t[185]
    assert t[349]["title"] == "The “New” Science of Networks", t[349]
    assert (t[354]["title"], t[354]["doi"]) == (
        "Sampling and Estimation in Hidden Populations Using Respondent-Driven Sampling", None), t[354]
    assert t[438]["title"] == "Text as Data", t[438]
    assert t[442]["title"] == "Can Generative AI Improve Social Science?", t[442]
    assert t[443]["title"] == "Generative AI in Sociological Research: State of the Discipline", t[443]
    assert t[444]["title"].startswith("Updating ‘The Future of Coding’: Qualitative"), t[444]
    assert t[487]["title"].startswith("The “sandwich generation” revisited: Global"), t[487]
    assert not any(p["arxiv"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '* ' bullet of the Weekly Schedule is a citation (59); the two Bit by Bit textbook-chapter bullets"
        " (64, 128) are skipped, the other 57 are entries (articles, one handbook chapter 65, a venue-less working paper 297)."
        " Title = text inside the first pair of quotes (‘…’ / “…” / \"…\"; inner quotes kept, a closing ’ counted only"
        " before [.,]/space/★/end so 'Facebook’s' stays inside), the period inside the quotes dropped; 354 lacks its"
        " closing quote and its title runs to '. Sociological Methodology'.  DOIs come from the plain-text 'doi:'"
        " of each bullet, a '.★' glued to the DOI cut off.  Schedule table, R resource bullets, iframes and the R4DS textbook are not entries.",
        "Read the whole file (all 59 bullets, the schedule table and the iframe blocks); compared -v for all 57"
        " entries: quote dialects ‘’ / “” / \"\", nested quotes 349/444/487, apostrophe 178, missing closing quote"
        " 354, journal-before-title 443, '?' kept 442, 'Text as Data.' -> 'Text as Data' 438; DOIs present on the"
        " bullets that write one (typo DOI 185 kept as written), none on the others.",
    )


if __name__ == "__main__":
    main()
