"""Wild46 truth for uwcse510/web-cse599-hcde548-sp16 calendar.md: the calendar of the University of Washington
graduate seminar CSE 599 / HCDE 548 on personal informatics (Spring 2016, Jekyll site), whose readings live in the
page's YAML front matter and are rendered by a Liquid template below it.

Shape (241 lines, final newline, no list in the Markdown body): front matter 1-160 holds ``calendar: days:``, one
``- date:`` mapping per class (location, slides, topic, optional ``presenter_notes: |`` block 39-44) with up to three
lists of double-quoted strings: ``readings:`` (assigned papers), ``resources:`` (further papers) and ``majors:``
(``"Due: [Project Proposal](...)"`` deadlines).  Each reading string is an author-first reference "Authors. (Year).
[Title](url). _Venue_, volume, pages." written on one line or hard-wrapped over three (authors, link, venue: 12-14)
with trailing spaces; one has no year and no period after the authors (129-131 "... Sara Kiesler" then the link),
one has the year without parentheses (82 "... Jeff Wilson. 2013."), one no period before the italic venue (30
Bandura).  Links go to dx.doi.org, to PDFs on the course site (``{{ site.baseurl }}/readings/x.pdf``) or on author
pages.  161-241 are the Liquid/HTML template (``{% for day_current in page.calendar.days %}``, ``<li class="paper">``),
no readings.

Decisions:
- Entries (24): every quoted string under ``readings:`` or ``resources:``: journal and conference papers, the HCIC
  2014 workshop paper (12-14), the Foundations and Trends survey (46-48), the Science policy forum article (85-87).
  The five ``majors:`` strings (deadlines linking assignment pages) and the template are not entries.
- Span: the string's first line (``- "``) to the line closing its quote.
- Title: the link text (one line in every string).
- Ids: the DOI of the dx.doi.org link (15 strings); course-site and author-page PDFs give none; no arXiv ids.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild46 import entry, read_lines, write_truth

NAME = "uwcse510__web-cse599-hcde548-sp16__calendar@3d97469.md"
PART = "wild46_development"

KEY = re.compile(r"^      (?P<key>[a-z_]+):")
START = re.compile(r'^        - "')
LINK = re.compile(r"\[(?P<t>[^\]]+)\]\((?P<u>[^)]+)\)")


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 242 and lines[-1] == "", len(lines)
    end_fm = lines.index("---", 1) + 1
    assert end_fm == 160, end_fm
    papers = []
    key = None
    majors = 0
    n = 1
    while n < end_fm:
        ln = lines[n - 1]
        k = KEY.match(ln)
        if k:
            key = k.group("key")
        if START.match(ln):
            last = n
            while not lines[last - 1].rstrip().endswith('"'):
                last += 1
            text = " ".join(x.strip() for x in lines[n - 1 : last])
            links = LINK.findall(text)
            if key == "majors":
                assert text.startswith('- "Due: ['), text
                majors += 1
            else:
                assert key in {"readings", "resources"}, (n, key)
                assert len(links) == 1, (n, links)
                papers.append(entry(lines, n, last, links[0][0]))
            n = last + 1
            continue
        n += 1
    assert majors == 5, majors
    by_line = {p["line"]: p for p in papers}
    assert by_line[12]["end"] == 14 and by_line[30]["end"] == 30 and by_line[129]["end"] == 131
    assert by_line[129]["title"].startswith("Personalization Revisited")
    assert by_line[46]["doi"] == "10.1561/1100000040"
    assert sum(1 for p in papers if p["doi"]) == 15
    assert not any(p["arxiv"] for p in papers)
    assert len(papers) == 24, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each double-quoted author-first reference string under a class's 'readings:' or 'resources:' list in the"
        " YAML front matter is an entry spanning the string's lines (24); title = the Markdown link text inside it;"
        " the 'majors:' deadline strings and the Liquid template below the front matter are not entries; DOI from"
        " the dx.doi.org link.",
        "Whole file read (241 lines) against the -v output: every class in the front matter (readings and"
        " resources of 8 of the dated classes, 24 strings; 5 'Due:' majors left out), the wrapped three-line strings"
        " (spans ending on the closing quote) and the one-line ones (29, 30, 70, 71, 107, 146), the year-less"
        " Lee et al. string 129-131, the '2013.' of 82, the DOI of each dx.doi.org link (15) and no id for the"
        " course-site and author PDFs; the template 161-241 holds no reading.",
    )


if __name__ == "__main__":
    main()
