"""Wild57 truth for xyyeh/xyyeh.github.io reading.md: a Jekyll page "Reading List" of robotic manipulation papers
(surveys, contact mechanics, planning through contact, learning for manipulation), newest commit (edcd7b3,
2020-05-26).

Shape: 77 lines, 7 KB, written entirely in HTML inside Markdown.  Jekyll front matter (1-5), a
``<div style="font-size:small">`` wrapper (6-77), an intro ``<p>`` (7-9), then ``<h3> Topic: </h3>`` headings each
followed by ``<p>`` blocks, one paper a block:
``<p>`` / tab + ``<a href="url"> "Title," A. Author et al. (year)</a>: one-paragraph comment`` / ``</p>``.
The title is double-quoted inside the link text, with the comma before the closing quote (``"Towards Robotic
Manipulation,"``).  ``<!-- *** -->`` comments separate the sections.

Special cases:
- 33-34: the comment wraps onto a second line (``problem through contact, ...``); the entry spans both.
- Two headings have no papers (State Estimation Through Contact 44, Human Manipulation 75).
- 62: two spaces in the author ``H.  Merzic``: irrelevant to the title.
- Ids: arXiv from arxiv.org/pdf links (50 -> 1809.10790, 56 -> 1803.09956, ...); DOIs from doi/pdf, doi/full,
  doi/abs links (14 -> 10.1146/annurev-control-060117-104848, 17 -> 10.1177/0278364913495721,
  22 -> 10.1137/s0036144599360110, 33 -> 10.1177/0278364913506757).  IEEE/semantic-scholar/RSS links give no id.

Decisions:
- Entry = every line holding ``<a href=...> "Title," ...</a>`` (16 entries); span = that line to the last line
  before the closing ``</p>``.
- Title = the text between the double quotes, without the trailing comma.
"""
import re

from _wild57 import entry, read_lines, write_truth

NAME = "xyyeh__xyyeh.github.io__reading@edcd7b3.md"
PART = "wild57_development"

LINK = re.compile(r'^\s*<a href="[^"]*">\s*"([^"]+)"')


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = LINK.match(ln)
        if not m:
            continue
        last = n
        while lines[last].strip() != "</p>":
            last += 1
        title = m.group(1).strip().rstrip(",").strip()
        papers.append(entry(lines, n, last, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 16, len(papers)
    assert sorted(by) == [14, 17, 22, 25, 28, 33, 37, 40, 50, 53, 56, 59, 62, 65, 68, 71], sorted(by)
    assert by[14]["title"] == "Towards Robotic Manipulation", by[14]
    assert by[14]["doi"] == "10.1146/annurev-control-060117-104848", by[14]
    assert by[33]["end"] == 34 and by[14]["end"] == 14, by[33]
    assert by[33]["title"] == "A Direct Method for Trajectory Optimization of Rigid Bodies Through Contact", by[33]
    assert by[50]["arxiv"] == "1809.10790", by[50]
    assert by[59]["title"] == (
        "Augmenting Physical Simulators with Stochastic Neural Networks: Case Study of Planar Pushing and Bouncing"
    ), by[59]
    assert by[71]["title"] == "Propagation Networks for Model-Based Control Under Partial Observation", by[71]
    write_truth(
        NAME,
        PART,
        papers,
        method="HTML-in-Markdown reading list: every '<a href=...> \"Title,\" A. Author et al. (year)</a>: comment'"
        " line inside a <p> block is one entry (16), spanning to the line before </p>.  Title = the text between the"
        " double quotes, trailing comma dropped.  Headings, HTML comments and the intro paragraph are not entries.",
        checked="Compared all 16 entries of the -v output with the file: titles, the wrapped comment on 33-34, the"
        " empty sections (44, 75), arXiv ids from the arxiv.org/pdf links and DOIs from annualreviews, sagepub and"
        " SIAM doi links.",
    )


if __name__ == "__main__":
    main()
