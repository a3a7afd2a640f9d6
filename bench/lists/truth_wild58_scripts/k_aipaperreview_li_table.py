"""Wild58 truth for zhenying2/AI-Paper-Review README.md at bdcce01 (2022-05-22): the README of a Korean student paper
reading group (AI 분야의 논문 읽기 소모임, semester 22-1).  Korean headings and rules; the papers read are listed in a
weekly pipe table whose cells hold HTML ``<li>`` items, two papers a week in most rows.

Shape: 48 lines.  Title and goals (1-8), a member table of GitHub handles (11-13), meeting time and ground rules
(15-27), study method (30-33), then the reading table ``| 주차 | 읽은 논문 | 발표자|`` (37) with separator (38) and
rows 39-46: ``| N주차 | <li>Title</li> <li>Title</li> | <li>presenter</li> <li>presenter</li> |``; a stray
``<br/>`` / ``</br>`` ends the file (47-48).

Special cases:
- One row can name two papers (39, 40, 44, 45, 46): each ``<li>`` of the 읽은 논문 cell is its own entry, all on the
  same line.
- 46: the first title is broken by an HTML line break, ``Multi-Modal Speech Emotion Recognition Using Speech
  Embeddings <br/>and Audio Features``; the ``<br/>`` is markup and is dropped from the title.
- 39: ``<li> Probabilistic machine learning ...`` has a leading space inside the ``<li>``: stripped.
- 43: ``| - |중간고사 휴식 |-|`` (midterm break) names no paper: not an entry.
- Titles are kept in the case written (``Bert: Pre-training of deep bidirectional ...`` 45, ``Attention is all you
  need`` 44).  ``Deep learning`` (39) is the 2015 Nature review: a paper, kept.
- The presenter cell (Korean names in ``<li>``) and the member table (11-13) are not papers.
- 12 papers: under the usual ~15, kept for its unusual shape (HTML list items inside table cells, two
  papers a row, a title split by ``<br/>``).

Decisions:
- Entry = every ``<li>...</li>`` of the second cell of the rows under the ``| 주차 | 읽은 논문 | 발표자|`` header:
  12 entries, one line each (two entries share a line in five rows).  Title = the item text with ``<br/>`` removed
  and whitespace collapsed.
"""
import re

from _wild58 import entry, read_lines, write_truth

NAME = "zhenying2__AI-Paper-Review__README@bdcce01.md"
PART = "wild58_development"

HEADER = re.compile(r"^\|\s*주차\s*\|\s*읽은 논문\s*\|")
ITEM = re.compile(r"<li>(.*?)</li>")
BR = re.compile(r"<br\s*/?>")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    in_table = False
    for n, ln in enumerate(lines, 1):
        if HEADER.match(ln):
            in_table = True
            continue
        if not in_table:
            continue
        if not ln.startswith("|"):
            break
        cells = ln.split("|")
        for m in ITEM.finditer(cells[2]):
            title = " ".join(BR.sub(" ", m.group(1)).split())
            papers.append(entry(lines, n, n, title))
    assert len(papers) == 12, len(papers)
    lines_of = [p["line"] for p in papers]
    assert lines_of == [39, 39, 40, 40, 41, 42, 44, 44, 45, 45, 46, 46], lines_of
    titles = [p["title"] for p in papers]
    assert titles == [
        "Deep learning",
        "Probabilistic machine learning and artificial intelligence",
        "The PageRank citation ranking: Bringing order to the web",
        "A Neural Probabilistic Language Model",
        "Sequence to Sequence Learning with Neural Networks",
        "Efficient Estimation of Word Representations in Vector Space",
        "Distributed Representations of Words and Phrases and their Compositionality",
        "Attention is all you need",
        "A Survey on Object Detection and Tracking Methods",
        "Bert: Pre-training of deep bidirectional transformers for language understanding",
        "Multi-Modal Speech Emotion Recognition Using Speech Embeddings and Audio Features",
        "Improving Language Understanding by Generative Pre-Training",
    ], titles
    assert 43 not in lines_of
    write_truth(
        NAME,
        PART,
        papers,
        method="Korean reading-group README; the weekly table '| 주차 | 읽은 논문 | 발표자|' (37-46) lists the papers"
        " as HTML <li> items in its second cell.  Entry = every <li>...</li> of that cell: 12 entries, one line each,"
        " two entries on one line where a week has two papers.  Title = the item text, <br/> removed and spaces"
        " collapsed.  The midterm-break row (43), the presenter cells and the member table are not entries.",
        checked="Read the whole file; compared the -v output with every <li> of rows 39-46 (12 titles, the <br/>-split"
        " title at 46, the leading space at 39), and checked that row 43 and the presenter/member cells give nothing.",
    )


if __name__ == "__main__":
    main()
