"""Wild truth for ZL-Asica/daily-arXiv-digest contents/2025-09-12.md: one day of cs.HC and cs.CL arXiv papers.

After a table of contents (two category links: not entries), one card per paper:
'### [N] [Title](https://arxiv.org/abs/ID)', an italic author line, generated fields (category,
keywords, relevance score, TL;DR, read time) and a '<details>' block with the generated
motivation/method/contributions/result and the abstract, closed by '</details>'.  Every card is
an entry (18 cs.HC + 50 cs.CL = 68, as the contents' totals say); its lines run from the heading
to the '</details>' line; title = the heading's link text; arXiv id from its link.  No card
writes a DOI.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "truth_scripts"))
from _wild import entry, read_lines, write_truth

NAME = "ZL-Asica__daily-arXiv-digest__contents__2025-09-12@5d8bf7a.md"
PART = "wild_development"
LINES = read_lines(NAME)
PAPERS: list[dict] = []


def add(first: int, last: int, title: str | None) -> None:
    PAPERS.append(entry(LINES, first, last, title))


def write(method: str, checked: str) -> None:
    write_truth(NAME, PART, PAPERS, method, checked)


def main() -> None:
    for i, text in enumerate(LINES, 1):
        m = re.fullmatch(r"### \[\d+\] \[(.+)\]\((https://arxiv\.org/abs/[\d.]+)\)", text)
        if not m:
            assert not text.startswith("### "), i
            continue
        end = i
        while LINES[end - 1] != "</details>":
            end += 1
            assert not LINES[end - 1].startswith("### "), i
        add(i, end, m.group(1))
    write("every '### [N] [Title](arXiv abs url)' card is an entry from its heading to its '</details>', title ="
          " the heading's link text, arXiv id from that link",
          "68 cards against the contents' totals (18 + 50) and the count of '### [' and '</details>' lines,"
          " the numbering 1-68, 20 sampled cards' titles, ids and line ranges, no DOI in any card")


if __name__ == "__main__":
    main()
