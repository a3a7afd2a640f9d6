"""Wild8 truth for thomasehuang/ML-Paper-Notes README.md: one person's weekly journal of papers read.

Shape: an intro paragraph, then plain (non-heading) label lines 'Week N, (mm/dd/yyyy):' newest first, each
over bullets '- [Title](notes-file.md) [Venue]\\[[arxiv](url)\\]\\[[code](url)\\]...': the title links to
the author's own notes file, an optional unlinked '[CVPR 2018]' venue tag follows, then escaped brackets
around arXiv / paper / code / blog / demo links.  Two weeks hold only '- _Break_'.

Entries: every bullet whose first element is a link (29), title = that link text; ids from the bullet (the
arXiv link).  Not entries: the '_Break_' bullets, the 'Week' lines, the intro's link to another repository.
Count check: 31 bullets by grep minus 2 '_Break_' = 29; per week (newest first) 2, 1, 0, 4, 2, 0, 5, 5,
5, 5.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild8 import entry, read_lines, write_truth

NAME = "thomasehuang__ML-Paper-Notes__README@ec63143.md"
PART = "wild8_development"
LINES = read_lines(NAME)


def main() -> None:
    papers, weeks = [], []
    for i, text in enumerate(LINES, 1):
        if re.match(r"Week \d+, \(\d\d/\d\d/\d{4}\):$", text):
            weeks.append(0)
            continue
        if not text.startswith("- "):
            continue
        if text == "- _Break_":
            continue
        m = re.match(r"- \[([^\]]+)\]\([^)]+\.md\) ", text)
        assert m, i
        papers.append(entry(LINES, i, i, m.group(1)))
        weeks[-1] += 1
    assert weeks == [2, 1, 0, 4, 2, 0, 5, 5, 5, 5], weeks
    assert len(papers) == sum(1 for t in LINES if t.startswith("- ")) - 2 == 29
    write_truth(NAME, PART, papers, (
        "every bullet under a 'Week N, (date):' line that starts with a link is an entry, title = that link text"
        " (it links the author's notes file); '_Break_' bullets are not entries"), (
        "all 29 entries' titles and arXiv ids read against the file; bullets counted by grep (31, two"
        " '_Break_') and per week (2, 1, 0, 4, 2, 0, 5, 5, 5, 5)"))


if __name__ == "__main__":
    main()
