"""Wild56 truth for dong-zehao/ArxivSummaryDaily index.md: "Arxiv论文总结报告", a daily machine-written digest of new
condensed-matter / materials-physics arXiv papers with Chinese summaries (gemini-2.5-flash), published on the repo's
gh-pages branch.

Version: the deploy commit a4c8017 (2025-08-05, 83 papers), not the newest.  The newest commit touching index.md
(863963d, 2026-02-13) holds 804 papers, over the size that can be checked by eye; every deploy rewrites the whole
page, so this older daily page is the same list shape at a checkable size.

Shape: 602 lines, 57 KB.  Jekyll front matter (1-4), an archive link and date (6), ``# Arxiv论文总结报告`` (8),
``## 基本信息`` with generation time, model and ``论文数量：83 篇`` (10-14), ``## 论文总结`` (17), then one card per
paper: ``### [Title](http://arxiv.org/abs/2508.02662v1)``, three bullets ``- **作者:** authors``, ``- **研究目的:**
purpose`` and ``- **主要发现:** findings`` (Chinese), a blank line, ``---`` and a blank line.  ``## 生成说明``
(599) closes the page.

Special cases:
- Cards 51-75 (367-535) prefix the link with a running number, ``### 论文 51：[...](...)`` with a full-width colon;
  card 63 (451) has only ``### 63：[...](...)``.  The prefix is not part of the title.
- 354's title itself contains brackets: ``[Photoinduced Low Spin to High Spin Transition in a [2x2] Fe(II)
  Metallogrid: ...](http://arxiv.org/abs/2508.01734v1)``.
- Titles carry arXiv-style TeX with Markdown-escaped underscores (``1T-TaS$\\_2$/1H-WSe$\\_2$`` at 416,
  ``$α''$-Fe$\\_{16}$N$\\_2$`` at 535); the title keeps the TeX and dollars as written, the Markdown escape
  backslashes dropped (``1T-TaS$_2$/1H-WSe$_2$``), as the helper's ``entry`` normalises them.  At 207
  (``$Co\\_2FeGa\\_{0.5}Ge\\_{0.5}$``) the helper also reads the two escaped underscores as emphasis and returns
  ``$Co\\2FeGa{0.5}Ge_{0.5}$``: the title is set by hand to ``... $Co_2FeGa_{0.5}Ge_{0.5}$ Heusler alloy``.
- The Chinese summaries also contain TeX (``WSe$\\_{2}$``); they are descriptions, not titles.
- Every card links arXiv with a version (``v1``/``v2``); the id is taken without the version.

Decisions:
- Entry = each ``###`` card, spanning its heading and its three bullets (heading line to the 主要发现 line).
  83 entries, matching the page's own count.
- Title = the link text of the heading (after any ``论文 N：`` / ``N：`` prefix), as written.
"""
import re

from _wild56 import entry, read_lines, write_truth

NAME = "dong-zehao__ArxivSummaryDaily__index@a4c8017.md"
PART = "wild56_development"

CARD = re.compile(r"^### (?:论文 \d+：|\d+：)?\[(?P<title>.+)\]\((?P<url>http://arxiv\.org/abs/[0-9.]+v\d+)\)$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[12] == "- 论文数量：83 篇", lines[12]
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("### "):
            continue
        m = CARD.match(ln)
        assert m, (n, ln)
        last = n
        while lines[last].startswith("- **"):  # lines[last] is line last + 1
            last += 1
        assert last == n + 3, (n, last)
        p = entry(lines, n, last, m.group("title"))
        if n == 207:  # the helper's emphasis stripping eats the pair of escaped underscores around "2FeGa"
            p["title"] = p["title"].replace("$Co\\2FeGa{0.5}Ge_{0.5}$", "$Co_2FeGa_{0.5}Ge_{0.5}$")
        papers.append(p)
    by = {p["line"]: p for p in papers}
    assert len(papers) == 83, len(papers)
    assert by[19]["title"] == "Simulating high-temperature superconductivity in moiré WSe2", by[19]
    assert by[19]["arxiv"] == "2508.02662", by[19]
    assert (by[19]["line"], by[19]["end"]) == (19, 22), by[19]
    assert by[354]["title"].startswith("Photoinduced Low Spin to High Spin Transition in a [2x2] Fe(II)"), by[354]
    assert by[367]["title"] == "Bose-Hubbard model in the canonical ensemble: a beyond mean-field approach", by[367]
    assert by[367]["arxiv"] == "2508.01692", by[367]
    assert by[451]["title"].startswith("Transport in Single Quantum Dots: A Review"), by[451]
    assert by[416]["title"].endswith("1T-TaS$_2$/1H-WSe$_2$ heterostructures"), by[416]
    assert by[207]["title"].endswith("asymmetry in $Co_2FeGa_{0.5}Ge_{0.5}$ Heusler alloy"), by[207]
    assert by[507]["title"] == "Magnetism at the interface of $MoSe_2/V_2O_5$ heterostructures", by[507]
    assert papers[-1]["title"] == "Categorical Anomaly Matching", papers[-1]
    assert papers[-1]["arxiv"] == "2508.00982", papers[-1]
    assert all(p["doi"] is None for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every '### [Title](http://arxiv.org/abs/ID vN)' card is an entry (83, as the page's own count says),"
        " spanning the heading and its three Chinese bullets (作者 / 研究目的 / 主要发现).  Title = the heading's"
        " link text after any running-number prefix ('论文 51：', '63：'), kept as written with its arXiv TeX (Markdown"
        " escape backslashes before underscores dropped); one title contains brackets ('[2x2]').",
        checked="Read the whole file and compared the -v output for all 83 cards: titles (numbered prefixes 51-75 and"
        " the bare '63：' left out, bracketed '[2x2]' title kept whole, TeX kept), spans heading..主要发现, arXiv ids"
        " without version, no DOIs.",
    )


if __name__ == "__main__":
    main()
