"""Wild39 truth for janilbols-w/weekly-paper reports/2026-W34.md: one week's issue of a personal weekly paper
log on LLM inference efficiency and AI infrastructure ("LLM 高效推理与 AI Infra 论文周报"), kept in the owner's
repository and written by his own automated pipeline (arXiv search, scoring, one-line abstract); the file's
footer says the scores and summaries are machine-generated.  Covers 2026-08-15 to 2026-08-21: "收录 131 篇 ·
精选 5 篇" (131 papers, 5 featured).

Shape (183 lines, Chinese headings and field names, English titles):
- "## 本周精选" (this week's picks): five cards, each a "### N. [Title](arXiv URL)" heading followed by a blank
  and six "- **字段**：value" field lines (分类 category, 评分 score, 摘要 the abstract's first sentence, 为什么值得
  关注 / 主要限制 placeholders, 代码 a GitHub URL or "未发现公开代码链接");
- "## 其他收录论文" (other papers): 126 one-line items "- [Title](arXiv URL) · category · NN/100"; most links are
  "https://arxiv.org/abs/ID", some "http://arxiv.org/abs/IDv1".
- a "---" rule and the machine-generation disclaimer.

Decisions:
- Entry = each featured card (span: its ### heading through its last field line) and each "其他收录论文" item;
  131 entries, matching the header's count.  Headings, the coverage line and the footer are not entries.
- Title = the link text of the heading or item, as written (TeX kept: "Tail-Aware Top-$k$ On-Policy Distillation",
  "H$^{2}$MT: ...", "... LLaMA-70B on $60 GPUs"); the category, score, abstract sentence and code link are not part of it.
- arXiv id = the title link's id (version dropped); the cards' code links are GitHub repositories; no DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild39 import entry, read_lines, write_truth

NAME = "janilbols-w__weekly-paper__reports__2026-W34@20a6448.md"
PART = "wild39_development"

CARD = re.compile(r"^### \d\. \[(?P<title>[^\]]+)\]\(https://arxiv\.org/abs/[\d.]+\)$")
ITEM = re.compile(r"^- \[(?P<title>.+)\]\(https?://arxiv\.org/abs/[\d.]+(?:v\d)?\) · .+ · \d+/100$")
FIELD = re.compile(r"^- \*\*[^*]+\*\*：")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    cards = 0
    for n, text in enumerate(lines, 1):
        m = CARD.match(text)
        if m:
            last = n + 1
            while last < len(lines) and FIELD.match(lines[last]):
                last += 1
            assert last - n == 7, (n, last)  # blank + six field lines
            papers.append(entry(lines, n, last, m.group("title")))
            cards += 1
            continue
        if text.startswith("- [") and not FIELD.match(text):
            m = ITEM.match(text)
            assert m, (n, text)
            papers.append(entry(lines, n, n, m.group("title")))
    assert cards == 5, cards
    assert len(papers) == 131, len(papers)
    assert all(p["arxiv"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each of the five '### N. [Title](arXiv)' cards (heading through its six field lines) and each of the 126"
        " '- [Title](arXiv) · category · score' items is an entry; title = the link text; arXiv id from the title"
        " link; headings, coverage line and footer are not entries.",
        "Whole file read (183 lines) against the -v output: the five cards' spans (7-14 ... 43-50) and their"
        " GitHub code links, the first and last items (54, 179), the eight http/'v1' links (109, 127, 153,"
        " 155, 157, 161, 167, 168), the TeX in titles (70 '$k$', 134 'H$^{2}$MT', 138 '$60'), titles with '?'"
        " (125, 171, 176), no repeated id, 131 = the header's count, the"
        " footer (181-183) and ~20 random items.",
    )


if __name__ == "__main__":
    main()
