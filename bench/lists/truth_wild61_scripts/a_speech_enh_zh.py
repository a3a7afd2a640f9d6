"""Wild61 truth for YoungJay0612/Single-Channel-Speech-Enhancement README.md at 49f5ec2 (2024-07-17): a Chinese
log of single-channel speech enhancement papers (denoising, dereverberation), newest first under date headings.

Shape: 627 lines.  ``# Single Channel Speech Enhancement`` and a Chinese intro (1-2); ``## GuideBoook`` and
``## DNS比赛`` with links (4-10); ``## Speech Deep Learning`` (12), ``## Speech Denoise`` (101) and ``## Speech
Dereverberation`` (555), each with ``### <date>`` headings (``### 2024-7-17`` 13, also ``###2021-6-15`` 337,
``### 202104-6`` 448, ``### Earlier`` 520).  Under a date heading each paper is a paragraph of lines ending in two
spaces (hard breaks): a title line, then ``标题：`` (Chinese translated title), ``链接：``/``paper link:`` (link),
``作者：`` (authors), ``机构：`` (affiliation), ``备注：`` (comments), ``code:``, ``remark:`` ... in varying order.

Special cases - the title line is written in many ways:
- ``paper title: <title>`` with ASCII or fullwidth colon and sometimes a fullwidth space (499, 507, 513);
  ``pape rtitle:`` (531, 536, 541, 620); ``paper:<title>`` (76, 84); ``title: <title>`` (557, 564); or the bare
  title with no label (14, 21, 29, 265).
- 246 repeats the ``paper title:`` label for the Chinese translation of 245's title; 254, 260, 266, 621 give the
  translation without a label: not entries, part of the paper above.
- Several title lines carry the Chinese translation after the English title (97, 418, 423, 428, 434, 440, 444,
  449, 455, 460); the translation is cut (title = text before the first CJK character).
- 444's inline translation starts with ``MetricGAN+：`` (fullwidth colon) before the Chinese; the title ends
  before it: ``MetricGAN+: An Improved Version of MetricGAN for Speech Enhancement``.
- 84 ``paper:Continuous Speech Separation with Conformers  ICASSP2021``: the venue is not part of the title.
- 527 ``Improving Perceptual Quality by Phone-Fortified Perceptual Loss for Speech" Enhancement"``: the stray
  double quotes are dropped from the title.
- 90 ``Wav2Vec2.0:`` followed by model/usage/paper links (91-93): an entry naming only the model, title None.
- ``### Earlier`` (520-553) lists code repositories, each followed by the paper it implements: the repository
  line is the first line of the entry (526-528, 530-533, 535-538, 540-542, 544-546); 522-524 (facebook demucs) has
  an empty ``paper title:`` and names no paper: not an entry.  552 and 553 are one-line entries
  ``<affiliation>: <title>`` / ``Facebook：【<Chinese title>】<title>`` (the bracketed Chinese is not part of it).
- 232 ``推荐值：AAAAA`` (a rating) opens the paragraph of 233; 233 gives only an informal short title, kept as
  written.  Some entries have no paper link (148-152, 232-235, 494-497; 383-388, 489-492 and 526-546 link only
  code); 466 links the arXiv id of 474 (2102.04198), taken as written.
- Code-only paragraphs (368-371 Wav2Vec usage, 548-549, 612, 626-627) and the challenge links are not entries.

Decisions:
- Entry = each paper paragraph; its first line is the title line (or the repository line before it in
  ``### Earlier``, or 232's rating line) and it ends at the last non-blank line before a blank line, a heading or
  the next title line (88 entries).
- Title = the title line without its label, cut before the first CJK character, stripped; the three special
  cases above (84, 444, 527, 552, 553) are written by hand.
"""
import re

from _wild61 import entry, read_lines, write_truth

NAME = "YoungJay0612__Single-Channel-Speech-Enhancement__README@49f5ec2.md"
PART = "wild61_development"

