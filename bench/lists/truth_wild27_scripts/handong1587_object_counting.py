"""Wild27 truth for handong1587/handong1587.github.io _posts/deep_learning/2015-10-09-object-counting.md.

A page of one person's notes blog (Jekyll post, front matter on lines 1-6) collecting papers on object
and crowd counting.  Shape: `# Object Counting` (line 8) and `## Crowd Counting / Crowd Analysis`
(line 77); under them one record per paper: a standalone bold title line `**Title**`, a blank line,
then either a bare link line `[https://arxiv.org/abs/...](...)` or `- label: link` sub-bullets
(`intro:`, `arxiv:`, `paper:` (twice on lines 102-103), `github:`, `github(Caffe):`, `project page:`,
`poster:`, `slides:`, `ppt:`, `system:`, `keywords:`, `dataset(pwd: p1rv):`).  A record runs from its
bold line to the last non-blank line before the next bold line (or the end of the file, line 382).
Entry = a record whose subject is a paper; title = the bold text.
Special cases: line 332 ends its arXiv link with a stray `**`; line 186 says "WACV 2-18"; the
`intro:` lines hold venues and affiliations, not titles.
Not entries (2 records): line 25 "Counting Objects with Faster R-CNN" (a blog post and its GitHub
code, no paper) and line 354 "Awesome Crowd Counting" (a GitHub awesome list).
Count check: 75 lines start with `**` (all of them record titles) = 73 entries + 2 non-papers.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild27 import entry, read_lines, write_truth

NAME = "handong1587__handong1587.github.io___posts__deep_learning__2015-10-09-object-counting@4ded00b.md"
PART = "wild27_development"
NOT_PAPERS = {25, 354}


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 383 and lines[382] == "", len(lines)
    starts = [i for i, t in enumerate(lines, 1) if t.startswith("**")]
    assert len(starts) == 75, len(starts)
    papers = []
    for k, s in enumerate(starts):
        nxt = starts[k + 1] if k + 1 < len(starts) else len(lines) + 1
        end = nxt - 1
        while not lines[end - 1].strip() or lines[end - 1].startswith("#"):
            end -= 1
        m = re.fullmatch(r"\*\*(.+)\*\*", lines[s - 1])
        assert m, s
        if s in NOT_PAPERS:
            continue
        papers.append(entry(lines, s, end, m.group(1)))
    assert len(papers) == 73, len(papers)
    write_truth(NAME, PART, papers,
                "every standalone bold line with the link line or '- label: link' sub-bullets under it is a record;"
                " records about a paper are entries, title = the bold text; a blog post and an awesome list are not",
                "all 75 records read by eye against the file (73 entries, 2 non-papers); every title, the arXiv ids"
                " and the records with only 'paper:' links (lines 10, 79-127, 209-219) checked; no DOI in the file")


if __name__ == "__main__":
    main()
