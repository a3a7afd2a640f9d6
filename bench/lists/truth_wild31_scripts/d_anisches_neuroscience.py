"""Wild31 truth for anisches/neuroscience-papers README.md: a daily-growing collection of recent neuroscience
papers (computational neuroscience, anatomy, clinical, invertebrates), snapshot of July 31, 2026.

Shape: two record shapes in one file.  (1) Dated "## Recent Additions — <date>" sections (lines 5-102) and
the "## Invertebrates" section (lines 150-151) hold one-line items ``- **Title** (YEAR) — summary sentence(s).
[details](local/summary.md) [zettel](note://...)``; the year is once "2024/2026" (line 41); only the six items of
July 31 (lines 7-17) carry an ``[arXiv:NNNN.NNNNN](https://arxiv.org/abs/...)`` link, the others only local
"details" paths (some with arXiv-like numbers in the folder name, e.g. line 71, which are not ids) and
"zettel" note links.  Items are separated by blank lines in some sections and packed in others.
(2) Topic sections "## Computation", "## Anatomy & Systems", "## Clinical" (lines 106-146) hold bare link
items ``- [Title](https://arxiv.org/abs/... | https://doi.org/...)``.

Entries: every item of both shapes (99).  Many papers appear more than once (in two "Recent Additions"
days and again in a topic section, e.g. MSBraM on lines 88, 95 and 120); each record is its own entry.
Title: the bold text, or the link text.  The heading lines, the intro line and the closing "*This
collection grows daily.*" are not entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild31 import entry, read_lines, write_truth

NAME = "anisches__neuroscience-papers__README@bf9858f.md"
PART = "wild31_development"

BOLD = re.compile(r"^- \*\*(?P<t>.+?)\*\* \((?:\d{4}/)?\d{4}\) — ")
LINK = re.compile(r"^- \[(?P<t>[^\]]+)\]\(https?://[^)]+\)\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, line in enumerate(lines, 1):
        if not line.startswith("- "):
            continue
        m = BOLD.match(line) or LINK.match(line)
        assert m, (n, line)
        papers.append(entry(lines, n, n, m.group("t")))
    assert len(papers) == 99, len(papers)
    assert sum(1 for p in papers if p["arxiv"]) == 6 + 19, sum(1 for p in papers if p["arxiv"])
    write_truth(
        NAME, PART, papers,
        "Every list item is an entry: bold-title items with year, summary and local details/zettel links in the"
        " dated Recent Additions sections and Invertebrates, and bare [Title](arXiv/DOI URL) items in the topic"
        " sections; repeated papers stay separate entries; the title is the bold text or the link text.",
        "All 99 items read by eye: item count per section, the 2024/2026 year on line 41, the six arXiv links of"
        " July 31, local paths with arXiv-like numbers not taken as ids, and every DOI/arXiv id of the link items.",
    )


if __name__ == "__main__":
    main()
