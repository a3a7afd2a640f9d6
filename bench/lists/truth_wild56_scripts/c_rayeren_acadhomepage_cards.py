"""Wild56 truth for RayeRen/rayeren.github.io _pages/includes/pub.md: the publications section of Yi Ren's personal
academic homepage (speech synthesis researcher; AcadHomepage Jekyll template), newest commit de9c908 (2024-03-19).

Shape: 136 lines, no trailing newline.  ``# 📝 Publications`` (2), then emoji topic headings ``## 🎙 Speech Synthesis``
(3), ``## 👄 TalkingFace & Avatar`` (101), ``## 📚 Machine Translation`` (116), ``## 🎼 Music & Dance Generation`` (126),
``## 🧑‍🎨 Generative Model`` (131), ``## Others`` (134).  Two kinds of entries:
- six HTML "paper-box" cards (6, 21, 33, 46, 60, 103): ``<div class='paper-box'><div class='paper-box-image'>...<div
  class="badge">NeurIPS 2019</div><img ...>`` on one line, then ``<div class='paper-box-text' markdown="1">``, a blank
  line, ``[Title](url) \\`` (or, at 106, ``[Title](url), authors ... (Spotlight) [**Project**](...)`` on one line), an
  author line, a ``[**Project**](...)`` / GitHub-stars badge line, sometimes bullet notes about impact (14-16, 28,
  40-41, 52-55), and two closing ``</div>`` lines;
- one-line bullets ``- `AAAI 2024` [Title](url), Authors, et al. [badges]``; the venue code is in single or double
  backticks; some have ``<span style="color:red">(Oral)</span>`` or an award note before the link (85, 92, 99, 129);
  many have an empty URL ``[Title]()`` (72-75, 79-82, 84-87, 117, 136).

Special cases:
- Bullets inside the cards (14-16, 28, 40-41, 52-53, 55) are notes or link rows, not papers.
- The card at 103 writes its citation on one line (106) with authors after the link.
- 127's venue is ```IEEE TMM``` with no year.

Decisions:
- Entry = each paper-box card (span: the ``paper-box`` line through its second closing ``</div>``) and each top-level
  bullet starting with a backticked venue code (one line each): 6 + 48 = 54 entries.
- Title = the first link text of the card's citation line, or the first link text after the venue code (and any red
  span) in a bullet.
"""
import re

from _wild56 import entry, read_lines, write_truth

NAME = "RayeRen__rayeren.github.io___pages__includes__pub@de9c908.md"
PART = "wild56_development"

CARD = re.compile(r"^<div class='paper-box'>")
ITEM = re.compile(r"^- `{1,2}[^`]+`{1,2} (?:<span[^>]*>[^<]*</span> )?\[(?P<t>[^\]]+)\]\(")
LINK = re.compile(r"^\[(?P<t>[^\]]+)\]\(")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = 1
    while n <= len(lines):
        ln = lines[n - 1]
        if CARD.match(ln):
            k = n + 1
            while not LINK.match(lines[k - 1]):
                k += 1
            title = LINK.match(lines[k - 1]).group("t")
            e = k
            while not (lines[e - 1] == "</div>" and lines[e] == "</div>"):
                e += 1
            papers.append(entry(lines, n, e + 1, title))
            n = e + 2
            continue
        m = ITEM.match(ln)
        if m:
            papers.append(entry(lines, n, n, m.group("t")))
        else:
            assert not ln.startswith("- `"), (n, ln)
        n += 1
    by = {p["line"]: p for p in papers}
    assert len(papers) == 54, len(papers)
    assert [p["line"] for p in papers if p["end"] > p["line"]] == [6, 21, 33, 46, 60, 103]
    assert by[6]["title"] == "FastSpeech: Fast, Robust and Controllable Text to Speech", by[6]
    assert (by[6]["line"], by[6]["end"]) == (6, 18), by[6]
    assert by[21]["arxiv"] == "2006.04558", by[21]
    assert by[103]["title"] == "Real3D-Portrait: One-shot Realistic 3D Talking Portrait Synthesis", by[103]
    assert (by[103]["line"], by[103]["end"]) == (103, 108), by[103]
    assert by[72]["title"] == (
        "CLAPSpeech: Learning Prosody from Text Context with Contrastive Language-Audio Pre-Training"
    ), by[72]
    assert by[92]["title"] == "WSRGlow: A Glow-based Waveform Generative Model for Audio Super-Resolution", by[92]
    assert by[99]["title"] == "Almost Unsupervised Text to Speech and Automatic Speech Recognition", by[99]
    assert by[127]["title"] == (
        "SDMuse: Stochastic Differential Music Editing and Generation via Hybrid Representation"
    ), by[127]
    assert by[136]["title"] == "Video-Guided Curriculum Learning for Spoken Video Grounding", by[136]
    assert 14 not in by and 52 not in by and 55 not in by
    write_truth(
        NAME,
        PART,
        papers,
        method="Entries are the six HTML paper-box cards (span = the paper-box line through the card's two closing"
        " </div> lines; title = the link text of the first '[Title](url)' line inside the card) and every top-level"
        " bullet that starts with a backticked venue code ('- `ACL 2023` [Title](url), authors'; title = the first"
        " link text after the venue code and any red <span> note).  Bullets inside cards are impact notes or link"
        " rows, not papers.",
        checked="Read the whole file and compared the -v output for all 54 entries: the six card titles and spans,"
        " the bullets with empty '()' URLs, the red (Oral)/award spans before links (85, 92, 99, 129), single and"
        " double backtick venues, and that the in-card bullets (14-16, 52-55) are not entries.",
    )


if __name__ == "__main__":
    main()
