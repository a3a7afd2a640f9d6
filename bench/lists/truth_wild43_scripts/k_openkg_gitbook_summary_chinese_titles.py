"""Wild43 truth for xpgeng/openkg-paper-share SUMMARY.md: the GitBook table of contents of a personal copy of
OpenKG's "论文浅尝" (paper tasting) column, Chinese notes on knowledge-graph papers written by Zhejiang University
students; newest commit (fc82ae7, 2019-12-30).

Shape: 53 lines, ``# 论文浅尝``, then ``##`` topic sections (信息抽取 information extraction 8, 知识推理 reasoning 9,
知识问答 QA 3, 推荐系统 recommendation 2, 文本生成 generation 2, 知识融合 fusion 2, 其他 other 3, 致谢
acknowledgements 1).  Every item is a GitBook bullet ``* [Chinese title](src/posts/<slug>/<slug>.md)`` linking the
note on one paper (notes checked in the snapshot: each opens with the note taker and ``会议：`` / ``来源：``, the
venue of the paper).  Titles are the column's Chinese translations of the paper titles, the only title the file
gives; four keep the paper's English name before a colon (5 ``Doc2EDAG：`` and 22 ``TuckER：`` with a full-width
colon, 11 ``GraphIE:`` with no space, 15 ``Meta Relational Learning: ...``).  Line 6 has four trailing spaces; 39 is
a line of two spaces; 45's heading has spaces around ``其他``.  Line 20 ends its link text with the venue,
``学习开发知识图谱中的长期关系依赖 - ICML 2019``.  Line 23's link points at an English slug
(``Interaction-Embeddings-for-Prediction-and-Explanation``) while its text is Chinese.

Decisions:
- Every bullet of the topic sections is an entry (one line each), 29 in all; title = the link text as written (the
  Chinese title is what the file calls the paper; there is no original title beside it to prefer), the English
  name before the colon kept as part of the title, and the `` - ICML 2019`` venue at the end of 20 dropped.
- The ``* [致谢](acknowledgement.md)`` bullet (53, acknowledgements page) is not an entry.
- No ids: the links are to the notes in the repository, not to the papers.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild43 import entry, read_lines, write_truth

NAME = "xpgeng__openkg-paper-share__SUMMARY@fc82ae7.md"
PART = "wild43_development"

ITEM = re.compile(r"^\* \[(?P<t>[^\]]+)\]\((?P<u>[^)]+)\)\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    sections: dict[str, int] = {}
    section = ""
    for n, ln in enumerate(lines, 1):
        if ln.startswith("## "):
            section = ln[3:].strip()
            continue
        if not ln.startswith("*"):
            assert not ln.strip() or ln.startswith("# "), (n, ln)
            continue
        m = ITEM.match(ln)
        assert m, (n, ln)
        if section == "致谢":
            assert n == 53 and m.group("u") == "acknowledgement.md", n
            continue
        assert m.group("u").startswith("src/posts/"), n
        title = m.group("t")
        if n == 20:
            assert title.endswith(" - ICML 2019")
            title = title.removesuffix(" - ICML 2019")
        sections[section] = sections.get(section, 0) + 1
        papers.append(entry(lines, n, n, title))
    assert sections == {"信息抽取": 8, "知识推理": 9, "知识问答": 3, "推荐系统": 2, "文本生成": 2, "知识融合": 2,
                        "其他": 3}, sections
    assert len(papers) == 29, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '* [Chinese title](src/posts/...md)' bullet of the seven topic sections is an entry, title = the link"
        " text as written (the column's Chinese title, an English name before a colon kept), the venue ' - ICML 2019'"
        " at the end of line 20 dropped; the acknowledgements bullet is not an entry; no ids (links go to notes).",
        "Whole 53-line file read; all 29 -v lines compared with the bullets (first/last of each section: 5/12, 15/23,"
        " 27/29, 32/33, 37/38, 42/43, 47/49), the English-name titles 5, 11, 15, 22 with full-width, bare and spaced"
        " colons, 20's venue suffix removed, 6's trailing spaces; 53 (致谢) left out; two notes opened in the snapshot"
        " (49, 47) to confirm the bullets are paper notes (会议：WSDM 2019, 来源：EMNLP 2019).",
    )


if __name__ == "__main__":
    main()
