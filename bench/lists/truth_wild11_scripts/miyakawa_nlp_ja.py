"""Wild11 truth for miyakawa2286/study-paper-summary-nlp README.md: a Japanese NLP paper-summary
repository's front page ('自然言語処理関係の論文を適当にピックアップしてまとめています').

Shape: '## これから読むかもしれない論文リスト' (papers I may read next) with '###' topics in Japanese
(言語モデル, 文埋め込み, 対話) and 'ACL2022'; every item is a bullet '- [Title](url)' (arXiv or ACL
Anthology), one with a short name after the link ('(LaBSE)', not part of the title), and under
'Cross-Task Generalization ...' two indented sub-bullets naming related papers (BART, FLAN), which are
papers too.  A blank line splits the ACL2022 list in two.  Then '## 参考' (references): a GitHub
paper list, a slide deck, an awesome-list site, a search tool, a workshop page and a visual graph
tool: not entries.

An entry is one bullet of the reading list (sub-bullets included); title = the link text.
Count check: 6 (言語モデル) + 2 (文埋め込み) + 1 (対話) + 9 + 3 (ACL2022, before and after the blank line)
= 21 top-level bullets + 2 sub-bullets = 23 (grep -c '^ *- \\[' over lines 7-33 gives 23).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild11 import entry, read_lines, write_truth

NAME = "miyakawa2286__study-paper-summary-nlp__README@7e5db07.md"


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("## これから読むかもしれない論文リスト") + 1
    stop = lines.index("## 参考") + 1
    papers = []
    for i in range(start, stop):
        m = re.match(r" *- \[([^\]]+)\]\(", lines[i - 1])
        if m:
            papers.append(entry(lines, i, i, m.group(1)))
    assert len(papers) == 23, len(papers)
    assert sum(1 for p in papers if lines[p["line"] - 1].startswith("  -")) == 2
    write_truth(NAME, "wild11_development", papers,
                "every linked bullet (and the two indented sub-bullets) of the Japanese reading list"
                " 'これから読むかもしれない論文リスト' is an entry, title = the link text ('(LaBSE)' after one link"
                " dropped); the '## 参考' links (paper-list repo, slides, tools, workshop page) are not entries",
                "all 23 bullets against the file (titles, arXiv ids, ACL Anthology links), the blank line inside"
                " the ACL2022 list, and every item of the 参考 section")


if __name__ == "__main__":
    main()
