"""Wild40 truth for codingClaire/Structural-Code-Understanding graph_based_models/years.md: one of the
generated index pages of a survey companion repository ("Code Understanding Literatures in Deep Learning",
arXiv 2205.01293), listing the graph-based code-understanding papers by year as pandas ``to_markdown`` tables;
newest commit (2022-05-12; the file last changed 2022-01-31).

Shape: eight ``# <year>`` headings (2021 ... 2014; no 2013 or 2012 here) each directly followed, without a blank
line, by one pipe table written by pandas: a header ``|    | title | year | venue | task | model | dataset | pdf
| code |`` with an empty index column, an alignment row (``|---:|:---...``), and rows numbered from 0 in each table
(``|  0 | HAConvGNN: ... |   2021 | EMNLP | ...``), cells padded to the column width, so the lines are very long.
The title cell is plain text; the pdf cell is ``[📑](url)`` (arXiv abs/pdf with or without version, ACM DL
``/doi/`` and ``/doi/abs/``, doi.org and dx.doi.org, World Scientific, IEEE Xplore, AAAI OJS, Semantic Scholar,
a personal PDF); the code cell is ``[:octocat:](url)`` or blank (GitHub, git.io, a Google Site, an anonymous
4open.science link, once the broken ``https:ithub.com/...``).  Venues are written out long (``Proceedings of the
ACM on ...``) or short, once ``arixiv`` (59).  36 rows in all; the file ends with a newline.

Decisions:
- An entry is every table row (36), title = the title cell as written (``Flow2Vec:value-flow-based precise code
  embedding`` without a space, lower-case titles kept); ids from the row's pdf link (arXiv ids without
  version; DOIs from ACM DL, doi.org, dx.doi.org and World Scientific URLs; none for IEEE, AAAI, Semantic
  Scholar or a personal PDF).
- Not entries: the year headings, header and alignment rows; the code links are repositories in a paper's row.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild40 import entry, read_lines, write_truth

NAME = "codingClaire__Structural-Code-Understanding__graph_based_models__years@c2aafe7.md"
PART = "wild40_development"

HEADER = re.compile(r"^\| +\| title +\| +year \| venue +\| task +\| model +\| dataset +\| pdf +\| code +\|$")
ROW = re.compile(r"^\| +(\d+) \| ")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    years = []
    expect = None
    for n, ln in enumerate(lines, 1):
        if ln.startswith("# "):
            years.append(ln[2:])
            assert HEADER.match(lines[n]) and lines[n + 1].startswith("|---:|"), n
            expect = 0
            continue
        m = ROW.match(ln)
        if not m:
            assert not ln.strip() or HEADER.match(ln) or ln.startswith("|---:|"), n
            continue
        assert int(m.group(1)) == expect, n
        expect += 1
        cells = [c.strip() for c in ln.split("|")]
        assert len(cells) == 11 and cells[3] == years[-1] and cells[8].startswith("[📑]("), n
        papers.append(entry(lines, n, n, cells[2]))
    assert years == [str(y) for y in range(2021, 2013, -1)], years
    assert len(papers) == 36, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each numbered row of the eight pandas-generated year tables is an entry, title = the plain title cell,"
        " ids from the row's [📑] pdf link (arXiv, ACM DL/doi.org/World Scientific DOIs); year headings, header"
        " and alignment rows are not entries.",
        "Whole 60-line file read (every row printed cell by cell); all 36 rows compared with the -v output:"
        " titles against the title cells (incl. 'Flow2Vec:value-flow-based ...' 24, the question title 10),"
        " ids against the pdf links (arXiv with versions 8/11/12/18/22/31/32/34/35/37/42/59, ACM DL /doi/ 17/51,"
        " /doi/abs/ 24/36, doi.org 25/30/43, dx.doi.org NDSS 20, World Scientific /doi/abs/ 7; none for IEEE"
        " 23/33/60, AAAI OJS 21, Semantic Scholar 29, personal PDF 9); code links (incl. broken 25) checked to"
        " add no id; row numbering restarting at 0 under each year checked.",
    )


if __name__ == "__main__":
    main()
