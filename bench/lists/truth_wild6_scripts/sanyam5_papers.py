"""Wild6 truth for sanyam5/papers README.md: a researcher's personal reading log (Sept 2017 - Feb 2018).

Three sections, '## Read', '## Reading' and '## Want to Read', of bullets
'- [Title](url) [by Authors] - Venue Year - [Tag] [Tag]'.  Under most '## Read' bullets an indented
'<details>' block holds the reader's notes (a rating such as 'novelty - 10/10', images, inline links
to other papers such as '[Gorrila](arxiv)'); four of those blocks are never closed (VAE, PixelVAE,
Skip-Thought, FiLM).  Every bullet is an entry: 19 read + 2 reading + 26 want-to-read = 47.  An entry
runs from its bullet to the last non-blank line before the next bullet or heading (its notes
included).  Title = the bullet's link text as written ('VAE: Auto-encoding variational bayes' keeps the
nickname written into the link text; 'GENERALIZING ACROSS DOMAINS ...' and 'LONG SHORT-TERM MEMORY'
keep their capitals).  The authors after 'by'/'- By', the venue/year and the bracketed tags are not
title.  The ids are the first the entry's lines give (the bullet's own link comes first).

Not entries: the two '#' headings, the intro line, the section headings.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild6 import entry, read_lines, write_truth

NAME = "sanyam5__papers__README@85f766b.md"
PART = "wild6_development"
LINES = read_lines(NAME)
BULLET = re.compile(r"- \[(.+?)\]\((\S+?)\)")


def main() -> None:
    papers = []
    starts = [i for i, t in enumerate(LINES, 1) if BULLET.match(t)]
    # every other line that starts with '- ' or '#' is a heading or nothing: checked here
    for i, t in enumerate(LINES, 1):
        if t.startswith("- ") and i not in starts:
            raise AssertionError((i, t))
    bounds = starts + [len(LINES) + 1]
    per_section = {}
    section = None
    for i, t in enumerate(LINES, 1):
        if t.startswith("## "):
            section = t[3:]
        if i in starts:
            per_section[section] = per_section.get(section, 0) + 1
    for k, first in enumerate(starts):
        stop = bounds[k + 1]
        last = first
        for j in range(first + 1, stop):
            if LINES[j - 1].startswith("#"):
                break
            if LINES[j - 1].strip():
                last = j
        title = BULLET.match(LINES[first - 1]).group(1)
        papers.append(entry(LINES, first, last, title))
    assert per_section == {"Read": 19, "Reading": 2, "Want to Read": 26}, per_section
    assert len(papers) == 47
    write_truth(NAME, PART, papers,
                "every '- [Title](url) ...' bullet of the Read / Reading / Want to Read sections is an entry, with its"
                " indented <details> notes; title = the bullet's link text as written",
                "all 47 entries one by one against the file (titles, end lines incl. the four unclosed <details>"
                " blocks, the inline details of 'Understanding Deep Learning ...', arXiv ids from pdf/abs links,"
                " OpenReview/CiteSeerX/JMLR links giving none); counts per section by grep '^- \\['")


if __name__ == "__main__":
    main()
