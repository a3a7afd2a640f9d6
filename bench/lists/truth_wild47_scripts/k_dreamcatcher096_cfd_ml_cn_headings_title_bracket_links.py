"""Wild47 truth for DreamCatcher096/CFD-with-ML-paper 论文汇总.md ("paper summary"): a Chinese student's short list of
papers on machine learning for fluid simulation (CFD), newest commit (bf4ea21, 2021-09-17, the repository's second and
last commit; the first, 6873a41, had 14 items and a doubled ``[[Paper]((https://...))]`` link).

Shape: 22 lines, 3 KB, the whole repository is this one file.  Three ``###`` headings in Chinese name the method family:
``### 欧拉网格法`` (1, Eulerian grid methods), ``### 拉格朗日粒子法`` (9, Lagrangian particle methods), ``### 混合法``
(19, hybrid methods; no blank line after it).  Under them 15 ``* `` bullets, one line each:
``* English title [[Paper](url)] [[Code](url)] [[Video](url)]``; the Paper link is always there, Code and Video only
sometimes.  No authors, venues or years.

Special cases:
- Paper links point to arXiv abs/pdf (3, 5, 7, 14, 20), ACM ``/doi/pdf/10.1145/3451261`` (11), IOP
  ``/article/10.1088/2632-2153/abbf9a/pdf`` (12), ScienceDirect pii (13), OpenReview (15), IEEE Xplore (21) and personal
  or lab pages (4, 6, 16, 17, 22).
- Titles keep the list's case: ``AdvectiveNet: An Eulerian-Lagrangian Fluidic reservoir for Point Cloud Processing``
  (20), ``Data-driven synthesis of smoke flows ...`` (6), ``Graph neural networks in particle physics`` (12).

Decisions:
- Entry = every ``* `` bullet (15), one line each; title = the text before the first `` [[Paper](``, nickname prefixes
  (``Deep Fluids:``, ``FluidsNet:``, ``SPNets:``, ``AdvectiveNet:``) kept as part of the written title.
- Not entries: the three Chinese headings; the Code and Video links belong to their bullet.
"""
import re

from _wild47 import entry, read_lines, write_truth

NAME = "DreamCatcher096__CFD-with-ML-paper__论文汇总@bf4ea21.md"
PART = "wild47_development"

HEAD = re.compile(r"^### (欧拉网格法|拉格朗日粒子法|混合法)$")
ITEM = re.compile(r"^\* (?P<title>[^\[]+?) \[\[Paper\]\((?P<url>[^)]+)\)\](?: \[\[(?:Code|Video)\]\([^)]+\)\])*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    heads = []
    for n, ln in enumerate(lines, 1):
        if HEAD.match(ln):
            heads.append(n)
            continue
        if not ln.strip():
            continue
        m = ITEM.match(ln)
        assert m, (n, ln)
        papers.append(entry(lines, n, n, m.group("title")))
    assert heads == [1, 9, 19], heads
    t = {p["line"]: p for p in papers}
    assert (t[3]["title"], t[3]["arxiv"]) == (
        "Latent Space Subdivision: Stable and Controllable Time Predictions for Fluid Flow", "2003.08723"), t[3]
    assert t[11]["doi"] == "10.1145/3451261", t[11]
    assert t[12]["doi"] == "10.1088/2632-2153/abbf9a", t[12]
    assert t[13]["title"] == "FluidsNet: End-to-end learning for Lagrangian fluid simulation", t[13]
    assert t[20]["arxiv"] == "2002.00118", t[20]
    assert t[21]["title"] == "Fluid Simulation Based on Material Point Method with Neural Network", t[21]
    assert len(papers) == 15, len(papers)
    assert sum(1 for p in papers if p["arxiv"]) == 5 and sum(1 for p in papers if p["doi"]) == 2
    write_truth(
        NAME,
        PART,
        papers,
        "Every '* ' bullet under the three Chinese method-family headings (欧拉网格法 / 拉格朗日粒子法 / 混合法) is an"
        " entry (15, one line each); title = the text before the first ' [[Paper](', nickname prefixes kept; the"
        " headings are not entries and the Code/Video links belong to their bullet.",
        "Read all 22 lines and compared -v with every bullet: 5 arXiv ids (https abs 3/14, http abs 5/7, pdf"
        " 20), ACM DOI 10.1145/3451261 (11) and IOP DOI 10.1088/2632-2153/abbf9a (12, '/pdf' tail not part"
        " of it), no ids from ScienceDirect pii, OpenReview, IEEE Xplore or lab pages; titles as written.",
    )


if __name__ == "__main__":
    main()
