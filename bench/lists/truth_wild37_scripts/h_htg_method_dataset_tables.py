"""Wild37 truth for koninik/awesome-handwritten-text-generation README.md: a small awesome list of handwritten
text generation (HTG) methods, datasets and evaluation papers, companion of the author's PhD thesis.

Shape: a title, a prose line naming the thesis the list is based on (line 9, a linked italic title), a contents
list, then ``<details open>`` blocks with ``<summary><h2>`` headings:
- "HTG Methods": four pipe tables (GANs 38-55, Diffusion 62-71, Autoregressive 78-81, VAEs 87-91) with the
  columns ``Method / Model | Paper (full title) | Venue / Year | Granularity / Setting | Paper / Code Link``: the
  title is PLAIN text in the second cell, the links ("📄 Paper", "💻 Code") are in the last cell.  Four rows
  (43, 46, 50, 91) lack the closing pipe; line 71 has no space after a pipe; line 55 is a filler row of dashes.
- "Handwriting Datasets": two tables (99-105, 111-114) ``Dataset | Paper | Year | Description | Links``: a bold
  dataset name, then the dataset's paper as ``*Title* – Authors``, a paper link and a dataset link in the last
  cell; line 101 ends with a stray "emuru" after the closing pipe.
- "Surveys": four bullets ``- [Title](url)`` (123-126).  "Evaluation": two bullets ``- _Title_ - [arxiv](url) |
  [paper](url) | [code](url)`` (134-135).
- A "Citation" section with the thesis's BibTeX (146-151) and a star-history badge.

Decisions:
- Entries: every method row (40-54, 64-71, 80-81, 89-91; title = the "Paper (full title)" cell, the method
  nickname in the first cell dropped), every dataset row (title = the italic paper title, the author names after
  the en dash dropped: each row names and links the dataset's paper), the survey bullets and the evaluation
  bullets (title = the italic text).  Repeated papers are separate entries: the Emuru paper is listed in the
  autoregressive (80) and VAE (91) tables, TextStyleBrush as a method (52) and as Imgur5K's paper (105).
- Ids from the row's own links (the "📄 Paper" link comes first; Springer chapter/article and ACM DL URLs give
  DOIs, IEEE Xplore stamp/document URLs and CVF/ECVA/AAAI PDFs give none; the Eruku row 81 gives arXiv
  2510.23240; the evaluation bullets give their arXiv link first).
- Not entries: the thesis in the prose of line 9 and its BibTeX (the list's own citation boilerplate), the dash
  filler row 55, table headers, contents and badges.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild37 import entry, read_lines, write_truth

NAME = "koninik__awesome-handwritten-text-generation__README@d1c9724.md"
PART = "wild37_development"

METHOD_ROWS = [*range(40, 55), *range(64, 72), 80, 81, 89, 90, 91]
DATASET_ROWS = [*range(101, 106), 113, 114]
SURVEY_ROWS = range(123, 127)
EVAL_ROWS = (134, 135)
DATASET_PAPER = re.compile(r"^\*(.+)\* – \S")
SURVEY = re.compile(r"^- \[(.+)\]\(\S+\)$")
EVAL = re.compile(r"^- _(.+)_ - \[arxiv\]")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[54].startswith("| — | — |")
    papers = []
    for n in METHOD_ROWS:
        cells = [c.strip() for c in lines[n - 1].split("|")]
        assert cells[0] == "" and "📄 Paper" in cells[5], n
        papers.append(entry(lines, n, n, cells[2]))
    for n in DATASET_ROWS:
        cells = [c.strip() for c in lines[n - 1].split("|")]
        m = DATASET_PAPER.match(cells[2])
        assert cells[1].startswith("**") and m, n
        papers.append(entry(lines, n, n, m.group(1)))
    for n in SURVEY_ROWS:
        m = SURVEY.match(lines[n - 1])
        assert m, n
        papers.append(entry(lines, n, n, m.group(1)))
    for n in EVAL_ROWS:
        m = EVAL.match(lines[n - 1])
        assert m, n
        papers.append(entry(lines, n, n, m.group(1)))
    assert len(papers) == 41, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each method-table row (title = the plain 'Paper (full title)' cell), each dataset-table row (title = the"
        " italic paper title before '– Authors'), each survey bullet (link text) and each evaluation bullet"
        " (italic title) is an entry, ids from its own links; the thesis named in the intro prose, its BibTeX, the"
        " dash filler row, headers, contents and badges are not entries.",
        "Whole 157-line file read and every entry compared with the -v output: all 28 method rows (incl. the rows"
        " missing a closing pipe 43/46/50/91, 'HWT' row 46 whose title is 'Handwriting Transformers', the <br> venue on"
        " 50, DOG row 71 without a space after the pipe, Emuru twice 80/91), the 7 dataset rows (stray 'emuru' on"
        " 101, TextStyleBrush again on 105, en dash before authors), 4 survey and 2 evaluation bullets; DOIs from"
        " Springer/ACM/doi.org links and the arXiv ids checked; filler row 55 and line 9 left out.",
    )


if __name__ == "__main__":
    main()