LABEL = re.compile(r"^(?:paper title|pape rtitle|paper|title)\s*[:：]", re.IGNORECASE)
CJK = re.compile(r"[\u3010\u4e00-\u9fff]")
BARE = {14, 21, 29, 265}  # titles with no label
NOT_TITLE = {246, 523}  # label line holding the translation / an empty title
FIRST = {233: 232, 527: 526, 531: 530, 536: 535, 541: 540, 545: 544}
BY_HAND = {
    84: "Continuous Speech Separation with Conformers",
    90: None,
    444: "MetricGAN+: An Improved Version of MetricGAN for Speech Enhancement",
    527: "Improving Perceptual Quality by Phone-Fortified Perceptual Loss for Speech Enhancement",
    552: "Real-time Denoising and Dereverberation with Tiny Recurrent U-Net",
    553: "Multi-Channel Speech Enhancement Using Graph Neural Networks",
}


def main() -> None:
    lines = read_lines(NAME)
    starts = [n for n, ln in enumerate(lines, 1) if LABEL.match(ln) and n not in NOT_TITLE]
    starts = sorted(set(starts) | BARE | set(BY_HAND))
    papers = []
    for t in starts:
        last = t
        n = t + 1
        while n <= len(lines) and lines[n - 1].strip() and not lines[n - 1].startswith("#") and n not in starts:
            last = n
            n += 1
        if t in BY_HAND:
            title = BY_HAND[t]
        else:
            title = LABEL.sub("", lines[t - 1], count=1)
            m = CJK.search(title)
            title = (title[: m.start()] if m else title).strip()
        papers.append(entry(lines, FIRST.get(t, t), last, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 88, len(papers)
    assert by[14]["title"] == "Beyond Performance Plateaus: A Comprehensive Study on Scalability in Speech Enhancement"
    assert by[14]["arxiv"] == "2406.04269", by[14]
    assert by[76]["title"].startswith("NN3A: Neural Network supported Acoustic Echo Cancellation"), by[76]
    assert by[90]["title"] is None and by[90]["arxiv"] == "2006.11477", by[90]
    assert by[97]["title"] == "Interpreting intermediate convolutional layers of CNNs trained on raw speech", by[97]
    assert by[232]["title"] == "A Dual-branch attention-in-attention transformer for single-channel SE", by[232]
    assert by[245]["title"].startswith("Dual-branch Attention-In-Attention Transformer") and 246 not in by
    assert by[265]["title"].startswith("DeepFilterNet: A Low Complexity Speech Enhancement Framework"), by[265]
    assert by[346]["arxiv"] == "1905.04874", by[346]
    assert by[444]["title"] == "MetricGAN+: An Improved Version of MetricGAN for Speech Enhancement", by[444]
    assert by[455]["title"] == "Y^2-Net FCRN for Acoustic Echo and Noise Suppression", by[455]
    assert by[499]["title"].startswith("Monaural Speech Enhancement with Complex Convolutional Block"), by[499]
    assert by[526]["title"].startswith("Improving Perceptual Quality") and by[540]["title"].startswith("An Efficient")
    assert by[553]["title"] == "Multi-Channel Speech Enhancement Using Graph Neural Networks", by[553]
    assert by[620]["title"].startswith("TeCANet Temporal-Contextual Attention Network"), by[620]
    for n in (5, 9, 246, 254, 368, 522, 523, 548, 551, 612, 626):
        assert n not in by, n
    write_truth(
        NAME,
        PART,
        papers,
        method="Each paper paragraph under the date headings is one entry (88): it starts at the title line"
        " ('paper title:' / 'paper title：' / 'pape rtitle:' / 'paper:' / 'title:' or a bare title; in '### Earlier'"
        " at the repository line before it; 233 at its rating line 232) and ends before the next blank line,"
        " heading or title line.  Title = the title line without its label, cut before the first CJK character"
        " (inline Chinese translations), stripped; 84 (venue after the title), 527 (stray quotes), 552/553"
        " (one-line '<affiliation>: <title>') and 444 (translation after 'MetricGAN+：') by hand; 90 'Wav2Vec2.0:' names no title (None).  The '标题：'"
        " translation lines, 246's second 'paper title:' label, the empty 'paper title:' of 523 and code-only"
        " paragraphs are not entries.",
        checked="Read the whole file; compared the -v output with every paragraph: each label variant, bare titles"
        " (14, 21, 29, 265), inline translations cut (97, 418-460), 246 not counted, the '### Earlier' repository"
        " blocks (526-546) and the excluded demucs block (522-524), 552/553, spans, and the arXiv ids from"
        " abs/pdf/ftp links.",
    )


if __name__ == "__main__":
    main()
