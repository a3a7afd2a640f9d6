"""Wild58 truth for MengyingLei/LRTL4T-Survey README.md at 7ac1dc1 (2025-12-14): the companion repository of the
survey "Low-rank tensor learning for spatiotemporal traffic and mobility data: A survey" (Lei and Sun, Artificial
Intelligence for Transportation, 2025).  The README sorts the surveyed papers by the survey's taxonomy, one pipe
table per (sub)section.

Shape: 383 lines, no trailing newline.  Title, intro, framework figure (1-8); "About" with the survey's own
citation in a blockquote (10-13) and links (15-16); goals and "How the list is organized" (18-42); "Citation" with
a ```bibtex``` block (44-63); table of contents (65-79).  Then the paper tables, each a ``#### Sub`` or ``### Sub``
heading, sometimes a ``<p align="center"><img ...></p>`` figure, a header row and a separator row:
- Deterministic LRTL (81-173): ``| Paper | Venue | Year | Code |`` tables CP (90-101), Tucker (105-112), Others
  (116-125), Nuclear Norm (131-142), Truncated Nuclear Norm (146-152), Schatten-p (156-161), Others (165-173);
- Bayesian Probabilistic LRTL (175-205): CP-B (184-197) and Others (201-205);
- LRTL for Transportation Tasks (207-303): ``| Paper | Venue | Year | Technique | Code |`` tables Imputation
  (219-255), Extrapolation (264-266), Prediction (275-284), Pattern Discovery (290-293), Anomaly Detection
  (297-299), Regression (303);
- Spatiotemporal Constraints (305-363): ``| Paper | Venue | Year | Constraint | Code |`` tables Spatial (313-331)
  and Temporal (340-363); the Constraint cell holds math such as ``𝓡<sub>Lap</sub>``;
- Datasets (365-383): ``| Type | Dataset | Size | Link |``, one row a dataset.
One row a paper: ``| [Title](https://doi.org/...) | Venue | Year | [technique |] [GitHub](url) |``; the title cell
is a single Markdown link whose text is the title, the link is a doi.org or arxiv.org/abs address.

Special cases:
- The same paper is listed in several tables (e.g. "Generalized Least Squares Kernelized Tensor Factorization" at
  101, 248, 328, 360; "Low-Rank Autoregressive Tensor Completion ..." at 148, 238, 264, 354): every row is its own
  entry, as the file lists it again under another heading.
- 120 lacks the empty Code cell (``... | 2024 |``), 137 / 241 / 250 have two spaces before the venue: cells are split
  on ``|`` and only the first cell matters.
- Titles keep their em dashes and en dashes as written (``Spatial—Temporal``, 96 / 107; ``spatial–temporal``, 131).
- 303 / 331 / 363 have two code links (``[GitHub](...) [CRAN](...)``) in the last cell: still one entry.

Decisions:
- Entry = every body row of a paper table, i.e. every line that starts with ``| [`` (90-363): 184 entries, one line
  each.  Title = the text of the link in the first cell.
- The Datasets table rows (368-383) name a dataset, not a paper (the first cell is a data type): not entries.
- The survey's own reference in "About" (11-13) and its bibtex (46-63) cite the companion survey itself, not a
  listed paper: not entries.  Header and separator rows are not entries.
- DOIs come from the doi.org links (lower-cased by the helper), arXiv ids from the arxiv.org/abs links.
"""
import re

from _wild58 import entry, read_lines, write_truth

NAME = "MengyingLei__LRTL4T-Survey__README@7ac1dc1.md"
PART = "wild58_development"

ROW = re.compile(r"^\| \[(?P<title>[^\]]+)\]\((?P<url>[^)]+)\)\s*\|")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ROW.match(ln)
        if m:
            papers.append(entry(lines, n, n, m.group("title").strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 184, len(papers)
    assert min(by) == 90 and max(by) == 363, (min(by), max(by))
    assert not any(n >= 365 for n in by)
    assert by[90]["title"] == "Accurate Recovery of Internet Traffic Data Under Variable Rate Measurements", by[90]
    assert by[90]["doi"] == "10.1109/tnet.2018.2819504", by[90]
    assert by[96]["title"] == (
        "Spatial—Temporal Traffic Flow Data Restoration and Prediction Method Based on the Tensor Decomposition"
    ), by[96]
    assert by[101]["title"] == "Generalized Least Squares Kernelized Tensor Factorization", by[101]
    assert by[101]["arxiv"] == "2412.07041", by[101]
    assert by[120]["title"] == "A tensor train approach for internet traffic data completion", by[120]
    assert by[131]["title"] == "Tensor based missing traffic data completion with spatial–temporal correlation"
    assert by[136]["doi"] == "10.1137/22m1531907", by[136]
    assert by[303]["title"] == (
        "Scalable Spatiotemporally Varying Coefficient Modeling with Bayesian Kernelized Tensor Regression"
    ), by[303]
    assert by[303]["doi"] == "10.1214/24-ba1428", by[303]
    assert by[363]["title"] == by[303]["title"], by[363]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every body row of the paper tables (| Paper | Venue | Year | [Technique/Constraint |] Code |) is one"
        " entry, one line each (lines 90-363, rows starting with '| ['); a paper listed under several headings is an"
        " entry each time.  Title = the text of the Markdown link in the first cell.  The Datasets table (368-383),"
        " the survey's own citation in About (11-13) and its bibtex, header and separator rows are not entries.",
        checked="Read the whole file; compared the -v output with every table row (184), spot-checked dashes"
        " (96, 107, 131), rows without a trailing code cell (120) or with two code links (303, 331, 363), DOIs from"
        " doi.org links and arXiv ids from arxiv.org/abs links, and that no dataset row is listed.",
    )


if __name__ == "__main__":
    main()
