"""Wild51 truth for Sahandfer/Riiid-Answer-Correctness-Prediction Papers.md: the paper list of a Tsinghua
student team's course project (Kaggle "Riiid! Answer Correctness Prediction") on knowledge tracing, i.e. predicting
student answers (a niche ML sub-field of educational data mining).  The file's only commit (2d9b3ab, 2020-11-14);
the same list was also pasted into an older README.md, which later dropped it, so Papers.md is the file taken.

Shape: 54 lines, 2 KB, no links, no authors, no venues.  ``## Papers`` (1), then bold pseudo-headings each followed
by a list of ``Title (YEAR)`` lines:
- ``**Recently added**`` (3): four ``- `` bullets (5, 7, 9, 10), the first three separated by blank lines.
- ``**Graph**`` (12) 14-17, ``**Transformers**`` (19) 21-24, ``**Deep/Bayesian**`` (26) 28-36, ``**Key/Value**``
  (38) 40-41, ``**Others**`` (43) 45-48: numbered ``1. Title (YEAR)`` items, numbering restarting in each block.
- ``**Areas to explore**`` (52) with one numbered note (54, ``collaborative filtering => old approach...``, no final
  newline): not a paper.

Special cases:
- 5 ``- Saint (2020)``: only the model nickname of SAINT ("Towards an Appropriate Query, Key, and Value Computation
  for Knowledge Tracing", listed again at 41); it names no title, so title None (still an entry).
- 15 ``GRAPH-BASED KNOWLEDGE TRACING: ...`` all capitals, kept; 21/16 ``RKT : ...``/``HGKT : ...`` space before the
  colon kept; 47 en dash ``Performance Factors Analysis – A New Alternative ...`` kept; ``Adaption`` (45) kept.
- 24 ``EKT: Exercise-aware Knowledge Tracing for Student Performance Prediction`` is under Transformers (as written).

Decisions:
- Entry = every ``- `` bullet / numbered item of the six paper blocks (27); title = the line text without the list
  marker and the trailing `` (YEAR)``; None for the nickname-only 5.  No ids (no links anywhere).
- Not entries: headings, the ``Areas to explore`` note 54.
"""
import re

from _wild51 import entry, read_lines, write_truth

NAME = "Sahandfer__Riiid-Answer-Correctness-Prediction__Papers@2d9b3ab.md"
PART = "wild51_development"

BLOCK = re.compile(r"^\*\*(?P<name>[^*]+)\*\*$")
ITEM = re.compile(r"^(?:- |\d+\. )(?P<title>.+?) \((?P<year>(?:19|20)\d\d)\)$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "## Papers"
    papers = []
    block = None
    counts: dict[str, int] = {}
    for n, ln in enumerate(lines, 1):
        b = BLOCK.match(ln)
        if b:
            block = b.group("name")
            continue
        if block is None or block == "Areas to explore" or not ln.strip():
            continue
        m = ITEM.match(ln)
        assert m, (n, ln)
        title = m.group("title")
        papers.append(entry(lines, n, n, None if title == "Saint" else title))
        counts[block] = counts.get(block, 0) + 1
    assert counts == {"Recently added": 4, "Graph": 4, "Transformers": 4, "Deep/Bayesian": 9, "Key/Value": 2,
                      "Others": 4}, counts
    t = {p["line"]: p for p in papers}
    assert t[5]["title"] is None, t[5]
    assert t[10]["title"] == "SAINT+: Integrating Temporal Features for EdNet Correctness Prediction", t[10]
    assert t[15]["title"].startswith("GRAPH-BASED KNOWLEDGE TRACING: MODELING"), t[15]
    assert t[21]["title"] == "RKT : Relation-Aware Self-Attention for Knowledge Tracing", t[21]
    assert t[35]["title"] == "How Deep is Knowledge Tracing?", t[35]
    assert t[47]["title"] == "Performance Factors Analysis – A New Alternative to Knowledge Tracing", t[47]
    assert t[48]["title"] == "Knowledge Tracing - Modeling the Acquisition of Procedural Knowledge", t[48]
    assert 54 not in t
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers)
    assert len(papers) == 27, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '- ' bullet / numbered item under the six bold paper blocks (Recently added 4, Graph 4, Transformers 4,"
        " Deep/Bayesian 9, Key/Value 2, Others 4) is an entry (27); title = the item text without the marker and the"
        " trailing '(YEAR)'; the nickname-only '- Saint (2020)' (5) gets title None; the 'Areas to explore' note is"
        " not an entry; no links, so no ids.",
        "Read all 54 lines; compared -v for all 27 entries: blank-line-separated bullets 5/7/9, restarting numbering,"
        " all-caps title 15, ' : ' colons 16/21, question mark 35, en dash 47, hyphen 48, 'Saint' nickname 5 -> None;"
        " note 54 (no final newline) excluded.",
    )


if __name__ == "__main__":
    main()
