"""Wild14 truth for ydyjya/Awesome-LLM-Safety README_cn.md: the Chinese version of an awesome list on
LLM safety (大模型安全).  Chinese prose, a table of contents, then six topic sections (🔐模型安全,
🔏隐私保护, 📰事实性&错误信息, 😈越狱&攻击, 🛡️防御措施, 💯数据集 & 评测基准), each with:

- '### 📑论文' (papers): a Markdown table '| 日期 | 机构 | 出版信息 | 论文&链接 |' (date yy.mm, institution,
  venue, linked title), cells padded with spaces in the first sections, unpadded in the last ones;
- '### 📖教程, 文章, 演示, 演讲' (tutorials, articles, talks): a table '| 日期 | 分类 | 标题 | 链接地址 |'
  of repositories, a tutorial, a Reddit community, a jailbreak site, a blog post, a video, and the
  Perspective API (a toxicity-detection API, '毒性检测API', whose cell also links its paper as
  '[论文](arXiv)');
- '### 其他' (other): one link to the English subtopic page; '📚资源📚' bullets (two datasets' sites).

Entries: the data rows of the '📑论文' tables: 21 rows, one paper each (title = the link text in the
last cell; ids from the row).  'Practices for Governing Agentic AI Systems' (an OpenAI white paper PDF,
venue 'Open AI') is a technical report: an entry.  Two papers appear twice (TruthfulQA in
事实性 and in 数据集; 'Deduplicating Training Data ...' in 隐私 and in 防御): separate entries.

Not entries: the rows of the '📖教程, 文章, 演示, 演讲' tables (repositories, tutorial, community,
website, blog post, video), including the Perspective API row, whose subject is the API (its paper
is linked beside it as '[论文]'); the dataset-site bullets, the subtopic links, the TOC, badges and
author lines.

Count check: 4 + 4 + 3 + 5 + 2 + 3 = 21 paper rows, counted per '📑论文' table by eye and asserted.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild14 import entry, read_lines, write_truth

NAME = "ydyjya__Awesome-LLM-Safety__README_cn@70571a0.md"
PER_TABLE = [4, 4, 3, 5, 2, 3]


def main() -> None:
    lines = read_lines(NAME)
    papers, counts = [], []
    in_papers = in_table = False
    for i, text in enumerate(lines, 1):
        if text.startswith(("## ", "### ")):
            in_papers = text.startswith("### 📑论文")
            in_table = False
            continue
        if not in_papers:
            continue
        if text.startswith("|"):
            cells = [c.strip() for c in text.strip().strip("|").split("|")]
            if cells[0] in ("日期",) or set(cells[0]) <= set(":-"):
                if cells[0] == "日期":
                    counts.append(0)
                in_table = True
                continue
            m = re.fullmatch(r"\[(.+?)\]\((\S+?)\)", cells[3])
            assert m, (i, cells)
            papers.append(entry(lines, i, i, m.group(1)))
            counts[-1] += 1
        elif in_table and text.strip():
            in_table = False
    assert counts == PER_TABLE, counts
    assert len(papers) == 21
    write_truth(
        NAME,
        "wild14_development",
        papers,
        "every data row of the six '### 📑论文' tables (| 日期 | 机构 | 出版信息 | 论文&链接 |) is an entry, "
        "title = the link text of the last cell; the rows of the tutorials/articles/talks tables "
        "(repositories, blog, video, community, the Perspective API tool with its paper linked beside it), "
        "the dataset bullets and subtopic links are not entries",
        "all 21 paper rows one by one against the file (titles, the padded and unpadded tables, the two "
        "papers listed twice, the OpenAI white paper), and every row of the six tutorials/articles tables",
    )


if __name__ == "__main__":
    main()
