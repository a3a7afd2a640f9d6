"""Wild52 truth for Arknightpzb/Survey-of-Physical-adversarial-attack README.md: the Chinese (简体中文) companion list of
a survey of physical adversarial attacks in computer vision, four wide pipe tables of papers with the authors' Chinese
analysis columns; newest commit (108a24b, 2024-07-23).  An English twin (README-EN.md) exists and is not taken.

Shape: 151 lines, 47 KB.  A centred ``<div>`` with an ``<h1>``, language switch and badges (1-11), ``## Contributing``
prose (13-17), a ``## 目录`` bullet table of contents (19-23, anchors only), then four sections, each a heading, a
Chinese definition paragraph and one seven-column table ``| 年份-刊物 | 标题 | 链接 | 论文解决的关键问题 | 建模方法创新点 |
增强方法与约束条件 | 评估方案增量 |`` (year-venue, title, link, key problem, modelling novelty, augmentation and
constraints, evaluation): planar/patch attacks 31-79 (49 rows), 3D-object attacks 86-111 (26), contact-free
(light/projection) attacks 118-137 (20, the header and cells padded with runs of spaces), 其他 (digital attacks with
physical-robustness ideas) 144-145 (2).  Link cells are ``[论文](url)`` ("paper"); many rows end without the closing
pipe or with extra/missing cells, and long Chinese notes fill the last columns.

Special cases:
- Most titles start with a bracketed method nickname ``【AdvPatch】Adversarial patch``, ``【Adversarial T-Shirt】...``,
  ``【Patch-Noise Combo Attack】...``, ``【LiDAR Advobject】...``; the tag is a label, not title text, and is dropped,
  also when the title repeats it (``【FCA】Fca: Learning ...`` -> ``Fca: Learning ...``,
  ``【CBA】CBA: Contextual ...``).  76 writes ``【DAP】: A Dynamic Adversarial Patch ...``: the colon makes the nickname
  the written ``DAP: ...`` prefix of the title, kept as ``DAP: A Dynamic Adversarial Patch for Evading Person
  Detectors``.
- Many rows have no tag (67-73, 75, 77, 100, 103, 111, 118, 126-137).
- 46 holds one paper with two links (``[论文ECCV版](...), [论文TIP版](...)``) and a two-venue cell
  ``2020-ECCV, 2021-TIP``: one entry.  49's venue cell has ``<br/>``.
- 105 (ASA) has no link cell at all (the key-problem text sits in the link column): still an entry, no ids.
- Repeats are separate entries: Adversarial Sticker 60 (``【AdvSticker】``, TPAMI 2022) and 75 (untagged, 2023-TPAMI);
  Adversarial color projection 73 (ScienceDirect) and 127 (arXiv).
- 72's ScienceDirect link is a 3 KB signed S3 URL; it yields no id.
- Titles keep the list's case and typos (``advPattern: physical-world ...``, ``Rfla: A stealthy ...``, ``Advhat:``).

Decisions:
- Entry = every data row of the four tables (one line each); title = the 标题 (second) cell, a leading ``【TAG】``
  dropped (kept as ``TAG: `` only in 76 where the list writes ``【TAG】:``).
- Not entries: the header block, badges, TOC bullets, section headings and definition paragraphs, header and
  alignment rows.
- Ids from the row: arXiv pdf/abs links; DOIs from ACM ``/doi/10.1145/...`` and Springer ``/chapter/10.1007/...``,
  ``/article/10.1007/...`` links, and the IET ``10.1049/cvi2.12264`` link (136); none from CVF, ECVA, IEEE Xplore, AAAI OJS, OpenReview, USENIX, IJCAI, PMLR,
  ScienceDirect, computer.org, ResearchGate or ECML links.
"""
import re

from _wild52 import entry, read_lines, write_truth

NAME = "Arknightpzb__Survey-of-Physical-adversarial-attack__README@108a24b.md"
PART = "wild52_development"

