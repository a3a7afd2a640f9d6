"""Wild51 truth for Qinluyi/compressed-image-restoration paperlist.md: a Chinese student's reading list on JPEG
compression-artifact removal (compressed image restoration, a niche image-restoration sub-field), newest commit
touching the file (80daf99, 2024-09-23).

Shape: 97 lines, 7 KB, no links at all.  ``# JPEG restoration`` (1), Chinese section headings (``## 1.传统方法`` 3,
``## 2. 基于Sparse coding的方法`` 20, ``## 3.基于深度学习的方法`` 26 with ``### 像素域的方法`` 28, ``### DCT域和像素域的方法``
70, ``### DCT域的方法`` 86, ``# general image restoration的方法`` 90) and bold pseudo-headings (``**传统DCT域方法**``
12, ``**预测质量因素**`` 48, ``**每个质量因素都训练**`` 58, an empty ``**未知质量因素的恢复（blind restoration）**`` 66).
Under them numbered references written ``1.Authors...`` with no space after the number, numbering restarting per
block, mostly separated by blank lines but 5-8 and 60-62 packed on consecutive lines.  The references were pasted
from three bibliography styles:
- plain ``Authors. Title. Venue, vol(no):pages, year.`` (5-8, 38-44, 50, 52, 60-62, 64, 88);
- IEEE ``Authors, “Title,” Venue, vol. ..., year.`` (10, 22, 24, 30-36, 72); 24 ends the title with ``.,``;
- biblatex ``Authors. “Title”. In: Venue. year, pp. ...`` (14, 16, 18, 54, 56, 82, 84, 92).
Some end with a Chinese note in full-width parentheses: ``（无源码）`` "no code", ``（**基于GAN**）``, ``（QGAC）``.

Special cases:
- 76 ``2.Dmcnn: Dual-domain multi-scale ... removal.2018（无源码）`` and 80 ``3.Implicit dual-domain ... reduction.
  （无源码）``: bare titles without authors (year glued after the period in 76).
- 74 ``（DCNN）`` (a nickname line for 72) and 78 ``笔记：https://github.com/.../DMCNN.pptx`` (notes link) are not entries.
- 32 and 61 cite the same paper (Dong et al. 2015, ARCNN) in two styles: two entries.  10 and 14 are two different
  Foi et al. papers (journal 2007 vs. EUSIPCO 2006).
- Typos kept: ``shapeadaptive`` 14, ``jpegcompressed`` 82, ``15361548`` pages 7 (not in title).
- 60 holds ``arXiv:1605.00366`` in its venue text.

Decisions:
- Entry = each numbered reference line (33); title = the quoted title for IEEE/biblatex styles (trailing ``,``/``.``
  dropped), the second sentence for the plain style, the written title for the bare 76/80 (trailing ``.`` and year/
  note dropped).  Authors, venue, pages and the Chinese notes are not part of the title.
- Not entries: headings, the nickname line 74, the notes link 78.
"""
import re

from _wild51 import entry, read_lines, write_truth

NAME = "Qinluyi__compressed-image-restoration__paperlist@80daf99.md"
PART = "wild51_development"

NUM = re.compile(r"^(?P<num>\d+)\.(?P<rest>\S.*)$")
QUOTED = re.compile(r"“(?P<title>[^”]+)”")
PLAIN = re.compile(r"^(?P<authors>[A-Z][^.“]+?)\. (?P<title>[^.]+)\. ")
BARE = {76: "Dmcnn: Dual-domain multi-scale convolutional neural network for compression artifacts removal",
        80: "Implicit dual-domain convolutional network for robust color image compression artifact reduction"}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# JPEG restoration"
    papers = []
    styles = {"quoted": 0, "plain": 0, "bare": 0}
    for n, ln in enumerate(lines, 1):
        m = NUM.match(ln)
        if not m:
            continue
        rest = m.group("rest")
        if n in BARE:
            assert rest.startswith(BARE[n]), (n, rest)
            title = BARE[n]
            styles["bare"] += 1
        elif (q := QUOTED.search(rest)):
            title = q.group("title").rstrip(",").rstrip(".")
            styles["quoted"] += 1
        else:
            p = PLAIN.match(rest)
            assert p, (n, rest)
            title = p.group("title")
            styles["plain"] += 1
        papers.append(entry(lines, n, n, title))
    assert styles == {"quoted": 16, "plain": 15, "bare": 2}, styles
    t = {p["line"]: p for p in papers}
    assert t[5]["title"] == "Reduction of blocking effects in image coding", t[5]
    assert t[8]["title"] == "Image denoising by sparse 3-d transform-domain collaborative filtering", t[8]
    assert t[14]["title"] == "Pointwise shapeadaptive DCT for high-quality deblocking of compressed color images"
    assert t[24]["title"].endswith("in dual transform-pixel domain"), t[24]
    assert t[32]["title"] == t[61]["title"] == "Compression artifacts reduction by a deep convolutional network"
    assert t[54]["title"].startswith("AGARNet: Adaptively Gated JPEG"), t[54]
    assert t[60]["arxiv"] == "1605.00366", t[60]
    assert t[88]["title"] == "Quantization guided jpeg artifact correction", t[88]
    assert t[92]["title"] == "Residual dense network for image restoration", t[92]
    assert 74 not in t and 78 not in t
    assert len(papers) == 33, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each numbered reference line ('1.Authors...', numbering restarting per block; 33) is an entry; title = the"
        " “quoted” title for IEEE/biblatex-style references (trailing ',' / '.' dropped; 16), the second sentence for"
        " plain 'Authors. Title. Venue' references (15), the written text for the two author-less bare titles 76/80"
        " (glued year and '（无源码）' note dropped); the nickname line 74 and notes link 78 are not entries; repeats"
        " (32/61) are separate entries.",
        "Read all 97 lines; compared -v for all 33 entries: the three styles, packed lines 5-8/60-62, '.,' ending 24,"
        " typos 14/82 kept, bare titles 76/80, Chinese notes dropped (56, 64, 72, 82, 88), repeat 32/61; the only id"
        " is arXiv 1605.00366 (60).",
    )


if __name__ == "__main__":
    main()
