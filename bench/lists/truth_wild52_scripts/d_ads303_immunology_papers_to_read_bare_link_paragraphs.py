"""Wild52 truth for ads303/ads303.github.io _pages/paperstoread.md: "Papers to Read", an immunology / cancer-
immunotherapy student's to-read page on an academicpages Jekyll site.  Taken at 1a4dbf4 (2022-06-30, "Add files via
upload"), the only commit holding it: the newest commit touching it (3c6b17a, 2022-07-05) deletes the file.

Shape: 44 lines, 3 KB.  YAML front matter (1-8), ``**Papers I want to read**`` (10), then 17 paragraphs (12-44,
every second line, blank lines between) each made of one Markdown link ``[Paper title](url)`` and nothing else: no
list markers, authors, venues or years.  URLs point at publisher pages (Wiley ``doi/abs/10.1002/...``,
Taylor & Francis ``doi/full/10.1080/...?casa_token=...``, nature.com, PNAS, ScienceDirect ``pii/...``,
sciencemag.org, cell.com ``fulltext/S1535-6108(20)30374-3?rss=yes&utm_...``, Frontiers ``articles/10.3389/.../full``,
a Science digital-edition reader URL 38).

Special cases:
- 26: ``[A special collection of reviews on frontiers in immunology](https://www.nature.com/articles/s41422-020-00403-7.pdf)
  (A list of reviews that Richard Flavell curated)``: a Cell Research piece introducing a review collection, kept as
  an entry like every other link on this to-read list; the parenthetical after the link is a note, not title.
- 40: ``... of Solid Tumors (Review)``: the writer's ``(Review)`` type tag inside the link text is dropped from the
  title.
- 30 ``Interferon-γ`` and 44 ``Coreceptors and TCR Signaling – the Strong and the Weak of It`` (en dash) keep their
  characters.
- DOIs only where the URL spells one (12, 14 before ``?casa_token``, 44 before ``/full``); none from nature.com,
  PNAS, ScienceDirect, sciencemag or cell.com URLs.

Decisions:
- Entry = each link paragraph (17), one line each.
- Title = the link text, a trailing ``(Review)`` tag dropped.
"""
import re

from _wild52 import entry, read_lines, write_truth

NAME = "ads303__ads303.github.io___pages__paperstoread@1a4dbf4.md"
PART = "wild52_development"

PARA = re.compile(r"^\[(?P<title>[^\]]+)\]\((?P<url>https://(?:[^()\s]|\([^()\s]*\))+)\)(?: \([^)]*\))?$")
TAG = re.compile(r" \(Review\)$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "---" and lines[9] == "**Papers I want to read**"
    papers = []
    for n, ln in enumerate(lines, 1):
        if n <= 10 or not ln.strip():
            continue
        m = PARA.match(ln)
        assert m, (n, ln)
        papers.append(entry(lines, n, n, TAG.sub("", m.group("title"))))
    assert [p["line"] for p in papers] == list(range(12, 45, 2)), papers
    t = {p["line"]: p for p in papers}
    assert t[12]["doi"] == "10.1002/hep.31279", t[12]
    assert t[14]["doi"] == "10.1080/14760584.2020.1750376", t[14]
    assert t[44]["doi"] == "10.3389/fcell.2020.597627", t[44]
    assert t[26]["title"] == "A special collection of reviews on frontiers in immunology", t[26]
    assert t[40]["title"] == (
        "Identifying and Targeting Human Tumor Antigens for T Cell-Based Immunotherapy of Solid Tumors"), t[40]
    assert len(papers) == 17, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every link paragraph after the bold heading is an entry (17, lines 12-44, one line each); title = the link"
        " text with the writer's trailing '(Review)' tag dropped (40); the parenthetical note after the link on 26 is"
        " not title text; the Cell Research review-collection piece (26) is kept like the other links.",
        "Read all 44 lines; compared -v with all 17 paragraphs: titles as written (Interferon-γ 30, en dash 44),"
        " '(Review)' dropped (40), DOIs only from the Wiley, Taylor & Francis (before ?casa_token) and Frontiers (before"
        " /full) URLs.",
    )


if __name__ == "__main__":
    main()
