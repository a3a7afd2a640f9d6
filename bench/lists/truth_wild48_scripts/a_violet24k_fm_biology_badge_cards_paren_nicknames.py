"""Wild48 truth for Violet24K/Awesome-Flow-Matching-Meets-Biology README.md: the small companion repository of the
survey "Flow Matching Meets Biology and Life Science: A Survey" (arXiv 2507.17731), an awesome list of flow-matching
papers for biology (DNA/RNA/protein/molecule generation, single cells, bio-images), newest commit (f52c003,
2025-09-09).

Shape: 601 lines, 45 KB.  Title, intro prose (3-9, the survey linked in prose on 3), figures, a nested table of
contents (24-70), then 18 ``##``/``###``/``####`` topic headings (72-563) holding numbered cards:
``1. **Title** `Venue Year``` on one line, an empty line, then an italic author line ``*A, B, C*`` followed by
shields.io badge links ``[![Paper](https://img.shields.io/badge/Paper-arXiv-...)](https://arxiv.org/abs/...)``,
``[![Code](...)](https://github.com/...)`` and ``, YEAR``.  The card layout is messy: indentation of the number
wanders (0, 2 or 3 spaces; 204 is indented by 3 under a 2-space list), the author line often wraps and the badges or
the ``, 2025`` tail fall onto the next lines (93-94, 135-136, 189-190, 216-217), the venue code span sits alone on the
next line when the title is long (160-161, 186-187, 209-210, 214-215), the blank line between title and authors is
missing on 215-216 and 415-416, numbering skips and restarts (124 is ``3.`` after ``1.``; Antibody Sequence and 2D
Molecule Generation continue 4-12).  After the cards: Datasets and Software Tools (566, prose + table images, no
entries), Contributing, and Citations with a ``bibtex`` code block (587-594) citing the survey itself.

Special cases:
- Five titles end with a parenthesised nickname the list appends, ``... Optimal Transport (GOAT)`` 302, ``(CoFlow)``
  395, ``(APM)`` 399, ``(Multiflow)`` 403, ``(PocketFlow)`` 429: tags, dropped from the title (``GeNOT: Entropic
  (Gromov) Wasserstein ...`` keeps its inner parentheses).
- Many papers repeat across topics (Fisher flow matching 128/155/200, minibatch OT 90/103, FlowPacker 449/464,
  Full-Atom Peptide Design 457/472/492, ...): every card is its own entry.  Titles are kept as written, case and all
  (``Defog`` 166 vs ``DeFoG`` 274, ``SemlaFlow—Efficient ...`` with an em dash 306, ``α-flow`` 124/151).
- IDs: arXiv abs/pdf links (one ``2505.07086v1`` 216), ``doi.org/10.48550/arXiv.NNNN`` links (also give the arXiv id),
  real DOIs from doi.org/ACS/Elsevier links (435, 447, 490, 541) and bioRxiv 10.1101 links (351, 374, 498); PMLR,
  NeurIPS, OpenReview, OUP article and MLSB links give none.
- The BibTeX block (587-594) is a reference to the survey: one entry, title from ``title={...}``, arXiv id from
  ``journal={arXiv preprint arXiv:2507.17731}``.  The survey's prose mentions (3, 567) are not entries.

Decisions:
- Entry = each numbered bold-title card (96), lines = the number line to the last non-empty line before the next card
  or heading; title = the bold text, a final parenthesised nickname dropped.  Plus the BibTeX block (97 in all).
- Not entries: table of contents, prose, figures, headings, the Datasets/Contributing/License sections.
"""
import re

from _wild48 import entry, read_lines, write_truth

NAME = "Violet24K__Awesome-Flow-Matching-Meets-Biology__README@f52c003.md"
PART = "wild48_development"

