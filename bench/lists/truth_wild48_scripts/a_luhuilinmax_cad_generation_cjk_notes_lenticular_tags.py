"""Wild48 truth for luhuilinmax/cad-generation-paper-list README.md: a Chinese student's working notes on CAD
generation papers (B-rep generative models, image-to-CAD, assemblies, CAD editing), newest commit (4f8fc73,
2026-04-27).

Shape: 114 lines, 7 KB, mostly Chinese notes around a handful of paper items.  ``# cad-generation-paper-list`` (1) and
a note that dates are first-release dates (2).  ``## CAD generation in B-rep format`` (4): items numbered ``1.`` or
with a stray star ``*2.`` .. ``*5.``, the title line ``(SIGGRAPH 2024) BrepGen: A B-rep ...`` with a parenthesised
venue prefix, then ``[[paper]](arxiv link) 2024.11 <Chinese notes>`` and ``[[code]](github)`` lines and sometimes
more note lines (25-32); items 6 and 7 are bare lines (34 full title, 35 the name ``BrepDiff`` only); ``8.）
https://github.com/earthtojake/text-to-cad 不是论文`` (36, "not a paper") is a code repository followed by notes
(37-42).  ``## 其他格式`` (44): Img2CAD (45-47).  ``# assembly`` (50): a bare name line ``ArtiCAD`` with a
``[[paper]]`` link (51-52), then note sub-headings (related work naming the product "Leo AI", work, key points,
dataset, and a numbered ``可参考的`` list of three take-aways 68-71, which are notes).  ``# 一些和生成不怎么相关的论文``
(73, "papers not closely related to generation"): ``1. 【neuralCAD-Edit】 neuralCAD-Edit: ...`` with long notes
(74-90) and ``2. 【STEP-Parts】: Geometric ...`` (100-102), and a ``## related works`` block (110) of three unnumbered
lines ``【PartGen】Part-level ...``, ``【PartCrafter】: Structured 3D Mesh Generation via √``, ``【Assembler】: ...
<Chinese note>``.

Special cases:
- Lenticular-bracket nickname tags ``【X】``: when a colon follows (``【STEP-Parts】: ...`` 100, ``【PartCrafter】:`` 112,
  ``【Assembler】:`` 113) the nickname is the written "Nick: Title" prefix and is kept without the brackets; when no
  colon follows (``【BrepARG】AutoRegressive ...`` 22, ``【neuralCAD-Edit】 neuralCAD-Edit: ...`` 74, ``【PartGen】Part-level
  ...`` 111) it is a tag and dropped.
- 112 is cut off after ``via`` and ends with a check mark ``√`` (a reading mark), dropped; the truncated title stays.
- Name-only items keep the name as title: ``BrepDiff`` (35), ``ArtiCAD`` (51).
- The list's own wrong links are kept as the ids they give: BrepGen's paper link (6) is AutoBrep's arXiv id
  2512.03018, ArtiCAD's link (52) is Img2CAD's 2408.01437; 15 has a doubled ``))``.
- The venue prefix ``(SIGGRAPH 2024)`` / ``(CVPR 2025)`` / ``(SIGGRAPH Asia 2025)`` is not title text; the Chinese
  notes after a title (113) are not either.  ``𝑘`` (mathematical italic k) in 34 is kept.

Decisions:
- Entry = each paper item: numbered title lines (``N.`` / ``*N.``) in the B-rep, other-format and unrelated sections,
  the bare ``ArtiCAD`` line, and the three ``【X】`` related-work lines: 14.  An entry spans its title line to the last
  non-empty line before the next empty line (links and notes included).
- Not entries: the text-to-cad repository (36, "不是论文"), the product Leo AI (54), the numbered take-aways (68-70),
  the ``（1）`` note lines, headings.
"""
import re

from _wild48 import entry, read_lines, write_truth

NAME = "luhuilinmax__cad-generation-paper-list__README@4f8fc73.md"
PART = "wild48_development"

ITEM = re.compile(r"^\*?\d+\.\s+(?:\((?P<venue>[^)]+)\)\s+)?(?P<rest>\S.*)$")
LENS = re.compile(r"^【(?P<nick>[^】]+)】(?P<colon>:)?\s*(?P<title>.*)$")


def title_of(text: str) -> str:
    """The title: a 【nick】 tag dropped, or turned into 'nick:' when a colon follows it."""
    text = text.strip()
    m = LENS.match(text)
    if m:
        text = f"{m.group('nick')}: {m.group('title')}" if m.group("colon") else m.group("title")
    return text.removesuffix("√").strip()


