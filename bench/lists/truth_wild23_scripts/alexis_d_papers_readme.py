"""Wild23 truth for Alexis-D/papers README.md: one person's checklist of papers read or meant to be read.

Shape: "# A list of papers I've been reading, or meaning to read" with nine '##' topic sections; one
task-list bullet per record: '- [x] :star: [Title](pdf url)' ('[x]' read, '[ ]' not yet, ':star:'
shortcode for favourites), links mostly to author or lab PDFs (no venue, no authors, no year).
Title = the link text (the ':star:' and checkbox are not title).  Line 31 adds '(up to 3.1)' after
the link (how far it was read): not title.  Line 45's link text ends in a space (dropped).  Line 107
has a code span in the title ('`malloc(3)`', backticks removed).
Special cases:
- line 75 names two papers on one line, '[Randomized Search Trees](...)/[Fast Set Operations Using
  Treaps](...)': two entries on the same line.
- not entries: the '## Books' section (lines 8-16, 9 books) and the '## The Architecture of Open
  Source Applications' section (lines 127-131, 5 chapters of that book on Git, Mercurial, NGINX,
  PyPy, ZeroMQ); line 48 'HDFS Architecture Guide' (Apache software documentation); line 121 'Git
  from the bottom up' (a tutorial booklet).  Kept as papers, being written and cited as papers:
  white papers and technical reports (Bitcoin line 41, 'Nuts and Bolts of Encryption' line 30,
  'HyperLogLog and MinHash' line 70, 'The Problem with Threads' line 112), the Awk paper (line 119)
  and the Java class-loading paper (line 120).
Ids: one arXiv link (line 57); no DOI is written (the ScienceDirect link of line 64 is a pii).
Count check: 100 checkbox bullets = 9 books + 5 book chapters + 2 non-papers + 84 paper bullets;
84 + the second paper of line 75 = 85 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild23 import entry, read_lines, write_truth

NAME = "Alexis-D__papers__README@f4c50a7.md"
PART = "wild23_development"
SKIP_SECTIONS = {"## Books", "## The Architecture of Open Source Applications"}
NOT_PAPERS = {48: "HDFS Architecture Guide", 121: "Git from the bottom up"}
ITEM = re.compile(r"- \[[ x]\] (?::star: )?(.*)$")
LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")


def main() -> None:
    lines = read_lines(NAME)
    section = None
    papers = []
    bullets = skipped = 0
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            section = text.strip()
            continue
        m = ITEM.match(text)
        if not m:
            assert not text.startswith("- "), i
            continue
        bullets += 1
        links = LINK.findall(m.group(1))
        assert links and m.group(1).startswith("["), i
        if section in SKIP_SECTIONS:
            skipped += 1
            continue
        if i in NOT_PAPERS:
            assert links[0][0] == NOT_PAPERS[i], i
            skipped += 1
            continue
        if len(links) > 1:
            assert i == 75, i
        for title, _url in links:
            papers.append(entry(lines, i, i, title.strip()))
    assert bullets == 100, bullets
    assert skipped == 16, skipped
    assert len(papers) == 85, len(papers)
    write_truth(NAME, PART, papers,
                "every task-list bullet outside the Books and Architecture-of-Open-Source-Applications sections"
                " is a paper, title = its link text (checkbox and :star: dropped); line 75 names two papers"
                " (two entries); HDFS Architecture Guide (48) and Git from the bottom up (121) are not papers",
                "all 100 bullets sorted by eye into 85 entries (incl. line 75 x2), 9 books, 5 book chapters and 2"
                " non-papers; first and last entry of each section, the code-span title of line 107, the"
                " trailing '(up to 3.1)' of line 31 and the one arXiv link (line 57) checked")


if __name__ == "__main__":
    main()
