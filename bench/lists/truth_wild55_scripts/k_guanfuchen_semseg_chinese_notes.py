"""Wild55 truth for guanfuchen/semseg README.md: the README of a PyTorch semantic-segmentation repository, written in
Chinese, that doubles as the author's reading list of segmentation papers (newest commit b3051ef, 2019-06-07).

Shape: 252 lines, 21 KB, Chinese prose with English paper titles.  Title ``# semseg`` (1), a stray ``master`` line (2),
Chinese intro with a blockquote citing a Google AI blog post (5), ``### 网络实现`` (14-32, bullets naming implemented
models: ``- FCN（VGG和ResNet的骨干网络），已实现，参考[...]``, not titles), ``## semantic segmentation algorithms``
(34-54, bullets of reference repos, a blog post and four papers), ``## 相关论文`` ("related papers", 57-80: linked or bare
English titles, often followed by a Chinese comment after a full-width comma ``，`` or a space), ``## 弱监督语义分割``
(83-85) and ``## 实例分割`` (88-92) with one bare title each, dataset/usage sections (95-148), then ``以下是相关语义分割论文
粗略整理`` (155) and six per-paper cards (158-252): ``## <title>`` heading, a one-cell ``| 摘要 |`` (abstract) table, a
``| 会议／期刊 | 作者 | 论文 | 代码 |`` table whose row starts ``| arXiv: 1803.03816 |`` and repeats the title, then Chinese
notes and images.

Special cases:
- 44 ``[Fully Convolutional Networks for Semantic Segmentation](doc/fcn_understanding.md)`` links the FCN paper's
  title to the author's own notes page: still the paper, an entry.  43 (a blog post "... over the years"), the GitHub
  repos 37-42, 45-46, 50-54 and the model bullets 16-30 are not.
- 47-49 are papers (arXiv links) inside the repos section; 62 repeats 49 (same paper, second entry).
- 79 ``弱监督语义分割，参考如下。`` ("weakly supervised segmentation, see below") is a pointer, not a paper.
- 59 links DeepLab to its project page; 60 to a CVF PDF: no arXiv id there.
- 219's table row truncates the title (``...Scene Understandin``); the heading 211 has it whole.
- Card arXiv ids are written ``arXiv: 1803.03816`` in the first table cell.

Decisions:
- Entry = each paper bullet (44, 47-49, 58-80 except 79, 85, 92) and each card (heading line to its table row).
- Bullet title = the link text, or for bare bullets the text before the first full-width comma ``，`` (Chinese comment
  dropped); card title = the ``##`` heading text.
"""
import re

from _wild55 import entry, read_lines, write_truth

NAME = "guanfuchen__semseg__README@b3051ef.md"
PART = "wild55_development"

LINKED = re.compile(r"^- \[(?P<title>[^\]]+)\]\((?P<url>[^)]*)\)")
BARE = re.compile(r"^- (?P<title>[^，\[]+?)(?:，.*)?$")
CARD = re.compile(r"^## (?P<title>.+)$")
ROW = re.compile(r"^\| arXiv: (?P<id>\d{4}\.\d{4,5}) \|")
PAPER_BULLETS = {44, 47, 48, 49} | (set(range(58, 81)) - {79}) | {85, 92}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[56] == "## 相关论文", lines[56]
    assert lines[154] == "以下是相关语义分割论文粗略整理。", lines[151]
    papers = []
    for n in sorted(PAPER_BULLETS):
        ln = lines[n - 1]
        m = LINKED.match(ln) or BARE.match(ln)
        assert m, (n, ln)
        papers.append(entry(lines, n, n, m.group("title").strip()))
    for n in range(153, len(lines) + 1):
        m = CARD.match(lines[n - 1])
        if not m:
            continue
        last = next(k for k in range(n, n + 15) if ROW.match(lines[k - 1]))
        p = entry(lines, n, last, m.group("title").strip())
        if not p.get("arxiv"):
            p["arxiv"] = ROW.match(lines[last - 1]).group("id")
        papers.append(p)
    by = {p["line"]: p for p in papers}
    assert len(papers) == 34, len(papers)
    assert by[44]["title"] == "Fully Convolutional Networks for Semantic Segmentation", by[44]
    assert by[47]["arxiv"] == "1804.00880", by[47]
    assert by[61]["title"].startswith("The Lovász-Softmax loss: A tractable surrogate"), by[61]
    assert by[64]["title"] == "ESPNet: Efficient Spatial Pyramid of Dilated Convolutions for Semantic Segmentation", by[64]
    assert by[78]["title"] == "UOLO - automatic object detection and segmentation in biomedical images", by[78]
    assert by[92]["title"] == "Semantic Instance Segmentation with a Discriminative Loss Function", by[92]
    assert (by[158]["end"], by[158]["arxiv"]) == (166, "1803.03816"), by[158]
    assert by[211]["title"].endswith("Architectures for Scene Understanding"), by[211]
    assert by[240]["arxiv"] == "1505.04597", by[240]
    write_truth(
        NAME,
        PART,
        papers,
        method="Entries are the paper bullets of the repos section (44 FCN linked to own notes, 47-49 arXiv papers), of"
        " '## 相关论文' (58-80 minus the pointer 79, 62 repeating 49), of the weakly-supervised and instance sections (85,"
        " 92), and the six per-paper cards 158-252 (span = '## title' heading to the '| arXiv: id |' table row).  Bullet"
        " title = link text or, when bare, the text before the Chinese comment after '，'; card title = the heading.",
        checked="Read every bullet of 14-92 and every card by eye: model bullets 16-30, repos/blog 37-46 and 50-54, and"
        " 79 are not entries; Chinese comments cut at '，' (64, 67, 74, 76, 78); card spans and arXiv ids from the"
        " 'arXiv: id' cells; heading title used for 211 whose table row is truncated.",
    )


if __name__ == "__main__":
    main()
