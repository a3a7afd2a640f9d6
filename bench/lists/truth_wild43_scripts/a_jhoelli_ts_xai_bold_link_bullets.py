"""Wild43 truth for JHoelli/Awesome-Time-Series-Explainability README.md: a small personal awesome list of
explainable-AI (XAI) papers for time series (mostly post-hoc explanation); newest commit (670e49c, 2026-08-19).

Shape: title, an intro and an ``<img>`` (1-4); ``## Outline`` of seven anchor links (6-13).  Sections ``## Surveys``
(15), ``## Libraries`` (24), ``## Classification`` (32) with ``### Feature Attribution`` (36), ``### Counterfactuals``
(52), ``### Frameworks (Multiple Explanation Types)`` (64); ``## Forecasting`` (72), ``## Classification and Regression
/ Forcasting`` (82), ``## Benchmarking and Evaluation`` (88), ``## Ante-Hoc Explanation`` (102) with a prose line 103
and ``### Classification`` (104) / ``### Forecasting`` (114).  Every record is a bullet
``- [**Title**](url) , (year) by *Authors*`` followed, for most, by a ``[https://github.com/...](...)`` code link and a
GitHub-stars badge image.  The comma before the year is sometimes there (`` , (2024)``, ``, (2024),``) and sometimes
not; 44 has no space before ``(2021)``.  Two titles are broken across two lines inside the bold link text (37-38
``for\\nTime-Series``, 55-56 ``counterfactual\\nexplanations``).  76's title is written in capitals.  90 and 92 are the
same paper (2307.05104, once as ``.pdf``) -- repeated records.  Links: arXiv abs/pdf, IEEE Xplore (``stamp.jsp`` and
``document``), Springer ``chapter``/``article``/``content/pdf`` URLs, ``doi.org`` (40), ACM ``/doi/pdf/`` (66), JOSS
``papers/10.21105/joss.05220.pdf`` (26), MDPI, PMLR, NeurIPS proceedings, nature.com (91), PMC (108), CVF workshop
pdf with ``%20`` (109), ScienceDirect ``pii`` (115), a university repository page (116).

Decisions:
- Every bullet whose bold link points to a paper is an entry, from its bullet line through the line that closes the
  bold title (37-38, 55-56 span two lines).  Title = the bold link text, markup removed, line break collapsed.
- Libraries (24-29): TSInterpret (26, the JOSS article), Time Interpret (27, arXiv preprint) and tslens (29, linked to
  arXiv 2412.04532 with authors and year, so cited as a paper) are entries; TSGap (28) links only to its GitHub
  repository and its "title" is a tool description -- a tool, not an entry.
- 90/92 (same paper) are two entries.  85 (WinTSR) and 29 (tslens) share arXiv 2412.04532; both kept as the list
  writes them.
- Ids from the entry's own lines: arXiv from abs/pdf links, DOIs from doi.org / Springer / ACM / JOSS URLs (``.pdf``
  tails dropped); none for IEEE Xplore, MDPI, nature.com article ids, PMC, ScienceDirect ``pii``.
- Not entries: the Outline links, the intro image, the prose line 103, code links and star badges.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild43 import entry, read_lines, write_truth

NAME = "JHoelli__Awesome-Time-Series-Explainability__README@670e49c.md"
PART = "wild43_development"

START = re.compile(r"^- \[\*\*")
TITLE = re.compile(r"^- \[\*\*(?P<t>.+?)\*\*\]\((?P<u>[^)\s]+)\)", re.DOTALL)
TOOLS = (28,)


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    multi = []
    n = 0
    while n < len(lines):
        ln = lines[n]
        n += 1
        if not START.match(ln):
            continue
        first = n
        last = n
        while "**]" not in lines[last - 1]:
            last += 1
        if last > first:
            multi.append((first, last))
        m = TITLE.match("\n".join(lines[first - 1 : last]))
        assert m, (first, ln)
        if first in TOOLS:
            assert "github.com/feruzoripov/tsgap" in m.group("u")
            continue
        papers.append(entry(lines, first, last, m.group("t")))
        n = last
    assert multi == [(37, 38), (55, 56)], multi
    assert len(papers) == 6 + 3 + 12 + 9 + 3 + 7 + 3 + 11 + 8 + 4, len(papers)
    assert len(papers) == 66
    write_truth(
        NAME,
        PART,
        papers,
        "Every '- [**Title**](url) (year) by *Authors*' bullet whose link is a paper is an entry (two titles span two"
        " lines), title = the bold link text; the Libraries bullet TSGap (28, a GitHub tool) is not an entry while the"
        " JOSS/arXiv-linked library papers 26, 27, 29 are; Outline links, code links and star badges are not entries.",
        "Whole 119-line file read; all 66 -v lines compared with the bullets: first/last of every section (16/21,"
        " 26/29, 37/49, 53/62, 65/67, 73/79, 83/85, 89/99, 105/112, 115/118), the two-line titles 37-38 and 55-56"
        " joined with a space, 44 without space before the year, 76 in capitals as written, 90/92 the same paper kept"
        " twice, 28 (TSGap, GitHub-only) left out; ids: arXiv abs/pdf links, DOIs from doi.org 40, Springer"
        " article/chapter/content-pdf links (16, 49, 53, 55, 57, 61, 65, 73, 77, 89, 105, 106), ACM /doi/pdf/ 66 and"
        " JOSS 26 (.pdf dropped); none for IEEE Xplore, MDPI, nature.com 91, PMC 108, ScienceDirect pii 115.",
    )


if __name__ == "__main__":
    main()
