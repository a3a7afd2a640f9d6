"""Wild30 truth for LumingSun/ML4DB-paper-list README.md at d3c7517 (2022-01-12): ML-for-databases paper list.

The newest README (2026) holds about 700 papers, over the size this set takes, so the file is the
January 2022 version (about 270 bullets).

Shape: bare bullets `* Title (Venue Year)` (some sections use `- `) with no link to the paper, under
`##`-`#####` section headings.  An entry is every bullet from line 50 on whose text names a paper; the
title is the text before the first `(` / fullwidth `（` / ` [` that opens the venue tag, an annotation or a
`[GitHub Link]` / `[Doc]` link.  Special cases:
- lines 13-46: table-of-contents bullets, not entries.
- line 50: title in bold italics (`***SageDB: ... (CIDR 2019)***`), the venue inside the markup.
- line 60: `[Vision]` tag after the title, dropped.
- line 249: `(Review)` tag before the title, dropped.
- line 298: bold title with `(SIGMOD 2021 **Best Paper**!)`, `[Doc]` and `[GitHub Link]` links.
- lines 77, 335, 340: no venue parenthetical, whole text is the title.
- lines 276, 277, 283: notes after the title (`(not machine learning)`, Chinese note, unclosed
  `(Not machine learning`), dropped with the venue.
- line 281: empty `* ` bullet; line 341 `Natural language to SQL [Resource repo](...)` is a link to a
  resource repository, not a paper; lines 213, 216, 219, 225, 329: parenthesised sub-group labels.
  None of these are entries.
- repeated papers (lines 128/308, 245/292, 187/273, 188/262) are separate entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild30 import entry, read_lines, write_truth

NAME = "LumingSun__ML4DB-paper-list__README@d3c7517.md"
PART = "wild30_development"
N = 231


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if i < 49:
            continue
        m = re.match(r"^[*-] (.*)$", ln)
        if not m:
            continue
        text = m.group(1).strip()
        if not text or "[Resource repo]" in text:
            continue
        text = text.strip("*").strip()
        text = re.sub(r"^\(Review\)\s*", "", text)
        title = re.split(r"\s*[(（]|\s*\[", text, maxsplit=1)[0].strip()
        title = title.strip("*").strip()
        papers.append(entry(lines, i, i, title))
    assert len(papers) == N, len(papers)
    write_truth(NAME, PART, papers,
                "Every '* '/'- ' bullet from line 50 on that names a paper is an entry (TOC bullets, an empty bullet and "
                "a resource-repo link are not); title is the text before the venue/annotation parenthetical or link.",
                "Every section's first and last entry, all special cases listed in the script docstring, and a random "
                "sample of 30 entries checked by eye against the file.")


if __name__ == "__main__":
    main()
