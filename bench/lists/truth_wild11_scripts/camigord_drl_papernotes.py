"""Wild11 truth for camigord/DRL_papernotes README.md: a student's deep-RL paper-notes log by month.

Shape: a title line, a blockquote pointing to a notes folder, then fifteen '#### YYYY-MM' month
headings (2017-05 back to 2015-02), each followed by one to four '- ' bullets.  A bullet is either
'- [Title](link to the author's own notes file) [[arXiv](url)]' (the notes link is a relative
'./notes/...' path or a github.com blob URL) or, for papers without notes yet,
'- Title [[arXiv](url)]' with the title as plain text.  Two bullets have no space between the
notes link and '[[arXiv]' (lines 10 and 28).  Two papers link Nature instead of arXiv
('[[nature](http://www.nature.com/...)]').

Entry: every '- ' bullet (each names one paper).  Title: the link text of the first link, or the
plain text before ' [[' when the bullet has no notes link; written as the file writes it
('Neural Map : Structured Memory ...' with its space before the colon kept).  Not entries: the
title line, the blockquote line 3 (it points to a notes folder, not a paper), the month headings.

Ids: arXiv ids from the '[[arXiv](https://arxiv.org/abs/...)]' links (26 bullets); the two Nature
article URLs hold no DOI (Nature article ids are not DOIs), so those two have neither id.

Count check: 28 bullets, counted with grep '^- ' (28), and by hand per month heading
(1+2+1+1+2+4+3+2+1+2+1+4+2+1+1 = 28).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild11 import entry, read_lines, write_truth

NAME = "camigord__DRL_papernotes__README@5d18dab.md"
PART = "wild11_development"

#: Bullets per month heading, counted by hand.
PER_MONTH = {
    "2017-05": 1, "2017-03": 2, "2017-02": 1, "2017-01": 1, "2016-12": 2, "2016-11": 4,
    "2016-10": 3, "2016-09": 2, "2016-08": 1, "2016-05": 2, "2016-04": 1, "2016-02": 4,
    "2015-12": 2, "2015-11": 1, "2015-02": 1,
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    month = None
    seen: dict[str, int] = {}
    for no, text in enumerate(lines, 1):
        h = re.match(r"#### (\d{4}-\d{2})$", text)
        if h:
            month = h.group(1)
            seen[month] = 0
            continue
        if not text.startswith("- "):
            continue
        assert month is not None, no
        m = re.match(r"- \[([^\]]+)\]\([^)]+\)\s*\[\[(?:arXiv|nature)\]", text)
        if m:
            title = m.group(1)
        else:
            m = re.match(r"- (.+?) \[\[arXiv\]\(", text)
            assert m, (no, text)
            title = m.group(1)
        papers.append(entry(lines, no, no, title))
        seen[month] += 1
    assert seen == PER_MONTH, seen
    assert len(papers) == 28, len(papers)
    assert sum(1 for p in papers if p["arxiv"]) == 26
    write_truth(
        NAME, PART, papers,
        "every '- ' bullet under the '#### YYYY-MM' month headings is an entry; title = the first link's text"
        " (a link to the author's notes file) or, for bullets without a notes link, the plain text before"
        " ' [[arXiv]'; the blockquote pointing to a notes folder is not an entry",
        "all 28 bullets one by one against the file (titles, the two bullets without a space before"
        " '[[arXiv]', the plain-text titles, the two Nature links without a DOI); count by grep '^- ' and"
        " by month heading",
    )


if __name__ == "__main__":
    main()
