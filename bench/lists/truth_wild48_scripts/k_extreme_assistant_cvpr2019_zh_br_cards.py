"""Wild48 truth for extreme-assistant/CVPR2024-Paper-Code-Interpretation ``README(1-100).md``: the first part (papers
1-100) of a Chinese WeChat-account team's running list of CVPR 2019 accepted papers with code links and Chinese
write-ups (极市平台).  The file exists in one commit only (575b5f8, 2019-03-13, "Changed the file to 1-100 papers");
the next commit (0e7bd85) renamed it back to README.md and grew it, so the file's own (single) version is taken.

Shape: 580 lines, 28 KB, no Markdown lists or tables -- plain lines glued with ``<br>``.  A Chinese header (1-13):
``# cvpr2019（Papers/Codes/Project/Paper reading）part1(1-100)``, source/summary/accept-list links, a Baidu pan
download link with its extraction code (提取码), ``Related paper links:...``, then 13 blank lines.  Then one card per
paper, newest first: ``100.Title<br>`` (27) down to ``24.Title<br>`` (478), then the oldest batch numbered with the
Chinese enumeration comma ``1、Title<br>`` .. ``20、Title<br>`` (482-565), then ``21.`` .. ``23.`` (569-577).  Each card:
the title line, ``作者：authors<br>``, ``论文链接：url<br>`` (paper link), optional ``Github链接：`` / ``代码链接：`` /
``Github源码：`` / ``项目链接：`` / ``project链接：`` / ``Project链接：`` / ``Code链接：`` / ``YouTube:`` / ``来源：`` (source) /
``论文解读：`` (Chinese write-up on WeChat) lines and an English ``Reading Note:`` / ``Reading note:`` / ``Reading
Notes:``, closed by ``<br><br>`` on the same or a separate line.

Special cases:
- Title tags in ASCII or full-width parentheses, often mismatched (``(目标跟踪）``, ``（oral)``): ``(oral)`` 61/67,
  ``（oral)`` 166, ``(Oral Presentation)`` 185/303/309/315, Chinese topic tags ``(行为识别）`` 141, ``（实例分割）`` 172,
  ``（检测）`` 178, ``(目标跟踪）`` 226/243, nickname+topic ``(CRPN,目标跟踪）`` 235 / ``(CIR,目标跟踪）`` 251 /
  ``(SiamMask,目标跟踪）`` 258, ``（视频处理）`` 365, ``（开源）`` 431, ``(分类)`` 437, ``(检测）`` 447, ``（自动驾驶）`` 453,
  ``（点云分割，开源）`` 465, ``（3D检测）`` 475, ``（全景分割）`` 482, ``(目前SOTA,已经开源)`` 487: all dropped.
  ``Variational Autoencoders Pursue PCA Directions (by Accident)`` 74 keeps its parenthesis (part of the title).
- Title lines without ``<br>`` (the ``<br>`` on the next line): 222 (no <br> at all), 226, 235, 243, 251, 413.
- ``26. Efficient ...`` 470 has a space after the dot; ``5、SpherePHD...<br><br>`` 502 closes on the title line.
- Repeats: GANFIT (417 and 565) -> two entries.  Wrong/duplicated links kept: 251 (CIR) links SiamRPN++'s
  1901.01660 like 243; 74's paper link is a cs.sfu.ca PDF, the ``Arxiv链接`` line gives 1903.01015.
- 489 links arXiv through a bare IP (``https://128.84.21.199/abs/1902.09212``); no id is taken from it.
- 538 has ``链接：`` instead of ``论文链接：``; 403 (3D-SIS) links only a project page and a ``YouTube视频`` -> no id.

Decisions:
- Entry = every numbered card (100); it spans from its title line to the line before the next title line (trailing
  blank lines dropped), so its links give the ids.  Title = the title line after ``N.`` / ``N、``, ``<br>`` removed, a
  trailing parenthesised tag (oral / Oral Presentation / anything with CJK characters) dropped.
- Not entries: the header lines (WeChat source, cvmart summaries, accept list, Baidu pan link).
- Ids: arXiv abs/pdf links; no DOIs in the file.
"""
import re

