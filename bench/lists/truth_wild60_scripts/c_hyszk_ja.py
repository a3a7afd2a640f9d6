"""Wild60 truth for u-hyszk/u-hyszk.github.io src/components/markdown/publications.md at f2fcbde (2025-11-04):
the bilingual (Japanese/English) "研究発表 / Publications" section of a speech-processing PhD student's personal site
(Tohoku University), a Markdown fragment rendered by the site's components.

Shape: 28 lines.  ``# 研究発表 / Publications`` (1), then Japanese fiscal-year headings ``## 2025年度`` (3),
``## 2024年度`` (13), ``## 2023年度`` (20), ``## 2022年度`` (26), each followed by ``-`` bullets, one line per
presentation/paper (15 in all): ``- Authors. Title. Venue. (YYYY.M) [**label**]``.

Special cases:
- Four English entries (5-7) are international conference papers labelled ``**査読付き国際会議**`` ("peer-reviewed
  international conference"); the others are Japanese domestic conference / symposium papers with Japanese titles.
- Author lists use ASCII commas or full-width ``，`` (10), the site owner is underlined ``<u>林崎 由</u>`` and the
  2022 line marks equal contribution with escaped asterisks ``\\*松本 悠太, <u>\\*林崎 由</u>`` (28).
- Trailing award labels in bold (``**Oral Presentation Award**`` 7, ``**学生優秀発表賞**`` 15, ``**優秀発表賞**`` 22,
  ``**奨励賞**`` 24) are not part of the title.
- Fiscal years: the 2023年度 section holds March 2024 talks (22, 23).
- Titles use a full-width colon (``F2S-SBV2：任意の...`` 10) or ASCII colon (``PUNSER: ...``); 8 and 9 are two
  Japanese versions of the PUNSER work (different titles, different venues): two entries.

Decisions:
- Entry = every ``-`` bullet (15 lines).  Title = the text between the first ``. `` (end of the author list) and
  the next ``. `` (start of the venue).  No arXiv ids or DOIs are written.
"""
import re

from _wild60 import entry, read_lines, write_truth

NAME = "u-hyszk__u-hyszk.github.io__src__components__markdown__publications@f2fcbde.md"
PART = "wild60_development"

BULLET = re.compile(r"^- (.+)$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = BULLET.match(ln)
        if not m:
            continue
        parts = m.group(1).split(". ")
        papers.append(entry(lines, n, n, parts[1].strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 15, len(papers)
    assert sorted(by) == [5, 6, 7, 8, 9, 10, 11, 15, 16, 17, 18, 22, 23, 24, 28], sorted(by)
    assert by[5]["title"] == (
        "PUNSER: Large-Scale Pre-Trained and Unified Model for Practical Speech Emotion Recognition"
    ), by[5]
    assert by[7]["title"] == (
        "Robust Speech Emotion Recognition Using Recent Self-Supervised Learning with Data Augmentation"
    ), by[7]
    assert by[10]["title"] == "F2S-SBV2：任意のアニメ調キャラクター顔画像に適した話者性を有するテキスト音声合成の検討", by[10]
    assert by[15]["title"] == "マルチコーパス学習に基づくドメインロバスト音声感情認識の検討", by[15]
    assert by[24]["title"] == "JGLUEによる事前学習済み日本語LLMの日本語理解能力の評価", by[24]
    assert by[28]["title"] == "日本語学習者支援のための敬語変換タスクの提案", by[28]
    assert by[8]["title"] != by[9]["title"]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every '-' bullet under the fiscal-year headings is one paper (15, one line each), written"
        " 'Authors. Title. Venue. (YYYY.M) [**label**]'.  Title = the text between the first '. ' (end of the"
        " authors) and the next '. ' (start of the venue); award / peer-review labels are not part of it.",
        checked="Read all 28 lines; compared the -v output with each bullet: the four English titles, the Japanese"
        " titles with full-width colon and commas, the escaped-asterisk authors of 28, and the award labels.",
    )


if __name__ == "__main__":
    main()
