"""Wild51 truth for kaikatsumata/awesome-ai-survey-papers README.md: a Japanese-language curated list of AI survey
papers (surveys / reviews / overviews, plus a few landmark non-survey papers), each with its survey companion
repository where one exists; newest commit (4532f0a, a "refresh metadata" bot commit), 263 KB, 3199 lines.

Shape: ``# Awesome AI Survey Papers`` with an awesome badge (1), a language switch (3), a quoted Japanese blurb, a
count line ``**955 本のサーベイ論文** / 30 分野 / companion リポジトリ 122 件付き``, a format legend in backticks and a
freshness legend, then ``## 目次`` (table of contents, 30 bullets ``- [🧠 大規模言語モデル (LLM)](#-...) (82)``, 17-46),
then 30 ``## <emoji> <field>`` sections, each split into ``### <topic>`` sub-headings (English) over one-line bullets
(52-3188).  Every paper bullet is one line:
``- [Title](https://arxiv.org/abs/...) — *venue year* · 📈citations。Japanese description — [`owner/repo`](github) ⭐stars🟢``;
the citation count, the companion repository link, the star count / freshness dot and a ``[project](...)`` link are
optional.  Links: 938 arXiv abs, 15 doi.org, 2 jmlr.org.  ``## 貢献`` / ``## ライセンス`` close the file (3193-3199).

Special cases:
- A few bullets are landmark papers, not surveys (InstructGPT, ChatEval, Safe RLHF ...): still papers, still entries.
- Monographs in journals (``Learning to Rank for Information Retrieval``, FnTIR 2009) are entries.
- The companion ``[`owner/repo`](https://github.com/...)`` link after the description is a code repository, not a
  second entry; the title is only the first bracket.

Decisions:
- Entry = every ``- [Title](http...)`` bullet (955, matching the file's own count line); title = the first link
  text as written.  The 30 table-of-contents bullets (links to ``#...`` anchors) are not entries, nor headings,
  the legends, the contributing and licence lines.
- Ids come from the bullet line: arXiv abs links and doi.org DOIs (jmlr.org gives none).
"""
import re

from _wild51 import entry, read_lines, write_truth

NAME = "kaikatsumata__awesome-ai-survey-papers__README@4532f0a.md"
PART = "wild51_development"

TOC = re.compile(r"^- \[[^\]]+\]\(#[^)]+\) \(\d+\)$")
ITEM = re.compile(r"^- \[(?P<title>[^\]]+)\]\((?P<url>https?://[^)\s]+)\) — \*[^*]+\*")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0].startswith("# Awesome AI Survey Papers"), lines[0]
    papers = []
    toc = 0
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("- "):
            continue
        if TOC.match(ln):
            toc += 1
            continue
        m = ITEM.match(ln)
        assert m, (n, ln)
        title = m.group("title").strip()
        assert not re.search(r"[*`<>]", title), (n, title)
        papers.append(entry(lines, n, n, title))
    assert toc == 30, toc
    t = {p["line"]: p for p in papers}
    assert (t[52]["title"], t[52]["arxiv"]) == (
        "Large Language Models for Software Engineering: A Systematic Literature Review", "2308.10620"), t[52]
    assert t[53]["title"] == "A Survey on Large Language Models for Code Generation", t[53]
    assert (t[1411]["title"], t[1411]["doi"]) == ("A Survey on Transfer Learning", "10.1109/tkde.2009.191"), t[1411]
    assert t[1568]["title"] == "A Survey of Preference-Based Reinforcement Learning Methods", t[1568]
    assert t[2257]["doi"] == "10.1561/1500000016", t[2257]
    assert len(papers) == 955, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every one-line paper bullet '- [Title](http...) — *venue year* ...' under the 30 field sections is an entry"
        " (955, equal to the file's own '955 本のサーベイ論文' count); title = the first link text as written; the"
        " companion-repository link, citation/star counts and the Japanese description are not part of the title;"
        " the 30 table-of-contents bullets (anchor links) and the legends/licence lines are not entries.",
        "Checked with Python that every '- ' line is either a TOC anchor bullet (30) or matches the paper pattern"
        " (955; 938 arXiv, 15 doi.org, 2 jmlr.org links), no title holds markup, no title repeats; compared -v by eye"
        " for a sample: the first section (52-110), the doi/jmlr lines (690, 1411, 1524, 1568, 1582, 2085, 2257,"
        " 3060) and the last section (3150-3191), titles and ids.",
    )


if __name__ == "__main__":
    main()
