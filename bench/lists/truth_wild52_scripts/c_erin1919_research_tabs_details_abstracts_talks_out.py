"""Wild52 truth for Erin-1919/Erin-1919.github.io research.md: the "Research" page of a geomatics researcher's Jekyll
site (Discrete Global Grid Systems, methane inventories, terrain and flood modelling, spruce budworm), newest commit
(adada30, 2026-07-01).

Shape: 259 lines, 38 KB.  Front matter (1-5), a ``<style>`` block (7-28) and four tab buttons (30-35), then four
``<div class="tab-content">`` blocks, each wrapping a Liquid ``{% capture %}`` of Markdown that is ``markdownify``-ed:
- ``publications`` (37-145): ``## Peer-reviewed Publications`` (40) with ``### 2026`` .. ``### 2019`` year headings;
  each paper is ONE long paragraph line ``Authors. Title. Venue. Vol(Issue), pages. [**DOI**](https://doi.org/...) /
  [**PDF**](https://Erin-1919.github.io/assets/pdf/papers/...)`` followed by a ``<details>`` /
  ``<summary>Abstract</summary>`` / abstract / ``</details>`` card (4 lines, 57-60 one blank line later).  Authors are
  ``Surname, I.I.`` joined by ``; ``, the site owner bold (``**Li, M.E.**``, ``**Li, M.**``), not always first (55, 70).
  14 papers; 122 (AutoCarto2020) has only a PDF link to an abstract page.
- ``presentations`` (147-188): ``## Conference Presentations``, 14 lines ``Authors. Title. Oral presentation at ...,
  Month Year, Place. [**Slides**](...)``.
- ``talks`` (190-211): ``## Other Invited Talks``, 6 lines ``Title. Presented at ... / Guest lecture at ...``.
- ``thesis`` (213-236): ``## Thesis`` with ``### 2023`` / ``### Ph.D. Dissertation`` (217-218) and ``### 2019`` /
  ``### M.Sc. Thesis`` (226-227), each a ``Title. [**URL**](handle link)`` line with a ``<details>`` abstract.
- a ``<script>`` (238-259) for the tabs.

Special cases:
- The conference presentations repeat or paraphrase papers (153 = 48's SKI Canada 2026 paper, 180 = 122's AutoCarto
  2020 abstract, 177 ~ 100) and the invited talks are lectures: they are talks, in a tab of their own apart from the
  publications, so NOT entries.
- The two theses (PhD 2023, MSc 2019) are research works: entries, title = the line before ``. [**URL**]``.
- Titles keep their case and punctuation (``Geospatial Operations of Discrete Global Grid Systems – A Comparison with
  Traditional GIS`` en dash 108, ``Geo-feature Modeling Uncertainties ...: A Case Study of Downtown Calgary, Canada``
  115, ``QuadGridSIM: ...`` 70).
- DOIs: doi.org links (Zenodo 10.5281 for 48; none for 122 or the theses).

Decisions:
- Entry = each paper paragraph of the publications tab (14) and each thesis (2): 16.  Span = the citation line
  through its ``</details>`` (the abstract belongs to the entry).
- Title = the text after the author list (``Surname, Initials`` items joined by ``; ``, bold allowed) up to the next
  ``. `` (the venue starts there); for a thesis, the line up to ``. [**URL**]``.
"""
import re

from _wild52 import entry, read_lines, write_truth

NAME = "Erin-1919__Erin-1919.github.io__research@adada30.md"
PART = "wild52_development"

AUTHOR = r"(?:\*\*)?[A-Z][A-Za-z'-]+, (?:[A-Z]\.)+(?:\*\*)?"
PAPER = re.compile(rf"^{AUTHOR}(?:; {AUTHOR})* (?P<title>.+?)\. (?P<rest>.+\[\*\*(?:DOI|PDF)\*\*\].*)$")
THESIS = re.compile(r"^(?P<title>[A-Z].+?)\. \[\*\*URL\*\*\]\(http[^)]+\)$")


def close_of(lines: list[str], n: int) -> int:
    """The line of the ``</details>`` closing the abstract card after line n."""
    k = n + 1
    while not lines[k - 1].strip():
        k += 1
    assert lines[k - 1] == "<details>", (n, k)
    while lines[k - 1] != "</details>":
        k += 1
    return k


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = None
    for n, ln in enumerate(lines, 1):
        if ln.startswith("## "):
            section = ln[3:].strip()
            continue
        if (section == "Peer-reviewed Publications" and (m := PAPER.match(ln))) or (
            section == "Thesis" and (m := THESIS.match(ln.rstrip()))
        ):
            papers.append(entry(lines, n, close_of(lines, n), m.group("title")))
    assert len(papers) == 16, len(papers)
    t = {p["line"]: p for p in papers}
    assert sorted(t) == [42, 48, 55, 63, 70, 78, 85, 92, 100, 108, 115, 122, 130, 137, 219, 228], sorted(t)
    assert (t[42]["title"], t[42]["doi"], t[42]["end"]) == (
        "Enabling a Digital Earth for Methane Emissions Management with Equal-Area Discrete Global Grids",
        "10.1080/17538947.2025.2607210", 46), t[42]
    assert t[48]["doi"] == "10.5281/zenodo.20598496", t[48]
    assert t[70]["title"].startswith("QuadGridSIM: A quadrilateral grid-based method"), t[70]
    assert t[108]["title"] == ("Geospatial Operations of Discrete Global Grid Systems – A Comparison with"
                               " Traditional GIS"), t[108]
    assert t[115]["title"].endswith("A Case Study of Downtown Calgary, Canada"), t[115]
    assert (t[122]["title"], t[122]["doi"]) == (
        "National Terrain Data Management on Discrete Global Grids in Canada", None), t[122]
    assert t[219]["title"] == "Hexagonal Discrete Global Grid Systems in Topographical and Hydrological Modeling"
    assert t[228]["end"] == 233 and t[228]["doi"] is None, t[228]
    assert sum(1 for p in papers if p["doi"]) == 13
    write_truth(
        NAME,
        PART,
        papers,
        "Entries = the 14 paper paragraphs of the 'Peer-reviewed Publications' tab (42-137, under ### year headings)"
        " and the 2 theses of the 'Thesis' tab (219, 228), 16; each spans its citation line through the closing"
        " </details> of its abstract card; title = text after the 'Surname, I.I.; ...' author list up to the next '. '"
        " (thesis: the line before '. [**URL**]'); the Conference Presentations tab (14 talks, some repeating papers)"
        " and the Invited Talks tab are talks, not entries.",
        "Read the whole file; compared -v for all 16 entries: spans to </details> (incl. 55-60 with the blank line"
        " before <details>), bold owner not first (55, 70), en dash title 108, comma/colon title 115, DOIs of 13"
        " papers from doi.org links (Zenodo 48), none for the AutoCarto abstract 122 and the theses; confirmed no"
        " presentation or talk line was taken.",
    )


if __name__ == "__main__":
    main()
