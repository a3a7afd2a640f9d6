"""Wild58 truth for ADSecT/ADSecT.github.io source/Writing/Title/index.md at b0d150e (2024-02-01): a Chinese
academic-writing guide page ("# 标题", paper titles) that classifies common title patterns (``A: B``, ``A for B``,
``A via B``, ``A using B``, questions, ...) and gives IJCAI 2023 papers as examples of each pattern.

Shape: 115 lines.  Sections ``## 1.只介绍工作`` ... ``## 5.设问+回答`` with bold labels ``**形式…：**`` (pattern),
``**释义：**`` (explanation), ``**举例：**`` (worked example, 11 and 24) and ``**参考列表：**`` (reference list) followed
by ``- [2023-IJCAI] Title.`` bullets (15-16, 28, 38-40, 50, 60, 72-77, 87-90, 100-102, 112-115).

Special cases:
- The bullets underline the parts of each title that fill the pattern with HTML ``<u>`` tags:
  ``- [2023-IJCAI] <u>MMPN</u>: <u>Multi-supervised Mask Protection Network</u> for <u>Pansharpening</u>.`` (38);
  the tags are markup and are removed from the title.
- 60: the ``<u>`` even swallows the venue tag: ``- <u>[2023-IJCAI] Towards</u> <u>Semantics- and Domain-Aware</u>
  <u>Adversarial Attacks</u>.``; after removing the tags, the ``[2023-IJCAI]`` prefix is dropped as on every line.
- 100-102 and 112-115 are question titles; a title ending in ``?`` keeps it (``... on Networks?`` 100), and the
  trailing period after a full title is dropped (``Can You Improve My Code? Optimizing Programs with Local
  Search.`` 112).
- 11 and 24 (``**举例：**`` paragraphs) name one IJCAI 2023 paper each in Chinese book-title brackets inside the
  prose: ``2023年IJCAI会议的论文：《SF-PATE: Scalable, Fair, and Private Aggregation of Teacher Ensembles》`` and
  ``《Strip Attention for Image Restoration》``; the full title is written, so each is an entry (title = the text
  inside 《》).  The rest of those paragraphs repeats title fragments (``B指的是Scalable, Fair, ...``): not entries.
- Pattern templates in backticks (``A: B``, ``Towards A B``) are not papers.

Decisions:
- Entry = every ``- ... [2023-IJCAI] ...`` bullet (25) plus the two 《》 examples (11, 24): 27 entries, one line each.
- Title = the bullet text with ``<u>``/``</u>`` removed, the ``[2023-IJCAI]`` tag and the trailing period removed; for
  11 and 24 the text inside 《》.
"""
import re

from _wild58 import entry, read_lines, write_truth

NAME = "ADSecT__ADSecT.github.io__source__Writing__Title__index@b0d150e.md"
PART = "wild58_development"

BULLET = re.compile(r"^- (.*\[\d{4}-IJCAI\].*)$")
TAG = re.compile(r"</?u>")
VENUE = re.compile(r"^\[\d{4}-IJCAI\]\s*")
EXAMPLE = re.compile(r"^\*\*举例：\*\*.*?《([^》]+)》")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = BULLET.match(ln)
        if m:
            text = VENUE.sub("", TAG.sub("", m.group(1)).strip())
            title = re.sub(r"\.$", "", text.strip()).strip()
            papers.append(entry(lines, n, n, title))
            continue
        e = EXAMPLE.match(ln)
        if e:
            papers.append(entry(lines, n, n, e.group(1).strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 27, len(papers)
    assert sorted(by) == [11, 15, 16, 24, 28, 38, 39, 40, 50, 60, 72, 73, 74, 75, 76, 77, 87, 88, 89, 90, 100, 101,
                          102, 112, 113, 114, 115], sorted(by)
    assert by[11]["title"] == "SF-PATE: Scalable, Fair, and Private Aggregation of Teacher Ensembles", by[11]
    assert by[24]["title"] == "Strip Attention for Image Restoration", by[24]
    assert by[38]["title"] == "MMPN: Multi-supervised Mask Protection Network for Pansharpening", by[38]
    assert by[50]["title"] == "CostFormer: Cost Transformer for Cost Aggregation in Multi-view Stereo", by[50]
    assert by[60]["title"] == "Towards Semantics- and Domain-Aware Adversarial Attacks", by[60]
    assert by[87]["title"] == "Detecting Adversarial Faces Using Only Real Face Self-Perturbations", by[87]
    assert by[100]["title"] == "Do We Need an Encoder-Decoder to Model Dynamical Systems on Networks?", by[100]
    assert by[112]["title"] == "Can You Improve My Code? Optimizing Programs with Local Search", by[112]
    assert by[115]["title"] == (
        "Understanding the Night-Sky? Developing AI-Enabled System for Exploring Night-Light Usage Patterns"
    ), by[115]
    write_truth(
        NAME,
        PART,
        papers,
        method="Chinese writing guide listing IJCAI 2023 papers as examples of title patterns.  Entry = every"
        " '- [2023-IJCAI] Title.' bullet under a 参考列表 label (25) plus the two 举例 paragraphs (11, 24) that name"
        " one paper each in 《》 brackets: 27 entries, one line each.  Title = the bullet text with the <u> underline"
        " tags, the [2023-IJCAI] tag and the trailing period removed ('?' kept); for 11/24 the text inside 《》.",
        checked="Read the whole file; compared the -v output with all 25 bullets (underline tags removed, the tag"
        " swallowing the venue at 60, question titles at 100-102 and 112-115) and the two 《》 examples, and checked"
        " that the backticked pattern templates and title fragments in the explanations are not listed.",
    )


if __name__ == "__main__":
    main()
