"""Wild37 truth for asjadnaqvi/DiD docs/reading/04_resources.md: the "Resources" page of a site that
tracks the difference-in-differences literature in econometrics (Stata/R/Python packages, papers,
books, blogs, videos).

Shape: Jekyll front matter (lines 1-8), a title with kramdown `{: .no_toc }`, a `<details open
markdown="block">` table of contents, then `## Papers` with one prose paragraph (line 29, which
mentions the 2026 JEL review inline), a note in italics, and year headings `### 2026` ... `### 2019
and earlier`.  Under them every paper is one paragraph on one line, no bullet: "Author, Author (year).
[Title](url). Journal." (venue often missing; "Working paper.", "Preprint, arXiv.", "Unpublished.").
After the papers come `## Books` (8 book paragraphs in the same style), `## Blogs and notes` (prose
paragraphs and a bullet list of World Bank blog posts) and `## Videos and online lectures` (YouTube
lectures, some titled after papers).

Entries: every paragraph under the year headings of `## Papers` (lines 37-217), 79 in all: journal
articles, working papers, SSRN/NBER/arXiv preprints, a survey, a "did_multiplegt_dyn" paper on SSRN
(59) and de Chaisemartin & D'Haultfoeuille's SSRN "Credible Answers to Hard Questions" (89), which the
Papers section lists as a paper (its repeat under `## Books`, 225, is described as a working textbook
and is not an entry).  Not entries: the prose mention on line 29 (running prose, same paper as line
37), the books (222-239), blogs, blog posts, lecture videos and workshop recordings (244-334), even when
a video carries a paper's title.  Repeated records stay separate entries (Marcus & Sant'Anna, 179 and
185).  Titles: the first link's text (line 67 adds a second "[SSRN version]" link to the same paper;
line 81 ends with an icon `<img>`); line 87 has no link, its title is the text between "(2024). " and
". Unpublished".  Ids: aeaweb `articles?id=10.1257/...` URLs, doi.org, Wiley, Chicago, Springer, OUP
advance-article (article number dropped), MIT Press (id and slug dropped) URLs give DOIs; arXiv abs
and pdf links and the 10.48550/arXiv DOI (85) give arXiv ids; SSRN, NBER, ScienceDirect pii,
Cambridge, OUP article-abstract and PDF links give none; line 91 links to a journal home page.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild37 import entry, read_lines, write_truth

NAME = "asjadnaqvi__DiD__docs__reading__04_resources@fc96e4e.md"
PART = "wild37_development"

LINK = re.compile(r"\[([^\]]+)\]\(")


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("### 2026") + 1
    stop = lines.index("## Books") + 1
    assert (start, stop) == (35, 222), (start, stop)
    papers = []
    for i in range(start + 1, stop):
        ln = lines[i - 1]
        if not ln.strip() or ln.startswith("#") or ln == "---":
            continue
        assert re.search(r"\(\d{4}\)\. ", ln), i
        m = LINK.search(ln)
        if m:
            title = m.group(1)
        else:
            assert i == 87, i
            title = re.search(r"\(2024\)\. (.+?)\. Unpublished", ln).group(1)
        papers.append(entry(lines, i, i, title))
    t = {p["line"]: p for p in papers}
    assert t[87]["title"] == "Difference-in-Differences and Efficient Estimation of Treatment Effects"
    assert t[85]["arxiv"] == "2406.15288" and t[85]["doi"] == "10.48550/arxiv.2406.15288"
    assert t[155]["doi"] == "10.1257/aer.20190159", t[155]
    assert t[197]["doi"] == "10.1162/rest_a_00953", t[197]
    assert t[107]["doi"] == "10.1093/restud/rdad018", t[107]
    assert t[125]["arxiv"] == "2010.04814", t[125]
    assert t[179]["title"] == t[185]["title"]
    assert len(papers) == 79, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each one-line paragraph under the year headings of '## Papers' is one entry (articles, working papers, "
        "preprints); the title is the first link's text (one unlinked title on line 87); the prose mention, books, "
        "blogs and videos after the Papers section are not entries.",
        "All 79 paper paragraphs listed in the -v output and read against the file; the first and last paragraph "
        "of each year heading, the unlinked paper (87), the two-link paragraph (67), the icon after a link (81), the "
        "journal-home link (91), the repeated record (179/185), the DOI of every aeaweb/OUP/MIT Press/Wiley URL and "
        "the arXiv id of every arXiv link; the Books, Blogs and Videos sections and the prose on line 29 read to "
        "confirm they hold no paper record.",
    )


if __name__ == "__main__":
    main()