def span_end(lines: list[str], start: int) -> int:
    """The last non-empty line of the block that starts at ``start`` (1-based)."""
    n = start
    while n < len(lines) and lines[n].strip():
        n += 1
    return n


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# cad-generation-paper-list"
    papers = []
    heading = ""
    for n, ln in enumerate(lines, 1):
        if ln.startswith("#"):
            heading = ln.strip()
            continue
        if ln.startswith("8.）"):
            assert "不是论文" in ln, (n, ln)  # 36: a code repository, "not a paper"
            continue
        m = ITEM.match(ln)
        if not m or heading == "## 可参考的":  # 68-70: numbered take-aways, notes
            continue
        # 34 and 35 are bare one-line items directly followed by the next item
        end = n if n in (34, 35) else span_end(lines, n)
        papers.append(entry(lines, n, end, title_of(m.group("rest"))))
    # the bare ArtiCAD line under '# assembly'
    n = lines.index("ArtiCAD") + 1
    assert lines[n].startswith("[[paper]]"), lines[n]
    papers.append(entry(lines, n, n + 1, "ArtiCAD"))
    # the related-works block: 【nick】 lines
    for n in range(lines.index("## related works") + 2, len(lines) + 1):
        ln = lines[n - 1].strip()
        if not ln:
            continue
        assert ln.startswith("【"), (n, ln)
        text = re.sub(r"\s+专门做了装配任务.*$", "", ln)
        papers.append(entry(lines, n, n, title_of(text)))
    t = {p["line"]: p for p in papers}
    assert (t[5]["title"], t[5]["end"], t[5]["arxiv"]) == (
        "BrepGen: A B-rep Generative Diffusion Model with Structured Latent Geometry", 7, "2512.03018"), t[5]
    assert (t[9]["end"], t[9]["arxiv"]) == (12, "2503.13110"), t[9]
    assert t[14]["arxiv"] == "2511.22171", t[14]
    assert (t[22]["title"], t[22]["end"]) == (
        "AutoRegressive Generation with B-rep Holistic Token Sequence Representation", 32), t[22]
    assert t[34]["title"] == "Flatten The Complex: Joint B-Rep Generation via Compositional 𝑘-Cell Particles", t[34]
    assert (t[35]["title"], t[35]["end"]) == ("BrepDiff", 35), t[35]
    assert (t[51]["title"], t[51]["arxiv"]) == ("ArtiCAD", "2408.01437"), t[51]
    assert (t[74]["title"], t[74]["end"]) == (
        "neuralCAD-Edit: An Expert Benchmark for Multimodal-Instructed 3D CAD Model Editing", 90), t[74]
    assert t[100]["title"].startswith("STEP-Parts: Geometric Partitioning"), t[100]
    assert t[111]["title"] == "Part-level 3D generation and reconstruction with multi-view diffusion models", t[111]
    assert t[112]["title"] == "PartCrafter: Structured 3D Mesh Generation via", t[112]
    assert t[113]["title"] == "Assembler: Scalable 3D Part Assembly via Anchor Point Diffusion", t[113]
    assert 36 not in t and 54 not in t and 68 not in t
    assert len(papers) == 14, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each paper item is an entry (14): the numbered title lines 'N.'/'*N.' of the B-rep (5, 9, 14, 18, 22, 34,"
        " 35), other-format (45) and unrelated-papers (74, 100) sections, the bare 'ArtiCAD' line with its paper link"
        " (51-52), and the three '【X】' related-work lines (111-113); a block spans its title line to the last"
        " non-empty line (links, notes).  Title = the title line without the '(Venue Year)' prefix; a '【X】' tag is"
        " dropped unless a colon follows it ('【X】:' becomes 'X:'); the trailing check mark '√' and a Chinese note are"
        " dropped; name-only items keep the name (BrepDiff, ArtiCAD).  The text-to-cad repository marked 'not a paper'"
        " (36), the Leo AI product, the numbered take-aways (68-70) and note lines are not entries.",
        "Read all 114 lines with the notes; compared -v for all 14 entries: spans (5-7, 9-12, 22-32 notes, 74-90"
        " notes), venue prefixes dropped, tag handling on 22/74/100/111-113, truncated 112 with '√' removed,"
        " name-only 35/51, ids from the list's own (partly wrong) arXiv links incl. the doubled '))' on 15; no entry"
        " for 36, 54 or 68-70.",
    )


if __name__ == "__main__":
    main()
