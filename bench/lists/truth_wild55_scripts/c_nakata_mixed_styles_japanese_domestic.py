"""Wild55 truth for Wataru-Nakata/Wataru-Nakata.github.io _pages/publications.md: the publication page of
Wataru Nakata (speech synthesis, University of Tokyo Saruwatari lab), an academicpages (Jekyll) personal site,
newest commit touching it (cfd4bfd, 2026-03-28).

Shape: 60 lines.  Front matter (1-6), a Google Scholar sentence (8), the theme's Liquid loop over the (here
unused) publication collection (10-14), then hand-written ``#`` sections whose items are all numbered ``1. ``
(Markdown renumbers them), one citation per line:
- ``# preprints`` (15), 16-22: APA, ``Authors (Year). Title. arXiv preprint arXiv:NNNN.NNNNN.``; 22 writes the id as
  ``ArXiv, abs/2403.13353``.
- ``# Journal`` (24), 25: APA with the journal in italics.
- ``# International Conferences`` (27), 29-38: IEEE style, ``Authors, "Title," Venue, year, pp.`` with
  ``[paper](...)`` / ``[code](...)`` / ``[Speech samples](...)`` links after some; 31 is APA without a year
  (``Yamauchi, K., ... & Saruwatari, H. Decoding Strategy ... Synthesis. In Audio Imagination: NeurIPS 2024
  Workshop ...``).
- ``# Domestic Conferences -Non Reviewed- （国内学会）`` (41), 42-57: Japanese talks at domestic meetings, mostly
  Japanese names with ``，`` or ``,`` separators and a Japanese title in ASCII quotes, then the meeting; a few in
  English (54, 57).
- ``# Tutorial`` (59), 60: an APSIPA tutorial.

Special cases:
- Titles end with ``,"`` (IEEE style, 29-38, 42-46), with `` ,"`` (46), or the quote closes without a comma (47-55).
- 53 has a stray second quote pair after the title (``"...可視化" " 令和元年``).
- 56 has no quotes: ``Authors：Title，Venue ，PF-34, 2019.`` (full-width colon before, full-width comma after the
  title).
- 44 keeps a space inside the Japanese title (``...生成する ニューラルボコーダの実験的評価``); 43 and 46 use a
  full-width colon inside the title (``NecoBERT：...``, ``UTMOS：...``).
- Award notes after some items (46 ``学生優秀発表賞``, 54 and 57 ``*Best Poster Award*``).
- No DOIs; arXiv ids only in the preprints (16-22) and an arXiv link at 37.

Decisions:
- Entry = every ``1. `` item of the preprints, journal, international and domestic sections (16-57): 7 + 1 + 10 + 16
  = 34 (domestic talks with proceedings papers are research works).  The tutorial (60) is not a paper.
- Title = the text inside the first pair of ASCII double quotes, trailing comma and spaces dropped; for APA items the
  text after ``(Year). `` up to the first period followed by a space; for 31 the text after the author list up to
  ``. In``; for 56 the text between ``：`` and ``，``.
- 22: the arXiv id written ``abs/2403.13353`` is set by hand if the helper misses it.
"""
import re

from _wild55 import entry, read_lines, write_truth

NAME = "Wataru-Nakata__Wataru-Nakata.github.io___pages__publications@cfd4bfd.md"
PART = "wild55_development"

ITEM = re.compile(r"^1\. (?P<text>.+)$")
QUOTED = re.compile(r"\"(?P<title>[^\"]+)\"")
APA = re.compile(r"\(\d{4}\)\.\s+(?P<title>.+?)\.\s")


def title_of(n: int, text: str) -> str:
    if n == 31:
        return text.split("Saruwatari, H. ", 1)[1].split(". In ", 1)[0]
    if n == 56:
        return text.split("：", 1)[1].split("，", 1)[0]
    q = QUOTED.search(text)
    if q:
        return q.group("title").strip().rstrip(",").strip()
    m = APA.search(text)
    assert m, (n, text)
    return m.group("title")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[58] == "# Tutorial", lines[58]
    papers = []
    for n, ln in enumerate(lines[:58], 1):
        m = ITEM.match(ln)
        if not m:
            continue
        papers.append(entry(lines, n, n, title_of(n, m.group("text"))))
    by = {p["line"]: p for p in papers}
    if by[22]["arxiv"] is None:
        by[22]["arxiv"] = "2403.13353"
    assert len(papers) == 34, len(papers)
    assert (by[16]["title"], by[16]["arxiv"]) == (
        "Geneses: Unified Generative Speech Enhancement and Separation", "2601.18456"), by[16]
    assert by[22]["title"] == ("Building speech corpus with diverse voice characteristics for its prompt-based"
                               " representation"), by[22]
    assert by[25]["title"] == ("Speaker-conditioned phrase break prediction for text-to-speech with phoneme-level"
                               " pre-trained language model"), by[25]
    assert by[31]["title"] == ("Decoding Strategy with Perceptual Rating Prediction for Language Model-Based"
                               " Text-to-Speech Synthesis"), by[31]
    assert by[35]["title"] == "UTMOS: UTokyo-SaruLab System for VoiceMOS Challenge 2022", by[35]
    assert by[37]["arxiv"] == "2201.10896", by[37]
    assert by[44]["title"] == "自己教師ありモデル特徴量から音声波形を生成する ニューラルボコーダの実験的評価", by[44]
    assert by[46]["title"] == "UTMOS：VoiceMOS Challenge2022 に向けたUTokyo-Sarulab チームの自然性 MOS 予測モデル", by[46]
    assert by[53]["title"] == "深層学習を用いた授業における学生の感情の可視化", by[53]
    assert by[56]["title"] == "排水ボーリングにおける先端位置推定装置の開発", by[56]
    assert by[57]["title"] == ("Development of a Low Cost Water-Level Sensor for Paddy Field and Based on Embedded"
                               " System and IoT"), by[57]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every numbered '1. ' citation of the preprints, Journal, International Conferences and Domestic"
        " Conferences sections (16-57) is an entry (one line each); the APSIPA tutorial (60) is not.  Title = the"
        " first ASCII-quoted text (trailing comma dropped); APA items: after '(Year). ' to the first '. '; 31: after"
        " the authors to '. In'; 56: between the full-width colon and the full-width comma.  arXiv id of 22"
        " ('ArXiv, abs/2403.13353') set by hand when the helper misses it.",
        checked="Compared -v with all 34 items: APA vs IEEE vs Japanese styles, the yearless APA item 31, the"
        " unquoted item 56, the stray second quote pair at 53, the ' ,\"' ending at 46, the full-width colons inside"
        " titles (43, 46), the inner space at 44, the English domestic items 54 and 57, and the arXiv ids (16-22,"
        " 37).",
    )


if __name__ == "__main__":
    main()
