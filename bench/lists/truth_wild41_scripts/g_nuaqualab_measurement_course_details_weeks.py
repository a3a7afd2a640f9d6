"""Wild41 truth for NU-AquaLab/aqualab-web content/course/cs445-w26/calendar.md: "Schedule & Readings" of
Northwestern's CS 445 (Internet measurement, Winter 2026), a Hugo page of the AquaLab site.

Shape: YAML front matter (1-6), a Hugo shortcode ``{{< course_tabs >}}``, an intro whose tag legend uses
``{{< reading_tag "..." >}}`` shortcodes, then 11 ``<details>`` blocks (the first ``<details open>``), one per
week, each with ``<summary><strong>Week N – Topic</strong></summary>``, separated by ``---`` rules.  Inside a
week, one ``### Tue/Thu MM/DD — Topic`` heading per class, a ``**Readings**`` label and one or two bullets
``- Initials Surname et al., [*Title*](url), VENUE YEAR — {{< reading_tag "kind" >}}`` (some with two trailing
spaces, 49 with a doubled space before the venue, 42 adds ``(short)``, 83 gives journal volume/issue, 208
writes a full first name, 125 two authors with "and").  Classes without readings (midterm, PC meeting, final
presentations) have an ``**In class:**`` note or a sentence instead.  Links: dl.acm.org DOIs, Springer
chapter DOIs (151, 187), IEEE Xplore document pages, PubMed (83), lab-hosted and author PDFs, a USENIX
presentation page, a university repository page.

Decisions:
- Every reading bullet is an entry (33, one line each); all are papers (conference, workshop and journal
  articles).  Week summaries, class headings, the tag legend and the in-class notes are not entries.
- Title: the italic link text as written (the subtitle after ':' is part of it where the file writes it).
- Ids: DOIs in dl.acm.org and Springer URLs; IEEE Xplore document numbers, PubMed ids and the Springer ISBN
  in the utwente.nl PDF name (103) are not DOIs; no arXiv links.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild41 import entry, read_lines, write_truth

NAME = "NU-AquaLab__aqualab-web__content__course__cs445-w26__calendar@eaa0740.md"
PART = "wild41_development"

READING = re.compile(
    r"^- [^\[]+?, \[\*([^*]+)\*\]\(([^)]+)\),\s+[^—]+? — \{\{< reading_tag \"(?:background|question|review)\" >\}\}\s*$"
)


def main() -> None:
    lines = read_lines(NAME)
    papers, weeks, per_week = [], 0, []
    for n, ln in enumerate(lines, 1):
        if ln.startswith("<details"):
            weeks += 1
            per_week.append(0)
        if not ln.startswith("- "):
            continue
        m = READING.match(ln)
        assert m, n
        papers.append(entry(lines, n, n, m.group(1)))
        per_week[-1] += 1
    assert weeks == 11, weeks
    assert per_week == [2, 4, 3, 4, 4, 2, 4, 4, 4, 2, 0], per_week
    assert len(papers) == 33, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each reading bullet 'Authors, [*Title*](url), VENUE YEAR — {{< reading_tag >}}' inside the weekly"
        " <details> blocks is an entry on its line; title = the italic link text.",
        "Whole page read against the -v output: the 11 <details> weeks with their per-week counts checked by"
        " the script (the finals week has no reading), every one of the 33 titles compared with its bullet"
        " (long subtitled titles 69, 124, 166, 188, 209 with '?:'), the in-class notes and tag legend not"
        " taken; DOIs of the ACM and Springer links checked, IEEE Xplore/PubMed/utwente links give none.",
    )


if __name__ == "__main__":
    main()
