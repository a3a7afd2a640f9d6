"""Wild58 truth for CANDYlaboratory/candylab.github.io _pages/publication.md at 727bbe1 (2023-06-01): the "Journal
Publication" page of the CANDY lab (fMRI / neuroimaging methods) Jekyll site, written entirely as raw HTML inside
the Markdown file, in the shape jekyll-scholar would render but typed by hand.

Shape: 360 lines, 9.8 KB.  Front matter (1-5, title "Journal Publication"), then
``<ol class="bibliography">`` (7-290) with 16 ``<li>`` items (9-287), then two ``<br>``, ``<h1>Selected Conference
Presentations</h1>`` (296), ``<p>(since 2023)</p>`` and a second ``<ol class="bibliography">`` (299-358) with 4
``<li>`` items (300-356).  Each item is 15-19 lines:
``<li>`` / ``<div id="...">`` / ``<span class="author">`` authors ``</span>`` / ``<span class="year">`` (Year)
``</span>`` / ``<span class="title">Title.</span>`` / ``<span class="periodical"><em>Journal.</em></span>`` /
``<span class="links">[<a href=...>link</a>]</span>`` / ``</div>`` / ``</li>``.

Special cases:
- 61-78: the year span is nested inside the author span (the author ``</span>`` comes after the year), and the
  authors start on their own unindented line.
- 97-112 and 115-130: the same paper ("Echo planar time-resolved imaging (EPTI)") is listed twice, identically:
  two entries.
- 70: the title carries typographic quotes: ``Resting-state “physiological networks”.``: kept.
- 104: the title has a non-ASCII hyphen (U+2010) in "time‐resolved": kept as written.
- Titles end with a period inside the span, some with a trailing space or a leading space (51, 351): stripped.
- The conference presentations (ISMRM / OHBM 2023 abstracts, 300-356) have no links; 307 and 323 are the same
  work at two meetings (323 writes "white matterusing").
- Links go to ieeexplore, sciencedirect, pubmed, PMC, frontiersin (193 -> DOI 10.3389/fnhum.2016.00082 in the URL)
  and springer (279 -> DOI 10.1007/s11682-013-9275-7).

Decisions:
- Entry = every ``<li>`` ... ``</li>`` item of both lists: 20 entries (16 journal articles, 4 conference
  presentations, which are titled research abstracts).  Span = ``<li>`` line to ``</li>`` line.  Title = the text
  of ``<span class="title">``, stripped, trailing period dropped.
"""
import re

from _wild58 import entry, read_lines, write_truth

NAME = "CANDYlaboratory__candylab.github.io___pages__publication@727bbe1.md"
PART = "wild58_development"

TITLE = re.compile(r'<span class="title">(.*?)</span>')


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    first = None
    title = None
    for n, ln in enumerate(lines, 1):
        s = ln.strip()
        if s == "<li>":
            first, title = n, None
            continue
        m = TITLE.search(ln)
        if m and first is not None:
            title = m.group(1).strip().rstrip(".").strip()
            continue
        if s == "</li>" and first is not None:
            papers.append(entry(lines, first, n, title))
            first = None
    by = {p["line"]: p for p in papers}
    assert len(papers) == 20, len(papers)
    assert by[9]["title"] == "Morphological component analysis of fMRI networks using sparse dictionary learning", by[9]
    assert by[9]["end"] == 24, by[9]
    assert by[43]["title"] == "Multimodal EEG-fMRI: advancing insight into large-scale human brain dynamics", by[43]
    assert by[61]["title"] == "Resting-state “physiological networks”", by[61]
    assert by[97]["title"] == by[115]["title"] == "Echo planar time‐resolved imaging (EPTI)", by[97]
    assert by[186]["doi"] == "10.3389/fnhum.2016.00082", by[186]
    assert by[272]["doi"] == "10.1007/s11682-013-9275-7", by[272]
    assert by[316]["title"] == "Mapping stimulus-driven hemodynamic changes in white matterusing 7T high-resolution fMRI"
    assert by[344]["title"] == (
        "Bias of Metabolic (De)activations Introduced by Polynomial Detrending of fPET-FDG Data"
    ), by[344]
    assert by[344]["end"] == 356, by[344]
    write_truth(
        NAME,
        PART,
        papers,
        method="Raw HTML in Markdown: two <ol class=\"bibliography\"> lists (journal publications, then selected"
        " conference presentations).  Every <li> ... </li> item is one entry (20: 16 articles, 4 conference"
        " abstracts), span = the <li> line to the </li> line.  Title = the text of <span class=\"title\">, stripped,"
        " trailing period dropped (typographic quotes and the U+2010 hyphen kept).",
        checked="Read the whole file; compared the -v output with all 20 items (title spans, spans of the items,"
        " the nested year span at 61-78, the duplicated EPTI item 97/115, the two versions of the white-matter"
        " abstract 300/316) and the DOIs read from frontiersin and springer links.",
    )


if __name__ == "__main__":
    main()
