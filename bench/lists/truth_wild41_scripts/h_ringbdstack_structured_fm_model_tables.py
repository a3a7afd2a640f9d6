"""Wild41 truth for RingBDStack/awesome-structured-data-FM README.md: the companion list of a survey of foundation
models for structured data -- three wide comparison tables (tabular, time series, graph) with one row per model
and a bare ``[paper]`` link, plus a benchmarks table; newest commit (2026-05-18, "update paper link").

Shape: title, Awesome and repository badges (1-5), a sentence naming the survey in a bold-italic blockquote
(10), a figure (12), Highlights and Quick Links (14-32).  ``## 📊 Tabular Foundation Models`` (36) has the table
``| Model | Paper | Code | Pretraining Data | Pre-training Objective & Task | Tokenization | Architecture |
Adaptation | Transfer | Task | Venue |`` (40-41, rows 42-59); ``## ⏱️ Time Series`` (71) the same header (75-76,
rows 77-99); ``## 🕸️ Graph`` (112) again (115-116, rows 117-157); each followed by a Notes list of
abbreviations.  A row is ``| MODEL | [paper](url) | [code](url) / [HF](url) / -- | ...attributes... | VENUE
YEAR |``: the model's name, never the paper's title; the paper link goes to OpenReview PDFs, arXiv abs/pdf
pages (``2507.03971?`` with a stray ``?`` 54), PMLR, NeurIPS proceedings, ACM DL ``/doi/abs/``, ``/doi/pdf/``,
``/doi/epdf/`` and ``/doi/`` (80, 97, 119, 133, 134, 137, 151, 152, 154), Nature (47), IEEE Xplore, AAAI OJS,
ACL Anthology.  Oddities kept as written: CARTE's Code cell links a Nature PDF (44); SA²GFM (157) reuses BRIDGE's
paper and code links (129); GPT4MTS (92) has empty attribute cells; two rows pad the Paper cell with spaces (57,
88).  ``## 📚 Benchmarks & Datasets`` (169) has ``| Data | Name | Description | Paper | Code | Web |`` (171-172, rows
173-182 plus an empty row 183): each names a dataset/benchmark (one Name is ``--``, 175) and links its paper.
``## 🧰 Resources`` (187) links the survey itself on ResearchGate (189) and has a placeholder ``@article{XXX}``.

Decisions:
- An entry is every model row (18 + 23 + 41 = 82) and every benchmark row with a paper link (10): a record
  citing one scholarly work by a model or dataset name, so title = null; ids from the row (arXiv links; DOIs of
  the ACM DL links; the Nature article id is not a DOI).  Rows sharing a paper (129/157) are separate entries.
- Not entries: the survey's own title (10) and ResearchGate link (189) with the placeholder citation (the
  list's own boilerplate), the empty row 183, header/delimiter rows, Notes, Quick Links.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild41 import entry, read_lines, write_truth

NAME = "RingBDStack__awesome-structured-data-FM__README@3d652ae.md"
PART = "wild41_development"

MODEL_HEADER = (
    "| Model | Paper | Code | Pretraining Data | Pre-training Objective & Task | Tokenization | Architecture"
    " | Adaptation | Transfer | Task | Venue |"
)
BENCH_HEADER = "| Data | Name | Description | Paper | Code | Web |"
TABLES = {40: (42, 59, MODEL_HEADER, 1), 75: (77, 99, MODEL_HEADER, 1), 115: (117, 157, MODEL_HEADER, 1),
          171: (173, 182, BENCH_HEADER, 3)}
PAPER = re.compile(r"^\[paper\]\(https?://[^)\s]+\)$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for head, (first, last, header, col) in TABLES.items():
        assert lines[head - 1] == header and lines[head].startswith("|------|"), head
        after = lines[last]
        assert after.strip() == "" or after.replace(" ", "") == "|||||||", (last, after)
        for n in range(first, last + 1):
            cells = [c.strip() for c in lines[n - 1].split("|")[1:-1]]
            assert len(cells) == header.count("|") - 1, (n, len(cells))
            assert cells[0], n
            assert PAPER.match(cells[col]), (n, cells[col])
            assert lines[n - 1].count("[paper](") == 1, n
            papers.append(entry(lines, n, n, None))
    assert lines[182].replace(" ", "") == "|||||||"
    assert sum(ln.count("[paper](") for ln in lines) == len(papers) + 1  # + the survey's own link (189)
    assert len(papers) == 18 + 23 + 41 + 10, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each row of the three model comparison tables (42-59, 77-99, 117-157) and of the Benchmarks & Datasets"
        " table with a paper link (173-182) is an entry citing one paper by a model or dataset name, title"
        " null, ids from the row's [paper] link (arXiv; ACM DL DOIs); the survey's own title, ResearchGate link"
        " and placeholder citation, the empty row 183 and the Notes are not entries.",
        "Whole 192-line file read; all 92 rows listed with their Paper cell and compared with the -v output:"
        " arXiv ids of abs/pdf links incl. '?' (54) and v1/v2 suffixes (178, 179), DOIs of the ACM DL /doi/abs/,"
        " /doi/pdf/, /doi/epdf/ and /doi/ links (80, 97, 119, 133, 134, 137, 151, 152, 154, 181), none for"
        " OpenReview, PMLR, NeurIPS, Nature 47, IEEE, AAAI, ACL; the shared link 129/157, the Nature code link"
        " 44, padded cells 57/88, the nameless benchmark 175, the empty row 183 and the survey link 189"
        " checked.",
    )


if __name__ == "__main__":
    main()
