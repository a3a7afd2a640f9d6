"""Wild18 truth for UpcNlp/Paper-Read-Task summary.md: a Chinese NLP group's reading log ('文献汇总',
literature summary), one small table per topic under a Chinese '## topic' heading (基金写作, 虚假信息检测,
知识图谱-知识推理, ...).

Shape: every table has the header '|序号|标题|作者|时间|期刊|' (number, title, authors, time, venue) and
body rows '|N|<many spaces>[Title](date folder/url-encoded title)|<spaces>authors|<spaces>year|<spaces>venue|'.
The link target is a relative path to the member's notes folder (some with a Windows backslash,
'学期第2周\\9月12日/...'), never the paper: no ids.  Title = the link text.  Titles are English or
Chinese (Chinese journal papers: '航空安全事件知识图谱补全方法', '结合注意力机制的长文本分类方法').

Entries: every body row, 41 rows in 24 tables, except two that are not scholarly works: '软件需求与可视化模型'
(its venue cell says 图书, a book: Beatty & Chen's 'Visual Models for Software Requirements' in
translation) and '石油数字化及工程技术的革新前沿讲座' (a 讲座, a lecture, venue 无).  The Nature career
article 'How to gain a competitive edge in grant writing' and the CCCF magazine survey
'互联网虚假信息检测进展与展望' are kept (journal articles).  Papers read twice (BERT, the fake-news and
knowledge-graph papers listed under two topics) are separate entries.  39 entries.

Titles as written, two cleaned: 'Recipes for building an open-domain chatbot.' loses its final full
stop (the helper's separator rule), and 'Zoom Out and Observe: News Environment Perception for Fake
News Detection（假新闻检测' loses the unclosed Chinese gloss '（假新闻检测' ('fake news detection') the
reader added after the title.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild18 import entry, read_lines, write_truth

NAME = "UpcNlp__Paper-Read-Task__summary@08555fe.md"
PART = "wild18_development"
NOT_PAPERS = ("软件需求与可视化模型", "石油数字化及工程技术的革新前沿讲座")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    rows = 0
    headers = sum(1 for t in lines if t == "|序号|标题|作者|时间|期刊|")
    for i, text in enumerate(lines, 1):
        m = re.match(r"\|(\d+)\|\s*\[(.+?)\]\(", text)
        if not m:
            continue
        rows += 1
        title = m.group(2)
        if title in NOT_PAPERS:
            continue
        title = re.sub(r"（假新闻检测$", "", title)
        papers.append(entry(lines, i, i, title))
    assert headers == 24, headers
    assert rows == 41, rows
    assert len(papers) == 39, len(papers)
    write_truth(NAME, PART, papers,
                "every body row of the 24 topic tables is an entry except a book (图书) and a lecture (讲座);"
                " title = the link text of the 标题 column (a trailing '.' and an unclosed Chinese gloss dropped)",
                "all 41 rows by eye against the file (row numbers per table 1, 1-4, 1, 1-5, 1, 1-7, 1, ..., 1-5 as"
                " grep of '^|N|' lists them), the two left out (book, lecture), the Chinese-language titles,"
                " the gloss '（假新闻检测' and the final full stop; no row links a paper (notes folders only)")


if __name__ == "__main__":
    main()
