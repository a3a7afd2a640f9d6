"""Wild37 truth for honbey/my-hnu-codeset graduation-design/yolo-object-detection/graduation_design/
paper/tail.md: the back matter of a Chinese bachelor's thesis (Hunan University, YOLO object detection):
an empty "## 致谢" (acknowledgements, 1) and "## 参考文献" (references, 5) in the Chinese GB/T 7714 style.

Shape: 28 numbered references "[n] Authors. Title[T]. Venue, vol(no), year: pages." one per paragraph
(blank lines between), where [T] is the GB/T document-type code: [J] journal article, [C] proceedings
paper (also misused for a report, 14), [D] thesis, [M] book, [OL] online document.  Six references are
Chinese (12, 13, 14, 26, 27, 28), the rest English.  Reference [27] wraps its institution onto a second
line (59-60).  [9] has no type code ("... part-based models. IEEE transactions ..."), [10] ends its
title with a stray closing quote ("...neural networks,” in Advances ...").  [2] gives "arXiv:1905.05055".
Entry = each reference whose work is scholarly: [J], [C] papers, [D] theses ([13], [27], [28]: Chinese
master's/doctoral theses), [OL] [1] (T. S. Huang's CERN School of Computing paper "Computer Vision:
Evolution and Promise", a proceedings paper given by its PDF URL), and [9], [10].  Not entries: [26]
Gonzalez & Woods' textbook 数字图像处理 (Chinese translation) [M], and [14] the market-research report
"中国AI基础数据服务行业发展报告" by the consultancy iResearch (上海艾瑞市场咨询有限公司), typed [C] but an
industry report, not a research paper.  26 entries.
Title = the text after the author list (which ends at the first ". " not following an initial, "T. -Y.
Lin" included) up to the type code; [9] and [10] set by hand.  Hyphenation left by PDF copying ("se-
mantic", 17) and lower-case titles are kept as written.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild37 import entry, read_lines, write_truth

NAME = "honbey__my-hnu-codeset__graduation-design__yolo-object-detection__graduation_design__paper__tail@2e5ea4a.md"
PART = "wild37_development"

NOT_PAPERS = {14, 26}
OVERRIDE = {
    9: "Object detection with discriminatively trained part-based models",
    10: "Imagenet classification with deep convolutional neural networks",
}
REF = re.compile(r"^\[(\d+)\]\s*(.*)$")
AUTHOR_END = re.compile(r"(?<!\b[A-Z])\.\s+")
TYPE_CODE = re.compile(r"\[(?:J|C|D|M|OL)\]")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    refs = 0
    for n, text in enumerate(lines, 1):
        m = REF.match(text)
        if not m:
            continue
        refs += 1
        num = int(m.group(1))
        end = n
        while end < len(lines) and lines[end].strip() and not REF.match(lines[end]):
            end += 1
        if num in NOT_PAPERS:
            continue
        if num in OVERRIDE:
            title = OVERRIDE[num]
        else:
            body = AUTHOR_END.split(m.group(2), maxsplit=1)[1]
            title = TYPE_CODE.split(body, maxsplit=1)[0]
            assert title != body, n
        assert title in text, (n, title)
        papers.append(entry(lines, n, end, title))

    assert refs == 28, refs
    assert len(papers) == 26, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each numbered GB/T 7714 reference of a journal/proceedings paper, thesis or the online proceedings paper "
        "[1] is an entry, its title the text between the author list and the [J]/[C]/[D]/[OL] code ([9], [10] "
        "by hand); the textbook [26] and the consultancy's market report [14] are not.",
        "Read all 63 lines; all 28 references classified by hand and every title compared with its line in the -v "
        "output, including the wrapped thesis [27] (59-60), the untyped [9], the stray-quote [10], the initials "
        "in author lists ('T. -Y. Lin', 'C. Y. Wang') and the arXiv id of [2].",
    )


if __name__ == "__main__":
    main()
