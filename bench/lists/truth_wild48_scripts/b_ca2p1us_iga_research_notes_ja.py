"""Wild48 truth for Ca2p1us/sandbox README.md: a Japanese student's running research notebook for an interactive
genetic algorithm (IGA) sound-synthesis project (master's-level research on generating sounds from onomatopoeia), newest
commit touching the file (dbeeffd, Dec 2025).  The README is not documentation but a diary: how to run the simulator,
parameter ranges, benchmark functions, notes on other IGA studies, evaluation metrics, statistics, the papers the author
uses or only skimmed, and dated work notes (10/13 ... 12/22).

Shape: 245 lines, 19 KB, nested ``-`` bullets under ``#``/``##`` headings, mostly Japanese.  Papers are bullet items
whose link text is the title, usually wrapped in straight double quotes (``- ["Title"](url)``), sometimes not
(``- [自己組織化マップを用いた...](https://doi.org/...)``); most carry nested sub-bullets of Japanese notes (assumption
単峰性/多峰性, what the paper does, what the author thinks).  Four paper sections:
- ``# 他の研究のIGA,GAが目的としている課題の整理`` (47-99): 11 items, 2 of them theses without a title.
- ``# IGAの評価指標`` (101-112): papers nested two levels deep under ``使っていた論文`` (106-108, 112).
- ``## 使っている論文`` (129-160): papers mixed with web pages (Qiita blog posts, test-function web sites).
- ``## 読むだけ読んだ論文`` (164-175): papers only skimmed.

Special cases:
- 48 and 130 ``[先輩の修論(GithubのURL)](https://github.com/mocoatsu/Research)``: the senior student's master's thesis,
  named only as "senior's thesis (GitHub URL)" -> an entry (a thesis) with title None; 51 ``[山本先輩の修論]`` (Yamamoto
  senpai's thesis) has neither title nor link -> entry, title None.
- 135 ``An analysis of the behaviour of a class of genetic adaptive systems`` is De Jong's 1975 PhD thesis -> entry.
- Not entries: 13/37 ChatGPT share links; 136, 148, 153 Qiita blog posts (148 and 153 are the same post twice);
  137 the SFU "Virtual Library of Simulation Experiments" site, 138/139 the "Test Functions for Unconstrained Global
  Optimization" web page (twice, once quoted; 140-142 call it a professor's summary site and link his pages).
- Repeats are separate entries: the thesis 48/130, ``Reducing user fatigue ...`` 108/131, ``対話履歴からの獲得知識...``
  106/169.
- Titles keep the file's spelling: missing spaces (``Tournament Selection,and``, ``withEvaluation``, ``Usingthe``),
  upper case (157), the TeX ``$\\epsilon$`` in 143; the wrapping double quotes and a title's closing ``.`` (108, 131,
  167, 168) are citation punctuation and are dropped.

Decisions:
- Entry = a bullet whose link (or bracket) names a research work; lines = the bullet and its nested note sub-bullets
  (the Markdown list item).  Title = the link text without the wrapping quotes; None for the two thesis mentions.
- Ids: DOIs from the doi.org link (165) and the Frontiers URL (168); arXiv from the arxiv.org/pdf link (143); none from
  J-STAGE, ResearchGate, MDPI or university PDF links.
"""
import re

from _wild48 import entry, read_lines, write_truth

NAME = "Ca2p1us__sandbox__README@dbeeffd.md"
PART = "wild48_development"

ITEM = re.compile(r"^(?P<ind> *)- \[(?P<text>[^\]]*)\](?:\((?P<url>[^)]*)\))?\s*$")
NOT_PAPERS = {136, 137, 138, 139, 148, 153}  # Qiita blog posts and test-function web sites
THESES = {48, 51, 130}  # theses named without a title
SECTIONS = [(47, 99), (101, 112), (129, 160), (164, 175)]


def item_end(lines: list[str], n: int, ind: int) -> int:
    """Last line of the list item starting at line n (1-based): its deeper-indented sub-bullets."""
    end = n
    for k in range(n + 1, len(lines) + 1):
        ln = lines[k - 1]
        if not ln.strip():
            break
        if len(ln) - len(ln.lstrip(" ")) <= ind:
            break
        end = k
    return end


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# シミュレータの動かし方"
    assert lines[46] == "# 他の研究のIGA,GAが目的としている課題の整理" and lines[163] == "## 読むだけ読んだ論文"
    papers = []
    skipped = []
    for n, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if not m:
            continue
        if not any(a <= n <= b for a, b in SECTIONS):
            continue
        if m.group("text") in ("その教授のサイト", "その教授の所属大学のサイト"):
            continue  # links to the professor's pages under the test-function site (141-142)
        if n in NOT_PAPERS:
            skipped.append(n)
            continue
        text = m.group("text").strip()
        if n in THESES:
            title = None
        else:
            title = text.strip('"').strip()
        papers.append(entry(lines, n, item_end(lines, n, len(m.group("ind"))), title))
    assert skipped == sorted(NOT_PAPERS), skipped
    t = {p["line"]: p for p in papers}
    assert (t[48]["title"], t[48]["end"]) == (None, 50), t[48]
    assert (t[51]["title"], t[51]["end"]) == (None, 53), t[51]
    assert t[54]["title"] == "対話型遺伝的アルゴリズムの評価操作におけるユーザの負担軽減の検討" and t[54]["end"] == 60, t[54]
    assert t[61]["end"] == 73, t[61]
    assert t[108]["title"] == "Reducing user fatigue in interactive genetic algorithms by evaluation of population subsets"
    assert t[131]["title"] == t[108]["title"] and t[131]["end"] == 132, t[131]
    assert t[130]["title"] is None and t[130]["end"] == 130, t[130]
    assert t[143]["arxiv"] == "2210.06814", t[143]
    assert t[143]["title"].startswith("Accelerating the Evolutionary Algorithms by Gaussian Process Regression with $"), t[143]
    assert t[155]["title"] == "Genetic Algorithms, Tournament Selection,and the Effects of Noise", t[155]
    assert t[165]["doi"] == "10.1299/jsmeoptis.2008.8.93", t[165]
    assert t[165]["title"] == "自己組織化マップを用いた遺伝的アルゴリズムについて", t[165]
    assert t[167]["title"] == "Voice Recognition based on vote-SOM", t[167]
    assert t[174]["end"] == 175, t[174]
    assert len(papers) == 30, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Entries are the bullets naming a research work in the four paper sections (47-99 other IGA studies, 101-112"
        " evaluation-metric papers nested under 使っていた論文, 129-160 papers in use, 164-175 papers only skimmed): 30;"
        " each spans its bullet and nested note sub-bullets; title = the link text without the wrapping double quotes"
        " and a closing period; the senior students' master's theses (48, 51, 130) are entries with title None;"
        " Qiita blog posts (136, 148, 153), the test-function web sites (137-139) and ChatGPT links (13, 37) are not"
        " entries; repeats (48/130, 106/169, 108/131) are separate entries.",
        "Read all 245 lines; compared -v for all 30 entries: quoted and unquoted link titles, the two thesis mentions"
        " (51 has no link at all), the nested papers 106-108/112, missing-space typos kept (155, 170, 174), upper-case"
        " 157, TeX $\\epsilon$ in 143, item ends over the Japanese note sub-bullets (54-60, 61-73, 80-84, 143-147,"
        " 170-173); ids: DOI 165 (doi.org) and 168 (Frontiers URL), arXiv 143; none from J-STAGE/ResearchGate/MDPI.",
    )


if __name__ == "__main__":
    main()
