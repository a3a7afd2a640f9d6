"""Wild21 truth for CaiquanLiu/AI_Pappers 论文汇总.md: a Chinese two-column index table (名称 | 目录),
one paper per row, the title in Chinese book-title marks 《…》 and no link anywhere.

Shape: a header row, a ``| ---- |`` row, five ``|NULL |NULL |`` placeholder rows, then 369 rows
``| 《Title》 |category |`` (category names in Chinese, e.g. 通用基础大语言模型, 图网络); three rows put a
year before the marks (``2024-《…》``) and one a speaker after them (``《…》平安人寿：陈乐清``).  Nothing
links: the file has no URL, so no entry has an arXiv id or a DOI.

Entry: every row whose first cell holds 《…》, except the six rows whose subject is not a scholarly
work: 《LLM Powered Autonomous Agents》 (a blog post), Bengio's two talks 《DEEP LEARNING FOR SYSTEM 2
PROCESSING，YOSHUA BENGIO》 and 《FROM SYSTEM 1 DEEP LEARNING TO SYSTEM 2 DEEP LEARNING,YOSHUA BENGIO》,
the industry talk 《文本纠错的探索与实践》平安人寿：陈乐清, the Zhihu article 《Learning with Noisy
Label-深度学习廉价落地》 and the online book 《Modern Deep Learning Techniques Applied to Natural
Language Processing》.  Chinese-titled works are entries (theses 《基于文档主题结构的关键词抽取方法研究》,
《基于不完整标签信息的多标签分类问题研究》, the journal survey 《深度文本匹配综述》, 《迈向第三代人工智能》,
the reports 《推荐系统调研报告及综述》 and 《中文信息处理发展报告》); so are toolkit and dataset papers
(OpenPrompt, TextAttack, Android in the Wild, FewRel).  The row 《阿尔伯塔大学博士毕业论文：基于图结构的
自然语言处理》 ("University of Alberta PhD thesis: …") is an entry whose title is the part after the
fullwidth colon, the prefix being a description of the work's kind.  Rows repeated (Deep Residual
Learning twice in a row, TextAttack, T5, ALBERT, …) are separate entries.

Title: the text between 《 and 》 as written (truncated 《ehensive Introduction to Label Noise》,
missing spaces, capitals and the fullwidth colon kept; a trailing space dropped by the helper).

Counts: 369 rows with 《 (grep -c), 5 NULL rows, 6 non-papers -> 363 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild21 import entry, read_lines, write_truth

NAME = "CaiquanLiu__AI_Pappers__论文汇总@d66c870.md"
PART = "wild21_development"

NOT_PAPERS = (
    "LLM Powered Autonomous Agents",
    "DEEP LEARNING FOR SYSTEM 2 PROCESSING，YOSHUA BENGIO",
    "FROM SYSTEM 1 DEEP LEARNING TO SYSTEM 2 DEEP LEARNING,YOSHUA BENGIO",
    "文本纠错的探索与实践",
    "Learning with Noisy Label-深度学习廉价落地",
    "Modern Deep Learning Techniques Applied to Natural Language Processing",
)


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    rows = skipped = 0
    for i, text in enumerate(lines, 1):
        m = re.match(r"^\|\s*(?:\d{4}-)?《(.+?)》[^|]*\|[^|]*\|\s*$", text)
        if not m:
            assert "《" not in text, (i, text)
            continue
        rows += 1
        title = m.group(1)
        if title in NOT_PAPERS:
            skipped += 1
            continue
        if title.startswith("阿尔伯塔大学博士毕业论文："):
            title = title.split("：", 1)[1]
        papers.append(entry(lines, i, i, title))
    assert rows == 369, rows
    assert skipped == len(NOT_PAPERS), skipped
    assert len(papers) == 363, len(papers)
    write_truth(NAME, PART, papers,
                "every table row whose first cell holds a 《title》 is an entry (title = the text inside 《》),"
                " except a blog post, two talks, an industry talk, a Zhihu article and an online book; the"
                " 'University of Alberta PhD thesis:' prefix of one row is dropped from its title",
                "the whole file (369 《》 rows, 5 NULL rows) row by row against the output; the six rows left"
                " out and the Chinese-titled rows; the year-prefixed rows (2022-/2023-/2024-) and the row with"
                " a speaker after 》; grep -c of 《 = 369")


if __name__ == "__main__":
    main()
