"""Wild52 truth for XNoteW/Note 碎片/draft.md ("fragments/draft"): the reference list drafted by a Chinese student for
a report on image classification / graph-based semi-supervised learning, newest (and only) commit holding it,
0d2dea7 (2018-10-22, "u").

Shape: 29 lines, 2.5 KB, no final newline.  ``# 草稿`` ("draft", 1), then 14 Markdown footnote definitions
``[^0]:`` .. ``[^13]:`` on odd lines 3-29, one per line, separated by blank lines; no text references the footnotes
(the draft body was never written), so a renderer shows nothing or a bare footnote block.  Every definition uses a
different citation style, pasted from different sources:
- GB/T 7714 (Chinese national standard): ``[^0]: 张顺,龚怡宏,王进军.深度卷积神经网络的发展及其在计算机视觉领域的应用
  [J/OL].计算机学报,2017:1-29[2018-10-08].http://kns.cnki.net/...`` (3), ``[^2]: Anwar H, ... et al. Efficient ...
  Classification[J]. IEEE Signal Processing Letters, ...`` (7), ``[^12]: 匡继昌.实分析与泛函分析[M].北京:...`` (27,
  a book).
- comma style: ``[^1]: A. J. Smola and B. Schölkopf, On a kernel-based method ..., Algorithmica 1998, ...`` (5).
- run-together periods with no space: ``[^3]: Presenters Peter, ... Jonathon S. Hare.The Reality of the Semantic Gap
  in Image Retrieval.1st International Conference ...`` (9); ``[^11]: Zhu X, Ghahramani Z.Learning from labeled and
  unlabeled data with label propagation.Pittsburgh: Carnegie Mellon University, 2002`` (25, a CMU technical report).
- APA from Google Scholar: ``[^4]: LeCun, Y., ... (1998). Gradient-based learning applied to document recognition.
  Proceedings of the IEEE, ...`` (11, 13, 15, 17, 19, 21, 29; 29 with ``(2016, October).``; 15 with
  ``arXiv preprint arXiv:1409.1556``).
- a Chinese book entry ``[^10]: 概半图模型：原理与技术 / (美国) Kollcr D., (以) Friedman N. 著, 王飞跃, 韩素青译. 北京:
  清华大学出版社, 2015.`` (23; the translated Koller-Friedman textbook, with typos "概半" for 概率 and "Kollcr").

Decisions:
- Entry = every footnote definition citing a research work: 12 of 14.  Not entries: the two books ([^10] line 23,
  [^12] line 27, marked [M] / a translated textbook).  The CMU technical report [^11] is an entry.
- Title = the title segment of each style, as written: GB/T = after the authors' closing period up to ``[J``; comma
  style = between the author list and ``, Algorithmica``; run-together = between ``Hare.`` / ``Ghahramani Z.`` and the
  next period; APA = after ``(year). `` up to the next ``. ``.  Chinese title kept in Chinese.  Because the styles are
  all different, the script states each title and asserts it is a verbatim substring of its line.
- Ids: only arXiv 1409.1556 (line 15); the CNKI link is not a DOI.
"""
from _wild52 import entry, read_lines, write_truth

NAME = "XNoteW__Note__碎片__draft@0d2dea7.md"
PART = "wild52_development"

TITLES = {
    0: "深度卷积神经网络的发展及其在计算机视觉领域的应用",
    1: "On a kernel-based method for pattern recognition, regression, approximation, and operator inversion",
    2: "Efficient Scale- and Rotation-Invariant Encoding of Visual Words for Image Classification",
    3: "The Reality of the Semantic Gap in Image Retrieval",
    4: "Gradient-based learning applied to document recognition",
    5: "Imagenet classification with deep convolutional neural networks",
    6: "Very deep convolutional networks for large-scale image recognition",
    7: "Going deeper with convolutions",
    8: "Deep residual learning for image recognition",
    9: "Densely connected convolutional networks",
    11: "Learning from labeled and unlabeled data with label propagation",
    13: "Identity mappings in deep residual networks",
}
BOOKS = {10, 12}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# 草稿" and len(lines) == 29
    papers = []
    seen = []
    for n, ln in enumerate(lines, 1):
        if n == 1 or ln == "":
            continue
        assert ln.startswith("[^"), (n, ln)
        num = int(ln[2 : ln.index("]")])
        assert ln.startswith(f"[^{num}]: ") and n == 3 + 2 * num, (n, ln)
        seen.append(num)
        if num in BOOKS:
            continue
        title = TITLES[num]
        assert title in ln, (n, title)
        papers.append(entry(lines, n, n, title))
    assert seen == list(range(14)), seen
    assert len(papers) == 12, len(papers)
    t = {p["line"]: p for p in papers}
    assert t[15]["arxiv"] == "1409.1556", t[15]
    assert sum(1 for p in papers if p["arxiv"] or p["doi"]) == 1
    assert "[M]" in lines[26] and "出版社" in lines[22]
    write_truth(
        NAME,
        PART,
        papers,
        "Each of the 14 footnote definitions [^0]..[^13] (lines 3-29) is a reference; the 12 citing research works are"
        " entries (the books [^10] line 23 and [^12] line 27 are not; the CMU technical report [^11] is). Title = the"
        " title segment of whichever citation style the line uses (GB/T 7714, comma style, run-together periods, APA),"
        " stated per footnote and asserted verbatim in its line; the Chinese title of [^0] kept in Chinese.",
        "Read all 29 lines; checked every definition's style and title boundaries by eye: GB/T [J/OL] (3) and [J] (7),"
        " comma style (5), 'Hare.The Reality...' (9) and 'Ghahramani Z.Learning...' (25) without spaces, APA with"
        " '(2016, October).' (29) and the arXiv preprint (15, the only id); the two books excluded (23 typo'd"
        " translated textbook, 27 [M]).",
    )


if __name__ == "__main__":
    main()
