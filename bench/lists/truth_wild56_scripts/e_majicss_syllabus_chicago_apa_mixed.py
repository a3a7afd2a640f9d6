"""Wild56 truth for ma-ji/css docs/course_schedule.md: the weekly schedule of a graduate course on computational
social science (UT Austin, spring 2023), with readings per week in Chicago author-date style and a few in APA style.

Version: the path was renamed away (to docs/schedule.md) in 61264ac (2024-01-08), and the versions just before that
comment most readings out, so the file is taken at ea1c3ed (2023-04-02, "revising for 2023 spring"), the last version
where the weekly readings are all visible.

Shape: 346 lines.  A week overview (1-44, links to anchors, one HTML comment 19-23), then ``# Weekly Details`` (46) and
one ``### <a name="wN"> Week N: ... </a>`` section per week with ``#### Before class`` / ``#### In class`` /
``#### After class``.  Readings are list items, either top-level (``- Ragin, ...``, 76-77, 108-109) or indented by a
tab under ``- Readings:`` / ``- Required readings ...`` / ``- Recommended readings:`` (one tab), and in week 5 also
"example studies" nested three tabs deep (146-152).  Two citation styles:
- Chicago: ``Author, First, and Second. 2021. “Title.” Journal 595 (7866): 181–88. https://doi.org/...`` -- the title
  is the text in curly double quotes (the period before the closing quote is not part of it);
- APA (168, 244, 245, 279): ``Baker, M. (2016). 1,500 scientists lift the lid on reproducibility. Nature News, ...``
  -- the title runs from ``(year). `` to the next ``. ``.

Special cases:
- Chapters and encyclopedia entries (``“The Goals of Social Research.” In Constructing Social Research ...``, ``In The
  Stanford Encyclopedia of Philosophy``, ``In Speech and Language Processing, 3rd draft``): the cited item is the
  chapter/entry, title = the quoted chapter title, not the book.
- Two items have no quotes (Chicago book style): 170 ``Gentzkow, Matthew, and Jesse M. Shapiro. 2014. Code and Data for
  the Social Sciences: A Practitioner’s Guide. https://...`` and 280 ``Kirk, Andy. 2019. Data Visualisation: A
  Handbook for Data Driven Design. 2nd edition. ...``: title = the text after ``2014. `` / ``2019. `` up to the next
  ``. ``.  They are readings of the list, so they are entries.
- 227 ``“The ‘New’ Science of Networks.”`` keeps its single quotes; 108 ``“What Is (and Is Not) Social Research?”`` and
  149 ``“How Does an Authoritarian State Co-Opt Its Social Scientists Studying Civil Society?”`` keep the ``?``.
- Repeated readings are separate entries each time: Hofman et al. (53, 243), Leonelli (77, 173), Wickham Tidy Data
  (171 Chicago, 279 APA ``Tidy data``).
- Not entries: 281 ``"Data storytelling" books through [university library](...)`` (no work named), 263 ``[Review
  network analysis algorithms](...)``, DataCamp modules (284-286), video/tool links.
- The HTML comment 300-346 (an old week 2/3 block) holds two Chicago citations (307 Wilson et al. "Good Enough
  Practices in Scientific Computing", 322 Bird et al. "Writing Structured Programs"): commented out, not rendered,
  so not entries.
- DOIs come from doi.org URLs where present (e.g. 53 ``10.1038/s41586-021-03659-0``, 147 ``10.15195/v7.a1``); no arXiv.

Decisions:
- Entry = each rendered list item that is a bibliographic citation (``Surname, ... YEAR.`` or ``Surname, X. (YEAR).``),
  one line each: 31 entries.
- Title = the curly-quoted title for Chicago items; the text after ``YEAR. `` for the two unquoted Chicago items; the text
  after ``(YEAR). `` for APA items; always without the closing period.
"""
import re

from _wild56 import entry, read_lines, write_truth

NAME = "ma-ji__css__docs__course_schedule@ea1c3ed.md"
PART = "wild56_development"

