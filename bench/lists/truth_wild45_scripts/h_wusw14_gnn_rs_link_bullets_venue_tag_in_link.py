"""Wild45 truth for wusw14/GNN-in-RS paper_list.md: an early (Nov 2020) paper list kept beside the README of a
survey of graph neural networks in recommender systems, one linked bullet per paper with the venue tag written inside
the link text; newest commit 7af6580 (2022-06-25, README edit; paper_list.md last changed in 953a688, 2020-11-14).
Not a table: the repository's three lists (README, code.md, paper_list.md) are all bullets; this file was taken for
its venue-inside-the-link shape.

Shape: ``# GNN-in-RS`` (1), ``## General Rec.`` (3) with ``### Without side info`` (5, bullets 6-33), ``### With
social network`` (35, 36-41), ``### With knowledge graph`` (43, 44-54); ``## Sequential Rec.`` (56) with ``### Without
side info`` (58, 59-72), ``### With social network`` (74, 75), ``### With knowledge graph`` (77, 78); ``## Other
applications`` (80, 81-98); 79 bullets, no trailing prose.  A bullet is ``* [Title (VENUE'YY)](url)``: the venue tag
(``KDD'18``, ``SIGIR'20``, ``arxiv'20``, ``TKDE'20``, ``MDPI'20`` ...) sits inside the link text after the title.
Variants: two bullets have no venue tag (48 ``Attentive Knowledge Graph Embedding ...``, 84 ``Solving Cold Start
Problem ...``); one bullet has an empty link target (62 ``[TAGNN: ... (SIGIR'20)]()``); a title with a caret (51
``A^ 2-GCN: ...``); a truncated arXiv id in the URL (18 ``arxiv.org/abs/1904.1205``, recorded as written); an ADS
abstract link whose bibcode holds an arXiv number (61 ``2019arXiv190904276G``, not an arXiv URL form: no id); ACM DL
``doi/abs/10.1145/...`` DOIs, ``dl.acm.org/citation.cfm?id=`` (10, no DOI), IJCAI / AAAI / KDD-workshop / MDPI pages.

Decisions:
- An entry is every bullet (79); ids from the bullet's line.
- Title = the link text without the trailing venue tag ``(VENUE'YY)`` (a tag the list puts after the title); the
  two untagged bullets keep their whole link text.
- Not entries: the headings (including the two empty ``With knowledge graph``/``With social network`` sections that
  hold one bullet each, which are entries).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild45 import entry, read_lines, write_truth

NAME = "wusw14__GNN-in-RS__paper_list@7af6580.md"
PART = "wild45_development"

BULLET = re.compile(r"^\* \[(?P<text>.+)\]\((?P<u>[^)\s]*)\)$")
VENUE = re.compile(r"^(?P<t>.+?) \((?P<v>[A-Za-z]+)'(?P<y>\d\d)\)$")
HEADINGS = {1: "# GNN-in-RS", 3: "## General Rec.", 5: "### Without side info", 35: "### With social network",
            43: "### With knowledge graph", 56: "## Sequential Rec.", 58: "### Without side info",
            74: "### With social network", 77: "### With knowledge graph", 80: "## Other applications"}
UNTAGGED = {48, 84}


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 99 and lines[-1] == "", len(lines)
    papers = []
    for n, ln in enumerate(lines, 1):
        if n in HEADINGS:
            assert ln == HEADINGS[n], n
            continue
        if not ln:
            continue
        m = BULLET.match(ln)
        assert m, (n, ln[:100])
        text = m.group("text")
        v = VENUE.match(text)
        if n in UNTAGGED:
            assert v is None, n
            title = text
        else:
            assert v, (n, text)
            title = v.group("t")
        papers.append(entry(lines, n, n, title))
    by = {p["line"]: p for p in papers}
    assert by[6]["title"] == "Graph Convolutional Matrix Completion" and by[6]["arxiv"] is None
    assert by[62]["title"] == "TAGNN: Target Attentive Graph Neural Networks for Session-based Recommendation"
    assert by[62]["arxiv"] is None and by[62]["doi"] is None
    assert by[51]["title"] == "A^ 2-GCN: An Attribute-aware Attentive GCN Model for Recommendation"
    assert by[18]["arxiv"] == "1904.1205" and by[61]["arxiv"] is None
    assert by[48]["title"] == "Attentive Knowledge Graph Embedding for Personalized Recommendation"
    assert by[9]["doi"] == "10.1145/3331184.3331267" and by[10]["doi"] is None
    assert by[98]["title"] == "Tripartite Heterogeneous Graph Propagation for Large-scale Social Recommendation"
    assert not any("'" in p["title"][-4:] for p in papers)
    assert len(papers) == 79, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '* [Title (VENUE'YY)](url)' bullet under the section headings is an entry (79), title = the link text"
        " without the trailing venue tag (two untagged bullets keep the whole text), ids from the line (a truncated"
        " arXiv URL 1904.1205 recorded as written, the ADS bibcode and the empty link give none); headings are not"
        " entries.",
        "Whole 98-line file read; every non-blank, non-heading line matched as a bullet and all but 48/84 end in a"
        " venue tag; -v output compared with the first and last bullet of each section (6/33, 36/41, 44/54, 59/72,"
        " 75, 78, 81/98), the untagged 48/84, the empty link 62, the caret title 51, the truncated arXiv id 18, the"
        " ADS link 61, citation.cfm 10, MDPI 78, and ~20 other bullets (9, 12, 15, 20, 24, 27, 30, 38, 41, 46, 52,"
        " 60, 64, 67, 70, 83, 87, 90, 93, 96).",
    )


if __name__ == "__main__":
    main()
