"""Truth for star-736/paper-reading-wiki wiki/index.md (commit 5bc8c91): the Chinese index page of a
personal paper-reading knowledge base (LLM technical reports, RL and data-mixture papers).

Shape: ``# 索引`` with a short Chinese preamble, then ``## 来源`` (sources), ``## 模型``, ``## 概念``,
``## 细讲模块`` and ``## 比较``, each a flat ``- [label](local-page.md) - Chinese description`` list.  Only the
来源 list has one source document per item: mostly papers / technical reports, labelled ``<Model> 技术报告``
("technical report"), a bare nickname (``DoReMi``, ``TANDEM``) or the paper's title; the descriptions give
teams, venues and, twice, an ``arXiv:`` id.

Decisions:
- Each 来源 item whose source is a paper or technical report is an entry (53 of 56 lines, 9-64).  Not
  entries: the three blog posts (line 24 ``Qwen3-Next 官方博客``, line 28 ``Thinking Machines Lab … 博客``,
  line 60 ``nrehiew 博客：…``), and every item of 模型 (models), 概念 / 细讲模块 (concept pages) and 比较
  (comparison pages), whose subject is a model or a topic, not one paper.
- ``Seed2.0 Model Card`` (line 43) is kept: its source page in the same repository shows it is the arXiv
  report "Seed2.0 Model Card: Towards …"; ``DeepSeek-V4 技术报告`` (an official PDF report) is kept too.
- Title: the link text when it is the paper's title or its opening words (``Agentic Reinforced Policy
  Optimization``, ``Group Sequence Policy Optimization``, ``Soft Adaptive Policy Optimization``,
  ``Unlimited OCR Works``, ``Seed2.0 Model Card``); None when the link text is a ``… 技术报告`` label or a
  bare nickname (``DoReMi``, ``TANDEM``, ``UniClawBench``, ``daVinci-Agency``, ``LoopCoder-v2``), which name
  the work without giving its title (the repository's source pages were used only to tell these apart).
- ids come from the item's own line: ``arXiv:2505.09388`` (line 25) and ``arXiv:2511.21631`` (line 26).
"""

from __future__ import annotations

import re

from _wild45 import entry, read_lines, write_truth

NAME = "star-736__paper-reading-wiki__wiki__index@5bc8c91.md"
PART = "wild45_development"

ITEM = re.compile(r"^- \[(?P<label>[^\]]+)\]\(sources/[^)]+\) - ")
BLOG = re.compile(r"博客")
TITLED = {
    "Agentic Reinforced Policy Optimization",
    "Group Sequence Policy Optimization",
    "Soft Adaptive Policy Optimization",
    "Unlimited OCR Works",
    "Seed2.0 Model Card",
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = ""
    for n, line in enumerate(lines, 1):
        if line.startswith("## "):
            section = line[3:].strip()
            continue
        m = ITEM.match(line)
        if section != "来源" or not m:
            continue
        label = m.group("label")
        if BLOG.search(label):
            continue
        papers.append(entry(lines, n, n, label if label in TITLED else None))
    assert len(papers) == 53, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each 来源 item whose source is a paper or technical report is an entry (blog posts and the 模型/概念/"
        "细讲模块/比较 pages are not); title = the link text when it is the paper's title or its opening words, "
        "None for '<Model> 技术报告' labels and bare nicknames.",
        "All 56 来源 items read against the -v output (53 kept, the three 博客 items skipped), the five titled "
        "labels, the None labels, the arXiv ids of lines 25-26; the 模型 (33), 概念, 细讲模块 and 比较 items "
        "checked to name models or topics only.",
    )


if __name__ == "__main__":
    main()
