"""Wild55 truth for Sophia-11/Awesome-CVPR-Paper README.md: a Chinese WeChat-account ("计算机视觉联盟") page collecting CVPR
papers, newest commit 4cd3745 (2022-03-05).  Five shapes in one file, Chinese around English titles, and one part where
the titles themselves are Chinese translations.

Shape: 608 lines, 43 KB.  Chinese title and table of contents (1-13, ``【0】``..``【4】``), then:
- ``【0】`` (17-27): one recommended paper: topic heading ``##### 3D人体姿态估计/...`` (21, not a title), the bare title
  line ``MHFormer: ...`` (22), ``Paper: <arXiv pdf>`` (24), ``Code: ...`` (26).
- ``【1】`` (30-33): bullets to the WeChat account and to sub-pages, no papers.
- ``【2】 CVPR2021最新更新论文`` (37-379): 11 papers as ``##### Title`` headings (39-109) with Chinese summaries,
  ``👉关键词：`` keyword lines and bare URLs (``arxiv: ...``, ``PDF: ...``, ``论文链接：...`` or none), then 62 papers as
  ``* Title`` bullets (115-375), some followed by an author line and bare arXiv/GitHub/project URLs, many by nothing.
  A lone ``oral论文`` line (46) sits between the first two headings.
- ``【3】`` (381-604): bullets linking sub-pages (384-397, not papers); ``## CVPR 2020`` (399) numbered 1-13 (400-444),
  ``1.GhostNet: ...（超越Mobilenet v3的架构）``: English title then a Chinese gloss in full-width ``（...）`` (or ASCII
  ``(连续进化的NAS)`` 419), ``论文链接：`` URLs such as ``https://arxiv.org/pdf/1911.11907arxiv.org`` (copy-paste junk) or
  ``arxiv.org/abs/2001.05119`` (no scheme); ``### 更新`` (446) numbered 1-30 (448-596) whose titles are Chinese
  translations (``4. 元迁移学习零样本超分``), two with the English title after a full-width comma (``1. 视觉常识R-CNN，Visual
  Commonsense R-CNN``, ``3. 模糊视频帧插值，Blurry Video Frame Interpolation``), some half-translated (``18. AdderNet:在深度
  学习中，我们真的需要乘法吗?``), each followed by a bare URL.
- ``【4】 CVPR近年来最佳论文`` (606): line 608 is one 11.6 KB HTML ``<tbody>`` of 20 best-paper rows,
  ``<td><a href="http://scholar.google.com/scholar?...as_epq=...">Title</a></td><td>authors...</td>``.

Special cases:
- Duplicates are kept as separate entries: RepVGG (56 heading, 327 bullet), Coarse-Fine Networks (218, 281), GhostNet /
  AdderNet / CARS / PolarMask (CVPR 2020 list and again, translated, in ``更新``).
- 306 ``AttentiveNAS: Improving Neural Architecture Search via Attentive`` is truncated in the file: kept as written.
- 608's row ``Efficient Computation of Robust Low-Rank Matrix Approximations in the Presence of Missing Data usi...``
  is cut in the link text (the full title is in the scholar URL): title = link text without the ``...``.
- 580 (``从2D范例中学习神经三维纹理空间``) links a project page, not arXiv: still an entry, no id.
- The ``...arxiv.org`` suffix on the CVPR 2020 arXiv URLs (400-410) and scheme-less ``arxiv.org/abs/`` URLs (424-441):
  ids are whatever the helper reads there (checked below).

Decisions:
- Entry = the MHFormer paper (22-26), each ``#####`` heading and ``*`` bullet of ``【2】``, each numbered item of
  ``## CVPR 2020`` and ``### 更新``, and each best-paper row of 608 (all 20 share line 608).
- Span = title line to the last non-blank line before the next entry or section rule; 46 ``oral论文`` is left out.
- Title: heading/bullet text; CVPR 2020 items drop the trailing gloss in ``（...）`` or in ``(...)`` holding Chinese;
  ``更新`` items keep the Chinese translation as the title, except where the English title follows ``，`` (then that);
  best papers = link text.
"""
import re

from _wild55 import entry, read_lines, write_truth

NAME = "Sophia-11__Awesome-CVPR-Paper__README@4cd3745.md"
PART = "wild55_development"

HEAD = re.compile(r"^##### (?P<title>.+?)\s*$")
BULLET = re.compile(r"^\* (?P<title>.+?)\s*$")
NUM = re.compile(r"^(?P<n>\d+)\.\s*(?P<title>.+?)\s*$")
GLOSS = re.compile(r"\s*(?:（[^（）]*）|\((?=[^()]*[\u4e00-\u9fff])[^()]*\))$")
CJK = re.compile(r"[\u4e00-\u9fff]")
BEST = re.compile(r'<td><a href="http://scholar\.google\.com/scholar\?[^"]*">(?P<title>[^<]+)</a></td>')


