"""Wild43 truth for cure-lab/Awesome-time-series README.md: a lab's survey-style list of time-series papers
(2019-2023, top ML/DM venues) kept in Markdown pipe tables, one table per task; newest commit f50733b
(2023-02-03, "Merge pull request #7 ... Time Series libraries were added").

Shape: a short TOC, "Features"/"Update"/"TODO" bullets (1-33), then seven paper tables under ``## Survey`` (36,
rows 40-61, header ``Paper | Conference | Year | Code | Key Contribution``), ``## Time Series Forecasting``
(63, rows 67-154), ``## Time Series Classification`` (160, rows 163-177), ``## Anomaly Detection`` (179, rows
182-215; its header calls the first column ``Dataset`` although every row is a paper), ``## Time series
Clustering`` (217, rows 220-224), ``## Time series Segmentation`` (226, rows 229-232) and ``## Others`` (234,
rows 237-297), all with ``Paper | Conference | Year | Code | Used Datasets | Key Contribution``.  A row is
``| [Title](url) | Venue | Year | [code](...) or - | datasets (plain or linked) | contribution |``; some rows
indent the link cell with spaces, end without the closing pipe or use a full-width ``｜``.  Paper links go to
arXiv (abs/pdf, some with ``v5`` versions), ACM DL (``dl.acm.org/doi/pdf/10.1145/...``, one typed
``dI.acm.org`` 109, still a literal DOI), PMLR, NeurIPS/NIPS proceedings, OpenReview, IJCAI, AAAI, IEEE,
Springer (271: a ``10.1186/s13059-...`` Genome Biology DOI that the row writes, kept as written),
ScienceDirect ``pii`` (not a DOI), ResearchGate, and ``http://128.84.4.34/pdf/2009.11732`` (49, an arXiv mirror
IP, not an arXiv URL form, so no id).  Titles are written as the papers spell them, some all in capitals
(ICLR 2022 rows 83-88, 253-254), ``E^2GAN`` 297, ``USAD : ...`` 210.  Repeated rows: ``Financial time series
forecasting with deep learning : A systematic literature review: 2005-2019`` (58 and 60, both in Survey) and
``Attentive Neural Controlled Differential Equations ...`` (121 Forecasting, 173 Classification).

After the papers: ``# Time Series Libraries`` (299, rows 303-314: ``[📚 Darts](github)`` etc. with company and
stars) and ``# Time Series Benchmarks and Datasets`` (317, rows 321-323).

Decisions:
- An entry is every row of the seven paper tables (229 rows): title = the first cell's link text (trailing
  space trimmed); ids from the row (no row has an arXiv id or DOI outside its first cell, checked).  Repeated
  rows are separate entries.
- Libraries table: code repositories/tools, not entries.
- Benchmarks table: 321 ``[Monash Time Series Forecasting Repository](https://forecastingdata.org/)`` is a
  NeurIPS 2021 paper (its OpenReview PDF is in the Code column as ``paper link``) -- an entry, titled as the
  row names it (the link text, the only name it gives); 322 ``Revisiting Time Series Outlier Detection:
  Definitions and Benchmarks`` (NeurIPS 2021, OpenReview) is an entry; 323 ``Subseasonal Forecasting
  Microsoft`` (venue ``Microsoft``, a project page) is a research project, not a paper -- not an entry.
- Not entries: TOC, Features/Update/TODO bullets, header and delimiter rows, the contributing note.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild43 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "cure-lab__Awesome-time-series__README@f50733b.md"
PART = "wild43_development"

ROW = re.compile(r"^\|\s*\[(?P<t>[^\]]+)\]\((?P<u>[^)]*)\)\s*\|")
SECTIONS = {
    "## Survey": (40, 61),
    "## Time Series Forecasting ": (67, 154),
    "## Time Series Classification ": (163, 177),
    "## Anomaly Detection": (182, 215),
    "## Time series Clustering ": (220, 224),
    "## Time series Segmentation ": (229, 232),
    "## Others": (237, 297),
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for head, (a, b) in SECTIONS.items():
        h = lines.index(head) + 1
        if not lines[h]:
            h += 1
        assert lines[h].lstrip("|").strip().startswith(("Paper", "Dataset")), (head, lines[h])
        assert h + 3 == a, (head, h, a)
        for n in range(a, b + 1):
            m = ROW.match(lines[n - 1])
            assert m, (n, lines[n - 1][:100])
            rest = lines[n - 1][m.end():]
            assert not arxiv_of(rest) and not doi_of(rest), n
            papers.append(entry(lines, n, n, m.group("t")))
        assert not lines[b].startswith("|"), (head, b)
    # Benchmarks and Datasets table: two papers, one project page.
    assert lines[320].startswith("|[Monash Time Series Forecasting Repository](https://forecastingdata.org/)| NeurIPS")
    assert "[paper link](https://openreview.net/pdf?id=wEc1mgAjU-)" in lines[320]
    papers.append(entry(lines, 321, 321, "Monash Time Series Forecasting Repository"))
    m = ROW.match(lines[321])
    assert m and m.group("t") == "Revisiting Time Series Outlier Detection: Definitions and Benchmarks"
    papers.append(entry(lines, 322, 322, m.group("t")))
    assert lines[322].startswith("|[Subseasonal Forecasting Microsoft](https://www.microsoft.com/") and not lines[323]
    # Libraries table rows are tools.
    assert all(lines[n - 1].startswith("|[📚 ") for n in range(303, 315))
    titles = [p["title"] for p in papers]
    assert titles.count("Attentive Neural Controlled Differential Equations for Time-series Classification and"
                        " Forecasting") == 2
    assert titles.count("Financial time series forecasting with deep learning : A systematic literature review:"
                        " 2005–2019") == 2
    assert papers[[p["line"] for p in papers].index(49)]["arxiv"] is None
    assert len(papers) == 231, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each row of the seven task tables (Survey, Forecasting, Classification, Anomaly Detection, Clustering,"
        " Segmentation, Others; 229 rows) is an entry, title = the first cell's link text, ids from the row;"
        " in the Benchmarks and Datasets table the two NeurIPS 2021 papers (Monash ... Repository, titled by its"
        " link text, and Revisiting Time Series Outlier Detection) are entries and the Microsoft project page is"
        " not; the Time Series Libraries table (tools), TOC, update notes and header rows are not entries;"
        " repeated rows are separate entries.",
        "Whole 329-line file listed; every table row matched by one row pattern and each section's row range"
        " asserted (first/last row of every table compared with -v output: 40/61, 67/154, 163/177, 182/215,"
        " 220/224, 229/232, 237/297, 321/322); ~20 random rows checked (72, 83, 97, 109 dI.acm.org DOI, 126, 146"
        " ResearchGate, 150 indented cell, 172 Springer DOI, 185, 201, 210 'USAD :', 229, 253 capitals, 271"
        " Genome Biology DOI kept, 289 schemeless link, 293, 297 E^2GAN); repeated rows 58/60 and 121/173 kept;"
        " 49's 128.84.4.34 mirror link gives no arXiv id; arXiv ids without versions (42 v5, 220 v4);"
        " no row has an id outside its first cell; libraries table and the Microsoft row excluded.",
    )


if __name__ == "__main__":
    main()
