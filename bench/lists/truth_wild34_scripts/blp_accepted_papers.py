"""Wild34 truth for blp-workshop/blp-workshop.github.io accepted_papers.md: the accepted-papers page
of the BLP-2023 workshop (Bangla Language Processing, EMNLP 2023), a Jekyll proceedings page.

Shape: Jekyll front matter (lines 1-6), then four sections opened by raw HTML ``<h2>`` headings
(lines 7, 36, 87, 140).  Each record is two lines: ``**N. Title**\\`` (numbered inside the bold run,
a trailing backslash hard break) and an italic author line ``*A, B, C*``.  Every numbered bold
record is one entry (one paper), lines N..N+1.

Special cases:
- "Best Paper Awards" (lines 7-31) re-lists seven papers that appear again in the full lists below,
  under two unnumbered bold sub-headings ``**Regular Papers**`` (line 8) and ``**Shared Tasks**``
  (line 19).  The sub-headings are not entries; the seven award records are separate entries
  (repeated records count again).
- The ``<h2>`` lines at 7, 87 and 140 are followed without a blank line by Markdown, so lines 8, 88 and
  141 sit inside an HTML block; they are still records and still entries.
- The two task-overview papers (lines 88, 141) carry ``<span>(Task Report)</span> \\`` after the bold
  title; the label is not part of the title.
- Line 165's title ends with a full stop inside the bold run; it is dropped as a citation separator.
- No record carries a link, so no entry has an arXiv id or DOI.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import entry, read_lines, write_truth

NAME = "blp-workshop__blp-workshop.github.io__accepted_papers@4a08a17.md"
PART = "wild34_development"

REC = re.compile(r"^\*\*(\d+)\.\s+(.+?)\*\*")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, start=1):
        m = REC.match(ln)
        if not m:
            continue
        nxt = lines[i] if i < len(lines) else ""
        assert nxt.startswith("*") and not nxt.startswith("**"), (i, nxt)
        papers.append(entry(lines, i, i + 1, m.group(2).strip()))
    assert len(papers) == 55, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each numbered bold record '**N. Title**' with its italic author line is one entry (the seven "
        "'Best Paper Awards' records repeat papers listed below and count again; unnumbered bold "
        "sub-headings are not entries); the title is the bold text after the number, without the "
        "'(Task Report)' span.",
        "All 55 entries checked by eye against the file: section boundaries (lines 7, 36, 87, 140), the "
        "two unnumbered sub-headings (8, 19), the Task Report records (88, 141), the trailing full stop "
        "at line 165, and that no record has an id.",
    )


if __name__ == "__main__":
    main()
