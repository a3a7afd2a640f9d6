"""Wild58 truth for ningyuan33/Awesome-Audio-Super-Resolution-Bandwidth-Extension README.md at 289973c (2026-08-19):
the companion list of the survey "A Survey of Advancing Audio Super-Resolution and Bandwidth Extension from
Discriminative to Generative Models" (Yang et al., arXiv 2605.16681).  Papers are grouped by model family, then by
year, one bullet a paper.

Shape: 344 lines.  Title and intro with the survey's name in a bold blockquote (1-9), timeline figure in
``<p align="center">`` (13-19), "Citation" with the survey's bibtex (23-34), "News" bullets (38-42; 41 names the
survey with an arXiv link), table of contents bullets (46-58).  Then ``# 🔷 Discriminative Models`` (61) with
``## [MLP/RNN/CNN]`` (63), ``## Transformers`` (123), ``## State Space Models (Mamba)`` (145), and ``# ✨ Generative
Models`` (153) with Autoregressive (155), VAEs (165), GANs (177), Diffusion (265), Flow (304), Schrödinger Bridge
(334); each has ``### 2026`` / ``### 2025`` / ... / ``### Earlier Works`` headings.  One bullet a paper, blank lines
between bullets:
``* **[ICASSP'24]** Speaker Adaptation For Enhancement Of Bone-Conducted Speech [[Paper](url)]`` optionally followed
by `` [[Code](url)]`` and `` [[Demo](url)]``.  The venue tag is bold and bracketed; the title is plain text.

Special cases:
- Three titles end with the method's acronym in parentheses, added by the list: ``... Noise-Robust Speech
  Super-Resolution (SDNet)`` (221), ``... for Speech Super-Resolution (UDM+)`` (290), ``Universal Speech Enhancement
  with Score-based Diffusion (UNIVERSE)`` (296).  The papers' titles do not hold these acronyms: dropped.
- The same paper is listed twice: TRAMBA under Transformers (135) and Mamba (149); "Time-Domain Neural Network
  Approach for Speech Bandwidth Extension" under MLP/RNN/CNN (85) and GANs (249).  Each listing is an entry.
- 207 links an arxiv.org/html/2509.03913v3 page; 268 sits right below its ``### 2026`` heading with no blank line;
  276 ends with a trailing space, 262 is a line of two spaces.
- Lower-case or odd casing is kept as written (``Audiosr: Versatile Audio Super-Resolution at Scale``, 280;
  ``Universr: ...``, 312; ``Class: Continual Learning Approach for Speech Super-Resolution``, 133).

Decisions:
- Entry = every bullet ``* **[VENUE'YY]** Title [[Paper](...)]`` (67-342): 99 entries, one line each.  Title = the
  text between the bold venue tag and the first `` [[``, without a trailing ``(ACRONYM)``.
- The News bullets (40-42, 41 names the companion survey itself), the table-of-contents bullets and the survey's
  bibtex are not entries.
- arXiv ids come from arxiv.org/abs and /html links; DOIs from dl.acm.org/doi links (135, 149, 169).
"""
import re

from _wild58 import entry, read_lines, write_truth

NAME = "ningyuan33__Awesome-Audio-Super-Resolution-Bandwidth-Extension__README@289973c.md"
PART = "wild58_development"

ITEM = re.compile(r"^\* \*\*\[(?P<venue>[^\]]+)\]\*\*\s+(?P<title>.+?)\s+\[\[Paper\]\(")
ACRONYM = re.compile(r"\s+\([A-Z][A-Za-z+]*\)$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if not m:
            continue
        title = ACRONYM.sub("", m.group("title").strip())
        papers.append(entry(lines, n, n, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 99, len(papers)
    assert min(by) == 67 and max(by) == 342, (min(by), max(by))
    assert 41 not in by
    assert by[67]["title"] == "Speaker Adaptation For Enhancement Of Bone-Conducted Speech", by[67]
    assert by[103]["title"] == "Audio Super Resolution using Neural Networks", by[103]
    assert by[103]["arxiv"] == "1708.00853", by[103]
    assert by[135]["title"] == by[149]["title"], (by[135], by[149])
    assert by[135]["doi"] == "10.1145/3699757", by[135]
    assert by[207]["arxiv"] == "2509.03913", by[207]
    assert by[221]["title"] == (
        "Spectral Network Based on Lattice Convolution and Adversarial Training for Noise-Robust Speech"
        " Super-Resolution"
    ), by[221]
    assert by[290]["title"] == (
        "Conditioning and Sampling in Variational Diffusion Models for Speech Super-Resolution"
    ), by[290]
    assert by[296]["title"] == "Universal Speech Enhancement with Score-based Diffusion", by[296]
    assert by[296]["arxiv"] == "2206.03065", by[296]
    assert by[342]["title"] == "A2SB: Audio-to-Audio Schrodinger Bridges", by[342]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every bullet '* **[VENUE'YY]** Title [[Paper](url)] [[Code](url)] ...' under the model-family and"
        " year headings (lines 67-342) is one entry, one line each; a paper listed under two families is an entry"
        " each time.  Title = the plain text between the bold venue tag and the first ' [[', without a trailing"
        " '(ACRONYM)' the list appends (221, 290, 296).  News bullets (one naming the companion survey), the table"
        " of contents and the bibtex are not entries.",
        checked="Read the whole file; compared the -v output with all 99 bullets, the three acronym-suffixed titles,"
        " the duplicated TRAMBA (135/149) and Time-Domain (85/249) bullets, arXiv ids from arxiv.org/abs and /html"
        " links and DOIs from dl.acm.org links, and that News (40-42) and contents bullets are not listed.",
    )


if __name__ == "__main__":
    main()