CARD = re.compile(r"^\s*\d+\.\s+\*\*(?P<title>.+?)\*\*(?:\s+`[^`]+`)?\s*$")
NICK = re.compile(r"\s\((?P<nick>GOAT|CoFlow|APM|Multiflow|PocketFlow)\)$")
STOP = re.compile(r"^(?:#|<p|```)")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0].startswith("# Awesome-Flow-Matching-Biology")
    starts = [n for n, ln in enumerate(lines, 1) if CARD.match(ln)]
    papers = []
    for i, s in enumerate(starts):
        limit = starts[i + 1] - 1 if i + 1 < len(starts) else len(lines)
        end = s
        for n in range(s + 1, limit + 1):
            if STOP.match(lines[n - 1]):
                break
            if lines[n - 1].strip():
                end = n
        title = CARD.match(lines[s - 1]).group("title").strip()
        title = NICK.sub("", title)
        papers.append(entry(lines, s, end, title))
    # the survey's own BibTeX block
    b0 = lines.index("```bibtex") + 1
    b1 = lines.index("```", b0) + 1
    assert lines[b0].startswith("@article{li2025flow"), lines[b0]
    m = re.search(r"title=\{(.+?)\}", lines[b0 + 1])
    papers.append(entry(lines, b0 + 1, b1, m.group(1)))
    t = {p["line"]: p for p in papers}
    assert (t[78]["title"], t[78]["end"], t[78]["arxiv"]) == (
        "Building normalizing flows with stochastic interpolants", 81, "2209.15571"), t[78]
    assert t[160]["title"].endswith("applications to protein co-design") and t[160]["end"] == 164, t[160]
    assert (t[214]["end"], t[214]["arxiv"]) == (217, "2505.07086"), t[214]
    assert t[302]["title"] == "Accelerating 3D Molecule Generation via Jointly Geometric Optimal Transport", t[302]
    assert t[236]["title"].startswith("GeNOT: Entropic (Gromov) Wasserstein"), t[236]
    assert t[266]["arxiv"] == "2411.05676", t[266]
    assert t[433]["doi"] == "10.1021/acs.jcim.4c02046" and t[433]["arxiv"] is None, t[433]
    assert t[496]["doi"] == "10.1101/2024.03.07.583831", t[496]
    assert (t[415]["end"], t[415]["title"]) == (
        416, "EVA: Geometric Inverse Design for Fast Protein Motif-Scaffolding with Coupled Flow"), t[415]
    assert (t[561]["end"], t[561]["arxiv"], t[561]["doi"]) == (563, None, None), t[561]
    assert (t[588]["title"], t[588]["arxiv"]) == (
        "Flow Matching Meets Biology and Life Science: A Survey", "2507.17731"), t[588]
    assert all(not re.search(r"[*`\[\]]", p["title"]) for p in papers)
    assert len(starts) == 96 and len(papers) == 97, (len(starts), len(papers))
    write_truth(
        NAME,
        PART,
        papers,
        "Each numbered card '1. **Title** `Venue`' is an entry (96), spanning the number line to the last non-empty"
        " line before the next card or heading (author line, badge links, ', YEAR' tails that wrap); title = the bold"
        " text with the list's appended nickname '(GOAT)', '(CoFlow)', '(APM)', '(Multiflow)', '(PocketFlow)' dropped;"
        " repeats across topics are separate entries; plus the Citations BibTeX block of the survey itself (587-594,"
        " title from title={...}).  Table of contents, prose mentions of the survey, figures and headings are not"
        " entries.",
        "Read the whole file; compared -v for every card: spans of wrapped cards (90-94, 133-136, 160-164, 186-190,"
        " 214-217, 415-416), numbering skips/restarts and odd indents (124, 204, 253-297), the five nickname tags"
        " dropped and GeNOT's inner parentheses kept, ids (arXiv abs/pdf, 10.48550 DOIs giving arXiv ids, ACS/Elsevier"
        " DOIs 435/447/490/541, bioRxiv 351/374/498, none for PMLR/NeurIPS/OpenReview/OUP), the last card 561-563"
        " ending before the Datasets heading, and the BibTeX entry 588-594.",
    )


if __name__ == "__main__":
    main()
