"""Wild49 truth for apachecn/apachecn-dl-zh docs/what-do-we-understand-about-convnet/ref.md: the reference list
of the Chinese (machine) translation of Hadji & Wildes' "What Do We Understand About Convolutional Networks?", taken
at 1fabf13 (2021-07-27), the last commit holding it: the newest commit (5ade5fd, 2021-12-12) deleted the whole book.

Shape: 161 lines, 26 KB, no trailing newline.  ``## 参考`` (1), blank (2), then 159 bullets (3-161), one per line,
``*   [n] ...`` numbered [1]..[159] (bullet [n] is on line n + 2).  About half the bullets wrap the whole reference in one link,
``*   [n] [AUTHORS。TITLE。VENUE，YEAR。](url)``, the url a dead local ``file:///D:/papers/1407.1610/`` (an arXiv
number as folder name), a ``dx.doi.org`` DOI link or a PDF; the other half are plain text.  Everything after the
authors is machine-translated into Chinese, titles included (``分析多层神经网络在物体识别中的性能``), with mangled
punctuation: ``。`` replaces ``.`` after some initials inside author lists (``R。Girshick``, ``Y-W。德``),
``“`` replaces the page-range dash (``185“196``), some surnames are transliterated (``F.罗森布拉特``,
``I.哈吉和R. P. Wildes``), ``和`` joins the last author, and a few author lists end with an ASCII ``.`` glued to
the title (``J. Sun.用于视觉识别的...``, ``J. L. Ba.亚当：...``, ``M. N. Do.用深层...``).

Special cases:
- Titles ending in ``？`` keep it (79 ``什么是对象识别的最佳多阶段架构？``, 152, 23 ``PCANet：...基准？`` which is
  followed directly by the venue ``交易图像处理``); 22 ``Quo vadis，动作识别？一个新的模型和动力学数据集`` has the
  ``？`` inside the title (override).
- 68 [66] Heeger's chapter names its editors ``在M. Landy和J.A. Movshon，编辑`` after the title; the editors' ``和``
  is not the author list's (override: ``猫视皮层神经反应的非线性模型``).
- 4 ``S.Amari。反向传播和随机梯度下降法`` is single-author: its ``和`` is in the title, not the author list.
- 124 ``感知器“感知和识别自动机`` keeps the mangled ``“`` (an em dash in the original).
- Books are not entries: 19 [17] Buduma & Locascio (O'Reilly), 33 [31] Dayan & Abbott (MIT Press),
  58 [56] Goodfellow et al. ``深度学习。 MIT出版社``, 67 [65] Hebb (Wiley), 108 [106] Minsky & Papert (MIT Press),
  125 [123] Rosenblatt ``神经动力学原理。 Spartan Books``.  Kept: the book chapter 68 [66] Heeger (chapter 9 of an
  edited volume), the PhD thesis 148 [146] Werbos, technical reports 39, 87, 124, 132, workshop papers.

Decisions:
- Entry = every numbered bullet except the six books (153); title = the text between the end of the author list and
  the next ``。`` (or a closing ``？``), as written in Chinese.  The author list ends at the first ``。``/``.`` after
  the last author (the one after ``和`` followed by a Latin capital, or the single author) whose preceding token is
  not a bare initial (``J``, ``Y-W``, ``P-A``).
- Ids come only from each bullet's own line: dx.doi.org DOIs; arXiv numbers only where the helper finds them.
"""
import re

from _wild49 import entry, read_lines, write_truth

NAME = "apachecn__apachecn-dl-zh__docs__what-do-we-understand-about-convnet__ref@1fabf13.md"
PART = "wild49_development"

BULLET = re.compile(r"^\*   \[(?P<n>\d+)\] (?P<body>.+)$")
LINKED = re.compile(r"^\[(?P<text>.+)\]\((?P<url>[^()\s]+(?:\([^()\s]*\)[^()\s]*)*)\)$")
LAST_AND = re.compile(r"和\s*(?=[A-Z])")
INITIAL = re.compile(r"^[A-Z](?:-[A-Z])?$")
BOOKS = {17, 31, 56, 65, 106, 123}
OVERRIDE = {20: "Quo vadis，动作识别？一个新的模型和动力学数据集", 66: "猫视皮层神经反应的非线性模型"}


