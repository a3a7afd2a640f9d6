"""Wild62 truth for JunjieYU-UoM/JunjieYU-UoM.github.io _pages/includes/publications.md at 96b1340 (2026-02-10): the
publications section of an environmental-engineering / urban-climate researcher's personal site (a Jekyll page
assembled from ``includes/*.md`` via ``include_relative``), written by hand as HTML lists inside Markdown.

Shape: 50 lines.  ``# 📝 Publications`` (1), then two affiliation groups, each a bold-italic Markdown label and an
``<ol reversed>``: ``***at UoM***`` (3, list 4-19, 4 items) and ``***at RCEES***`` (21, list 22-50, 8 items).
Most ``<li>`` items span 3-5 lines:
``<li> <authors>.`` / ``<a href="https://doi.org/..." target="_blank">`` / ``<title>.`` / ``</a> <journal>, <year>,
<vol>, <pages>. </li>``; the title sits alone on its own line between the ``<a>`` and ``</a>`` lines, indented with
tabs in the UoM items (7, 12, 16) and spaces in the RCEES items.

Special cases:
- Three items have no link and fit on one line (18, 48, 49); their titles are written by hand.  18 is an AGU Fall
  Meeting 2023 conference abstract; 49 separates authors and title with a comma (``..., J.J. Yu, Comparison of
  ...``) instead of a period.
- The item at 40-43 links a Chinese journal's page (zghjkx.com.cn on 41, no DOI); it and 48, 49 are marked
  ``(in Chinese)`` (English titles of Chinese-language papers).
- 38 writes ``Fe  (VI)`` with a double space; the stored title has it collapsed to one (``Fe (VI)``).
- In the item at 44-47 the ``</a>`` is followed directly by the journal (47: ``</a>Process. Saf. ...``).

Decisions:
- Entry = each ``<li>`` (12 entries), spanning from its ``<li>`` line to the line with ``</li>``; the conference
  abstract (18) is kept as it is listed as a publication.
- Title = the text between ``<a ...>`` and ``</a>`` without surrounding whitespace and the trailing period; the
  three unlinked items by hand.
"""
import re

from _wild62 import entry, read_lines, write_truth

NAME = "JunjieYU-UoM__JunjieYU-UoM.github.io___pages__includes__publications@96b1340.md"
PART = "wild62_held_out"

LINK = re.compile(r"<a [^>]*>(.*?)</a>", re.DOTALL)
BY_HAND = {
    18: "Leverage a Cloud-based Big Data Processing Platform for Climate Extremes Research",
    48: "Effects of nano- and micro-particles on coagulation process of aluminum-based coagulants and fouling of"
    " ultrafiltration membrane",
    49: "Comparison of the effect of AlCl3 and Al13 on sludge conditioning in water supply plant",
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = 1
    while n <= len(lines):
        if "<li>" not in lines[n - 1]:
            n += 1
            continue
        last = n
        while "</li>" not in lines[last - 1]:
            last += 1
        if n in BY_HAND:
            title = BY_HAND[n]
        else:
            title = LINK.search("\n".join(lines[n - 1:last])).group(1).strip()
            title = title.removesuffix(".")
        papers.append(entry(lines, n, last, title))
        n = last + 1
    assert len(papers) == 12, len(papers)
    on = {p["line"]: p for p in papers}
    assert sorted(on) == [5, 10, 14, 18, 23, 28, 32, 36, 40, 44, 48, 49], sorted(on)
    assert on[5]["title"] == "Empowerment of accurate modeling of anaerobic membrane bioreactors by automated machine" \
        " learning", on[5]
    assert on[5]["doi"] == "10.1016/j.jenvman.2026.128801", on[5]
    assert on[10]["title"] == "Leveraging Automated Machine Learning (AutoML) for Urban Climate Emulation", on[10]
    assert on[18]["doi"] is None, on[18]
    assert on[36]["title"] == "Removal of microorganic pollutants in aquatic environment: The utilization of Fe (VI)"
    assert on[40]["title"].startswith("Mechanism on the effects of floc aging") and on[40]["doi"] is None, on[40]
    assert on[44]["title"].endswith("Influence of hydraulic conditions and dosing methods"), on[44]
    assert on[44]["doi"] == "10.1016/j.psep.2022.08.030", on[44]
    assert sum(1 for p in papers if p["doi"]) == 8
    write_truth(
        NAME,
        PART,
        papers,
        method="Each <li> of the two hand-written HTML <ol reversed> lists (UoM, RCEES) is one entry, spanning from"
        " its <li> line to its </li> line (12 entries).  Title = the text inside the <a href=doi> link, which sits"
        " alone on the line between <a> and </a>, without surrounding whitespace and trailing period; the three"
        " unlinked one-line items (18 conference abstract, 48, 49) are written by hand.  The affiliation labels are"
        " not entries.",
        checked="Read the whole file; compared the -v output with all 12 items: multi-line spans, tab/space-indented"
        " titles, the unlinked items and 49's comma after the authors, the Chinese-journal link without DOI (40-43),"
        " and the double space of 'Fe  (VI)' (stored as one).",
    )


if __name__ == "__main__":
    main()
