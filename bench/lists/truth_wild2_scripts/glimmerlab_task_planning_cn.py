"""Wild2 truth for GlimmerLab/Awesome-Embodied-AI-Robot Task-Planning/README_CN.md: a bot-updated Chinese paper table.

The Chinese page of one topic folder (任务规划, task planning): a '主要内容' bullet list of sub-topics
(not entries), '## 手动添加的论文' (manually added papers) with one table row, '## 自动更新的论文'
(automatically updated papers) with 292 rows, and a closing '## 📊 统计' (statistics) block saying
'论文总数：293篇'.  Both tables have the columns '|日期|标题|论文|代码|推荐指数|' (date, title,
'[[pdf]](url)' link, code repository or '⚠️', star rating).  Decisions:

- Every body row of the two tables is an entry (293, one line each); the bot's keyword search
  lets in papers far from the topic (analysis, optimal transport), and they are entries all the same.
- Title = the 标题 cell as written, with one leading bracket tag the bot puts before the title
  dropped ('[en] ', '[Multi-robot] ', '[LiteGUI] ' -- a short name that the title repeats);
  this follows the convention that bracketed tags before a title are not part of it.
- arXiv id from the pdf link (http://arxiv.org/abs/IDvN, version dropped); the manual row links
  OpenReview (no id).  No DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild2 import entry, read_lines, write_truth

NAME = "GlimmerLab__Awesome-Embodied-AI-Robot__Task-Planning__README_CN@a187f4a.md"
PART = "wild2_held_out"
LINES = read_lines(NAME)
ROW = re.compile(r"\|(\d{4}(?:-\d{2}){0,2})\|([^|]+)\|\[\[pdf\]\]\(([^)]*\)?[^)]*)\)\|([^|]*)\|([^|]*)\|")


def main() -> None:
    papers = []
    for i, text in enumerate(LINES, 1):
        if not text.startswith("|"):
            continue
        if text in ("|日期|标题|论文|代码|推荐指数|", "|:---:|:---:|:---:|:---:|:---:|"):
            continue
        m = ROW.fullmatch(text)
        assert m, (i, text)
        title = re.sub(r"^\[[^\]]+\]\s*", "", m.group(2).strip())
        papers.append(entry(LINES, i, i, title))
    assert len(papers) == 293
    write_truth(NAME, PART, papers,
                "every body row of the manual and the auto-updated '|日期|标题|论文|代码|推荐指数|' tables is an entry"
                " (one line); title = the 标题 cell with one leading bracket tag ('[en]', '[Multi-robot]',"
                " a short name) dropped; arXiv id from the [[pdf]] link",
                "row count 293 (grep -c '^|' = 297 with two headers and two rules; the page's own statistics say"
                " 293), the one manual row (OpenReview link), first and last auto rows, the 14 '[en]' rows and"
                " all other bracket-tagged rows, 20 random rows' titles and ids against the file; no DOI in the file")


if __name__ == "__main__":
    main()
