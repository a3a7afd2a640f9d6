"""Wild54 truth for ksreenivasan/pruning_is_enough related_works.md: a research group's working list of related work
on the (strong) lottery ticket hypothesis and pruning-at-initialization, a niche corner of sparse deep learning.
The newest commit (9a59614, 2022-04-11, "Delete related_works.md") deleted the file, so the last commit holding it is
taken (801e75a, 2021-06-14).

Shape: 43 lines, 3 KB, no headings.  Top-level ``* `` bullets are category labels (``* Weak LTH, Pruning+Training``
2, ``* Strong LTH, (only) Pruning`` 8, ``* Sparsity usinig L0 regularization`` 11, ``* Optimization in real/binary
values`` 18, ``* Mode connectivity`` 22, ``* Mathematical analysis on pruning`` 32, ``* To Be Categorized`` 36); under
each, TAB-indented ``\\t* [Title](url)`` paper bullets, most followed by ``: `` and a note (``: Learn only the
"important" connections. ...`` 3, ``: NOTE: Sec.5 has ...`` 5); 25 carries five double-tab ``\\t\\t- `` note bullets
(26-30); 33 is a bare title with no link.

Special cases:
- Titles are written as the group wrote them: shortened (``Lottery Ticket Hypothesis`` 4 for "The Lottery Ticket
  Hypothesis: Finding Sparse, Trainable Neural Networks"), in capitals (``LEARNING SPARSE NEURAL NETWORKS THROUGH L0
  REGULARIZATION`` 12, ``SNIP: SINGLE-SHOT ...`` 14, ``PICKING WINNING TICKETS ...`` 41), with a curly apostrophe
  (``What’s Hidden ...`` 9).
- 19 ``Pseudo-boolean optimization`` (Boros and Hammer's survey in Discrete Applied Mathematics, ScienceDirect link) is
  a paper in an optimisation category: an entry.
- The category bullets and the note bullets 26-30 are not entries.

Decisions:
- Entry = each tab-indented ``* `` bullet (16); title = its link text, or the bare text for 33; the ``: note`` after the
  link is dropped; one line each (the notes hold no ids).
- Ids: arXiv abs/pdf links; none from ScienceDirect PII, NeurIPS proceedings or OpenReview links.
"""
import re

from _wild54 import entry, read_lines, write_truth

NAME = "ksreenivasan__pruning_is_enough__related_works@801e75a.md"
PART = "wild54_development"

CATEGORY = re.compile(r"^\* (?P<name>\S.*)$")
PAPER = re.compile(r"^\t\* (?:\[(?P<link>[^\]]+)\]\((?P<url>[^)]+)\)(?P<note>.*)|(?P<bare>[^\[].*))$")
NOTE = re.compile(r"^\t\t- ")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    categories = []
    for n, ln in enumerate(lines, 1):
        if CATEGORY.match(ln):
            categories.append(n)
            continue
        if NOTE.match(ln) or not ln.strip():
            continue
        m = PAPER.match(ln)
        assert m, (n, ln)
        title = m.group("link") or m.group("bare")
        note = m.group("note")
        assert not note or note.startswith(": "), (n, note)
        papers.append(entry(lines, n, n, title.strip()))
    assert categories == [2, 8, 11, 18, 22, 32, 36], categories
    t = {p["line"]: p for p in papers}
    assert (t[3]["title"], t[3]["arxiv"]) == ("Learning both Weights and Connections for Efficient Neural Networks",
                                              "1506.02626"), t[3]
    assert t[4]["title"] == "Lottery Ticket Hypothesis", t[4]
    assert t[9]["title"] == "What’s Hidden in a Randomly Weighted Neural Network?", t[9]
    assert t[19]["title"] == "Pseudo-boolean optimization" and t[19]["arxiv"] is None, t[19]
    assert (t[25]["arxiv"], t[33]["title"]) == (
        "2104.11044", "Proving the Lottery Ticket Hypothesis: Pruning is All You Need"), (t[25], t[33])
    assert t[41]["title"] == "PICKING WINNING TICKETS BEFORE TRAINING BY PRESERVING GRADIENT FLOW", t[41]
    assert len(papers) == 16, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every tab-indented '* ' bullet under the seven top-level category bullets is an entry (16): title = the link"
        " text (or the bare text of 33), the ': note' after the link dropped; category bullets and the double-tab"
        " note bullets 26-30 are not entries.",
        "Read all 43 lines (tabs checked with cat -A); compared -v for all 16 entries: shortened 'Lottery Ticket"
        " Hypothesis' 4, capitals 12/14/41, curly apostrophe 9, ScienceDirect paper 19, bare title 33, notes"
        " dropped; arXiv ids for the 12 arXiv links, none for 19/39/41.",
    )


if __name__ == "__main__":
    main()
