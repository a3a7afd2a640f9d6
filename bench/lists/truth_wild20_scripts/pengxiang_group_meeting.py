"""Wild20 truth for pengxiang-wang/pengxiang-wang.github.io '_posts/2022-09-19-paperlist_group-meeting.md':
a PhD student's blog post (Chinese) listing the papers and talks of his group's weekly meetings.

Shape: '# semester' > '## date' > '### item' with a bullet block ('- 会议：venue', '- 作者：affiliations',
'- 主讲人：presenter letter', '- 内容：summary', sometimes nested bullets).  Decisions:
- '### [Title](url)' (54, two with an empty '()' link) is one paper: entry from the heading to its
  last text line before the next heading; title = link text.  A '(CoPE) ' tag the list puts in
  brackets before one title is dropped; typos ('Leanring … Calssifier', 'istribution') and the
  fullwidth colon of 'Co2L：Contrastive Continual Learning' are kept as written.
- Three topic items ('### (主题)', '### 基于 mask 的持续学习', '### 梯度操控法持续学习') list their papers
  under '- 论文：' as '  - [Title](url)' (3 + 4 + 3 = 10): each such line is an entry (the Piggyback
  link text breaks before '](', so that entry spans two lines); the topic heading itself is not.
- '### 持续且无遗忘的深度学习方法研究' ('会议：博士学位论文', a PhD thesis by 胡文鹏) is a scholarly work: an
  entry titled by its heading, lines to the end of its block.
- Link-less talk headings on the group's own ideas or unnamed papers ('Prompt-Tuning Few-shot
  learning', '一个小样本任务微调的框架', '快慢网络式持续学习与任务相似性机制的结合', '持续学习中区分高频/低频信息的想法',
  '数据增强论文整理') and the '（假期进展汇报）' line are not entries.
Count: 54 (grep '^### \\[') + 10 (grep '^  - \\[') + 1 thesis = 65; repeated papers (Efficiently
Identifying Task Groupings, twice) are separate entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild20 import entry, read_lines, write_truth

NAME = "pengxiang-wang__pengxiang-wang.github.io___posts__2022-09-19-paperlist_group-meeting@2eb7073.md"
PART = "wild20_development"
NOT_PAPERS = {"Prompt-Tuning Few-shot learning", "一个小样本任务微调的框架", "快慢网络式持续学习与任务相似性机制的结合",
              "持续学习中区分高频/低频信息的想法", "数据增强论文整理"}
TOPICS = {"(主题)", "基于 mask 的持续学习", "梯度操控法持续学习"}
THESIS = "持续且无遗忘的深度学习方法研究"


def block_end(lines: list[str], i: int) -> int:
    """Last non-blank line of the block that starts at heading line i (before the next heading)."""
    j = i
    while j < len(lines) and not lines[j].startswith("#"):
        j += 1
    while not lines[j - 1].strip():
        j -= 1
    return j


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n_head = n_sub = 0
    for i, text in enumerate(lines, 1):
        if not text.startswith("### "):
            continue
        head = text[4:].strip()
        m = re.match(r"\[(.+?)\]\((\S*)\)\s*$", head)
        if m:
            title = re.sub(r"^\(CoPE\) ", "", m.group(1))
            papers.append(entry(lines, i, block_end(lines, i), title))
            n_head += 1
        elif head == THESIS:
            papers.append(entry(lines, i, block_end(lines, i), head))
        elif head in TOPICS:
            end = block_end(lines, i)
            k = i
            while k < end:
                k += 1
                sub = lines[k - 1]
                if not sub.startswith("  - ["):
                    continue
                last = k
                while "](" not in lines[last - 1]:
                    last += 1
                title = re.match(r"  - \[(.+?)\s*\]\(", " ".join(lines[k - 1:last])).group(1)
                papers.append(entry(lines, k, last, title))
                n_sub += 1
                k = last
        else:
            assert head in NOT_PAPERS, (i, head)
    assert (n_head, n_sub, len(papers)) == (54, 10, 65), (n_head, n_sub, len(papers))
    write_truth(NAME, PART, papers,
                "every '### [Title](url)' meeting item is an entry (heading to the end of its bullet block), title ="
                " link text without the '(CoPE) ' tag; the '  - [Title](url)' papers under '- 论文：' of three topic items"
                " are one entry each; the PhD-thesis item '持续且无遗忘的深度学习方法研究' is an entry titled by its heading;"
                " link-less talk headings on ideas or unnamed papers are not entries",
                "all 54 link headings (incl. the two '[..]()' empty links and the repeated 'Efficiently Identifying Task"
                " Groupings'), the 10 topic sub-items (the two-line Piggyback link), the thesis item, the five talk"
                " headings left out; block ends at sections before '##'/'#' headings and at the file end; arXiv/DOI"
                " from the item's own link only")


if __name__ == "__main__":
    main()
