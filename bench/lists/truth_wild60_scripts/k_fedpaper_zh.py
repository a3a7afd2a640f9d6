"""Wild60 truth for luozhengquan/Federated-paper README.md at 165b12a (2022-07-20): a Chinese review list of
federated-learning papers from CVPR 2022, ICML 2022, ICLR 2022 and AAAI 2022 ("最新联邦学习论文梳理").

Shape: 300 lines.  Title and a Chinese disclaimer (1-2), an HTML ``<details>`` table of contents (4-13).  Then per
venue a ``## CVPR2022`` / ``## ICML2022`` / ``## ICLR2022`` / ``## AAAI2022`` heading, ``### Oral`` /
``### Spotlight`` / ``### Poster`` sub-headings, and one level-2 heading per paper numbered with the Chinese
enumeration comma: ``## 1、Local Learning Matters: Rethinking Data Heterogeneity in Federated Learning`` (17).  The
numbering restarts in every sub-section.  The CVPR papers (17-194) and the ICML orals (201-210) are followed by a
screenshot of the paper's title block (``![](.../image/CVPR22..._title.PNG)``), sometimes a ``[code](...)`` link,
and ``#### 文章总结`` (summary), ``#### 个人观点`` etc. sub-headings with Chinese prose; the ICML spotlights
(213-246), ICLR (251-274) and AAAI (277-300) papers are bare numbered headings, one per line.

Special cases:
- The paper headings are level 2 like the venue headings; only the numbered ones (``## <n>、``) are papers.
- 109 writes ``CD^2-pFed: ...`` (the superscript as ``^2``): kept as written.
- Several headings end with a space (85, 251, 254-274, 289): stripped.
- The same paper is listed twice in ICML (207 oral 3 and 245 spotlight 33, "The Poisson Binomial Mechanism for
  Unbiased Federated Learning with Secure Aggregation"): two entries.
- No paper names an arXiv id or DOI; the links are code repositories and screenshots.

Decisions:
- Entry = every ``## <n>、<title>`` heading; its span runs to the line before the next heading of level <= 3
  (the next paper, venue or ``### Oral/Spotlight/Poster`` track heading; the ``####`` summaries, screenshots and
  code links belong to it) or to the end of the file, trailing blank lines dropped.
- Title = the heading text after ``<n>、``, trailing spaces removed.
- The ``#### 文章总结`` etc. sub-headings, the table of contents and the venue / track headings are not entries.
"""
import re

from _wild60 import entry, read_lines, write_truth

NAME = "luozhengquan__Federated-paper__README@165b12a.md"
PART = "wild60_development"

PAPER = re.compile(r"^## \d+、(.+?)\s*$")
BREAK = re.compile(r"^#{1,3} ")


def main() -> None:
    lines = read_lines(NAME)
    heads = [n for n, ln in enumerate(lines, 1) if PAPER.match(ln)]
    breaks = [n for n, ln in enumerate(lines, 1) if BREAK.match(ln)]
    papers = []
    for n in heads:
        nxt = [b for b in breaks if b > n]
        last = (nxt[0] - 1) if nxt else len(lines)
        while last > n and not lines[last - 1].strip():
            last -= 1
        papers.append(entry(lines, n, last, PAPER.match(lines[n - 1]).group(1)))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 100, len(papers)
    assert min(by) == 17 and max(by) == 300, (min(by), max(by))
    assert by[17]["title"] == "Local Learning Matters: Rethinking Data Heterogeneity in Federated Learning", by[17]
    assert by[17]["end"] == 81, by[17]
    assert by[85]["title"] == "ATPFL: Automatic Trajectory Prediction Model Design Under Federated Learning Framework"
    assert by[109]["title"] == (
        "CD^2-pFed: Cyclic Distillation-Guided Channel Decoupling for Model Personalization in Federated Learning"
    ), by[109]
    assert by[213]["title"] == "QSFL: A Two-Level Uplink Communication Optimization Framework for Federated Learning"
    assert by[207]["title"] == by[245]["title"]
    assert by[251]["title"] == "Minibatch vs Local SGD with Shuffling: Tight Convergence Bounds and Beyond", by[251]
    assert by[282]["title"] == "Is Your Data Relevant?: Dynamic Selection of Relevant Data for Federated Learning"
    assert by[300]["title"] == "Preservation of Global Knowledge by Not-True Distillation in Federated Learning"
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every level-2 heading numbered with the Chinese enumeration comma ('## <n>、<title>') is one paper;"
        " its span runs to the line before the next level-1/2/3 heading (screenshots, code links and the Chinese"
        " '#### 文章总结' summaries belong to it).  Title = the heading text after '<n>、', trailing spaces removed."
        "  Venue/track headings (## CVPR2022, ### Oral), the <details> table of contents and the '####'"
        " sub-headings are not entries.  No arXiv ids or DOIs are written.",
        checked="Read the whole file; compared the -v output with all 100 numbered headings (CVPR 18, ICML 38,"
        " ICLR 20, AAAI 24), the restart of numbering per track, the '^2' in CD^2-pFed, trailing spaces, the"
        " duplicate Poisson Binomial Mechanism entry (207/245) and the spans of the summarised CVPR papers.",
    )


if __name__ == "__main__":
    main()
