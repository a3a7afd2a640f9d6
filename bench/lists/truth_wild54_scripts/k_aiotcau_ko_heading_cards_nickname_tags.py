"""Wild54 truth for aiot-cau/urp-summer-2025 ``paper-reviews/reading-list.md``: a Korean university lab's (AIoT lab,
Chung-Ang University, summer undergraduate research programme) recommended-paper list ("AI 추천 논문 목록"), newest
commit touching it (a96dee9, 2025-06-02).

Shape: 95 lines, 6 KB (no final newline).  ``# AI 추천 논문 목록`` (1) and a two-bullet legend of the importance /
difficulty dots (2-3, ``- **중요도**: ●○○ (참고), ...``); four ``##`` topic sections with emoji (``## 📷 이미지`` 5, ``##
📝 자연어 처리`` 25, ``## ⏳ 시계열`` 39, ``## 🧬 생성형 모델`` 53); in each, paper cards whose heading is the entry:
``### N. [Title](https://arxiv.org/abs/ID) (Nickname)`` with the numbering restarting at 1 in every section, followed
by four Korean bullets (``- **저자**:`` authors, ``- **학회/저널**:`` venue and year, ``- **중요도**: ●●● |
**난이도**: ●●○`` importance and difficulty, ``- **요약**:`` a Korean summary).  After a rule, a ``### 범례`` legend
heading (87) with two bullets that is not a card, a closing note and ``**마지막 업데이트**: 2025-05-30`` (95).

Special cases:
- The trailing parenthesised nickname after the link (``(ResNet)``, ``(wav2vec 2.0)``, ``(Stable Diffusion)``) is a
  tag, not title text, and is dropped; titles are the link texts as written (``Attention is All You Need`` 27,
  lower-case ``is``).
- ``### 범례`` (87) is a level-3 heading like the cards but names no paper: not an entry; neither are the legend
  bullets (2-3, 88-89).

Decisions:
- Entry = every ``### N. [Title](url) (Nick)`` card (12 = 3 + 2 + 2 + 5 by section), span = the heading and its
  four bullets; title = the link text; ids = the arXiv abs link in the heading.
"""
import re

from _wild54 import entry, read_lines, write_truth

NAME = "aiot-cau__urp-summer-2025__paper-reviews__reading-list@a96dee9.md"
PART = "wild54_development"

CARD = re.compile(
    r"^### (?P<num>\d+)\. \[(?P<title>[^\]]+)\]\((?P<url>https://arxiv\.org/abs/[\d.]+)\) \((?P<nick>[^)]+)\)$"
)
FIELDS = ("- **저자**:", "- **학회/저널**:", "- **중요도**:", "- **요약**:")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# AI 추천 논문 목록", lines[0]
    papers = []
    per_section: list[int] = []
    for n, ln in enumerate(lines, 1):
        if ln.startswith("## "):
            per_section.append(0)
            continue
        if not ln.startswith("### "):
            continue
        m = CARD.match(ln)
        if not m:
            assert ln == "### 범례", (n, ln)
            continue
        assert int(m.group("num")) == per_section[-1] + 1, (n, ln)
        for i, field in enumerate(FIELDS, 1):
            assert lines[n - 1 + i].startswith(field), (n + i, lines[n - 1 + i])
        papers.append(entry(lines, n, n + 4, m.group("title")))
        per_section[-1] += 1
    assert per_section == [3, 2, 2, 5], per_section
    t = {p["line"]: p for p in papers}
    assert (t[7]["title"], t[7]["arxiv"], t[7]["end"]) == (
        "Deep Residual Learning for Image Recognition", "1512.03385", 11), t[7]
    assert t[27]["title"] == "Attention is All You Need", t[27]
    assert t[41]["title"] == "wav2vec 2.0: A Framework for Self-Supervised Learning of Speech Representations", t[41]
    assert (t[79]["title"], t[79]["arxiv"]) == (
        "High-Resolution Image Synthesis with Latent Diffusion Models", "2112.10752"), t[79]
    assert all(p["arxiv"] for p in papers)
    assert len(papers) == 12, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '### N. [Title](arXiv abs) (Nick)' card heading is an entry (12 over four Korean topic sections with"
        " numbering restarting at 1), span = the heading plus its four Korean bullets (저자 / 학회/저널 / 중요도|난이도"
        " / 요약); title = the link text, the trailing parenthesised nickname tag dropped; the '### 범례' legend"
        " heading, the legend bullets, the closing note and the update date are not entries.",
        "Read all 95 lines; compared -v for all 12 cards (7, 13, 19, 27, 33, 41, 47, 55, 61, 67, 73, 79): titles"
        " equal the link texts without '(ResNet)', '(wav2vec 2.0)', '(Stable Diffusion)' etc., spans end on the 요약"
        " bullet, every card has its arXiv id; checked '### 범례' (87) is left out.",
    )


if __name__ == "__main__":
    main()
