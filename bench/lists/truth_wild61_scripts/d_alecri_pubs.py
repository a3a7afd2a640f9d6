"""Wild61 truth for alecri/alecri.github.io publications.md at 37acb88 (2026-01-09): the publication list of
Alessio Crippa (biostatistician, Karolinska Institutet) on his Jekyll site: epidemiology, dose-response
meta-analyses, prostate-cancer platform trials, breast screening.  Medicine / biostatistics.

Shape: 320 lines.  Front matter (1-7), a setext heading ``Publications`` (9-10), then year headings
``## 2026`` (13) .. ``## 2014`` (309).  Under each year a raw-HTML list ``<ul class="fa-ul"> ... </ul>`` whose
items are written over two or three lines::

    <TAB>  <li><a href="" target="_blank"><i class="fa-li fa fa-file-text"></i></a>
    <TAB>Authors, <b>Crippa A</b>, ... <a href="..." target="_blank"> Title</a>. Journal. Date;vol(issue):pages.</li>
    <TAB><div style="height:10px"></div>

The first ``<a>`` holds only an icon (its href is empty or a ResearchGate / PMC / pdf link); the second
``<a>`` holds the title (href empty or a PubMed link).  From 2022 on (128) ``</li>`` sits on its own line; in
200-203 the author line itself wraps.  Items are separated by ``<div style="height:10px"></div>`` spacer lines.

Special cases:
- 84: the link text starts with a group author: ``ScreenTrustCAD Trial Consortium. Artificial intelligence for
  breast cancer detection ...``;
- 196: the link text ends with the journal: ``... a systematic review and meta-analysis. British journal of
  sports medicine.``;
- many link texts end with a period (141, 202, 207, 217, 222, 227);
- 279: the title of a letter quotes the article it answers (``Letter to editor: “Ideal cardiovascular health
  metrics ...”``); kept as written with its quotes;
- 125: a conference abstract (ATS 2022 ``InD94. PANDEMIC OUTPUT ...``) and 222 a journal-supplement abstract;
  71 a medRxiv preprint; 274 a software paper (dosresmeta, J. Stat. Softw.); all are entries;
- DOIs written as text: 55 (``https://doi.org/10.1038/s41591-024-03204-2``), 80, 84, 88, 165, 170, 175, 191,
  274, 288, 293; 252's icon link is a Wiley ``/doi/10.1002/jrsm.1194/pdf`` URL (12 DOIs in all).

Decisions:
- Entry = every ``<li>`` item (52), spanning from its ``<li>`` line to the line holding ``</li>``.
- Title = the text of the second, non-empty ``<a>``, whitespace collapsed, trailing period dropped; the group
  author of 84 and the journal of 196 are cut off.  DOIs come from the helper; no arXiv ids.
"""
import re

from _wild61 import entry, read_lines, write_truth

NAME = "alecri__alecri.github.io__publications@37acb88.md"
PART = "wild61_development"

ANCHOR = re.compile(r'<a href="[^"]*"\s+target="_blank">\s*([^<]*?)\s*</a>', re.DOTALL)


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = 1
    while n <= len(lines):
        if not lines[n - 1].lstrip().startswith("<li>"):
            n += 1
            continue
        last = n
        while "</li>" not in lines[last - 1]:
            last += 1
        texts = [t for t in ANCHOR.findall("\n".join(lines[n - 1 : last])) if t.strip()]
        assert len(texts) == 1, (n, texts)
        title = " ".join(texts[0].split())
        title = title.removeprefix("ScreenTrustCAD Trial Consortium. ")
        title = title.removesuffix(" British journal of sports medicine.")
        title = title.rstrip(".")
        papers.append(entry(lines, n, last, title))
        n = last + 1
    by = {p["line"]: p for p in papers}
    assert len(papers) == 52, len(papers)
    assert min(by) == 16 and max(by) == 317, (min(by), max(by))
    assert by[16]["title"].startswith("Simulation‐Based Bayesian Predictive Probability of Success"), by[16]
    assert by[54]["doi"] == "10.1038/s41591-024-03204-2", by[54]
    assert by[83]["title"].startswith("Artificial intelligence for breast cancer detection in screening"), by[83]
    assert by[83]["doi"] == "10.1016/s2589-7500(23)00153-x", by[83]
    assert by[128]["end"] == 130 and by[128]["title"].startswith("Clinical trial design during"), by[128]
    assert by[140]["title"].endswith("dose-response meta-analysis of randomized controlled trials"), by[140]
    assert by[195]["title"] == (
        "Association of high amounts of physical activity with mortality risk: a systematic review and"
        " meta-analysis"
    ), by[195]
    assert by[200]["end"] == 203 and by[200]["title"].startswith("Association between Outdoor Air Pollution")
    assert by[206]["title"] == "One-stage dose-response meta-analysis for aggregated data", by[206]
    assert by[273]["title"] == "Multivariate Dose-Response Meta-Analysis: the dosresmeta R Package", by[273]
    assert by[278]["title"].startswith("Letter to editor: “Ideal cardiovascular") and by[278]["title"][-1] == "”"
    assert by[317]["title"].startswith("Coffee Consumption and Mortality from All Causes"), by[317]
    assert all(p["arxiv"] is None for p in papers)
    assert all("<" not in p["title"] and not p["title"].endswith(".") for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every raw-HTML '<li>' item of the per-year '<ul class=\"fa-ul\">' lists is one entry (52),"
        " spanning from the '<li>' line to the line holding '</li>' (two to four lines).  Title = the text of"
        " the second, non-empty '<a>' (the first holds only an icon), whitespace collapsed and the trailing"
        " period dropped; the group author 'ScreenTrustCAD Trial Consortium.' (84) and the journal name inside"
        " the link (196) are cut off.  Year headings and the spacer '<div>' lines are not entries.",
        checked="Read the whole file; compared the -v output with all 52 items: two- vs three-line items,"
        " the wrapped author line (200-203), link texts with group author (84), journal (196) and trailing"
        " periods, the quoted letter title (279), abstracts and preprint (71, 125, 222), and the DOIs written"
        " as text.",
    )


if __name__ == "__main__":
    main()
