"""Wild61 truth for Liuzeyi25/Embodied-AI paperlist.md at a83d017 (2026-02-19): a personal reading list
"具身智能论文阅读" (embodied-AI papers read), grouped by topic, with short notes in Chinese or English.

Shape: 67 lines.  Plain first line ``具身智能论文阅读`` and ``Created on 2025/3/29`` (1-2), then headings ``# VLAs``
(4), ``# Continual RL for Robots`` (18), ``# Reasoning`` (21), ``# Reinforcement Learning`` (34), ``# Foudation
Models`` (53), ``# Asynchronous System`` (57), ``# Benchmark`` (61).  Each paper is one bullet
``- <title>. [arXiv](url) [2025/3/22]``, optionally followed by ``> `` note lines (Chinese or English).

Special cases:
- Prefixes before the title: a bold venue ``**[CVPR'25]** `` (8, 28, 31, 38, 40, 62), a bold alias
  ``**(OpenVLA-OFT)** `` (6) and a ``!! `` marker (40); none is part of the title.
- The title ends at the first ``[arXiv]``/``[arxiv]``/``[paper]`` link; a trailing ``.`` is dropped.  Read dates
  ``[2025/3/22]`` and ``[web](..)`` links follow.
- 48 (``GR-RL: Going Dexterous ...``) and 50 (``RL-100：Performant ...``, full-width colon) have no link at all.
- 59 is an empty bullet ``- `` and is not an entry.
- Some ``[arXiv]`` links point elsewhere (40 NeurIPS pdf, 44 PMLR pdf); 24 and 26 link OpenReview / NeurIPS.
- 31 and 46 write the title in capitals (``TEXT2REWARD: REWARD SHAPING ...``); kept as written.
- The note after 62 spans five ``>`` lines ending in ``<br>``.

Decisions:
- Entry = every non-empty ``- `` bullet (33); span = the bullet .. its following ``>`` note lines.
- Title = bullet text without the prefixes above, cut before the first link bracket, stripped, final ``.``
  removed.
"""
import re

from _wild61 import entry, read_lines, write_truth

NAME = "Liuzeyi25__Embodied-AI__paperlist@a83d017.md"
PART = "wild61_development"

PREFIX = re.compile(r"^(?:\*\*\[[^\]]+\]\*\*\s*|\*\*\([^)]+\)\*\*\s*|!!\s*)+")


def title_of(text: str) -> str:
    text = PREFIX.sub("", text.strip())
    cut = text.find("[")
    if cut >= 0:
        text = text[:cut]
    return text.strip().rstrip(".").strip()


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = 1
    while n <= len(lines):
        ln = lines[n - 1]
        if ln.startswith("- ") and ln[2:].strip():
            end = n
            while end < len(lines) and lines[end].startswith(">"):
                end += 1
            papers.append(entry(lines, n, end, title_of(ln[2:])))
            n = end + 1
            continue
        n += 1
    by = {p["line"]: p for p in papers}
    assert len(papers) == 33, len(papers)
    assert by[5]["title"] == "OpenVLA: An Open-Source Vision-Language-Action Model" and by[5]["arxiv"] == "2406.09246"
    assert by[6]["title"] == "Fine-Tuning Vision-Language-Action Models: Optimizing Speed and Success", by[6]
    assert by[7]["title"] == "π0: A Vision-Language-Action Flow Model for General Robot Control", by[7]
    assert by[8]["title"].startswith("CrayonRobo: Object-Centric") and by[8]["end"] == 9, by[8]
    assert by[19]["title"] == "CRL-VLA: Continual Vision–Language–Action Learning", by[19]
    assert by[28]["title"] == "CoT-VLA: Visual Chain-of-Thought Reasoning for Vision-Language-Action Models"
    assert by[31]["title"] == "TEXT2REWARD: REWARD SHAPING WITH LANGUAGE MODELS FOR REINFORCEMENT LEARNING"
    assert by[40]["title"].startswith("Fine-Tuning Large Vision-Language Models as Decision-Making"), by[40]
    assert by[48]["title"] == "GR-RL: Going Dexterous and Precise for Long-Horizon Robotic Manipulation"
    assert by[50]["title"] == "RL-100：Performant Robotic Manipulation with Real-World Reinforcement Learning"
    assert by[62]["title"] == "LIBERO: Benchmarking Knowledge Transfer for Lifelong Robot Learning", by[62]
    assert by[62]["end"] == 67, by[62]
    assert 59 not in by and 1 not in by
    write_truth(
        NAME,
        PART,
        papers,
        method="Every non-empty '- ' bullet is one paper (33); its span includes the '>' note lines under it"
        " (Chinese or English).  Title = bullet text without a bold venue '**[CVPR'25]**', a bold alias"
        " '**(OpenVLA-OFT)**' or a '!!' marker, cut before the first '[arXiv]'/'[paper]' link, final '.'"
        " dropped; link-less bullets (48, 50) keep their whole text.  The empty bullet at 59 is not an entry.",
        checked="Read the whole file; compared all 33 bullets' titles, spans and arXiv ids with the -v output,"
        " including the prefixed titles (6, 8, 28, 31, 38, 40, 62), link-less bullets (48, 50), the capitalised"
        " titles (31, 46) and the multi-line notes (20, 47, 49, 63-67).",
    )


if __name__ == "__main__":
    main()
