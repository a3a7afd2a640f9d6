"""Wild41 truth for Viredery/CVPaperReading TwoStageDetection.md: a student's Chinese reading notes on two-stage
object detection (2019), organised as a survey outline: Chinese section headings, numbered topics, and under them
bullets that name one or two papers followed by indented Chinese notes.

Shape: "## 两阶段目标检测" (1), sections "### 一、基础框架" (3) ... "### 九、其他目标检测" (196), numbered topics
("1. 两阶段检测的总体流程" 9, "2. 多尺度建模方法" 18, ...; the last, "3. 图网络学习" 215, is empty), Chinese prose
paragraphs (5, 7, 34-35, 64, 111, 136) that mention methods in bold (**PANet**, **CCNet**, **Mask Score R-CNN**) and
once a bracketed tag in running text ("**[DetNas]**" 34).  A paper bullet is
    * **[Nickname]** Title **[VENUE' YY]**
indented by 0, 3 or 4 spaces (the 7 papers under the sections 五 and 七, which have no numbered topics, have none), the nickname tag sometimes naming two things ("[Faster R-CNN, RPN]" 15, "[KL
Loss(Softer NMS)]" 151), the venue tag missing on many papers (43, 81, 117, 120, 126, 131, ...), and 10 bullets with
no nickname tag, just the title (two of them, 200 and 203, still end with a venue tag) ("* Rethinking ImageNet Pre-training" 182, "* Few-shot Adaptive Faster R-CNN" 206).  Most
bullets are followed by indented note lines in Chinese (up to three, 166-168, 211-213), ended by a blank line; lines holding
only spaces count as blank (69, 72, 119, 147, 214 and 12 others).  Seven bullets name two papers: the second on the next line, either
tagged ("**[DCNv2]** ..." 49, "**[GN]** Group Normalization" 56, "**[R-FCN++]** ..." 114, "**[Grid RCNN Plus]** ..."
121, "**[MegNet]** MegDet: ..." 165) or as a plain title (145 "Auxiliary Tasks in Multi-task Learning", 189 "Bag of
Freebies for Training Object Detection Neural Networks"), and the note speaks of both ("这两篇论文介绍了..." 166).
Oddities kept as written: "An Analysis of Scale Invariance in Object Detection – SNIP" (23, en dash), "Improving
Object DetectionWith One Line of Code" (154, glued words), the tag "[MegNet]" for MegDet (165), "Grid RCNN" as the
whole title (120).  Two papers are listed twice: IoUNet (104, 138) and Libra R-CNN (70, 175).  One bullet is prose,
not a paper ("* 19年出了很多Anchor-Free的论文..." 97).

Decisions:
- An entry is every paper a bullet names (one, or two for the seven two-paper bullets); both papers of a bullet share
  the bullet's lines.  Span: the bullet line through its last note line (the line before the next blank line).
  Repeated papers (IoUNet, Libra R-CNN) are separate entries.  The prose bullet 97, the headings, numbered topics,
  prose paragraphs and bold method names in prose (incl. "**[DetNas]**" 34) are not entries.
- Title: the line's text after the "**[...]**" tag (the tag is a nickname, dropped) and before the "**[VENUE' YY]**"
  tag, as written.
- Ids: the file gives no links, so no arXiv ids or DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild41 import entry, read_lines, write_truth

NAME = "Viredery__CVPaperReading__TwoStageDetection@9443215.md"
PART = "wild41_development"

BULLET = re.compile(r"^ {0,4}\* (?P<rest>.+)$")
TAGGED = re.compile(r"^\s*(?:\*\*\[[^\]]+\]\*\* )?(?P<t>.+?)(?: \*\*\[[^\]]+\]\*\*)?\s*$")
PLAIN_SECOND = {145: "Auxiliary Tasks in Multi-task Learning",
                189: "Bag of Freebies for Training Object Detection Neural Networks"}
PROSE_BULLET = 97


def title_of(text: str) -> str:
    m = TAGGED.match(text)
    assert m, text
    return m.group("t")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    doubles = []
    n = 1
    while n <= len(lines):
        m = BULLET.match(lines[n - 1])
        if not m:
            n += 1
            continue
        first = n
        titles = [title_of(m.group("rest"))]
        last = n
        k = n + 1
        while k <= len(lines) and lines[k - 1].strip() and not BULLET.match(lines[k - 1]):
            ln = lines[k - 1]
            if re.match(r"^\s*\*\*\[", ln):
                titles.append(title_of(ln))
            elif k in PLAIN_SECOND:
                assert ln.strip() == PLAIN_SECOND[k], (k, ln)
                titles.append(ln.strip())
            last = k
            k += 1
        if first == PROSE_BULLET:
            assert lines[first - 1].strip().startswith("* 19年出了很多Anchor-Free"), lines[first - 1]
        else:
            for t in titles:
                assert not re.search(r"[\u4e00-\u9fff]", t), (first, t)
                papers.append(entry(lines, first, last, t))
            if len(titles) == 2:
                doubles.append(first)
        n = k
    assert doubles == [48, 55, 113, 120, 144, 164, 188], doubles
    assert len(papers) == 50, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every paper named by a bullet of the Chinese notes is an entry (50; the seven bullets naming two papers, on"
        " the bullet line and the next line, give two entries sharing the bullet's lines; span = bullet line through"
        " its last indented note line); title = the text after the '**[Nickname]**' tag and before the '**[VENUE'"
        " YY]**' tag; the prose bullet 97 and bold method names in prose are not entries; no links, so no ids.",
        "Script asserts the seven two-paper bullets (48, 55, 113, 120, 144, 164, 188), the two untagged second titles"
        " (145, 189), that no title holds Chinese and that 97 is the only non-paper bullet; -v output compared by eye"
        " with every bullet of the file (first and last of each section, the untagged bullets 144, 164, 178, 182,"
        " 188, 192, 200, 203, 206, 210, the en dash in 23, 'DetectionWith' 154, 'Grid RCNN' 120, '[KL Loss(Softer"
        " NMS)]' 151, the repeated IoUNet 104/138 and Libra R-CNN 70/175, spans over whitespace-only lines 69, 72,"
        " 157, 214), and the prose lines with bold names (34, 53, 64, 132, 136) checked to give no entry.",
    )


if __name__ == "__main__":
    main()
