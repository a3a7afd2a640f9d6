"""Wild15 truth for mlforsystems/mlforsystems.github.io neurips2019/accepted_papers.md: the
accepted-papers page of the ML for Systems workshop at NeurIPS 2019 (systems), a Jekyll page written
in raw HTML inside the Markdown file.

Shape: front matter, then '<div>'/'<section>' wrappers and '<h2>Accepted Papers</h2>'; one line per
paper '<p><a href="/assets/papers/neurips2019/x.pdf"><b>Title</b></a>. Authors.</p>' (equal-contribution
marks as '<span title="Equal contribution" ...>*</span>' after names, HTML entities in some names); then
a footnote box and a 'Contact Us' section.  Papers link local PDFs only: no arXiv ids, no DOIs.

What is an entry: every '<p><a ...><b>' line (22; the workshop papers, a dataset paper among them);
title = the '<b>' text inside the link.  The '* Equal Contribution' footnote and the contact paragraph
are not entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild15 import entry, read_lines, write_truth

NAME = "mlforsystems__mlforsystems.github.io__neurips2019__accepted_papers@e81c081.md"
PART = "wild15_development"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    for i, text in enumerate(LINES, 1):
        m = re.fullmatch(r"\s*<p><a href=\"/assets/papers/neurips2019/[^\"]+\.pdf\"><b>(.+?)</b></a>\. (.+)</p>", text)
        if not m:
            assert "<b>" not in text, i
            continue
        papers.append(entry(LINES, i, i, m.group(1)))
    assert len(papers) == 22, len(papers)
    write_truth(NAME, PART, papers,
                "every '<p><a href=pdf><b>Title</b></a>. Authors.</p>' line is an entry, title = the bold link text",
                "all 22 paper lines by eye (grep count of '<p><a href' = 22; the 23rd '<p>' is the contact"
                " paragraph), every title against its '<b>' text; no arXiv or DOI links in the file")


if __name__ == "__main__":
    main()
