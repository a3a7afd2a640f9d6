"""Truth for thinkdifferentor's medical-imaging paper notes (held out, issue 26).

Entries: each paper heading `## [NN Title](./local.pdf)` with its notes (authors/year/venue/
citations line, bullets, images); the entry runs from the heading to its last non-blank line
before the next heading.  The table of contents at the top is not an entry.  Title: the link
text without the 'NN ' number (and without the lone '*' marker on one heading).  Links are
local PDFs, so no ids.
"""

from __future__ import annotations

import re

from _heldout import clean, lines_of, paper, write

NAME = "thinkdifferentor__papereading__medicalimaginganalysis__medicalimaginganalysis@8aa24b8.md"


def main() -> None:
    lines = lines_of(NAME)
    papers = []
    for i, line in enumerate(lines, 1):
        m = re.match(r"## \[\d+ \*?(.+)\]\(([^)]*)\)\s*$", line)
        if not m:
            continue
        end = i
        for j in range(i, len(lines)):
            if lines[j].startswith("#"):
                break
            if lines[j].strip():
                end = j + 1
        papers.append(paper(i, end, clean(m.group(1)), line))
    assert len(papers) == sum(1 for x in lines if x.startswith("## "))
    write(
        NAME,
        "Each '## [NN Title](local.pdf)' heading section is an entry (to its last non-blank line); title = link "
        "text without 'NN ' and a lone leading '*'; no ids (local PDFs).",
        "all 123 headings matched (assert), first and last heading of each of the 9 parts, 20 random sections' "
        "spans, and that no section body holds an arXiv/DOI link.",
        papers,
    )


if __name__ == "__main__":
    main()
