"""Wild34 truth for CtrlGenWorkshop/CtrlGenWorkshop.github.io accepted_papers.md: the accepted-papers
page of the NeurIPS 2021 CtrlGen workshop (Controllable Generative Modeling), a GitHub Pages
proceedings page.

Shape: an HTML navigation ``<div>`` and a stray ``<head>`` block (lines 1-13), then three sections
("Best Paper", "Outstanding Papers", "All Accepted Papers").  Each record is two lines: a bold title
followed by escaped-bracket badges ``\\[[paper](camready/...pdf)\\]`` (sometimes also
``\\[[supplemental](...)\\]``) and a trailing backslash hard break, then a plain author line.  Each
record is one entry (lines N..N+1); the title is the bold text.

Special cases:
- The best paper (line 17) and the two outstanding papers (lines 22, 25) are listed again in "All
  Accepted Papers" (lines 42, 66, 75); repeated records are separate entries.
- Line 81 has no trailing backslash, so its author line (82) joins the same paragraph; still one
  record.
- Badge links point at local PDFs (camready/...), so no entry has an arXiv id or DOI.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import entry, read_lines, write_truth

NAME = "CtrlGenWorkshop__CtrlGenWorkshop.github.io__accepted_papers@0b8437e.md"
PART = "wild34_development"

REC = re.compile(r"^\*\*(.+?)\*\*\s*\\\[\[paper\]")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, start=1):
        m = REC.match(ln)
        if not m:
            continue
        assert lines[i].strip() and not lines[i].startswith(("**", "#")), i
        papers.append(entry(lines, i, i + 1, m.group(1)))
    assert len(papers) == 23, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each bold title with its '\\[[paper](...)\\]' badge line and the following author line is one "
        "entry (best and outstanding papers repeated in the full list count again); the title is the "
        "bold text.",
        "All 23 entries checked by eye against the file, including the three repeated records and the "
        "record at 81-82 without a hard break.",
    )


if __name__ == "__main__":
    main()
