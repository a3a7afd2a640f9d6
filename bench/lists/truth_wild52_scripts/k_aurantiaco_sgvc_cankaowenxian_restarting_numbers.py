"""Wild52 truth for aurantiaco-sucus/sgvc_adv_paper discussions/参考文献.md ("references"): a Chinese student group's
working reference list for a paper on adversarial protection of voiceprints (speech privacy), newest commit holding
it (ced9f8b, 2023-04-23).  The file began at the repository root as ``参考文献.md`` (54d1fb3, 2023-03-03) and was
moved unchanged into ``discussions/`` by ced9f8b, which deleted the root copy; the moved file is the one taken.

Shape: 41 lines, 1.6 KB, no final newline.  Three ``# `` headings in Chinese (``# 音频隐写`` audio steganography 1,
``# 隐私保护`` privacy protection 6, ``# 声纹识别`` voiceprint recognition 38), each over an ordered list whose
numbering restarts at ``1.``; under 隐私保护 the numbers run 1-8 across blank lines and Chinese remarks that group
the items (``1-2: 证明了语音音频中包含隐私信息`` 12, ``音频音色会暴露隐私`` 16, ``4-6: ...`` 28, ``7-8: ...`` 36).
Three item forms:
- title only: ``1. Hide and Speak: Towards Deep Neural Networks for Speech Steganography ==论文中用的==`` (3, with a
  ``==...==`` highlight "used in the paper"), 4 (in capitals), 8, 10, 14; 40-41 a title wrapped onto an indented line.
- full reference, wrapped over three indented lines: ``4. Jianwei Qian, Haohua Du, ... and Xiangyang`` /
  ``Li. Speech sanitizer: ... anonymization.`` / ``In IEEE Transactions on ..., 2019.`` (18-20, 21-23, 24-26): the
  title starts after the author list's last name ``Li.`` on the second line.
- Springer-style reference over two lines: ``7. Trilok, N.P., et al.: Establishing the uniqueness ... applications.``
  / ``In: Proceedings of ... (2004)`` (30-31), 33-34 with a DOI (``https://doi.org/10.21437/Interspeech.2016-1137``).

Decisions:
- Entry = every numbered item (11), first..last = the item line and its indented continuation lines.
- Title = the item text for title-only items (the ``==论文中用的==`` highlight dropped, continuation joined); for the
  full references the sentence after the authors (after ``Li.`` / after ``et al.:``) up to its closing period.
- Not entries: headings and the Chinese grouping remarks.
- Ids: only the DOI of 33-34.
"""
import re

from _wild52 import entry, read_lines, write_truth

NAME = "aurantiaco-sucus__sgvc_adv_paper__discussions__参考文献@ced9f8b.md"
PART = "wild52_development"

ITEM = re.compile(r"^(?P<num>\d)\. (?P<text>.+)$")
CONT = re.compile(r"^   \S")
HIGHLIGHT = re.compile(r"\s*==[^=]+==$")
QIAN = re.compile(r"^.+?(?:Xiangyang|Xiang-Yang) Li\. (?P<title>.+?)\. In ")
SPRINGER = re.compile(r"^.+?, et al\.: (?P<title>.+?)\. In:? ")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# 音频隐写" and len(lines) == 41
    items: list[tuple[int, int]] = []
    for n, ln in enumerate(lines, 1):
        if ITEM.match(ln):
            items.append((n, n))
        elif CONT.match(ln):
            assert items and items[-1][1] == n - 1, (n, ln)
            items[-1] = (items[-1][0], n)
    papers = []
    for first, last in items:
        text = " ".join(x.strip() for x in lines[first - 1 : last])
        text = ITEM.match(text).group("text")
        m = QIAN.match(text) or SPRINGER.match(text)
        if m:
            title = m.group("title")
        else:
            assert "In " not in text and "doi" not in text, (first, text)
            title = HIGHLIGHT.sub("", text)
        papers.append(entry(lines, first, last, title))
    assert [p["line"] for p in papers] == [3, 4, 8, 10, 14, 18, 21, 24, 30, 33, 40], [p["line"] for p in papers]
    t = {p["line"]: p for p in papers}
    assert t[3]["title"] == "Hide and Speak: Towards Deep Neural Networks for Speech Steganography", t[3]
    assert t[18]["title"] == "Speech sanitizer: Speech content desensitization and voice anonymization", t[18]
    assert t[24]["title"] == "Towards privacy-preserving speech data publishing", t[24]
    assert t[30]["title"] == "Establishing the uniqueness of the human voice for security applications", t[30]
    assert t[33]["doi"] == "10.21437/interspeech.2016-1137", t[33]
    assert t[40]["title"] == ("Robust Speaker Recognition from Distant Speech under Real Reverberant Environments Using"
                              " Speaker Embeddings"), t[40]
    assert (t[40]["line"], t[40]["end"]) == (40, 41)
    write_truth(
        NAME,
        PART,
        papers,
        "Every numbered item is an entry (11; numbering restarts under each Chinese heading), spanning its indented"
        " continuation lines. Title = the item text for title-only items (the '==论文中用的==' highlight dropped, the"
        " wrapped title joined), else the sentence after the author list ('... Xiangyang / Li. <title>. In ...',"
        " '..., et al.: <title>. In: ...'). Headings and the Chinese grouping remarks (12, 16, 28, 36) are not entries.",
        "Read all 41 lines; compared -v with every item: the highlight on 3, capitals kept on 4, the three-line Qian"
        " references 18-20/21-23/24-26 (title begins after 'Li.' on the second line), the Springer-style 30-31 and"
        " 33-34 (DOI 10.21437/Interspeech.2016-1137, the only id), the wrapped title 40-41; remarks not counted.",
    )


if __name__ == "__main__":
    main()
