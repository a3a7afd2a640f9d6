"""Wild57 truth for Xinjian-Paul-Li/open_data docs/course_schedule.md: the course schedule of a UT Austin
graduate course on open data / computational social science (Fall 2019: knowledge graphs, cloud computing,
network analysis, text analysis), newest commit touching it (2268370, 2019-09-01).

Shape: 265 lines.  A week index of anchor links (5-28), then one ``### <a name="wN"> Week N ...</a>``
section per week (32-265) with ``#### Before class`` / ``#### In class`` / ``#### After class``
sub-headings.  Readings are tab-indented sub-bullets (``\\t- ``) under a parent bullet ``- Readings:``,
``- Software packages:`` (66) or ``- Further readings:`` (152); other tab-indented sub-bullets belong to
``- Programming Basics:``, ``- Register Accounts:`` (34-39) or ``- Hands-on:`` (73-76, 106-118) and are
tutorials, accounts and shell steps, not readings.  Week 12 (233-239) has no readings.

Every reading is a Chicago author-date reference (as exported by Zotero):
``Last, First, ... Year. “Title.” Journal Vol (No): pages. https://doi.org/...`` for articles (47, 64, 88,
89, 175, 191, 259, 260), ``Last, First. Year. “Chapter.” In Book, ... Publisher.`` for book chapters (65,
101, 129, 130, 142-144, 153-154, 162, 203-207, 221-224, 247-248), and an unquoted italic-less title for
whole books (48 ``Introduction to Computational Social Science. Texts in Computer Science. ...``, 87
``Code and Data for the Social Sciences: A Practitioner’s Guide.``).

Special cases:
- 205, 207, 222, 224: the author is replaced by the Chicago ditto dash ``———. 2018b. “Language and
  Computation.” In ...`` -- still one reference each.
- Year suffixes (``2017a``, ``2018a``/``2018b``, ``2009a``/``2009b``) are part of the year, not the title.
- 68: the closing punctuation is a comma inside the quotes (``“AmpliGraph: ... Knowledge Graphs,” March.``);
  142: the title ends with a question mark inside the quotes (``“What Is Social Network Analysis?”``): kept.
- 67 and 68 (under "Software packages") are papers describing software (arXiv 1906.04239, Zenodo DOI
  10.5281/zenodo.2595043): entries.
- The same book chapter source repeats (Scott 2017 five times with different chapters; Cioffi-Revilla 2017
  at 48 as a book and 65, 130 as chapters): one entry per reference.
- DOIs from doi.org links (47, 48, 64, 65, 68, 88, 89, 130, 175, 191, 259, 260 -- the chapters 65 and 130
  carry the book's DOI); arXiv from ``http://arxiv.org/abs/1906.04239`` (67).

Decisions:
- Entry = every tab-indented sub-bullet under a "Readings:" / "Software packages:" / "Further readings:"
  bullet: 33 entries, one line each.
- Title = the quoted title (chapter title for a chapter, since Chicago cites the chapter as the work),
  without the quotes and its closing period/comma; for the two unquoted book references the book title
  up to its first period.
"""
import re

from _wild57 import entry, read_lines, write_truth

NAME = "Xinjian-Paul-Li__open_data__docs__course_schedule@2268370.md"
PART = "wild57_development"

PARENT = re.compile(r"^- (Readings|Software packages|Further readings):\s*$")
SUB = re.compile(r"^\t- ")
QUOTED = re.compile(r"“(.+?)[.,]?”")
UNQUOTED = {
    48: "Introduction to Computational Social Science",
    87: "Code and Data for the Social Sciences: A Practitioner’s Guide",
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    in_readings = False
    for n, ln in enumerate(lines, 1):
        if ln.startswith(("- ", "#")):
            in_readings = bool(PARENT.match(ln))
            continue
        if not (in_readings and SUB.match(ln)):
            continue
        m = QUOTED.search(ln)
        if m:
            assert n not in UNQUOTED, n
            title = m.group(1)
        else:
            title = UNQUOTED[n]
            assert f" {title}." in ln, (n, ln)
        papers.append(entry(lines, n, n, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 33, len(papers)
    assert all(p["end"] == p["line"] for p in papers)
    assert by[47]["title"] == "Computational Social Science" and by[47]["doi"] == "10.1126/science.1167742"
    assert by[48]["title"] == "Introduction to Computational Social Science", by[48]
    assert by[67]["arxiv"] == "1906.04239", by[67]
    assert by[68]["title"] == "AmpliGraph: A Library for Representation Learning on Knowledge Graphs"
    assert by[68]["doi"] == "10.5281/zenodo.2595043", by[68]
    assert by[142]["title"] == "What Is Social Network Analysis?", by[142]
    assert by[205]["title"] == "Language and Computation", by[205]
    assert by[259]["doi"] == "10.1093/pan/mps028", by[259]
    assert by[260]["doi"] == "10.1093/jopart/muy045", by[260]
    assert not {35, 36, 38, 39, 74, 75, 76, 118} & set(by)
    write_truth(
        NAME,
        PART,
        papers,
        method="Entries are the tab-indented sub-bullets under '- Readings:', '- Software packages:' and '- Further"
        " readings:' in the weekly sections (33, one line each); sub-bullets under 'Programming Basics',"
        " 'Register Accounts' and 'Hands-on' are tutorials/steps, not entries.  References are Chicago"
        " author-date (Zotero): title = the text in curly quotes without its closing period/comma (for a book"
        " chapter the chapter title), or for the two unquoted whole-book references the book title up to its"
        " first period.  Ditto-dash authors (———.) still make one entry each.",
        checked="Read all 33 reading sub-bullets against the -v output (article vs chapter vs book titles,"
        " 'Title?' and 'Title,' inside quotes, the four ———. references, the two software papers) and the"
        " non-reading sub-bullets of weeks 0, 2 and 4; compared DOIs/arXiv with the links on each line.",
    )


if __name__ == "__main__":
    main()
