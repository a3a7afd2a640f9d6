"""Wild43 truth for friedrichor/Deep-Learning-Paper-List README.md: a student's personal list of deep-learning papers
(multimodal, NLP, CV) with notes in Chinese ("备注：表格中'简介'一列中加粗的部分为该论文中提出的 模型/数据集
名称"); newest commit (910a59b, 2024-03-29).

Shape (288 lines): a bulleted table of contents (5-24), then ``#``/``###`` sections holding Markdown tables
``|paper|源码|收录|简介|笔记|...|`` whose first cell is ``[Title](url)`` (source code, venue, a Chinese summary with
the bolded model name, note and video/blog links in the other cells), and one section (``### MLLMs``, 47-159) of
cards: ``#### **Nickname**`` then ``**Paper:** [Title](url)``, ``**Github:**``, ``**Record:**``, ``**Authors'
Sources:**`` (Chinese affiliations), ``**Submission time:**``, ``**Brief Introduction:**`` and sometimes a
``**Personal note**`` line or a Chinese paragraph.  Special cases:
- 44 (CLIP), 204 (ControlNet), 212 (UP-MPF) and the Qwen-VL card (145) link their title to ``()``, an empty URL;
  the Qwen-VL card puts the arXiv abs URL on its ``**Github:**`` line (146).
- 153-159 is an unfilled card template (``#### ****``, ``**Paper:** []()``, ``**Submission time:** 2023.0``).
- 34-36 are marked 综述（书） (survey, book): 34 "Multimodal Deep Learning" (arXiv 2301.04856) and 35 "Diffusion
  Models: A Comprehensive Survey ..." (arXiv 2209.00796) are arXiv preprints; 36 "Understanding Deep Learning"
  links udlbook.github.io, the MIT Press textbook (麻省理工出版).
- The same paper is listed twice: MMDialog (175, 186) and "Towards Unified Prompt Tuning ..." (249, 256).
- Rows 173, 211-215, 221-222, 230-231, 238-242, 280-282 pad their cells with spaces; 281's title "Fast R-CNN" is the
  paper's whole title.
- 286-288 is a table of conference and forum summaries (``| CCL 2022 | 子题目 | 笔记 |``): talks, no paper.

Decisions:
- Every table row whose first cell is a ``[Title](url)`` link is an entry (one line), title = the link text; the
  textbook row 36 is not an entry (a book), the two arXiv "books" 34-35 are (preprints).  Empty-URL rows keep
  their title and have no id.
- Every filled card is an entry from its ``####`` heading to its last non-blank line, title = the link text of
  its ``**Paper:**`` line (the bold heading is the model's nickname, not the title); the Qwen-VL card's id is the
  arXiv id its Github line gives (the entry's own lines).  The empty template card 153-159 is not an entry.
- Repeats are separate entries; the table of contents and the conference-summary table are not entries.
- Ids: arXiv abs URLs; IEEE Xplore, ACL Anthology, CVF, PMLR, NeurIPS and OpenReview links give no DOI or arXiv id.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild43 import entry, read_lines, write_truth

NAME = "friedrichor__Deep-Learning-Paper-List__README@910a59b.md"
PART = "wild43_development"

CELL_LINK = re.compile(r"^\s*\[(?P<t>[^\]]*)\]\((?P<u>[^)]*)\)\s*$")
PAPER_LINE = re.compile(r"^\*\*Paper:\*\* \[(?P<t>[^\]]*)\]\((?P<u>[^)]*)\)\s*$")
TEXTBOOK = 36
TEMPLATE_CARD = 153
CONFERENCE_ROWS = {286, 287, 288}


def table_rows(lines: list[str]) -> list[dict]:
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("|"):
            continue
        first = ln.split("|")[1]
        m = CELL_LINK.match(first)
        if not m:
            assert first.strip() in {"paper", ":-:", "会议/论坛"} or n in CONFERENCE_ROWS, (n, ln)
            continue
        assert n not in CONFERENCE_ROWS, n
        if n == TEXTBOOK:
            assert "udlbook" in m.group("u") and "（书）" in ln
            continue
        papers.append(entry(lines, n, n, m.group("t")))
    return papers


def cards(lines: list[str]) -> list[dict]:
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("#### "):
            continue
        end = n
        while end < len(lines) and lines[end].strip():
            end += 1
        m = PAPER_LINE.match(lines[n])
        assert m, (n, lines[n])
        if n == TEMPLATE_CARD:
            assert ln.strip() == "#### ****" and not m.group("t"), n
            continue
        papers.append(entry(lines, n, end, m.group("t")))
    return papers


def main() -> None:
    lines = read_lines(NAME)
    rows = table_rows(lines)
    cs = cards(lines)
    assert len(rows) == 4 + 2 + 1 + 4 + 5 + 12 + 5 + 2 + 2 + 5 + 1 + 1 + 1 + 3 + 3 == 51, len(rows)
    assert len(cs) == 12, len(cs)
    papers = rows + cs
    assert len(papers) == 63, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every table row whose first cell is '[Title](url)' is an entry (title = link text) except the textbook row"
        " 36 (udlbook, MIT Press); every filled '#### **Nickname**' card is an entry from heading to its last line,"
        " title = the link text of its '**Paper:**' line; the empty template card 153-159, the table of contents and"
        " the conference-summary table are not entries; repeats (MMDialog, Unified Prompt Tuning) kept.",
        "Whole 288-line file read; all 63 -v lines compared with the file: first/last row of every table (32/35,"
        " 43/44, 166, 173/176, 183/187, 194/205, 211/215, 221/222, 230/231, 238/242, 249, 256, 262, 271/273, 280/282),"
        " all 12 cards' spans and Paper-line titles (49-55 ... 144-151, cards with extra paragraph lines 90-97,"
        " 107-114, 116-123, 125-132, 134-141, 144-151), empty-URL titles 44/145/204/212 (no id except Qwen-VL's arXiv"
        " 2308.12966 from its Github line), 36 left out as a textbook, 34/35 kept as arXiv preprints, the template"
        " card 153 and the CCL table 286-288 left out, padded cells 173 and 211-282 trimmed.",
    )


if __name__ == "__main__":
    main()
