"""Wild54 truth for coganlab/IEEG_Pipelines ``Old Meetings.md``: the 2020-2021 journal-club schedule of a Duke
intracranial-EEG speech lab (Greg Cogan's lab), a page of the lab's just-the-docs wiki kept on the repository's
``wiki`` branch.  The newest commit holding it is ab3d1b4 (2022-10-06, "Preparation for the repo migration", which
moved ``docs/Old Meetings.md`` to the root unchanged); the file name keeps the space of the path.

Shape: 44 lines, 5.6 KB, front matter (1-5), then ONE pipe table (6-44) pasted from a spreadsheet: the header row
is the year (``| **2020** | **&nbsp;** | **&nbsp;** |``), a second year row ``| 2021 | &nbsp; | &nbsp; |`` (22) sits
inside the body, and every data row is ``| date | reading | presenter |`` padded with spaces, with runs of inner
spaces (``Uncovering the functional   anatomy``) and ``&nbsp;`` / ``&amp;`` entities left from the paste.  No links,
no ids at all.  The reading cell has three shapes:
- a (often cut) title, then authors and year: ``Payments to   healthy volunteers. Iltis (2009)`` (title ends at
  ``. ``), ``Give me a sign... Bleicher   (2016)`` / ``Anatomical evidence of an   indirect pathway...Forkel (2020)``
  (title cut with ``...``), ``Neuroscientist   understand microprocessor? Jonas (2017)`` (ends at ``? ``);
- authors and year only, sometimes after a topic label: ``Levelt 1999``, ``Hickok 2012&nbsp;``, ``Indefry, Levelt
  2004&nbsp;``, ``Aphasia:&nbsp;Bartha &amp;   Benke 2003&nbsp;``, ``Neural:&nbsp;Berthier et al.   2012``,
  ``Disconnection   Syndrome:&nbsp;Geschwind 1965``;
- no paper: ``*`` (11, 17, 18), lab data/results (29, 31, 36), a topic (``Repetition/Sentence Rep.`` 34).

Special cases:
- 24 ``Language:   Aphasia Dronkers (2009)``: Dronkers & Baldo's encyclopedia chapter is titled "Language: Aphasia",
  so here ``Language: Aphasia`` is the title (the other ``Aphasia:`` / ``Neural:`` / ``Disconnection Syndrome:``
  prefixes label topics: two different papers share ``Disconnection Syndrome:`` 30, 37).
- 38/39 the same paper read twice (``mTRF   Toolbox. Crosse (2016)`` and ``... (2016) part II``): two entries.
- 43 ``Vision, Marr (1982)``: a book, not an entry.
- 10 is dated 4/3/2019 inside the 2020 block, 31 ``6//7/2021``: typos kept, they are not titles.

Decisions:
- Entry = a row whose reading cell names a paper or chapter (28): title = the text before the title/author break
  (``. ``, ``...``, ``? `` kept as part of the question), the cut mark ``...`` dropped, whitespace and entities
  normalised; None for author-year-only rows (10 of them, topic labels dropped).
- Not entries: the year rows, ``*`` rows, data/results/topic rows and the book.
"""
import html
import re

from _wild54 import entry, read_lines, write_truth

NAME = "coganlab__IEEG_Pipelines__Old Meetings@ab3d1b4.md"
PART = "wild54_development"

ROW = re.compile(r"^\|\s*(?P<date>[\d/]+)(?:&nbsp;)?\s*\|(?P<cell>[^|]*)\|(?P<who>[^|]*)\|$")
AUTHOR_YEAR = re.compile(
    r"^(?:(?:Aphasia|Neural|Disconnection Syndrome):\s*)?[A-Z][a-z]+(?:(?:,| &| et al\.)?\s+[A-Z][a-z]+)*"
    r"(?: et al\.)?\s+\d{4}$"
)
TITLE_AUTHORS = re.compile(r"^(?P<title>.+?)(?:\.\.\.\s*|\.\s+|(?<=\?)\s+)(?P<authors>[A-Z][^()]*\(\d{4}\).*)$")
NOT_PAPERS = {"*", "Phonological Encoding Results", "Phoneme Decoding Results", "Repetition/Sentence Rep.", "Data",
              "Vision, Marr (1982)"}
CHAPTER_TITLE = {"Language: Aphasia Dronkers (2009)": "Language: Aphasia"}


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


def main() -> None:
    lines = read_lines(NAME)
    assert lines[1] == "title: Old Meetings"
    papers = []
    skipped = []
    for n, ln in enumerate(lines, 1):
        m = ROW.match(ln)
        if not m:
            continue
        cell = norm(m.group("cell"))
        if not cell:
            assert m.group("date") == "2021", (n, ln)
            continue
        if cell in NOT_PAPERS:
            skipped.append(n)
            continue
        if cell in CHAPTER_TITLE:
            title = CHAPTER_TITLE[cell]
        elif AUTHOR_YEAR.match(cell):
            title = None
        else:
            t = TITLE_AUTHORS.match(cell)
            assert t, (n, cell)
            title = t.group("title")
        papers.append(entry(lines, n, n, title))
    assert skipped == [11, 17, 18, 29, 31, 34, 36, 43], skipped
    t = {p["line"]: p["title"] for p in papers}
    assert t[8] == "Uncovering the functional anatomy of the human insula during speech", t[8]
    assert t[10] == "Unpacking Transient Event Dynamics", t[10]
    assert t[13] == "Give me a sign", t[13]
    assert t[16] == "Anatomical evidence of an indirect pathway", t[16]
    assert t[24] == "Language: Aphasia", t[24]
    assert [n for n in t if t[n] is None] == [23, 25, 26, 27, 28, 30, 32, 33, 35, 37], t
    assert t[38] == t[39] == "mTRF Toolbox", (t[38], t[39])
    assert t[41] == "White matter signals", t[41]
    assert t[44] == "Neuroscientist understand microprocessor?", t[44]
    assert len(papers) == 28, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "One spreadsheet-pasted pipe table (8-44, year rows 6 and 22): a row whose reading cell names a paper or"
        " chapter is an entry (28). Title = the (often cut) text before the break to authors/year ('. ', '...', or"
        " after '?'), the '...' cut mark dropped, '&nbsp;'/'&amp;' and runs of spaces normalised; None for the 10"
        " author-year-only rows ('Levelt 1999', 'Aphasia: Bartha & Benke 2003', topic labels not titles); row 24's"
        " 'Language: Aphasia' is the chapter's own title. The paper read twice (38, 39) is two entries. Not entries:"
        " '*', lab data/results, a topic row and Marr's book 'Vision' (43).",
        "Read all 44 lines; compared -v with every row 8-44: 18 titled rows (cut titles 13-16, 19-21, 41-42; '?' kept"
        " 44), 10 author-year rows with title None, 8 skipped rows; no links so no ids anywhere.",
    )


if __name__ == "__main__":
    main()