from _wild48 import entry, read_lines, write_truth

NAME = "extreme-assistant__CVPR2024-Paper-Code-Interpretation__README(1-100)@575b5f8.md"
PART = "wild48_development"

CARD = re.compile(r"^(?P<num>\d{1,3})(?:\.|、)\s?(?P<rest>\S.*)$")
TAG = re.compile(r"\s*[(（](?P<tag>[^()（）]*)[)）]\s*$")
CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0].startswith("# cvpr2019（Papers/Codes/Project/Paper reading）part1(1-100)")
    starts = [n for n, ln in enumerate(lines, 1) if CARD.match(ln)]
    nums = [int(CARD.match(lines[n - 1]).group("num")) for n in starts]
    assert nums == [*range(100, 23, -1), *range(1, 24)], nums
    papers = []
    for i, n in enumerate(starts):
        end = (starts[i + 1] - 1) if i + 1 < len(starts) else len(lines)
        while not lines[end - 1].strip():
            end -= 1
        title = re.sub(r"(?:\s*<br>)+\s*$", "", CARD.match(lines[n - 1]).group("rest")).strip()
        t = TAG.search(title)
        if t and (t.group("tag") in ("oral", "Oral Presentation") or CJK.search(t.group("tag"))):
            title = title[: t.start()].strip()
        assert "<" not in title and "（" not in title and "目" not in title, (n, title)
        papers.append(entry(lines, n, end, title))
    t = {p["line"]: p for p in papers}
    assert (t[27]["title"], t[27]["arxiv"]) == ("Deep Transfer Learning for Multiple Class Novelty Detection",
                                                "1903.02196"), t[27]
    assert t[74]["title"] == "Variational Autoencoders Pursue PCA Directions (by Accident)", t[74]
    assert t[166]["title"].endswith("and how to mitigate the problem"), t[166]
    assert (t[191]["arxiv"], t[235]["title"]) == (
        "1903.01015", "Siamese Cascaded Region Proposal Networks for Real-Time Visual Tracking"), (t[191], t[235])
    assert t[251]["arxiv"] == "1901.01660" and t[243]["arxiv"] == "1901.01660"
    assert (t[470]["title"], t[482]["title"]) == (
        "Efficient Parameter-free Clustering Using First Neighbor Relations",
        "Attention-guided Unified Network for Panoptic Segmentation"), (t[470], t[482])
    assert (t[487]["title"], t[487]["arxiv"]) == (
        "Deep High-Resolution Representation Learning for Human Pose Estimation", None), t[487]
    assert t[502]["title"].startswith("SpherePHD: Applying CNNs"), t[502]
    assert t[577]["end"] == 580, t[577]
    assert len(papers) == 100, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every numbered card 'N.Title<br>' / 'N、Title<br>' (100: 100..24, then 1、..20、, then 21..23) is an entry"
        " spanning its lines up to the next card; title = the title line without <br> and without a trailing"
        " parenthesised tag in ASCII or full-width brackets ((oral), (Oral Presentation), Chinese topic/nickname tags"
        " such as (目标跟踪）, (CRPN,目标跟踪）, （开源）), '(by Accident)' kept as part of a title; header links are not"
        " entries; the repeated GANFIT card counts twice.",
        "Read all 580 lines; checked the number sequence (100..24, 1..20 with 、, 21..23) and every title in -v against"
        " its line: all 21 tagged titles (mismatched brackets 141, 166, 226-258, 447, 453), (by Accident) kept 74,"
        " titles whose <br> is on the next line (222, 226, 235, 243, 251, 413), '26. ' with a space 470, the"
        " <br><br> on the title line 502; ids: arXiv abs/pdf links on 论文链接/Arxiv链接/链接 lines, 74's second link,"
        " the duplicated 1901.01660 of 243/251, none from 403's project page,"
        " none from the bare-IP arXiv link 489 or the sfu.ca PDF.",
    )


if __name__ == "__main__":
    main()
