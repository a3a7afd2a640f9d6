"""Wild30 truth for zhaozhiyong19890102/Recommender-System README.md: a Chinese-language reading list
of search/recommendation papers, learning material and industry talks, in numbered Chinese sections.

Shape: each record is a top-level bullet ``- [YYYY]. [Title](url)`` or ``- [YYYY]. Title`` (no link),
optionally followed by indented sub-bullets ``  - 简介：...`` (Chinese summary) and ``  - 阅读笔记：[...](...)``
(the author's own blog note); the entry spans the bullet and its sub-bullets.  The title is the link text
or the plain text after ``[YYYY]. ``.

Decisions:
- Bullets without a ``[YYYY].`` year (lines 22-28: an InfoQ news item, three WordPress blog posts, an IBM
  developerWorks article and a CSDN news item) are blog/news items, not entries; lines 9-13 are the table
  of contents.
- Two year bullets are blog posts on zhuanlan.zhihu.com, not papers: line 31 (从零开始了解推荐系统全貌)
  and line 239 (为什么微信推荐这么快？).
- Lines 172-173 put a tag ``(CIKM2021 Best Paper)`` before the link; the tag is dropped from the title.
- Line 222 links the title to an empty URL ``()``: still an entry.
- Line 59 links to workshop slides but the record names a paper title the list treats like the others:
  an entry.
- The same paper listed in two sections (e.g. lines 45/109, 179/191, 171/256, 172/203) gives separate
  entries.
- Lines 236 and 268 are links to other files of the repository, not entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild30 import entry, read_lines, write_truth

NAME = "zhaozhiyong19890102__Recommender-System__README@24a24ec.md"
PART = "wild30_development"

BLOGS = {31, 239}
REC = re.compile(r"^- \[(\d{4})\]\.\s*(.*)$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = len(lines)
    for i, ln in enumerate(lines, start=1):
        m = REC.match(ln)
        if not m or i in BLOGS:
            continue
        end = i
        while end < n and lines[end].startswith("  ") and lines[end].strip().startswith("-"):
            end += 1
        rest = m.group(2).strip()
        rest = re.sub(r"^\([^)]*Best Paper\)", "", rest).strip()
        lm = re.match(r"^\[(.*?)\]\(", rest)
        title = lm.group(1) if lm else rest
        papers.append(entry(lines, i, end, title))
    assert len(papers) == 117, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each top-level '- [YYYY]. ' bullet with its indented 简介/阅读笔记 sub-bullets is an entry (title = link text "
        "or plain text after the year, a leading '(CIKM20xx Best Paper)' tag dropped), except the two zhihu blog posts "
        "on lines 31 and 239; year-less bullets (news, blog posts) are not entries.",
        "Every entry checked by eye against the file (117 records, all sections), including the tagged titles on "
        "lines 172-173, the empty link on line 222, the plain-text titles and the repeated papers.",
    )


if __name__ == "__main__":
    main()