ITEM = re.compile(r"^\t*- (?P<cite>[A-Z][\w’'-]+, [A-Z].*)$")
CHICAGO_Q = re.compile(r"\. \d{4}[ab]?\. “(?P<title>.+?)[.,]?” ")
CHICAGO_BOOK = re.compile(r"\. \d{4}\. (?P<title>[^“]+?)\. ")
APA = re.compile(r"\(\d{4}\)\. (?P<title>.+?)\. [A-Z]")


def comment_lines(lines: list[str]) -> set[int]:
    inside, out = False, set()
    for n, ln in enumerate(lines, 1):
        if "<!--" in ln and "-->" not in ln:
            inside = True
        if inside:
            out.add(n)
        if "-->" in ln and "<!--" not in ln:
            inside = False
    return out


def main() -> None:
    lines = read_lines(NAME)
    hidden = comment_lines(lines)
    assert 307 in hidden and 322 in hidden and 20 in hidden and 281 not in hidden, sorted(hidden)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if not m or n in hidden:
            continue
        cite = m.group("cite")
        f = CHICAGO_Q.search(cite) or APA.search(cite) or CHICAGO_BOOK.search(cite)
        assert f, (n, ln)
        papers.append(entry(lines, n, n, f.group("title").strip()))
    by = {p["line"]: p for p in papers}
    assert sorted(by) == [
        53, 54, 55, 76, 77, 108, 109, 133, 134, 135, 137, 138, 146, 147, 149, 152,
        168, 169, 170, 171, 172, 173, 225, 226, 227, 243, 244, 245, 262, 279, 280,
    ], sorted(by)
    assert by[53]["title"] == "Integrating Explanation and Prediction in Computational Social Science", by[53]
    assert by[53]["doi"] == "10.1038/s41586-021-03659-0", by[53]
    assert by[76]["title"] == "The Goals of Social Research", by[76]
    assert by[108]["title"] == "What Is (and Is Not) Social Research?", by[108]
    assert by[137]["title"] == (
        "Word Embeddings: What Works, What Doesn’t, and How to Tell the Difference for Applied Research"
    ), by[137]
    assert by[147]["doi"] == "10.15195/v7.a1", by[147]
    assert by[168]["title"] == "1,500 scientists lift the lid on reproducibility", by[168]
    assert by[168]["doi"] == "10.1038/533452a", by[168]
    assert by[170]["title"] == "Code and Data for the Social Sciences: A Practitioner’s Guide", by[170]
    assert by[227]["title"] == "The ‘New’ Science of Networks", by[227]
    assert by[244]["title"] == "Mere Description", by[244]
    assert by[245]["title"] == "The philosophical novelty of computer simulation methods", by[245]
    assert by[279]["title"] == "Tidy data", by[279]
    assert by[280]["title"] == "Data Visualisation: A Handbook for Data Driven Design", by[280]
    assert all(p["arxiv"] is None for p in papers)
    assert len(papers) == 31, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every rendered list item (top-level or tab-indented under 'Readings:' / 'Required readings' /"
        " 'Recommended readings:' / week-5 'Example studies:') that is a bibliographic citation is an entry, one line"
        " each.  Title = the curly-quoted title of Chicago author-date items (chapter or encyclopedia-entry title for"
        " 'In Book' items), the text after 'YEAR. ' for the two unquoted Chicago items (a guide, a book), the text"
        " after '(YEAR). ' for the four APA items; never the closing period.  The two citations inside the trailing"
        " HTML comment (300-346) are not rendered and are not entries; the 'Data storytelling books' line, DataCamp"
        " modules and tool links are not entries.",
        checked="Read the whole file and compared the -v output for all 31 entries: Chicago quoted titles (with ?,"
        " inner single quotes, apostrophes kept), the APA titles at 168/244/245/279, the unquoted guide and book at"
        " 170/280, repeated readings kept as separate entries, DOIs from doi.org URLs, and that 307/322 (commented"
        " out) and 281 are left out.",
    )


if __name__ == "__main__":
    main()
