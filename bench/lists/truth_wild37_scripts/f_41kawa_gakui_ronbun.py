"""Wild37 truth for 41kawa/41kawa.github.io _pages/2_works/thesis.md: the "学位論文" (degree theses) page
of the Nakata laboratory (Tokyo Tech / Science Tokyo, operations research and data science), Jekyll,
Japanese: every doctoral, master's and bachelor's thesis written in the lab, 2008-2025.

Shape: front matter (1-4), "## 学位論文" (6), a jump note and a 3-item table of contents (11-13:
"- [博士論文](#博士論文)" etc. -- links, not entries), then "### 博士論文" (15), "### 修士論文" (33) and
"### 卒業論文" (182), each split into "#### <year>年度" headings with "- 氏名: 題目." items, one per
line.  164 items: 4 doctoral, 93 master's (2008-2025), 67 bachelor's (2009-2025).  Titles are mostly
Japanese, some English; no links except one GitHub link, no DOIs, no arXiv ids.
Entry = each "- name: title." item.  Title = the text after the first ": " up to the final "."
separator.  Special cases:
- the four English titles followed by a Japanese rendering in parentheses -- 27, 31 (doctoral), 140,
  142 (master's): "Study on cutting-plane algorithms ... (混合整数半正定値最適化問題に対する切除平面法の
  研究)." -- the parenthesised Japanese is a translation and is dropped;
- line 97 appends " [[GitHub](https://github.com/irasin/...){:target="_blank"}]" after the title's
  "." -- a code link, not part of the title;
- line 140 keeps its typo "portfoliooptimization"; line 120's subtitle "--- スマートフォンアプリを対象に"
  and line 127's space before "." are as written;
- the seven 2025年度 bachelor's items (186-192) give the student only: "金井秀斗: ." -- a thesis record
  whose title is not yet filled in, kept as an entry with no title (null), like the title placeholder
  of the wild36 D3-AI page; "（小林研）" after three names marks the co-supervising lab.
The same student appears in several sections (bachelor's, then master's thesis): separate works,
separate entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild37 import entry, read_lines, write_truth

NAME = "41kawa__41kawa.github.io___pages__2_works__thesis@397469f.md"
PART = "wild37_development"

TRANSLATED = {27, 31, 140, 142}
JA_TRANSLATION = re.compile(r"\s+\([^()]+\)\.?$")
GITHUB = re.compile(r"\.\s+\[\[GitHub\]\(.*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    counts: dict[str, int] = {}
    section = None
    for n, text in enumerate(lines, 1):
        if text.startswith("### "):
            section = text[4:].strip()
            continue
        if not text.startswith("- ") or section is None:
            continue
        _name, _, rest = text[2:].partition(": ")
        assert rest, n
        title = GITHUB.sub(".", rest).strip()
        if n in TRANSLATED:
            title = JA_TRANSLATION.sub("", title)
        else:
            assert not JA_TRANSLATION.search(title), n
        if title in {".", ""}:
            title = None
        else:
            assert title.rstrip(". ") in text, (n, title)
        counts[section] = counts.get(section, 0) + 1
        papers.append(entry(lines, n, n, title))

    assert counts == {"博士論文": 4, "修士論文": 93, "卒業論文": 67}, counts
    assert sum(1 for p in papers if p["title"] is None) == 7
    assert len(papers) == 164, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each '- 氏名: 題目.' item under the doctoral, master's and bachelor's thesis sections is an entry, its title "
        "the text after the name up to the final '.', without the Japanese translation in parentheses (27, 31, "
        "140, 142) or the GitHub link (97); the seven 2025 bachelor's items without a title have a null title; "
        "the table-of-contents links are not entries.",
        "Read all 300 lines; the first and last item of every year heading in the three sections, the four "
        "translated titles, the GitHub-link item 97, the seven empty 2025 items 186-192, the TOC lines 11-13 "
        "and ~25 other items compared with the -v output.",
    )


if __name__ == "__main__":
    main()
