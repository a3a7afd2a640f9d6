"""Wild61 truth for Apo11oAI/Apo11oAI.github.io MAI/design/idea.md at d391234 (2019-09-12): a Chinese design
note for a medical-AI system whose sections (系统设计 / 评估 / 预处理 / 诊断 / 个性化 / 治疗 / 预测) collect papers as
blockquote cards, with the titles written as Chinese translations.

Shape: 136 lines.  A numbered outline (1-9), then headings ``# 系统设计`` (13), ``## 调查`` (14) ... ``# 预测`` (116).
A card is a blockquote of three lines: ``> 论文地址： <url>``, ``>``, ``> 论文题目：<Chinese title>``.

Special cases:
- Empty placeholder cards (``> 论文地址： `` with no URL and ``> 论文题目：`` with no title: 10-12, 19-21, 31-33,
  43-45, 52-54, 61-63, 97-99, 104-115, 133-135) name no paper and are not entries.
- Several cards drop the ``论文题目：`` label and give the bare title (41, 50, 59, 95, 119, 127).
- 73-75 puts the title first and the URL last (``> 使用有效图像特征...的视网膜血管提取`` / ``>`` /
  ``> 论文地址： https://...S0933365718304457``).
- 101-115 is one blockquote with no blank line between the filled card (101-103) and four empty ones.
- Titles are Chinese translations of English papers (e.g. 25 keeps the English ``An Intelligent System for
  Monitoring Skin Diseases``); the file gives no other title, so the Chinese text is the title.  Three titles
  bold a phrase (119 ``**ICU再入院**``, 123 ``**死亡率**``, 127 ``**医院相关残疾**``); the markup is dropped.
- URLs are ScienceDirect pii pages, one PMC page and arXiv abs pages (35, 69, 81, 101, 121, 129).

Decisions:
- Entry = a card with a non-empty URL (20); span = its URL line .. its title line (73-75 title first).
- Title = text after ``论文题目：`` or the bare title line, stripped, ``**`` removed.
"""
import re

from _wild61 import entry, read_lines, write_truth

NAME = "Apo11oAI__Apo11oAI.github.io__MAI__design__idea@d391234.md"
PART = "wild61_development"

URL = re.compile(r"^>\s*论文地址：\s*(\S+)\s*$")


def body(line: str) -> str:
    return line.lstrip(">").strip()


def title_of(line: str) -> str | None:
    text = body(line)
    text = re.sub(r"^论文题目：", "", text).replace("**", "").strip()
    return text or None


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if not URL.match(ln):
            continue
        # title after the URL: skip the bare '>' line
        after = lines[n + 1] if n + 1 < len(lines) else ""
        before = lines[n - 3] if n >= 3 else ""
        if after.startswith(">") and body(after) and not body(after).startswith("论文地址"):
            papers.append(entry(lines, n, n + 2, title_of(after)))
        elif before.startswith(">") and body(before) and "论文" not in body(before)[:4]:
            papers.append(entry(lines, n - 2, n, title_of(before)))
        else:
            raise AssertionError((n, ln))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 20, len(papers)
    assert by[15]["title"] == "计算机辅助帕金森病诊断调查", by[15]
    assert by[23]["title"] == "An Intelligent System for Monitoring Skin Diseases", by[23]
    assert by[35]["title"] == "PaperRobot：科学思想的增量草案生成" and by[35]["arxiv"] == "1905.07870", by[35]
    assert by[39]["title"] == "通过基于加速度计的运动分析评估Tinetti评分和跌倒风险评估", by[39]
    assert by[73]["title"] == "使用有效图像特征以及监督和无监督机器学习方法的组合的视网膜血管提取", by[73]
    assert by[73]["end"] == 75, by[73]
    assert by[101]["title"] == "在POMDP中利用自动编码启发式搜索优化顺序医学治疗", by[101]
    assert by[117]["title"] == "使用分组的生理和药物趋势预测ICU再入院", by[117]
    assert by[121]["title"] == "用于患者死亡率预测的可解释深度神经网络：基于共识的方法", by[121]
    assert by[129]["arxiv"] == "1905.08099", by[129]
    for n in (10, 19, 31, 43, 52, 61, 97, 104, 107, 110, 113, 133):
        assert n not in by, n
    write_truth(
        NAME,
        PART,
        papers,
        method="A blockquote card '> 论文地址： <url>' / '>' / '> 论文题目：<title>' with a non-empty URL is one"
        " entry (20); empty placeholder cards are not.  The span covers the card's three lines (73-75 has the"
        " title first).  Title = the Chinese (once English) text after '论文题目：' or the bare title line when"
        " the label is missing, '**' bold markup removed.",
        checked="Read the whole file; compared all 20 filled cards and the 12 empty ones with the -v output:"
        " label-less titles (41, 50, 59, 95, 119, 127), the title-first card (73-75), the run-on blockquote"
        " (101-115), bold phrases (119, 123, 127) and the six arXiv ids.",
    )


if __name__ == "__main__":
    main()
