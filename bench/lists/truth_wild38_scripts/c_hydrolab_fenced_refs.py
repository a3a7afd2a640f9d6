"""Wild38 truth for zhang-hydrolab/zhang-hydrolab.github.io publications/list.md: the publication list of
a hydrology / remote-sensing group (evapotranspiration, streamflow, GRACE, soil moisture, drought; Yongqiang
Zhang's lab), 2025 back to 2018.

Shape: no front matter; year headings ``# 2025`` ... ``# 2018`` (1, 55, 133, 179, 249, 291, 317, 331); under
each, references in APA 7 style exported from a reference manager, each alone inside its own fenced code
block: a line ```` ``` ````, one reference line, a line ```` ``` ````, then a blank line.  Because each
reference sits in a code block, its Markdown is not rendered: the ``*Remote Sensing of Environment*``
stars of the first reference (4, also 8 and 12) and the ``&amp;`` of 130 are shown literally (neither is in
a title).  A reference reads ``Authors (Year). Title. Journal, vol(issue), pages. [Portico.] https://doi.org/...``;
the stray "Portico." (an archive name from the export) stands before many Wiley DOIs.  The file ends
with the last closing fence and no newline.

Decisions:
- Every fenced reference is one entry (81), its span the reference line alone (the fence lines are
  markup, not the entry's text).  All are journal articles except: an SSRN preprint (40), an ESSOAr
  preprint (294) and an EGU General Assembly abstract (306, a conference contribution with its own DOI),
  counted as scholarly works; data-description papers in Earth System Science Data (210, 246) and the
  software paper "phenofit: An R package ..." (234) are journal articles and count.
- Title: the text after ``(Year). `` up to the first ``.`` or ``?`` that is followed by a space (the
  separator before the journal or DOI); the final ``.`` is dropped, a final ``?`` kept (126, 222, 314).
  Titles are kept as written: the non-ASCII hyphen in "Centennial‐Scale" (16), "Lulc" (40), "three corned
  hat" (24), the en dash of "(SRS) – A new" (130).
- Ids: the https://doi.org URL, lower-cased as written (Wiley DOIs already lower-case); reference 12 has
  none.  No arXiv ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild38 import entry, read_lines, write_truth

NAME = "zhang-hydrolab__zhang-hydrolab.github.io__publications__list@9ce64b0.md"
PART = "wild38_development"

TITLE = re.compile(r"\((\d{4})\)\. (.+?[.?])(?= )")
YEARS = [2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    heads = []
    year = None
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.startswith("# "):
            year = int(ln[2:])
            heads.append(year)
        elif ln == "```":
            assert lines[i + 2] == "```", i + 1
            n = i + 2  # 1-based line of the reference
            ref = lines[n - 1]
            m = TITLE.search(ref)
            assert m and int(m.group(1)) == year, n
            papers.append(entry(lines, n, n, m.group(2)))
            i += 3
            continue
        else:
            assert not ln.strip(), i + 1
        i += 1
    assert heads == YEARS, heads
    t = {p["line"]: p["title"] for p in papers}
    assert t[126] == "Can direct CMIP6 model simulations reproduce mean annual historical streamflow change?", t[126]
    assert t[222].endswith("Reduce Uncertainty in Actual Evapotranspiration Estimates?"), t[222]
    assert t[314].endswith("Without Runoff Calibration?"), t[314]
    assert t[130] == "The Strategic Random Search (SRS) – A new global optimizer for calibrating hydrological models", t[130]
    assert t[234] == "phenofit: An R package for extracting vegetation phenology from time series remote sensing", t[234]
    assert t[40] == "Assessing and Predicting Bojiang Lake Area and Lulc Changes from 2000 to 2045", t[40]
    assert t[306] == "Detecting changes in irrigation water requirement in Central Asia under CO2 fertilization and " \
        "land use changes", t[306]
    d = {p["line"]: p["doi"] for p in papers}
    assert [n for n, v in d.items() if v is None] == [12], d
    assert d[294] == "10.1002/essoar.10502731.1" and d[306] == "10.5194/egusphere-egu2020-8047", d
    assert d[40] == "10.2139/ssrn.5003164" and d[16] == "10.1029/2025wr041001", d
    assert all(p["arxiv"] is None for p in papers)
    assert len(papers) == 81, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each APA reference alone in its own ``` fenced block under a year heading is one entry (the reference "
        "line only); title = the text after '(Year). ' up to the first '.' or '?' followed by a space (a final '?' "
        "kept); ids = the reference's doi.org URL.",
        "Every reference line (81) printed with its title and DOI in the -v output and compared with the file by "
        "eye: all titles ending in '?' (126, 222, 314), the dash, colon and parenthesis titles (130, 234, 16), the "
        "preprints and abstract (40 SSRN, 294 ESSOAr, 306 EGU), the reference with literal Markdown stars and no "
        "DOI (12), the &amp; venue (130), the first and last reference under each of the eight year headings, "
        "and that every fence pairs with one reference line.",
    )


if __name__ == "__main__":
    main()