HEAD = re.compile(r"^\|\s*年份-刊物\s*\|\s*标题\s*\|\s*链接\s*\|")
ALIGN = re.compile(r"^\|[-\s|]+$")
ROW = re.compile(r"^\|\s*(?P<venue>[^|]+?)\s*\|\s*(?P<title>[^|]+?)\s*\|")
TAG = re.compile(r"^【(?P<tag>[^】]+)】(?P<colon>:\s*)?")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[2] == "<h1>Survey-of-Physical-Adversarial-Attack in Computer Vision</h1>"
    papers = []
    counts: list[int] = []
    inside = False
    for n, ln in enumerate(lines, 1):
        if HEAD.match(ln):
            inside = True
            counts.append(0)
            continue
        if not ln.startswith("|"):
            inside = False
            continue
        if ALIGN.match(ln):
            continue
        assert inside, (n, ln)
        m = ROW.match(ln)
        assert m, (n, ln)
        assert re.match(r"^\d{4}-", m.group("venue")), (n, m.group("venue"))
        title = m.group("title")
        t = TAG.match(title)
        if t:
            rest = title[t.end():].strip()
            title = f"{t.group('tag')}: {rest}" if t.group("colon") else rest
        assert "【" not in title and "](" not in title, (n, title)
        papers.append(entry(lines, n, n, title))
        counts[-1] += 1
    assert counts == [49, 26, 20, 2], counts
    t = {p["line"]: p for p in papers}
    assert (t[31]["title"], t[31]["doi"]) == (
        "Accessorize to a crime: Real and stealthy attacks on state-of-the-art face recognition", "10.1145/2976749.2978392")
    assert (t[32]["title"], t[32]["arxiv"]) == ("Adversarial patch", "1712.09665"), t[32]
    assert t[35]["doi"] == "10.1007/978-3-030-10925-7_4", t[35]
    assert t[38]["title"].startswith("advPattern: physical-world attacks"), t[38]
    assert t[46]["title"] == "Bias-based universal adversarial patch attack for automatic check-out", t[46]
    assert t[60]["title"] == t[75]["title"] == "Adversarial Sticker: A Stealthy Attack Method in the Physical World"
    assert (t[72]["arxiv"], t[72]["doi"]) == (None, None), t[72]
    assert t[74]["title"].startswith("CBA: Contextual Background Attack"), t[74]
    assert (t[76]["title"], t[76]["arxiv"]) == (
        "DAP: A Dynamic Adversarial Patch for Evading Person Detectors", "2305.11618"), t[76]
    assert t[92]["title"].startswith("Fca: Learning a 3d full-coverage vehicle camouflage"), t[92]
    assert (t[105]["title"], t[105]["arxiv"], t[105]["doi"]) == (
        "Boosting transferability of physical attack against detectors by redistributing separable attention",
        None, None), t[105]
    assert t[110]["doi"] == "10.1007/s11263-024-02098-4", t[110]
    assert t[122]["title"] == "Adversarial laser beam: Effective physical-world attack to dnns in a blink", t[122]
    assert t[136]["doi"] == "10.1049/cvi2.12264", t[136]
    assert t[145]["title"] == "Connecting the digital and physical world: Improving the robustness of adversarial attacks"
    assert len(papers) == 97, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every data row of the four seven-column tables (年份-刊物 | 标题 | 链接 | ...; 31-79, 86-111, 118-137,"
        " 144-145) is an entry (97); title = the 标题 cell with its leading 【nickname】 tag dropped (76's '【DAP】:'"
        " kept as the 'DAP: ' prefix); 46's two links (ECCV and TIP versions) are one entry; repeats (60/75, 73/127)"
        " are separate entries; header, badges, TOC, headings, definition paragraphs and alignment rows are not"
        " entries.",
        "Read all 151 lines; compared -v for all 97 rows: tag removal incl. multi-word tags (44, 45, 46, 65, 86),"
        " tag-repeating titles (35, 74, 92, 95, 97, 102, 106, 123-124), untagged rows, the colon case 76, the"
        " linkless row 105, the two-link row 46, the signed S3 URL 72 (no id), padded cells 118-137; ids: arXiv"
        " links, ACM DOIs (31, 36, 41, 53), Springer DOIs (35, 59, 110), IET DOI 136; none from CVF/ECVA/IEEE/OJS/OpenReview.",
    )


if __name__ == "__main__":
    main()