def span_end(lines: list[str], first: int, stop: int) -> int:
    """Last non-blank line in first..stop-1, skipping the stray 'oral论文' line."""
    last = first
    for k in range(first, stop):
        s = lines[k - 1].strip()
        if s and s != "oral论文":
            last = k
    return last


def main() -> None:
    lines = read_lines(NAME)
    assert lines[36] == "### 【2】CVPR2021最新更新论文", lines[36]
    assert lines[379] == "----------------", lines[379]
    assert lines[398] == "## CVPR 2020" and lines[445] == "### 更新", (lines[398], lines[445])
    assert lines[605] == "# 【4】CVPR近年来最佳论文", lines[605]
    starts = [(22, lines[21].strip())]  # (line, title)
    for n in range(38, 380):
        m = HEAD.match(lines[n - 1]) or BULLET.match(lines[n - 1])
        if m:
            starts.append((n, m.group("title")))
    section2 = len(starts) - 1
    for n in range(400, 446):
        m = NUM.match(lines[n - 1])
        if m:
            starts.append((n, GLOSS.sub("", m.group("title"))))
    cvpr2020 = len(starts) - 1 - section2
    for n in range(447, 606):
        m = NUM.match(lines[n - 1])
        if m:
            title = m.group("title")
            if "，" in title:
                head, tail = title.split("，", 1)
                if CJK.search(head) and not CJK.search(tail):
                    title = tail
            starts.append((n, title))
    stops = {22: 29, 375: 380, 441: 446, 596: 606}
    papers = []
    for i, (n, title) in enumerate(starts):
        stop = stops.get(n) or starts[i + 1][0]
        papers.append(entry(lines, n, span_end(lines, n, stop), title))
    best = [m.group("title") for m in BEST.finditer(lines[607])]
    for title in best:
        papers.append(entry(lines, 608, 608, title.removesuffix("...")))
    by = {p["line"]: p for p in papers}
    assert (section2, cvpr2020, len(best)) == (73, 13, 20), (section2, cvpr2020, len(best))
    assert len(papers) == 1 + 73 + 13 + 30 + 20, len(papers)
    assert (by[22]["end"], by[22]["arxiv"]) == (26, "2111.12707"), by[22]
    assert (by[39]["end"], by[39]["arxiv"]) == (44, "2012.00720"), by[39]
    assert by[109]["arxiv"] == "2103.05950", by[109]
    assert by[306]["title"] == "AttentiveNAS: Improving Neural Architecture Search via Attentive", by[306]
    assert (by[375]["title"], by[375]["end"]) == (
        "Exploiting Spatial Dimensions of Latent in GAN for Real-time Image Editing", 375), by[375]
    assert by[400]["title"] == "GhostNet: More Features from Cheap Operations", by[400]
    assert by[419]["title"] == "CARS: Contunuous Evolution for Efficient Neural Architecture Search", by[419]
    assert by[422]["title"] == "On Positive-Unlabeled Classification in GAN", by[422]
    assert by[424]["arxiv"] == "2001.05119", by[424]
    assert by[448]["title"] == "Visual Commonsense R-CNN", by[448]
    assert by[463]["title"] == "元迁移学习零样本超分", by[463]
    assert by[534]["title"] == "AdderNet:在深度学习中，我们真的需要乘法吗?", by[534]
    assert by[554]["title"] == "PolarMask：将实例分割统一到FCN", by[554]
    assert by[596]["end"] == 598, by[596]
    assert best[0] == "Taskonomy: Disentangling Task Transfer Learning", best[0]
    assert best[-1] == "Real-Time Tracking of Non-Rigid Objects using Mean Shift", best[-1]
    write_truth(
        NAME,
        PART,
        papers,
        method="Entries: the MHFormer recommendation (22-26); in 【2】 every '##### Title' heading (11) and '* Title' bullet"
        " (62); the numbered '## CVPR 2020' items (13) and '### 更新' items (30); and the 20 best-paper rows of the HTML"
        " table on line 608.  Span = title line to the last non-blank line before the next entry or section rule (the"
        " stray 'oral论文' 46 excluded).  Titles: heading/bullet text; CVPR 2020 items without the trailing Chinese gloss"
        " in （…） or (…); 更新 items keep the Chinese translated title unless the English title follows '，'; best"
        " papers = link text (the one cut with '...' kept cut).  Sub-page and WeChat bullets are not entries.",
        checked="Printed every start line and span and compared -v with the file: all 11 headings and 62 bullets of 【2】"
        " (duplicates RepVGG 56/327 and Coarse-Fine 218/281 kept), the gloss cuts 400-441 incl. ASCII '(连续进化的NAS)'"
        " 419 and '（PU+GAN）' 422, the 30 Chinese titles with the two English-after-comma cases 448/458, arXiv ids from"
        " 'arxiv: '/'PDF: '/'论文链接：' lines and from the junk-suffixed and scheme-less URLs, and the 20 titles of 608.",
    )


if __name__ == "__main__":
    main()
