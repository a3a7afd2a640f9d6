"""Wild47 truth for wehos/awesome-graph-transformer README.md: a small "awesome" list of Graph Transformer papers
(a niche graph-learning sub-field), newest commit (ea66f9e, 2025-03-19, "Major update - recategorizations").

Shape: 133 lines, 15 KB.  ``## awesome-graph-transformer`` (1), badges (3; the Stars badge still points at
ChandlerBang/awesome-graph-transformer), an HTML comment of old badges (5), blurb (7-9), ``#### Notes of Major
Updates:`` with two dated italic changelog bullets (12-13; 13 links "a recent [survey](arXiv 2502.16533)" in prose),
then ``###`` sections and ``####`` sub-sections of numbered items, every item numbered ``1.``:
``1. Title. Venue Year. [[paper]](url)``.  Sections: Structural/Positional Encoding with four sub-sections (17-20,
23-28, 31-35, 38-43), Scalability with two (48-55, 58-67), Applications (70-105), Pre-training (109-113), Survey
(116-119), NAS (122), Benchmarks and Analyses (125-132).

Special cases:
- Titles ending in ``?`` run straight into the venue: ``Do Transformers Really Perform Bad for Graph Representation?
  NeurIPS 2021.`` (23), ``Are More Layers Beneficial to Graph Transformers? ICLR 2023.`` (33); the ``?`` is kept.
- A title holding ``. `` itself: ``Transformers vs. Message Passing GNNs: Distinguished in Uniform. ICLR 2024.`` (132),
  so the title ends at the last ``. `` / ``? `` before the venue, not the first.
- 24 lacks the period after its venue: ``... Graph Transformer. ICLR 2022 Workshop MLDD [[paper]](...)``.
- 86 spells the link ``[[pper]]``.
- Repeats (each an entry): LPFormer 28 (KDD 2024) / 55 (Arxiv 2024); Recipe for a General, Powerful, Scalable Graph
  Transformer 41 / 59; Self-Supervised Graph Transformer on Large-Scale Molecular Data 75 / 109 (lower-case there).
- The changelog's inline ``[survey](https://arxiv.org/abs/2502.16533)`` (13) is prose in a note, not a list entry; the
  same survey is listed as an entry at 119.

Decisions:
- Entry = every ``1. ... [[paper]](url)`` item (93); title = the text before the last ``. `` or ``? `` that precedes
  the venue (``?`` kept), venue/year and the ``[[paper]]`` link dropped.
- Not entries: badges, the HTML comment, blurb, changelog bullets (12-13), headings.
- Ids: arXiv abs/pdf links; DOIs from ACM ``dl.acm.org/doi/...`` links (``10.1145/...`` and the ACM-internal
  ``10.5555/...`` as written); none from OpenReview, NeurIPS, PMLR, IJCAI, ACL Anthology, AAAI, CVF, IEEE.
"""
import re

from _wild47 import entry, read_lines, write_truth

NAME = "wehos__awesome-graph-transformer__README@ea66f9e.md"
PART = "wild47_development"

ITEM = re.compile(r"^1\. (?P<text>.+?)\s*\[\[(?:paper|pper)\]\]\((?P<url>[^)]+)\)\s*$")
CUT = re.compile(r"[.?] ")


def title_of(text: str) -> str:
    """Text before the venue: cut at the last '. ' or '? ' (a '?' stays with the title)."""
    text = text.rstrip()
    cuts = [m.start() for m in CUT.finditer(text)]
    assert cuts, text
    k = cuts[-1]
    return text[: k + 1] if text[k] == "?" else text[:k]


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "## awesome-graph-transformer"
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("1. "):
            continue
        m = ITEM.match(ln)
        assert m, (n, ln)
        papers.append(entry(lines, n, n, title_of(m.group("text"))))
    t = {p["line"]: p for p in papers}
    assert (t[17]["title"], t[17]["arxiv"]) == ("Rethinking Graph Transformers with Spectral Attention", "2106.03893")
    assert t[19]["doi"] == "10.5555/3618408.3618855", t[19]
    assert t[23]["title"] == "Do Transformers Really Perform Bad for Graph Representation?", t[23]
    assert t[24]["title"] == "GRPE: Relative Positional Encoding for Graph Transformer", t[24]
    assert t[33]["title"] == "Are More Layers Beneficial to Graph Transformers?", t[33]
    assert t[28]["title"] == t[55]["title"] == "LPFormer: An Adaptive Graph Transformer for Link Prediction"
    assert t[76]["title"] == "SE(3)-Transformers: 3D Roto-Translation Equivariant Attention Networks", t[76]
    assert (t[86]["title"], t[86]["arxiv"]) == ("Periodic Graph Transformers for Crystal Material Property Prediction",
                                                "2209.11807"), t[86]
    assert t[119]["arxiv"] == "2502.16533", t[119]
    assert t[132]["title"] == "Transformers vs. Message Passing GNNs: Distinguished in Uniform", t[132]
    assert 13 not in t
    assert len(papers) == 93, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every numbered '1. Title. Venue Year. [[paper]](url)' item (93, all numbered '1.') is an entry; title = the"
        " text before the last '. ' or '? ' preceding the venue ('?' kept, so 'vs. ' inside a title survives);"
        " badges, the HTML comment, the changelog bullets (including the prose survey link on 13) and headings are"
        " not entries; repeated papers (28/55, 41/59, 75/109) stay separate entries.",
        "Read all 133 lines; compared -v for all 93 items: '?' titles 23/33, 'vs.' title 132, venue without period"
        " 24, '[[pper]]' 86, repeats 28/55, 41/59, 75/109; ids: arXiv links for most, ACM DOIs (10.5555 on"
        " 19/25/63/64/130, 10.1145 on 26/27/42/89/94-96/111/126), none from OpenReview/NeurIPS/PMLR/IJCAI/ACL/AAAI/"
        "CVF/IEEE links.",
    )


if __name__ == "__main__":
    main()
