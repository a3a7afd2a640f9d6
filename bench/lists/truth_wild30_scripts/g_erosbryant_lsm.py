"""Wild30 truth for ErosBryant/Related_Works_Papers README.md: an LSM-tree key-value store paper list.

Shape: under nine backticked `###` section headings, each paper is one `* Title (Venue YY)` bullet with no
link at all (lines 12-90).  Four bullets carry an indented `- [organize (cn.version) - ...](notes.md)`
sub-bullet (lines 22, 47, 52, 80): a link to the collector's own review notes, kept inside the paper's
entry span and not an entry of its own.  An entry is every top-level `* ` bullet (35); its title is the
text before the final ` (Venue YY)` parenthetical (the venue/year tag is dropped).  Lines 1-9 (heading,
"Welcome to PR!", watch note) and the `---` rules are not entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild30 import entry, read_lines, write_truth

NAME = "ErosBryant__Related_Works_Papers__README@93cb30a.md"
PART = "wild30_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        m = re.match(r"^\* (.+?)\s*\(([^()]*)\)\s*$", ln)
        if not m:
            continue
        last = i
        if i < len(lines) and re.match(r"^\s+- \[organize", lines[i]):
            last = i + 1
        papers.append(entry(lines, i, last, m.group(1)))
    assert len(papers) == 35, len(papers)
    write_truth(NAME, PART, papers,
                "Every top-level '* Title (Venue YY)' bullet is an entry (its '- [organize ...]' review-note "
                "sub-bullet stays in its span); title is the text before the venue parenthetical.",
                "All 35 entries checked by eye against the file, including the four with review-note sub-bullets.")


if __name__ == "__main__":
    main()
