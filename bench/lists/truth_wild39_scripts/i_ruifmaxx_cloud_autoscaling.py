"""Wild39 truth for RuifMaxx/Paper-List-of-cloud-resource-management README.md: a student's list of papers on
cloud resource management (microservice autoscaling, cluster scheduling, Kubernetes), with links to his
notes on Zhihu, in Markdown files or PPTX slides of the same repository.

Shape: a "# ..." title and two intro paragraphs (1-5), then "## ..." sections (Learning Base, Modeling,
Analyze, Survey, Problems in Large-scale Industry, To Read).  Every record is its own paragraph (one line,
blank lines between), in one of two shapes:
- "VENUE YEAR, [Title](url)---Notes:[zhihu](...)" (venue first, e.g. "OSDI 2020, [FIRM: ...](usenix)"); the
  notes part may be missing (34, 44, 54, 72, 74), doubled (42 has two "---Notes:[zhihu]"), be
  "---[Notes](nankai page)" (38) or come after a "---video:[bilibili](...)" link (50); on 23 there is no
  space after the comma ("SOCC 2021,[Parslo: ...]").  Link targets: ACM DL (doi/abs and doi), IEEE Xplore,
  USENIX, Springer, a lab project page (9), a research.facebook.com page (50), a GitHub Pages project (38).
- Under "To Read", lines 56-70: unlinked author-first references copied from a paper's bibliography in ACM
  style, "Initials. Surname, ... YEAR. Title. In Venue. pages." (the page ranges show "ś" where an en dash
  was lost, "286ś294").

Decisions:
- Entries: every record paragraph (28).  All are papers, among them two surveys (42, 44) and one book chapter
  in a Springer collection ("Container Orchestration: A Survey", 68), counted as a scholarly chapter.
- Span: the record's single line.
- Title: the link text for venue-first records; for the ACM-style references, the text after "YEAR. " up to
  the next ". " (no title there contains ". ").  The citation's final "." is not part of the title.
- Ids: from the record's own line; ACM DL, Springer and dl.acm.org/doi/abs/10.1007/... URLs give DOIs, the
  IEEE Xplore document numbers and the unlinked references give none; no arXiv ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild39 import entry, read_lines, write_truth

NAME = "RuifMaxx__Paper-List-of-cloud-resource-management__README@b5c6424.md"
PART = "wild39_development"

VENUE_FIRST = re.compile(r"^[^\[]+?\d{4}, ?\[([^\]]+)\]\(")
ACM_REF = re.compile(r"^[^\[]+?\. (?:19|20)\d\d\. (.+?)\. ")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if n <= 5 or not ln.strip() or ln.startswith("#"):
            continue
        m = VENUE_FIRST.match(ln) or ACM_REF.match(ln)
        assert m, (n, ln)
        papers.append(entry(lines, n, n, m.group(1)))
    assert len(papers) == 28, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each record paragraph is one paper (venue-first '[Title](url)---Notes' lines and the ACM-style"
        " author-first references under 'To Read', a Springer survey chapter included); title = the link text,"
        " or the text between 'YEAR. ' and the next '. ' of a reference; ids from the line's own links.",
        "All 74 lines read; every one of the 28 records compared with the -v output (the no-space record 23, the"
        " doubled notes 42, the video link 50, the notes-less 34/44/54/72/74, all eight ACM references 56-70"
        " with their titles cut at '. '), and every DOI checked against its URL (ACM doi and doi/abs, Springer,"
        " the 10.1007 chapter behind dl.acm.org 17); IEEE Xplore numbers give none.",
    )


if __name__ == "__main__":
    main()
