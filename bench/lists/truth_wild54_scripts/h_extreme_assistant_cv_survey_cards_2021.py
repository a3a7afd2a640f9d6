"""Wild54 truth for extreme-assistant/survey-computer-vision-2021 README.md: a Chinese curated digest of computer
vision survey papers of late 2021 ("计算机视觉综述论文分方向整理（持续更新）"), newest commit (27e4fbb, 2021-12-27).

Shape: 256 lines, 30 KB, a list of survey papers as heading cards.  Title ``# survey-computer-vision（2021-2022）`` (1),
a ``## 目录`` table of contents of anchor links (5-14), then sections ``<a name="N"/>`` + ``## 目标检测（object
detection）`` / ``## 图像分割`` / ``## 医学影像`` / ``## 目标跟踪`` / ``## 人脸`` (empty) / ``## 三维视觉`` /
``## 网络架构设计`` / ``## 超分辨率`` / ``## 暂未分类``.  Each paper is a card opened by a level-4 heading
``#### 综述一：小样本目标检测｜[Title](arxiv link)`` (ordinal 综述一/二/三/四 + Chinese topic + full-width bar ``｜``
or ASCII `` | `` / ``|``, then the linked English title; in 暂未分类 the ordinal is missing, ``#### 长尾学习 | [...]``,
once with a venue ``自监督特征学习(TPAMI2021)``), optionally followed by a ``[code](...)<br>`` / ``[project](...)<br>``
line, ``作者：`` authors, ``机构：`` affiliations, ``摘要：`` a Chinese abstract, and ``- [figure caption](sinaimg
jpg)`` bullets; cards are separated by blank lines and ``<br><br>``; 12 blank lines close the file.

Special cases:
- 130 the 三维点云 (point-cloud) card describes Guo et al.'s point-cloud survey (authors 133, code link
  QingyongHu/SoTA-Point-Cloud) but its heading repeats the title and arXiv link of the few-shot detection survey of
  line 22 (``A Comparative Review of Recent Few-Shot Object Detection Algorithms``, 2111.00201).  The title is kept as
  written (and the id as linked); it is a separate entry.
- 159 and 171 end with ``<br>`` after the link; 166 ``Attention|`` has no space before the bar.
- 89 ``Deep  Learning`` has a double space (tidied to one).
- arXiv links are abs and pdf, some with ``v1``/``v2`` version suffixes (the id without version).
- Figure bullets, code/project links, the cvmart article link (164) and the table of contents are not entries.

Decisions:
- Entry = each ``####`` card (19); title = the link text of the heading; lines = the heading through the card's
  last non-blank line (a lone ``<br>`` line, 68, counts as blank) before the next ``<br><br>`` separator,
  heading or anchor (so the ids come from the heading's
  arXiv link; the other card lines carry only code/project/image links).
"""
import re

from _wild54 import entry, read_lines, write_truth

NAME = "extreme-assistant__survey-computer-vision-2021__README@27e4fbb.md"
PART = "wild54_development"

CARD = re.compile(r"^#### (?P<label>[^\[|｜]+?) ?[|｜] ?\[(?P<title>[^\]]+)\]\((?P<url>https://arxiv\.org/[^)]+)\)(?:<br>)?$")
STOP = re.compile(r"^(?:#|<a name=|<br><br>\s*$)")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# survey-computer-vision（2021-2022）", lines[0]
    papers = []
    heads = [n for n, ln in enumerate(lines, 1) if ln.startswith("####")]
    for n in heads:
        m = CARD.match(lines[n - 1])
        assert m, (n, lines[n - 1])
        last = n
        k = n + 1
        while k <= len(lines) and not STOP.match(lines[k - 1]):
            if lines[k - 1].strip() not in ("", "<br>"):
                last = k
            k += 1
        papers.append(entry(lines, n, last, m.group("title")))
    assert len(papers) == 19, len(papers)
    t = {p["line"]: p for p in papers}
    assert (t[22]["title"], t[22]["arxiv"]) == ("A Comparative Review of Recent Few-Shot Object Detection Algorithms",
                                                "2111.00201"), t[22]
    assert (t[130]["title"], t[130]["arxiv"]) == (t[22]["title"], "2111.00201"), t[130]
    assert t[89]["title"] == "A Review on The Division of Magnetic Resonant Prostate Images with Deep Learning", t[89]
    assert (t[159]["title"], t[159]["arxiv"]) == ("A Survey of Visual Transformers", "2111.06091"), t[159]
    assert t[166]["title"] == "Neural Attention Models in Deep Learning: Survey and Taxonomy", t[166]
    assert t[171]["title"] == "Are we ready for a new paradigm shift? A Survey on Visual Deep MLP", t[171]
    assert t[198]["arxiv"] == "1902.06162", t[198]
    assert (t[234]["title"], t[234]["end"]) == ("A Survey of Unsupervised Domain Adaptation for Visual Recognition",
                                                243), t[234]
    assert all(p["arxiv"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every level-4 heading card '#### <ordinal：topic> ｜ [Title](arXiv link)' is an entry (19), title = the"
        " heading's link text; the entry spans the heading through the card's last non-blank line (code/project"
        " link, authors, affiliations, abstract, figure bullets) before the next <br><br>, heading or anchor; the"
        " table of contents, figure bullets, code/project/cvmart links are not entries; the point-cloud card (130)"
        " that wrongly repeats the few-shot detection survey's title and link keeps them as written.",
        "Read the whole file (abstract lines skimmed); compared -v with all 19 headings (22, 31, 43, 58, 78, 89, 104,"
        " 130, 150, 159, 166, 171, 180, 198, 209, 218, 224, 229, 234): bar variants ｜ / | / 'Attention|', trailing"
        " <br> (159, 171), missing ordinals in 暂未分类, the double space of 89, the duplicated title/link of 130; every"
        " entry has its arXiv id from the heading link (versions v1/v2 dropped); card ends checked on 22-27, 31-39,"
        " 58-66 (lone <br> 68 left out), 89-93, 171, 234-243.",
    )


if __name__ == "__main__":
    main()
