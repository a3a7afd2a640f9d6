"""Wild56 truth for AcWiz/ML-Ocean-Weather-Papers README.md: "ML + Ocean/Weather 论文库", a Chinese-headed,
script-updated list of arXiv papers on machine learning for ocean / weather forecasting and data assimilation,
newest commit touching it (1e9fad9, 2026-03-10).

Shape: 494 lines, 48 KB.  ``# ML + Ocean/Weather 论文库`` (1), a Chinese tagline (3), ``## 📊 统计`` with bold
counts (7-13), then four ``##`` sections: Weather Forecasting (17), Ocean Data Assimilation (169), Neural Operators &
PINN (211), Other (343).  Each paper is a card: ``### Title`` (plain text, no link), ``- **arXiv**: [2603.06153v1]
(https://arxiv.org/abs/2603.06153v1)``, ``- **Date**: 2026-03-06`` and ``- **Abstract**: ...`` (abstract cut at a
fixed length, ending ``...``), then a blank line.

Special cases:
- The statistics block claims 119 papers (46 / 8 / 26 / 39) but the page holds 94 cards (30 / 8 / 26 / 30); the bold
  statistics lines (9-13) are not entries.
- The title is the whole ``###`` heading, plain text; the link is only on the arXiv id, with a version.
- Some cards are off-topic for the section (e.g. power-grid load forecasting and EV energy demand under Weather
  Forecasting, CFD/PINN papers under Other): still papers, entries.
- No title repeats and no arXiv id repeats.

Decisions:
- Entry = each ``###`` card, spanning its heading and its three bullets (heading to Abstract line).  94 entries.
- Title = the heading text.
"""
import re

from _wild56 import entry, read_lines, write_truth

NAME = "AcWiz__ML-Ocean-Weather-Papers__README@1e9fad9.md"
PART = "wild56_development"

CARD = re.compile(r"^### (?P<title>.+)$")
FIELD = re.compile(r"^- \*\*(?:arXiv|Date|Abstract)\*\*: ")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[8] == "- **总计**: 119 篇论文", lines[8]
    papers = []
    for n, ln in enumerate(lines, 1):
        m = CARD.match(ln)
        if not m:
            continue
        last = n
        while last < len(lines) and FIELD.match(lines[last]):  # lines[last] is line last + 1
            last += 1
        assert last == n + 3, (n, last)
        papers.append(entry(lines, n, last, m.group("title").strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 94, len(papers)
    first = by[19]
    assert first["title"] == (
        "Ensemble Graph Neural Networks for Probabilistic Sea Surface Temperature Forecasting via Input Perturbations"
    ), first
    assert first["arxiv"] == "2603.06153", first
    assert (first["line"], first["end"]) == (19, 22), first
    assert by[84]["title"] == "GLONET: Mercator's end-to-end neural Global Ocean forecasting system", by[84]
    assert by[84]["arxiv"] == "2412.05454", by[84]
    assert papers[-1]["title"].startswith("Optimize discrete loss with finite-difference physics constraint"), papers[-1]
    assert papers[-1]["arxiv"] == "2603.07151", papers[-1]
    assert len({p["arxiv"] for p in papers}) == 94
    assert all(p["doi"] is None for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every '### Title' card is an entry (94), spanning the heading and its three bullets"
        " (**arXiv** link with version, **Date**, truncated **Abstract**).  Title = the plain heading text.  The"
        " statistics block (which claims 119 papers) is not an entry.",
        checked="Read the whole file and compared the -v output for all 94 cards: heading titles, spans heading..Abstract,"
        " arXiv ids without version (all distinct), no DOIs; section counts 30/8/26/30 against the claimed 46/8/26/39.",
    )


if __name__ == "__main__":
    main()
