"""Truth for lichun-wang/PaperNotes README.md (commit 84392f8): a personal to-read checklist in Chinese.

Shape: ``####`` topic headings (分类, 检测, 视频分类, 半监督, ...) over GitHub task-list items ``*   [ ] ...`` /
``*   [x] ...`` (one item per paper, blank lines between items in some sections), with ``~~strike~~`` for
dropped items, ``==highlight==`` marks, date prefixes (``20210922：``), Chinese asides and bare links.

Decisions:
- Every task item that points at one paper is an entry: a title, a nickname (``NFNet``, ``DeiT``,
  ``moco v2``) or only an arXiv link.  Nickname-only items and link-only items get ``title=None``.
- Title = the item text after the checkbox with the date prefix, ``~~``/``==`` marks, Chinese lead-ins
  (``EoA方法：``, ``判断域差别指标：``, ``讲图像bias的一篇文章：``) and trailing asides (``(NIPS2021)``,
  ``（He Kaiming）``, ``(beit文章中看到)``, ``transform可以替代卷积，<link>``, ``(dall-e)``) removed; typos kept.
- A nickname written before a title (``Synthesizer: ...``, ``OTA：...``, ``CSSL: ...``, ``PVT: Pyramid Vision
  Transformer``) is kept as part of the title; ``TNT (transformer in transformer)`` takes the bracketed
  phrase, which is the paper's title, as its title.
- Line 70 names two papers in 《》 brackets: two entries on the same line.
- Line 10 is an APA reference: its title is the part between the year and ``arXiv preprint``.
- Not entries: the empty item ``[ ]`` (line 78), ``综述`` (an unnamed survey, line 161) and the bare GitHub
  code link (line 175).
"""

from __future__ import annotations

import re

from _wild45 import entry, read_lines, write_truth

NAME = "lichun-wang__PaperNotes__README@84392f8.md"
PART = "wild45_development"

ITEM = re.compile(r"^\*\s+\\?\[\s*[x ]?\s*\]\s*(?P<text>.*)$")
DATE = re.compile(r"^\d{8}\s*[:：]\s*")
# items that only name a paper by its nickname (compared after the marks and dates are removed)
NICKNAMES = {
    "NFNet", "VIT", "Swin transformer", "DeiT", "CaiT( Deit的升级版)", "Mix-MLP", "ResMLP",
    "FixEfficientNet", "FixRes", "BeiT", "CVT", "BiT", "ConVit", "Crossvit", "LeViT (轻量)", "HRformer",
    "VOLO", "LV-Vit", "RegNet", "TPH-YOLOv5", "YOLOX", "DETR：", "Deformable DETR", "TimeSformer",
    "iccv 2021 oral AdaFocus", "self-tuning:", "fixmatch", "mixmatch", "remixmatch", "noisy student",
    "plabel", "moco", "moco v2", "moco v3", "simclr", "simclr v2", "Dino , facebook", "iGPT", "BYOL",
    "SEER", "SwAV", "&#x20;seam, 自监督分割", "tinaface", "East", "Sast", "GPT", "GPT2", "GPT3", "RETRO",
}
NOT_PAPERS = {"", "综述", "<https://github.com/PeikeLi/Self-Correction-Human-Parsing>"}


def strip_marks(text: str) -> str:
    text = re.sub(r"~~(.*?)~~", r"\1", text.strip())
    text = DATE.sub("", text.strip())
    text = re.sub(r"~~(.*?)~~", r"\1", text)
    return re.sub(r"\s+", " ", text).strip()


def title_of(text: str) -> list[str | None]:
    """The titles an item names (two for the 《》 pair)."""
    if text in NICKNAMES:
        return [None]
    pair = re.findall(r"《(.+?)》", text)
    if pair:
        return pair
    if text.startswith("Wu, S., Zhang"):  # APA reference
        return [re.search(r"\(\d{4}\)\.\s*(.+?)\.\s*arXiv preprint", text).group(1)]
    if re.match(r"^(anchor DETR|sentencepiece|弱监督语义分割)", text):  # a nickname or a label with a link
        return [None]
    m = re.match(r"^\[([^\]]+)\]\(https?://paperswithcode", text)
    if m:
        return [m.group(1)]
    m = re.match(r"^TNT \((.+)\)$", text)
    if m:
        return [m.group(1)]
    text = text.replace("==", "")
    text = re.sub(r"^(EoA方法|判断域差别指标)：\s*", "", text)
    text = re.sub(r"\s*(\(NIPS2021\)|（He Kaiming）|\(beit文章中看到\)|（beit文章中看到）|\(dall-e\))$", "", text)
    text = re.sub(r"\s*transform可以替代卷积，<https?://[^>]+>$", "", text)
    return [text.strip()]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, line in enumerate(lines, 1):
        m = ITEM.match(line)
        if not m:
            continue
        text = strip_marks(m.group("text"))
        if text in NOT_PAPERS:
            continue
        for title in title_of(text):
            papers.append(entry(lines, n, n, title))
    assert len(papers) == 82, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every task-list item naming one paper (title, nickname or arXiv link) is an entry, the 《》 pair on "
        "line 70 two; title = item text without checkbox, date prefix, ~~/== marks, Chinese lead-ins and "
        "trailing asides, None for nickname-only or link-only items; the empty item, '综述' and the GitHub "
        "code link are not entries.",
        "Whole file (82 entries) read against the -v output: every nickname-only item has a null title, every "
        "titled item's title matches its line without marks/asides, both titles of line 70, the APA title of "
        "line 10, the arXiv ids of lines 10/64/84/143/157, and the three skipped items (78, 161, 175).",
    )


if __name__ == "__main__":
    main()
