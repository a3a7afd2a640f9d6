"""Wild60 truth for nhjung-phd/TimeSeriesAnalysis paper_time.md at 28d6bb1 (2025-03-01): a Korean course
repository's page of "key papers" (주요논문) for time-series analysis, kept as six small Markdown tables.

Shape: 58 lines.  Title ``# 시계열 분석(Time Series Analysis) 주요논문`` (1), then six sections
``## **1️⃣ 전통적 시계열 분석 (...)**`` (5, 15, 24, 33, 42, 51) separated by ``---`` rules.  Each section has a
table ``| 논문 제목 | 저자 | 연도 | 주요 내용 | 링크 |`` (title | authors | year | Korean summary | link), a
separator row and 3-4 body rows; the title cell is bold (``| **Vector Autoregressions (VAR)** | Sims | 1980 |``)
and the link cell is ``[🔗 Link](url)``.

Special cases:
- The list appends its own label in parentheses to many titles: ``Vector Autoregressions (VAR)`` (18),
  ``Cointegration and Error Correction: Representation, Estimation, and Testing (VECM)`` (19),
  ``Structural Vector Autoregression (SVAR)`` (20), ``... Cross-spectral Methods (Granger Causality)`` (27),
  ``Unit Root Tests in Time Series Models (Dickey-Fuller Test)`` (28), ``Testing the Null Hypothesis of Stationarity
  (KPSS Test)`` (29), ``Akaike's Information Criterion (AIC)`` (10).  A trailing parenthesised label is not part of
  the title and is dropped; parentheses inside a title are kept (``Autoregressive Conditional Heteroskedasticity
  (ARCH) Model`` 36, ``Long Short-Term Memory (LSTM) Networks for Time Series Forecasting`` 45).
- Several "titles" are the list's names for a work rather than its real title (8 ``Box-Jenkins Methodology``,
  10, 18, 28, 55 ``Auto-ARIMA: ...``); rows 8 and 9 are books (Box & Jenkins) and both link the same Wiley page.
  Titles are taken as written; every row is kept as an entry of the list.
- arXiv links at 46 (2004.13408) and 56 (2103.16449); the Springer link at 10 holds the DOI-like path
  ``article/10.1007/BF02294359`` (the helper takes it as a DOI); no other DOI is written.

Decisions:
- Entry = every body row of the six tables (19 rows), one line each.  Title = the first cell without ``**`` and
  without a trailing ``(...)`` label.
"""
import re

from _wild60 import entry, read_lines, write_truth

NAME = "nhjung-phd__TimeSeriesAnalysis__paper_time@28d6bb1.md"
PART = "wild60_development"

LABEL = re.compile(r"\s*\([^()]*\)$")


def cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    in_table = False
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("|"):
            in_table = False
            continue
        row = cells(ln)
        if row[0] == "논문 제목":
            in_table = True
            continue
        if not in_table or set(ln.strip()) <= {"|", "-"}:
            continue
        title = LABEL.sub("", row[0].replace("**", "").strip())
        papers.append(entry(lines, n, n, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 19, len(papers)
    assert sorted(by) == [8, 9, 10, 11, 18, 19, 20, 27, 28, 29, 36, 37, 38, 45, 46, 47, 54, 55, 56], sorted(by)
    assert by[8]["title"] == "Box-Jenkins Methodology", by[8]
    assert by[10]["title"] == "Akaike's Information Criterion", by[10]
    assert by[10]["doi"] == "10.1007/bf02294359", by[10]
    assert by[18]["title"] == "Vector Autoregressions", by[18]
    assert by[19]["title"] == "Cointegration and Error Correction: Representation, Estimation, and Testing"
    assert by[27]["title"] == "Investigating Causal Relations by Econometric Models and Cross-spectral Methods"
    assert by[36]["title"] == "Autoregressive Conditional Heteroskedasticity (ARCH) Model", by[36]
    assert by[45]["title"] == "Long Short-Term Memory (LSTM) Networks for Time Series Forecasting", by[45]
    assert by[46]["arxiv"] == "2004.13408", by[46]
    assert by[56]["arxiv"] == "2103.16449", by[56]
    assert by[56]["title"] == "Neural Prophet: A Neural Network-Based Approach to Time Series Forecasting"
    write_truth(
        NAME,
        PART,
        papers,
        method="Every body row of the six '| 논문 제목 | 저자 | 연도 | 주요 내용 | 링크 |' tables is one entry, one"
        " line each (19; the two Box & Jenkins book rows included, as the list presents them like the papers)."
        "  Title = the first cell without bold markers and without the list's trailing parenthesised label"
        " ('(VAR)', '(VECM)', '(Granger Causality)', '(AIC)', ...); parentheses inside a title are kept.",
        checked="Read the whole file; compared the -v output with all 19 rows, each dropped trailing label"
        " (10, 18-20, 27-29), kept inner parentheses (36, 37, 45), and the arXiv ids (46, 56).",
    )


if __name__ == "__main__":
    main()
