"""Wild55 truth for eleurent/phd-bibliography README.md: Edouard Leurent's PhD bibliography on optimal and safe
control, bandits, reinforcement learning, learning from demonstrations and motion planning for autonomous driving and
robotics, newest commit (bbbb0ef).

Shape: 556 lines, 68 KB.  ``# Bibliography``, a nested table of contents of anchor links (3-47), an SVG diagram
(49), then ``#``/``##``/``###``/``####`` section headings with emoji shortcodes (``# Optimal Control :dart:`` 51 ...
``## Architecture and applications`` 550).  Every item is a one-line bullet (``* `` and, at 180, ``- ``; two with a
double space after the star, 244/381) in the shape ``[**`ACRONYM`**] [Title](url), Authors (year).`` followed by
optional media links (``[🎞️](youtube)``, ``[🎞️ 1](..) | [2](..)``, ``[:octocat:](github)``) and, in the RL-theory
section (234-240, 264-265), shields.io badge images (``![Setting](https://img.shields.io/badge/...)``).

Special cases:
- 8 items are marked ``(book)`` before the link (55-57, 63, 92-93, 101-102): not entries (books).  180 (``Prediction,
  Learning and Games``, Cesa-Bianchi and Lugosi) is the same kind of monograph without the marker: not an entry.
  The PhD thesis at 260 (marked ``(phd thesis)`` after the year) and surveys/tutorials are kept.
- The bold-code acronym (``**`AlphaGo Zero`**``) is a label, not part of the title.
- 358's link text ends with a space (``...Hierarchical Deep Reinforcement Learning ]``), trimmed.
- Some years lack parentheses (``Mnih V. et al 2016.`` 296) or a period; irrelevant to titles.
- 57 and 63 list the same book twice (both skipped anyway).
- Ids come from each line: arXiv abs/pdf links (``abs/1904.11483v1`` gives 1904.11483), DOIs from doi-bearing
  links (``pubsonline.informs.org/doi/pdf/10.1287/...`` 116, Springer/Wiley/ACM/SAGE links).

Decisions: entry = every bullet after the table of contents except the 8 ``(book)`` items and 180; title = the text
of the first link on the line; span = the line.
"""
import re

from _wild55 import entry, read_lines, write_truth

NAME = "eleurent__phd-bibliography__README@bbbb0ef.md"
PART = "wild55_development"

ITEM = re.compile(r"^[*-] +(?P<book>\(book\) )?(?:\*\*`(?P<acr>[^`]*)`\*\* )?\[(?P<title>[^\]]+)\]\((?P<url>[^)]*)\)")
UNMARKED_BOOKS = {180}  # Cesa-Bianchi & Lugosi, Prediction, Learning and Games (a monograph)


def main() -> None:
    lines = read_lines(NAME)
    assert lines[50] == "# Optimal Control :dart:", lines[50]
    papers = []
    books = []
    for n, ln in enumerate(lines, 1):
        if n <= 49 or not re.match(r"^ *[*-] ", ln):
            continue
        m = ITEM.match(ln)
        assert m, (n, ln)
        if m.group("book") or n in UNMARKED_BOOKS:
            books.append(n)
            continue
        papers.append(entry(lines, n, n, m.group("title").strip()))
    assert books == [55, 56, 57, 63, 92, 93, 101, 102, 180], books
    by = {p["line"]: p for p in papers}
    assert len(papers) == 343, len(papers)
    assert by[58]["title"] == "An Upper Bound on the Loss from Approximate Optimal-Value Functions", by[58]
    assert (by[83]["title"], by[83]["arxiv"]) == (
        "Mastering Chess and Shogi by Self-Play with a General Reinforcement Learning Algorithm", "1712.01815"), by[83]
    assert (by[142]["arxiv"]) == "1904.11483", by[142]
    assert by[116]["doi"] == "10.1287/moor.1120.0566", by[116]
    assert by[260]["title"] == "Exploration-Exploitation with Thompson Sampling in Linear Systems", by[260]
    assert by[244]["title"] == "On the Sample Complexity of Reinforcement Learning with a Generative Model", by[244]
    assert by[358]["title"] == ("DeepLoco: Dynamic Locomotion Skills Using Hierarchical Deep Reinforcement"
                                " Learning"), by[358]
    assert by[553]["title"] == "A Survey of Motion Planning and Control Techniques for Self-driving Urban Vehicles"
    write_truth(
        NAME,
        PART,
        papers,
        "Every one-line bullet '[**`ACRONYM`**] [Title](url), Authors (year). [media links] [badges]' after the table"
        " of contents is an entry, except the 8 items marked '(book)' and the unmarked monograph at 180.  Title ="
        " the text of the first link (the bold-code acronym is a label), trimmed; span = the line.",
        "Listed every bullet after line 49 against the item pattern (all match), checked the 9 skipped books, and"
        " read the -v output against the file section by section: titles after acronyms, trailing space 358,"
        " double-space bullets 244/381, the '- ' bullet 180 (skipped), arXiv ids incl. a v1 suffix (142) and DOIs"
        " from doi-bearing links.",
    )


if __name__ == "__main__":
    main()
