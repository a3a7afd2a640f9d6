"""Wild42 truth for landlab/landlab USEDBY.md: the "Papers and Presentations" bibliography of the Landlab
project (a Python toolkit for Earth-surface-dynamics models, CSDMS), the group's hand-kept record of the
papers, theses and talks that use Landlab; the docs page ``about/usedby.md`` includes it.

Shape: 951 lines, no front matter: ``# Papers and Presentations``, then ``## Peer-reviewed journal articles``
(3-350) with ``### 2026`` ... ``### 2016`` year headings, ``## Peer-reviewed conference proceedings``
(352), ``## Press`` (360), ``## Theses, Dissertations, and Reports`` (366, ``### 2020``, ``### 2018``),
``## Presentations`` (376-829, years 2020-2013; 2020 empty) and ``## Clinics and Workshops`` (831-951).
Records are blank-line separated paragraphs without list markers, in an APA-like style with the title in
bold: ``Authors (Year). **Title.** *Journal*, vol(issue), pages, [https://doi.org/..](https://doi.org/..)``
or ``[DOI](..)``.  Two generations coexist: one-line paragraphs (2026-2019) and hard-wrapped ones of 2-7
lines (2019-2016, e.g. 263-267, 322-328) that add ``[abstract](..)`` / ``[paper](..)`` links to the
journal's own pages.  Special cases: 339-344, the title split over two bold runs
(``**CellLab-CTS 2015: continuous-time stochastic cellular automaton** **modeling using Landlab.**``);
354-358 (the proceedings paper), whose bold run also holds the proceedings name; 219, the bold title ends in
``,`` (``**...for groundwater flow,**``); 241, the bold ends before the period; 7, a book chapter (``In
*Water Security and Climate Change...*``); 129 and 235, conference papers (CVPR, EUSIPCO) in the journal
section; 243, escaped ``\\*`` equal-contribution marks; year forms ``(2025).``, ``(2022)`` and no year
before the title (309, 322, 330, 339, 346: the year follows the venue); 29 is filed under 2025 with
``(2026)``.  The presentations are AGU/EGU/GSA abstracts written ``Authors (Year, Month) Title. Paper
presented at ...`` without bold, some with ``[poster](https://doi.org/10.6084/m9.figshare...)`` links;
the press item is a news story; the clinics are workshop records headed by a bold event name.
Decisions:
- Entry = each paragraph of the journal-article section (130: articles, the chapter at 7, the two
  conference papers), the proceedings paper (354-358) and the two dissertations (370, 374) -- 133, each over
  its own lines.
- Not entries: the press item (362-364, a news story), every paragraph of "Presentations" (talks and
  posters -- conference abstracts, not papers) and of "Clinics and Workshops" (training events).
- Title = the paragraph's bold text (two bold runs joined for 339), markup removed, final ``.``/``,`` dropped;
  hand-set for 354 (the bold run's ``Proceedings of ...`` is the venue): "Landlab: Sustainable Software
  Development in Practice".
- Ids: the first DOI the paragraph writes (bare ``https://doi.org/`` link text or ``[DOI](..)``), by the
  helper; no arXiv ids are written.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild42 import entry, read_lines, write_truth

NAME = "landlab__landlab__USEDBY@33b6215.md"
PART = "wild42_development"

BOLD = re.compile(r"\*\*(.+?)\*\*", re.DOTALL)
TITLES = {354: "Landlab: Sustainable Software Development in Practice"}


def paragraphs(lines: list[str], start: int, stop: int) -> list[tuple[int, int]]:
    """Blank-line separated blocks between lines start and stop (1-based, stop excluded), headings skipped."""
    out = []
    cur = None
    for n in range(start, stop):
        ln = lines[n - 1]
        if not ln.strip() or ln.startswith("#"):
            if cur:
                out.append(tuple(cur))
            cur = None
            continue
        if cur is None:
            cur = [n, n]
        else:
            cur[1] = n
    if cur:
        out.append(tuple(cur))
    return out


def main() -> None:
    lines = read_lines(NAME)
    heads = {ln: n for n, ln in enumerate(lines, 1) if ln.startswith("## ")}
    art = heads["## Peer-reviewed journal articles"]
    proc = heads["## Peer-reviewed conference proceedings"]
    press = heads["## Press"]
    theses = heads["## Theses, Dissertations, and Reports"]
    pres = heads["## Presentations"]
    assert (art, proc, press, theses, pres) == (3, 352, 360, 366, 376), (art, proc, press, theses, pres)
    blocks = paragraphs(lines, art, proc) + paragraphs(lines, proc, press) + paragraphs(lines, theses, pres)
    papers = []
    for first, last in blocks:
        text = "\n".join(lines[first - 1 : last])
        runs = BOLD.findall(text)
        assert runs and (len(runs) == 1 or first == 339), (first, runs)
        title = TITLES.get(first) or " ".join(runs)
        papers.append(entry(lines, first, last, title))
    t = {p["line"]: p["title"] for p in papers}
    assert t[339] == "CellLab-CTS 2015: continuous-time stochastic cellular automaton modeling using Landlab", t[339]
    assert t[219] == "GroundwaterDupuitPercolator: A Landlab component for groundwater flow", t[219]
    assert t[241] == "umami: a Python package for Earth surface dynamics objective function construction", t[241]
    assert t[7].startswith("Effects of Extreme Precipitation Events") and t[7].endswith("Coastal Cordillera"), t[7]
    assert t[370].startswith("Constraining tectonic and climatic controls"), t[370]
    spans = {p["line"]: p["end"] for p in papers}
    assert spans[322] == 328 and spans[339] == 344 and spans[354] == 358, spans
    d = {p["line"]: p["doi"] for p in papers}
    assert d[7] == "10.1007/978-3-032-08411-8_8" and d[219] == "10.21105/joss.01935", (d[7], d[219])
    assert not any(p["arxiv"] for p in papers)
    seen: dict[str, int] = {}
    for p in papers:
        key = p["title"].lower()
        if key in seen:
            print("repeat:", seen[key], p["line"], p["title"])
        seen[key] = p["line"]
    print("no DOI:", [p["line"] for p in papers if not p["doi"]])
    assert len(papers) == 133, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each paragraph of '## Peer-reviewed journal articles' (130, incl. a book chapter and two conference "
        "papers), the proceedings paper and the two dissertations is an entry over its own lines (133); title = "
        "the paragraph's bold text (339's two bold runs joined; 354 hand-set without its proceedings name); ids = "
        "the first DOI written; press, presentations (conference abstracts/talks) and clinics are not entries.",
        "Checked every paragraph of the three paper sections has exactly one bold run (339 two), listed all 133 "
        "titles with what follows them, read the first and last paragraphs of every year heading, ~25 random "
        "entries against the -v output, the hard-wrapped 2019-2016 paragraphs (249-350), the chapter 7, the CVPR "
        "and EUSIPCO papers (129, 235), 219's comma and 241's outside period, 243's escaped asterisks, the "
        "year-less paragraphs (309, 322, 330, 339, 346), the proceedings and thesis records, and skimmed the Press, "
        "Presentations (abstracts, figshare poster DOIs) and Clinics (bold event names) sections.",
    )


if __name__ == "__main__":
    main()
