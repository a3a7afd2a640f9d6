"""Wild49 truth for yongjin-shin/awesome-active-learning README.md: a small personal "awesome" list of active learning
papers (pool-based, batch, stream-based, membership-query synthesis, meta-learning, tasks, coresets, theory, critics,
related data valuation), newest commit (8da1365, 2024-04-22, "add cvpr 2024 paper"), 110 lines, 10 KB.

Shape: ``# Awesome Active Learning`` with an awesome badge (1), a quoted one-line description (3), ``## Tutorials``
(5) with four bullets tagged inside the link text (7-10: ``* [[Book] Active Learning](morganclaypool doi)``,
``[[Seminar] ...](youtube)`` x2, ``[[Lecture. 24]  36-708 Statistical Methods ...](youtube)``), then ``## Papers``
(12) with ``###``/``####`` subsections whose items are all ``* [Title](url). Authors. (Venue, Year)`` bullets: blank
lines between the bullets in Singleton (18-40), none elsewhere (44-110).

Special cases:
- The Tutorials bullets are a book, two seminar videos and a lecture video: not entries (the book's link holds a DOI).
- Separators vary: ``](url).Marc`` (9), ``](url), DAVID COHN`` (68, 73), ``](url) Ozan Sener`` (92); venue cells
  ``(NIPS 2010)`` (60), ``(ICLR, 2021 spotlight)`` (96), ``(ICML 2020)`` (110); authors in capitals (68), BibTeX
  accents ``P{\\''u}schel`` (54), combining accents ``R ́omer`` (38), ``Ozgu ̈n`` (103).
- Typos in titles kept: ``Prefernce`` (34), ``forBatch`` (55), ``Usingthe`` (57), ``Synthesisfor`` (72),
  ``Equal:Rationalizing`` (85); the double space in ``Active  Learning`` (102) is collapsed by the helper.
- ``Dataset Condensation with Gradient Matching`` (109) sits under Related / Data Valuation: still a paper, an entry.

Decisions:
- Entry = every ``* [Title](url)`` bullet from line 18 on (52); title = the link text.
- Not entries: the four tagged Tutorials bullets 7-10, headings, badge, description.
- Ids from the bullet: arXiv abs/pdf links; DOIs from ACM ``/doi/pdf/`` and ``/doi/`` links.
"""
import re

from _wild49 import entry, read_lines, write_truth

NAME = "yongjin-shin__awesome-active-learning__README@8da1365.md"
PART = "wild49_development"

BULLET = re.compile(r"^\* \[(?P<title>[^\[\]]+)\]\((?P<url>[^)]*)\)")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0].startswith("# Awesome Active Learning")
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("* ["):
            continue
        if n < 12:
            assert re.match(r"^\* \[\[(Book|Seminar|Lecture\. 24)\] ", ln), (n, ln)
            continue
        m = BULLET.match(ln)
        assert m, (n, ln)
        papers.append(entry(lines, n, n, m.group("title")))
    t = {p["line"]: p for p in papers}
    assert (t[18]["title"], t[18]["arxiv"]) == ("Entropic Open-Set Active Learning", "2312.14126"), t[18]
    assert t[34]["title"] == "Bayesian Active Learning for Classification and Prefernce Learning", t[34]
    assert t[40]["doi"] == "10.1145/1390156.1390183", t[40]
    assert t[85]["title"].startswith("Not All Labels Are Equal:Rationalizing"), t[85]
    assert t[102]["title"] == "Towards Robust and Reproducible Active Learning Using Neural Networks", t[102]
    assert t[110]["title"] == "Data Valuation Using Reinforcement Learning", t[110]
    assert len(papers) == 52, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '* [Title](url). Authors. (Venue, Year)' bullet under ## Papers (18-110) is an entry (52); title = the"
        " link text as written (typos kept). The four Tutorials bullets 7-10 tagged [Book]/[Seminar]/[Lecture. 24]"
        " (a book and videos) are not entries.",
        "Read all 110 lines; compared -v with every bullet: 52 titles equal the link texts, the varied separators"
        " (9, 68, 73, 92) do not leak into titles, the Tutorials bullets are skipped, arXiv ids from abs/pdf links,"
        " ACM DOIs 40/73, none from NeurIPS/CVF/PMLR/OpenReview/personal PDF links.",
    )


if __name__ == "__main__":
    main()
