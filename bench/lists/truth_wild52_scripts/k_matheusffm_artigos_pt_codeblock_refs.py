"""Wild52 truth for MatheusFFM/fichamento-tcc artigos.md: a Brazilian undergraduate's "Lista de artigos" for his
final-year project (TCC) "fichamento" (reading notes) on mining GitHub repositories, newest commit 92dbeb7
(2022-03-14, "adds more articles").

Shape: 115 lines, 6.9 KB.  ``# Lista de artigos`` (1), then 18 blocks, each a Portuguese label line
``Artigo N: _Title_`` (title in underscore italics) followed, after blank lines, by lines indented four spaces — so
Markdown renders them as code blocks — holding an IEEE/ACM-style reference (``    T. Besker, A. Martini and J.
Bosch, "Technical Debt Triage in Backlog Management," 2019 ..., doi: 10.1109/TechDebt.2019.00010.``), then
``    Link: <url>`` and sometimes ``    Extra: <github url>`` (27, 101: code repositories).  Blocks 16-17 and 17-18 are
separated by two blank lines instead of one (102-103, 109-110).

Special cases:
- 9 ``Artigo 2: _Assessing Individual Contributions ... with Git Logs and User Stories Share on_``: the ACM page's
  "Share on" button text was pasted into the title; the reference (11) shows the real title ends at "User Stories".
  Dropped as UI text, not title text.
- 41 ``Artigo 7: _Mining GitHub: Why Commit Stops_`` is a shortened title; the reference (43) has the full "Mining
  GitHub: Why Commit Stops -- Exploring the Relationship between Developer's Commit Pattern and File Version
  Evolution".  The label line's title is the list's own title field and is kept as written.
- 13 ``Link: https://dl.acm.org/doi/10.1145/3328778.3366948]`` has a stray ``]``.
- Reference-line case differs from the label in places (``Multi-discussing Across`` 83 vs ``Multi-Discussing
  across`` 85; ``How Do Software Developers`` 3 vs ``How do software developers`` 5): label kept.

Decisions:
- Entry = each ``Artigo N:`` block (18), first..last = the label line through its last indented line (Link or Extra).
- Title = the ``_..._`` text of the label line (with " Share on" dropped from 9).
- Not entries: the heading; the ``Extra:`` code repositories belong to their block.
- Ids from each block: arXiv 2103.12224 (block 1), DOIs in the references and ACM links; IEEE Xplore document links
  give none.
"""
import re

from _wild52 import entry, read_lines, write_truth

NAME = "MatheusFFM__fichamento-tcc__artigos@92dbeb7.md"
PART = "wild52_development"

LABEL = re.compile(r"^Artigo (?P<num>\d+): _(?P<title>[^_]+)_$")
INDENTED = re.compile(r"^    \S")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Lista de artigos" and len(lines) == 116
    blocks: list[list[int]] = []
    for n, ln in enumerate(lines, 1):
        m = LABEL.match(ln)
        if m:
            assert int(m.group("num")) == len(blocks) + 1, (n, ln)
            blocks.append([n, n])
        elif INDENTED.match(ln):
            blocks[-1][1] = n
        else:
            assert ln == "" or n == 1, (n, ln)
    papers = []
    for first, last in blocks:
        title = LABEL.match(lines[first - 1]).group("title")
        title = title.removesuffix(" Share on")
        papers.append(entry(lines, first, last, title))
    assert len(papers) == 18, len(papers)
    t = {p["line"]: p for p in papers}
    assert t[3]["title"] == "How Do Software Developers Use GitHub Actions to Automate Their Workflows?", t[3]
    assert t[3]["arxiv"] == "2103.12224", t[3]
    assert t[9]["title"] == ("Assessing Individual Contributions to Software Engineering Projects with Git Logs and User"
                             " Stories"), t[9]
    assert t[9]["doi"] == "10.1145/3328778.3366948", t[9]
    assert t[21]["end"] == 27
    assert t[41]["title"] == "Mining GitHub: Why Commit Stops", t[41]
    assert t[95]["end"] == 101 and t[95]["doi"] is None
    assert t[111]["doi"] == "10.1109/access.2021.3116061", t[111]
    write_truth(
        NAME,
        PART,
        papers,
        "Each 'Artigo N: _Title_' block is an entry (18), spanning the label line and its four-space-indented"
        " reference/Link/Extra lines; title = the underscore-italic label title (the pasted ACM 'Share on' dropped from"
        " Artigo 2; Artigo 7's shortened label title kept as written although the reference has the full title);"
        " ids from the block's reference and links.",
        "Read all 115 lines; compared -v with all 18 blocks: spans end on Link or Extra (27, 101), double blank lines"
        " 102-103/109-110, 'Share on' dropped (9), shortened title kept (41), arXiv 2103.12224 (block 1), DOIs from"
        " the references (doi: 10.1109/..., 10.1145/... in 106) and the ACM link with a stray ']' (13); blocks 1"
        " and 16 have no DOI in their reference, none taken from IEEE Xplore links.",
    )


if __name__ == "__main__":
    main()
