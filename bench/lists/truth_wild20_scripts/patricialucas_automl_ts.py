"""Wild20 truth for PatriciaLucas/AutoML References/frameworks_series_temporais.md: one page of a
Portuguese-language AutoML literature review (AutoML frameworks for time series).  Shape: a '##'
heading, '**Trabalhos revisados:**', then one Markdown table '| Título | Chave bibtex | Ano | Link |
Código | Página do resumo |' whose title column is plain text; the paper link is an '[aqui](url)'
in the Link column, code links in the Código column, a page reference ('C2/05') in the last.

Entries: every body row whose first cell is a paper title (32 of the 34 rows).  Title = the first
cell.  Not entries: the 'EvalML' row (a library named without a title, no year or key; its Link cell
repeats the AutoForecast DOI) and the 'PyCaret' row (a library: '-' for key and year, only a code
link).  Papers that present a library (Merlion, sktime, GAMA, the R forecast package) keep their
paper title and are entries.  Ids are the row's own first ones, even where a link is the wrong
paper (AutoGluon–TimeSeries links arXiv 2003.06505, the AutoGluon-Tabular paper); ScienceDirect
'pii' links give no DOI.

Count check: 36 lines start with '|' (header, separator, 34 rows), all with 8 '|'-fields; 34 rows
minus EvalML and PyCaret = 32.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild20 import entry, read_lines, write_truth

NAME = "PatriciaLucas__AutoML__References__frameworks_series_temporais@1afd645.md"
NOT_PAPERS = {"EvalML", "PyCaret"}


def main() -> None:
    lines = read_lines(NAME)
    rows = [(i, t) for i, t in enumerate(lines, 1) if t.startswith("|")]
    assert len(rows) == 36 and all(t.count("|") == 7 for _, t in rows)
    assert rows[0][1].startswith("| Título |") and rows[1][1].startswith("|:---")
    papers = []
    skipped = []
    for i, text in rows[2:]:
        title = text.split("|")[1].strip()
        if title in NOT_PAPERS:
            skipped.append(title)
            continue
        papers.append(entry(lines, i, i, title))
    assert sorted(skipped) == sorted(NOT_PAPERS)
    assert len(papers) == 32
    write_truth(
        NAME,
        "wild20_development",
        papers,
        "every table row whose 'Título' cell names a paper is an entry (one line each), title = that cell;"
        " the EvalML and PyCaret rows name libraries without a paper and are not entries",
        "all 34 table rows by eye (32 titles with their Link-column ids; EvalML and PyCaret left out); the"
        " wrong arXiv link of the AutoGluon–TimeSeries row kept as the row gives it",
    )


if __name__ == "__main__":
    main()