def title_of(text: str) -> str:
    """The title after the author list, up to the next 。 (or a closing ？)."""
    m = LAST_AND.search(text)
    start = m.end() if m else 0
    i = start
    while True:
        j = min(k for k in (text.find("。", i), text.find(".", i)) if k >= 0)
        token = re.split(r"[\s，.。和]", text[start:j])[-1].strip()
        if token and not INITIAL.match(token):
            break
        i = j + 1
    rest = text[j + 1 :].lstrip()
    ends = [k for k in (rest.find("。"), rest.find("？")) if k >= 0]
    k = min(ends)
    return rest[: k + 1] if rest[k] == "？" else rest[:k]


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "## 参考" and lines[1] == ""
    papers = []
    numbers = []
    for n, ln in enumerate(lines, 1):
        if n <= 2:
            continue
        m = BULLET.match(ln)
        assert m, (n, ln)
        num = int(m.group("n"))
        numbers.append(num)
        if num in BOOKS:
            continue
        body = m.group("body")
        lk = LINKED.match(body)
        text = lk.group("text") if lk else body
        title = OVERRIDE.get(num) or title_of(text)
        assert title and len(title) >= 3, (n, title)
        papers.append(entry(lines, n, n, title))
    assert numbers == list(range(1, 160)), numbers
    assert len(papers) == 153, len(papers)
    t = {p["line"]: p for p in papers}
    assert t[3]["title"] == "分析多层神经网络在物体识别中的性能", t[3]
    assert t[4]["title"] == "反向传播和随机梯度下降法", t[4]
    assert t[4]["doi"] == "10.1016/0925-2312(93)90006-o", t[4]
    assert t[22]["title"] == "Quo vadis，动作识别？一个新的模型和动力学数据集", t[22]
    assert t[23]["title"] == "PCANet：图像分类的简单深度学习基准？", t[23]
    assert t[62]["title"] == "一种用于动态纹理识别的时空导向能量网络", t[62]
    assert t[64]["title"] == "用于视觉识别的深度卷积网络中的空间金字塔池", t[64]
    assert t[68]["title"] == "猫视皮层神经反应的非线性模型", t[68]
    assert t[161]["title"] == "用于物体检测的深度神经网络", t[161]
    assert t[70]["title"] == "深度信念网的快速学习算法", t[70]
    assert t[88]["title"] == "亚当：随机优化的一种方法", t[88]
    assert t[124]["title"] == "感知器“感知和识别自动机", t[124]
    assert t[128]["title"] == "Imagenet大规模视觉识别挑战", t[128]
    assert t[143]["title"] == "使用去噪自动编码器提取和组合强大的功能", t[143]
    assert t[148]["title"] == "超越回归：行为科学中预测和分析的新工具", t[148]
    assert t[151]["title"] == "用深层生成模型修复语义图像", t[151]
    assert not ({19, 33, 58, 67, 108, 125} & set(t)), "books are not entries"
    write_truth(
        NAME,
        PART,
        papers,
        "Every numbered bullet [1]..[159] (lines 3-161, one line each) is an entry except the six books ([17] Buduma,"
        " [31] Dayan & Abbott, [56] Goodfellow, [65] Hebb, [106] Minsky & Papert, [123] Rosenblatt's Principles of"
        " Neurodynamics): 153 entries.  The link wrapper '[...](url)' is dropped; title = the machine-translated Chinese"
        " text after the author list up to the next '。' (a closing '？' kept), the author list ending at the first"
        " '。'/'.' after the last author (after '和' + Latin capital, or the single author) not preceded by a bare"
        " initial; overrides: [20]'s title keeps its inner '？', [66]'s editors' '和' skipped.  Book chapter [66], thesis [146], tech reports kept.",
        "Read all 161 lines; compared the -v title of every one of the 153 entries against its line: author lists with"
        " '。' inside (R。Girshick, Y-W。德 70, P-A。 Manzagol 143), ASCII '.' endings (J. Sun. 64/65/66/118, J. L. Ba."
        " 88, M. N. Do. 151), transliterated names (F.罗森布拉特 124, I.哈吉 62, L.费菲 128), single-author '和' in the"
        " title (4), '？' titles (22, 23, 79, 152), editors after [66]'s title (68), the six books left out; DOIs from the dx.doi.org links, file:///"
        " arXiv folders taken as the helper reads them.",
    )


if __name__ == "__main__":
    main()
