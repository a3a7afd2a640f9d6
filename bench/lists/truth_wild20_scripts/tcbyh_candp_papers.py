"""Wild20 truth for tcbyh/candp mds/papers.md: a Chinese reading list ('论文汇总', paper summary) of
vision-transformer papers, grouped under Chinese headings (开创性工作 seminal work, 下游任务 downstream
tasks: 目标检测 / 图像分割 / 关键点检测, 学习范式 learning paradigms: 对比学习 / 掩码学习 / 主动学习, 大模型
large models: 扩散模型 / PEFT, 自动驾驶 autonomous driving: BEV / 占据网络 / 端到端 / ...); some headings
are empty.

Shape: one line per paper, 'Nick: 2010.11929. **Title**. First Author et al | \\[[abs](arXiv
abs)\\] \\[[pdf](../pdfs/local.pdf)\\]', the nickname sometimes missing ('- 2104.02057. **Title**.
...'), and one record written as a paragraph without the bullet ('Diffusion Model: 2112.10752.
**...**', line 63).  Four BEV items are only a nickname and an arXiv URL in double braces ('- LSS:
{{https://arxiv.org/abs/2008.05711}}'): entries with a null title (they name no title).

Entries: every such record, 40 in all (6 + 5 + 4 + 2 + 5 + 6 + 1 + 1 + 4 + 4 + 2 by heading).
Title = the bold text (double spaces of the original are collapsed by the helper); the nickname
and the arXiv number before it are not part of it.  arXiv id from the abs link / the braces URL.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild20 import entry, read_lines, write_truth

NAME = "tcbyh__candp__mds__papers@c9ae058.md"


def main() -> None:
    lines = read_lines(NAME)
    papers, bare, para = [], 0, 0
    for i, text in enumerate(lines, 1):
        m = re.match(r"(?:- )?(?:[^*{]+: )?\d{4}\.\d{5}\. \*\*(.+?)\*\*\. ", text)
        if m:
            papers.append(entry(lines, i, i, m.group(1)))
            para += not text.startswith("- ")
            continue
        b = re.match(r"- [^:]+: \{\{https://arxiv\.org/abs/\d{4}\.\d{5}\}\}$", text)
        if b:
            papers.append(entry(lines, i, i, None))
            bare += 1
    assert len(papers) == 40, len(papers)
    assert bare == 4 and para == 1
    assert sum(1 for t in lines if t.startswith("- ")) == 39
    assert all(p["arxiv"] for p in papers)
    write_truth(NAME, "wild20_development", papers,
                "every paper record (bullet or the one paragraph) is an entry; title = the bold text; the four"
                " 'Nick: {{arXiv URL}}' items are entries with a null title",
                "all 40 records by eye against the file (39 '- ' bullets, all papers, plus the un-bulleted"
                " 'Diffusion Model' line); bold titles with double spaces; nickname-less records; the four"
                " brace-URL items; every record's arXiv id")


if __name__ == "__main__":
    main()
