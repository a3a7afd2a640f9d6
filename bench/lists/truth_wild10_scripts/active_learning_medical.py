"""Wild10 truth for LightersWang/Awesome-Active-Learning-for-Medical-Image-Analysis README: a survey
companion list grouped by venue headings; no bullets and no link on the title: each paper is a two-line
paragraph, the plain-text title ending in a two-space hard break, then a meta line
'(🕝 )**[Venue'YY]** **[[PDF]](url)** **[[Code]](url)**' (🕝 marks papers not cited in the survey).

Entries: every such two-line paragraph under '## Paper List' (lines 37-845); title = the first line as
written.  The Surveys section's first paragraph is the repository's own survey and is an entry like the
others (it is a record of the list).  Not entries: the introduction's bold survey citation and its
boilerplate BibTeX block, the legend quote, the headings and the To-do list.  PDF links give the ids:
arXiv abs/pdf URLs, ACM/Springer/Wiley URLs holding a DOI; CVF, ECVA, OpenReview, NeurIPS, PMLR,
ScienceDirect pii and IEEE document links give none.

Count checks: a scan of lines 43-845 finds 244 meta lines '(🕝 )**[', each directly under a non-blank
title line ending in two spaces, and no other non-blank, non-heading line in the range.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild10 import entry, read_lines, write_truth

NAME = "LightersWang__Awesome-Active-Learning-for-Medical-Image-Analysis__README@9532205.md"
PART = "wild10_development"
META = re.compile(r"(?:🕝 )?\*\*\[")


def main() -> None:
    lines = read_lines(NAME)
    start = next(i for i, t in enumerate(lines, 1) if t.startswith("## Paper List"))
    stop = next(i for i, t in enumerate(lines, 1) if t.startswith("## To-do List"))
    assert (start, stop) == (37, 846)
    papers = []
    for i in range(start + 1, stop):
        text = lines[i - 1]
        if META.match(text):
            title_line = lines[i - 2]
            assert title_line.endswith("  ") and not title_line.startswith(("#", ">")), i
            papers.append(entry(lines, i - 1, i, title_line))
    assert len(papers) == 244, len(papers)
    write_truth(
        NAME, PART, papers,
        "every two-line paragraph 'Plain title  ' + '**[Venue]** **[[PDF]](url)**' meta line under Paper List is"
        " an entry, title = the first line; the intro's survey citation, BibTeX, legend and to-do list are not",
        "the count by a scan (244 meta lines, each under a title line; no other text in the range), every"
        " section's first and last entries, 40 random entries (title, lines, ids), all entries with a DOI and"
        " the ScienceDirect/IEEE ones without, the 🕝-marked meta lines",
    )


if __name__ == "__main__":
    main()
