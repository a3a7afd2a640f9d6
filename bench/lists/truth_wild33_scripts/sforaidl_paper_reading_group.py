"""Wild33 truth for SforAiDl/paper-reading-group README.md: papers a student AI/DL society presented in its
reading sessions.

Shape: one ordered list under "## Papers:" (lines 6-71) whose numbering restarts: lines 6-30 are all
`1.`, lines 31-71 count `2.`-`42.` (Markdown renders one list). Each item is `Title [[paper](url)]
[[slides](...)]` or `... [[notes](...)]`; the title is the text before the first `[[`. Parenthetical
nicknames after a title (`(Graphormer)`, `(DRAGON)`, `(LRU)`, `(CRL)`, lines 35, 38, 39, 62) are kept as
written. Shortened titles as written are kept (`Lottery Ticket Hypothesis` 56, `Rank-N-Contrast` 36,
`Universal Adversarial Triggers` 61); the acronym-only nicknames `EGRU` (37) and `Neural ODEs` (64) name no
title: None. Not entries: `GNN` (60) and `Model based Reinforcement Learning` (65), topic sessions with
notes only and no paper. Slides links are sometimes copied from a neighbouring item (e.g. line 14); only the
paper link gives an id.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild33 import entry, read_lines, write_truth

NAME = "SforAiDl__paper-reading-group__README@9a32008.md"
PART = "wild33_development"

NOT_PAPERS = {60, 65}
NICKNAME_ONLY = {37, 64}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = re.match(r"\d+\. (.*?)\s*\[\[", ln)
        if not m or n in NOT_PAPERS:
            continue
        title = None if n in NICKNAME_ONLY else m.group(1)
        papers.append(entry(lines, n, n, title))
    assert len(papers) == 64, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each list item with a [[paper]] link is an entry, title = text before the first '[['; acronym-only nicknames "
        "(EGRU, Neural ODEs) get None; the two topic items with notes only (GNN, Model based RL) are not entries.",
        "All 66 list items read by eye against the output: restarting numbering, the nickname and shortened-title "
        "items, parenthetical nicknames, the two skipped topic items.",
    )


if __name__ == "__main__":
    main()
