"""Wild57 truth for chenghaow/chenghaow.github.io _pages/publications.md: the publications page of Chenghao Wang's
urban climate / environmental science group (Jekyll minimal-mistakes site), newest commit (33b3f92, 2026-07-23).

Shape: 1419 lines, 77 KB.  YAML front matter (1-6), a Google Scholar line (8), a ``<div class="pub-legend">`` key to
the marks (10-20), then HTML in Markdown: ``<h2 class="pub-sec">Preprint</h2>`` (25) and one
``<h2 class="pub-year">`` per year (72 ... 1355, "2015 and earlier (journal articles only)"), each followed by
hand-written cards::

    <div class="pub">
      <div class="pub-line">
        <span class="pub-num">93.</span>
        <span class="me">Wang, C.</span>*, Tang, W., ... (2026).
        High-resolution emission source mapping: A bottleneck for understanding urban climate and air quality.
        <span class="pub-title">Environmental Research Letters</span>, in press.
        <span class="pub-links"><a href="https://doi.org/...">Full Text</a>.</span>
      </div>
      <div class="media">[<strong>Media coverage:</strong> ...]</div>     (some cards only)
    </div>

APA-like: authors (with ``<span class="me">``/``<span class="mentee">`` markup, ``*``/``†``/``‡``/``§`` marks and
``<sup>,</sup>``), ``(YEAR).``, the title as plain text on its own line(s), then the venue in
``<span class="pub-title">`` (despite the class name this is the journal, not the paper title).

Special cases:
- Numbering: preprints P3-P1, journal articles 93-1, conference papers C2, C1 and technical reports R8-R1 are
  interleaved by year; every card is an entry (106).
- 663-664 (no. 48): the year has no period, ``(2023)`` then the title on the next line.
- Author lists spanning up to 12 lines (P3, 29-40; 79, 239-246); the title may wrap (P2, 51-52).
- C1/C2 (1084-1090, 781-788): ``Title. In Editors (Eds.), <span class="pub-title">Proceedings</span>``; the
  title stops before ``In``.  1086 holds the title and the ``In ...`` editors on one line.
- R1-R8: ``Title. Report No. ... Report prepared for`` / ``Report (Article) prepared for the`` / ``Report by`` /
  ``Article prepared for`` (R3, 1014-1019); the title stops before ``Report`` / ``Article prepared``.  R6 (819-824) has an institutional author, ``The Stanford Center on Longevity
  (Wang, C. as one of the contributors). (2021).``.
- Commented-out Full Text links (87, 97) and a commented ``(Journal articles: 6)`` block (74-78) are not entries.
- ``&amp;`` in a title (R8, 568) is decoded to ``&``; titles ending in ``?`` keep it (no. 10).
- ``Media coverage`` divs after some cards (e.g. 250-256) list press articles, not papers: outside the entry.
- DOIs come from the doi.org Full Text links (e.g. no. 91 -> 10.1029/2026jd047402); R7 links
  ``doi.org/10.48550/arXiv.2307.15296``.

Decisions:
- Entry = one ``<span class="pub-num">`` card; its span is the pub-num line to the last line of the pub-line div.
- Title = the text between ``(YEAR).`` (or ``(YEAR)``) and the ``pub-title`` span, tags removed, whitespace joined,
  cut before ``. In `` / ``. Report`` / ``. Article prepared``, trailing period dropped, HTML entities decoded.
"""
import html
import re

from _wild57 import entry, read_lines, write_truth

NAME = "chenghaow__chenghaow.github.io___pages__publications@33b3f92.md"
PART = "wild57_development"

NUM = re.compile(r'<span class="pub-num">([^<]*)</span>')
YEAR = re.compile(r"\((?:\d{4})\)\.?\s+")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    nums = {}
    n = 0
    while n < len(lines):
        m = NUM.search(lines[n])
        if not m:
            n += 1
            continue
        first = n + 1
        j = n
        while "</div>" not in lines[j]:
            j += 1
        last = j  # 1-based number of the line before the closing </div>
        while not lines[last - 1].strip():
            last -= 1
        body = " ".join(x.strip() for x in lines[n + 1 : j])
        body = re.sub(r"<!--.*?-->", "", body)
        head = body.split('<span class="pub-title">')[0]
        ys = list(YEAR.finditer(head))
        assert ys, (first, head)
        title = head[ys[-1].end() :]
        title = re.sub(r"<[^>]+>", "", title)
        title = re.split(r"\.\s+(?:In [A-Z]|Report\b|Article prepared\b)", title)[0]
        title = html.unescape(re.sub(r"\s+", " ", title)).strip()
        title = title.removesuffix(".")
        p = entry(lines, first, last, title)
        papers.append(p)
        nums[m.group(1)] = p
        n = j + 1
    assert len(papers) == 106, len(papers)
    assert sum(k.startswith("R") for k in nums) == 8 and sum(k.startswith("C") for k in nums) == 2
    assert sum(k.startswith("P") for k in nums) == 3
    assert nums["P3."]["line"] == 29 and nums["P3."]["title"] == (
        "Rapid growth in urban climate science masks structural transferability gaps"
    ), nums["P3."]
    assert nums["P2."]["title"] == (
        "A novel approach to heat risk analysis using machine learning and the Unrestricted Mesoscale Analysis"
        " dataset: Nocturnal trends in Houston, TX during the 2022 TRACER IOP"
    ), nums["P2."]
    assert nums["48."]["title"].startswith("Wastewater-influenced estuaries"), nums["48."]
    assert nums["79."]["title"] == "The global hydrogen budget", nums["79."]
    assert nums["79."]["doi"] == "10.1038/s41586-025-09806-1", nums["79."]
    assert nums["R8."]["title"] == (
        "Multi-Scale Integrated Monitoring System for Enhancing Methane Emission Detection, Quantification & Prediction"
    ), nums["R8."]
    assert nums["R3."]["title"] == (
        "Effectively Reducing Race Differences in Old Age Demands a Life Course Approach"
    ), nums["R3."]
    assert nums["R6."]["title"] == "The New Map of Life", nums["R6."]
    assert nums["C1."]["title"] == (
        "Landscape phenology and soil moisture dynamics influenced by irrigation in a desert urban environment"
    ), nums["C1."]
    assert nums["C2."]["title"].startswith("METER-ML: A multi-sensor"), nums["C2."]
    assert nums["10."]["title"].endswith("urban planning strategies?"), nums["10."]
    assert nums["1."]["line"] == 1414, nums["1."]
    assert nums["93."]["doi"] is None, nums["93."]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every hand-written HTML card <div class=\"pub\"> with a <span class=\"pub-num\"> (P3-P1 preprints, 93-1"
        " journal articles, C2/C1 conference papers, R8-R1 technical reports) is one entry, spanning the pub-num line"
        " to the last line of its pub-line div (Media coverage divs excluded).  Title = the plain text between"
        " '(YEAR).' and the <span class=\"pub-title\"> venue span (the class names the venue, not the title), tags"
        " removed, lines joined, cut before '. In ' (editors), '. Report' or '. Article prepared', trailing period dropped, &amp; decoded.",
        checked="Printed all 106 card titles next to their numbers and compared them with the file: the wrapped"
        " titles (P2), the long author lists (P3, 79), no. 48 whose year lacks a period, the two conference papers"
        " with editors, the eight reports (R6 with an institutional author, R8 with &amp;), the commented-out blocks"
        " and the DOIs from doi.org links.",
    )


if __name__ == "__main__":
    main()
