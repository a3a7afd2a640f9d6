"""Wild30 truth for lyk0014/lyk.github.io _posts/2024-12-05-paper_todo_list.md: a Chinese-language
personal "Paper ToDo List" blog post (Jekyll front matter, Chinese statistics blocks, one Markdown table per
topic section).

Shape: every section (Text2Image, Story Generation, LLM, LLM - RAG, MLLM, Multi-Agent, Video, 3D,
RL - Alpha, Thinking) has a table ``| ID | 状态 | 年份 | 收录日期 | 完成日期 | 论文标题 |``; each row is one
record, its title in the last cell, either plain text or a link to the author's own blog note
(lyk0014.github.io/posts/...).  No record carries an arXiv id or DOI.  The statistics in the fenced block
(lines 13-40) and the bullet statistics under each heading are not entries.

Decisions (rows that are not scholarly works are left out):
- line 180 "The Bitter Lesson" (Sutton's essay) and line 207 "Hugging Face - Scaling test time compute
  with open Models" (a blog post): not entries;
- line 239 "知乎-我眼中的RAG2024市场/技术变化" (a Zhihu post) and line 295 (a bare WeChat article URL): not
  entries;
- the whole "Thinking" table (lines 355-357: a Zhihu answer, an essay, a WeChat article): not entries.
- Kept as entries: technical reports and system cards (line 193 "OpenAI o1 System Card", line 212 "Qwen2.5
  Technical Report", line 307 "Video generation models as world simulators").
- Rows naming only a model or system nickname get a null title: line 126 "LongWriter-glm4-9b" and line
  133 "Dramatron".
- Titles are kept as written, including nickname prefixes ("CoT: ...", "Emu1: ...") and words run together
  by a PDF copy ("OmniCreator:Self-SupervisedUnifiedGenerationwithUniversalEditing").
- The same paper in two tables (e.g. "Agent-Pro", lines 191/280; "Reverse Thinking ...", lines 167/195)
  gives separate entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild30 import entry, read_lines, write_truth

NAME = "lyk0014__lyk.github.io___posts__2024-12-05-paper_todo_list@ad67f15.md"
PART = "wild30_development"

NOT_PAPERS = {180, 207, 239, 295, 355, 356, 357}
NICKNAMES = {126, 133}
ROW = re.compile(r"^\|\s*\d+\s*\|")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, start=1):
        if not ROW.match(ln) or i in NOT_PAPERS:
            continue
        cells = [c.strip() for c in ln.strip().strip("|").split("|")]
        assert len(cells) == 6, (i, cells)
        last = cells[5]
        m = re.match(r"^\[(.*)\]\((.*)\)$", last)
        title = m.group(1) if m else last
        if i in NICKNAMES:
            title = None
        papers.append(entry(lines, i, i, title))
    assert len(papers) == 180, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each table row of the per-topic tables is an entry (title = last cell, link text when linked), except "
        "the rows naming blog posts, essays, Zhihu/WeChat posts (lines 180, 207, 239, 295, 355-357); the model/"
        "nickname rows on lines 126 and 133 get a null title.",
        "Every row of every table checked by eye (187 rows, 180 entries), including the excluded non-paper rows, "
        "the linked titles of finished papers and the run-together titles.",
    )


if __name__ == "__main__":
    main()
