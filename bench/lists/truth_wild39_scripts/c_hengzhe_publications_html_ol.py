"""Wild39 truth for hengzhe-zhang/hengzhe-zhang.github.io _pages/publications.md: the publications page of
an evolutionary-computation researcher (genetic programming, symbolic regression, feature construction),
written as HTML ordered lists inside an academicpages (Jekyll) page.

Version: in the newest commit (52b4e12, 2026-06-24) the file no longer exists: e60ee9e ("Migrate to
AcadHomepage template with updated content") deleted _pages/publications.md and moved the list into
_pages/about.md, so the file is taken from the last commit that holds it, ffc3607 (2026-06-23, "Update
personal site content from resume").

Shape: front matter (1-6), a Liquid ``{% if author.googlescholar %}`` block (8-10) and ``{% include
base_path %}`` (12); then two bold pseudo-headings, ``**Refereed Journal Articles**`` (14) and
``**Refereed Conference Articles**`` (30), each followed by an ``<ol reversed>`` ... ``</ol>`` holding one
``<li> Authors. "Title." <i>Venue</i>, year. <b>(IF / CORE rank)</b> </li>`` per line.  The authors are
``<b>``-bolded for the page owner, often cut with "et al."; the title is in straight double quotes with
its final period inside the quotes; two titles (25, 26) are wrapped in an ``<a target="_blank" href=...>``
inside the quotes.

Decisions:
- Every ``<li>`` is one entry (12 journal articles 16-27, 12 conference papers 32-43; 24 in all), one
  line each.  The IEEE Computational Intelligence Magazine "AI-eXplained" column (24) is a two-page
  article in a magazine of record: kept.
- Title: the text between the first pair of double quotes, markup removed, the final '.' inside the quotes
  dropped as the citation's separator; the column tag "[AI-eXplained]" that closes title 24 is part of the
  published title and is kept.  "(co-first author)" (33) sits in the author list, not in the title.
- Ids: none.  The only links are a ScienceDirect pii URL (25, not a DOI) and an ieeexplore document URL
  (26, not a DOI); no arXiv ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild39 import entry, read_lines, write_truth

NAME = "hengzhe-zhang__hengzhe-zhang.github.io___pages__publications@ffc3607.md"
PART = "wild39_development"

ITEM = re.compile(r'^<li> .*?"(.+?)"\s*<i>.+</li>$')


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    sections = {}
    section = None
    for i, ln in enumerate(lines, 1):
        if ln.startswith("**Refereed"):
            section = ln.strip("*")
            sections[section] = 0
            continue
        if not ln.startswith("<li>"):
            assert "<li" not in ln, i
            continue
        m = ITEM.match(ln)
        assert m and section, i
        papers.append(entry(lines, i, i, m.group(1)))
        sections[section] += 1
    assert sections == {"Refereed Journal Articles": 12, "Refereed Conference Articles": 12}, sections
    t = {p["line"]: p["title"] for p in papers}
    assert t[16] == "LAS-GP: Harnessing Large Semantic Libraries for Evolutionary Feature Construction in Symbolic " \
        "Regression", t[16]
    assert t[24] == "MAP-Elites for Genetic Programming-Based Ensemble Learning: An Interactive Approach " \
        "[AI-eXplained]", t[24]
    assert t[25] == "PS-Tree: A Piecewise Symbolic Regression Tree" and t[26] == "An Evolutionary Forest for Regression", t
    assert t[33].startswith("Patho-AgenticRAG: Towards") and t[43].startswith("RL-GEP: Symbolic"), t
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers)
    assert [p["line"] for p in papers] == [*range(16, 28), *range(32, 44)]
    assert len(papers) == 24, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each <li> of the two <ol reversed> lists (Refereed Journal Articles, Refereed Conference Articles) is one "
        "entry on its own line; title = the double-quoted text, markup (<a>) removed, the final '.' inside the "
        "quotes dropped; no DOIs or arXiv ids (ScienceDirect pii and ieeexplore links only).",
        "All 44 lines read; all 24 <li> lines compared with the -v output (spans, titles), including the linked "
        "titles 25-26, the '[AI-eXplained]' title 24, the '(co-first author)' author list 33, and the two links "
        "checked to hold no DOI.",
    )


if __name__ == "__main__":
    main()
