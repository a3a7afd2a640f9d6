"""Wild19 truth for sarthaxxxxx/Awesome-Continual-Test-Time-Adaptation README: numbered
'| # | [Title](url) | `Venue Year` |' tables, one per '<details open><summary>' sub-paradigm card.

Shape: a heavily decorated HTML/Markdown README (banner, badges, HTML TOC table, emoji tables of
failure modes, paradigms, shift patterns, benchmark datasets and future directions), then three
method-family sections, each with '<details open>' cards whose body is a '| # | Paper | Venue |'
table.  The Paper cell is one '[Title](url)' link; one row (line 236) has no closing '|'.

Entries: every numbered row of those paper tables (10 cards: 11, 4, 3, 1, 5, 4, 5, 5, 4, 2 rows
= 44).  Papers listed in two cards (e.g. 'Continual Test-Time Domain Adaptation', 'Robust Mean
Teacher ...') are separate entries.  Title = the Paper cell's link text.  Not entries: the arXiv
badge of the list's own survey (line 8), the TOC, the paradigm/failure-mode/shift-pattern/
direction tables (method nicknames only), the benchmark dataset tables (dataset links), the
list's own citation BibTeX (lines 422-430).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild19 import entry, read_lines, write_truth

NAME = "sarthaxxxxx__Awesome-Continual-Test-Time-Adaptation__README@e286c87.md"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    card = None
    per: list[tuple[str, int]] = []
    for i, text in enumerate(LINES, 1):
        m = re.match(r"<summary><b>\S+ (.+?)</b></summary>", text)
        if m:
            card = m.group(1)
            per.append((card, 0))
            continue
        if text.strip() == "</details>":
            card = None
            continue
        if card is None:
            continue
        r = re.match(r"\| (\d+) \| \[(.+?)\]\((\S+?)\) \| `[^`]+` \|?$", text)
        if r:
            assert int(r.group(1)) == per[-1][1] + 1, text
            per[-1] = (card, per[-1][1] + 1)
            papers.append(entry(LINES, i, i, r.group(2)))
        else:
            assert not text.startswith("| ") or text.startswith("| # |"), text
    assert [n for _, n in per] == [11, 4, 3, 1, 5, 4, 5, 5, 4, 2], per
    assert len(papers) == 44
    write_truth(NAME, "wild19_development", papers,
                "every numbered row of the '| # | Paper | Venue |' tables inside the <details open> sub-paradigm cards is an"
                " entry, title = the Paper cell's link text; badges, TOC, nickname/direction tables, benchmark dataset"
                " tables and the list's own citation BibTeX are not entries",
                "all 44 rows against the file (titles, arXiv ids, numbering 1..n per card, the row without a closing '|' on"
                " line 236, repeated papers across cards kept); the badge, dataset tables and BibTeX left out")


if __name__ == "__main__":
    main()
