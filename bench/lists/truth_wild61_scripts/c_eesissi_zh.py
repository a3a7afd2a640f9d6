"""Wild61 truth for Frandy777/Eesissi-Blog content/publication/zh/publication.md at 38a465b (2026-04-29):
the Chinese-language publication page of a university research group's (S. X. Wu's) web site, where every
English paper title has been translated into Chinese (note on line 3: the original titles are on the English
page).

Shape: 137 lines.  ``# 发表文章`` (1), a blockquote note (3), then ``## 期刊论文`` (journal papers, 5),
``## 技术报告`` (technical reports, 59), ``## 会议论文`` (conference papers, 65), ``## 专利`` (patents, 125) and
``## 学位论文`` (theses, 131).  Every item is one plain paragraph (no list marker) separated by blank lines, in
IEEE style: ``authors, "translated title", *Venue*, vol., no., pp., date.`` followed by notes such as
``(通讯作者)`` or ``(最佳学生论文奖)``.

Special cases:
- The title quotes are mixed: straight ``"..."`` (most journal items), curly ``“...”`` (most conference
  items), and mixed pairs ``"...”`` (7) and ``“..."`` (69).
- 57 is written in Chinese GB/T style without quotes: ``彭立, 朱光喜, 吴晓晓. 基于等差数列的LDPC码编码器设计.
  电子学报, 2007, ...``; its title is the second ``. ``-separated part.
- 21 and 25 list the same paper twice (the first with an extra ``12月``); each paragraph is its own entry.
- The two technical reports (61, 63) are companion reports posted on arXiv (``http://arxiv.org/abs/1602.06500``,
  ``http://arxiv.org/pdf/1305.2123.pdf``); they are research papers and are entries.
- 11 ends with a truncated DOI link ``https://doi.org/10.3390/``; 13, 15 carry DOIs as ``doi: 10.1109/...``.
- Titles keep their mixed Chinese/English wording as written (``STAR-IRS使能的...``, ``用于...的深度连接注意力(DCA)
  ResNet``, ``用于去中心化子空间估计/跟踪的Power-Oja方法``).

Decisions:
- Entry = every paragraph under 期刊论文, 技术报告 and 会议论文 (26 + 2 + 29 = 57), one line each.
- Not entries: the two patents (127, 129) and the three theses (133-137: PhD / master / bachelor theses named
  only by title, no authors or venue).
- Title = the text inside the first pair of quotes (any mix of ``"``, ``“``, ``”``); for 57 the text between the
  authors' ``. `` and the next ``. ``.  arXiv ids and DOIs come from the helper.
"""
import re

from _wild61 import entry, read_lines, write_truth

NAME = "Frandy777__Eesissi-Blog__content__publication__zh__publication@38a465b.md"
PART = "wild61_development"

QUOTED = re.compile(r"[\"“](.+?)[\"”]")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = None
    for n, ln in enumerate(lines, 1):
        if ln.startswith("## "):
            section = ln[3:].strip()
            continue
        if section not in ("期刊论文", "技术报告", "会议论文") or not ln.strip():
            continue
        m = QUOTED.search(ln)
        if m:
            title = m.group(1).strip()
        else:
            title = ln.split(". ")[1].strip()
        papers.append(entry(lines, n, n, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 57, len(papers)
    assert sorted(by) == list(range(7, 58, 2)) + [61, 63] + list(range(67, 124, 2)), sorted(by)
    assert by[7]["title"] == "确保去中心化联邦学习的安全：一种集成区块链、可信执行环境和内部攻击检测的方法", by[7]
    assert by[13]["title"] == "STAR-IRS使能的混合NOMA 6G通信中的高能效波束赋形和资源优化", by[13]
    assert by[13]["doi"] == "10.1109/tgcn.2023.3281414", by[13]
    assert by[23]["title"] == "用于鲁棒语音病理检测和分类的深度连接注意力(DCA) ResNet", by[23]
    assert by[21]["title"] == by[25]["title"] == "分布式投影次梯度算法中的内部攻击检测"
    assert by[57]["title"] == "基于等差数列的LDPC码编码器设计", by[57]
    assert by[61]["arxiv"] == "1602.06500" and by[63]["arxiv"] == "1305.2123", (by[61], by[63])
    assert by[67]["title"] == "基于预训练时序编码器提升射频指纹识别性能", by[67]
    assert by[69]["title"] == "基于预训练时间编码器与图神经网络的增强型多维时间序列预测", by[69]
    assert by[95]["title"] == "用于去中心化子空间估计/跟踪的Power-Oja方法", by[95]
    assert by[123]["title"] == "给定LDPC码矩阵的速率兼容删余模式的高效排序", by[123]
    for n in (3, 127, 129, 133, 135, 137):
        assert n not in by, n
    write_truth(
        NAME,
        PART,
        papers,
        method="Every paragraph under '## 期刊论文', '## 技术报告' and '## 会议论文' is one entry (57), one line"
        " each; the patents and the three degree theses are not entries.  Title = the (Chinese, translated)"
        " text inside the first pair of quotes, whatever mix of straight and curly quotes; for the one"
        " GB/T-style item without quotes (57) the part between the authors and the journal.",
        checked="Read the whole file; compared the -v output with all 57 items: mixed quote pairs (7, 69),"
        " the GB/T item (57), the duplicate 21/25, the arXiv technical reports (61, 63), DOIs on 13/15/11,"
        " and that patents/theses are left out.",
    )


if __name__ == "__main__":
    main()
