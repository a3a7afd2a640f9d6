"""Wild55 truth for nsr-colorado/nsr-colorado.github.io pages/publications.md: the publication page of the
Networking and Security Research group at the University of Colorado Boulder (Eric Keller, Sangtae Ha), a Jekyll
lab site, newest commit touching it (c3e0c8f, 2016-03-23).

Shape: 161 lines.  Front matter (1-5), then year headings ``## 2016`` (7), ``## 2015`` (31), ``## 2014`` (74),
``## 2013`` (107), ``## 2012`` (153), each followed by ``* `` bullets separated by one to four blank lines.  A bullet
is ``* **Title**: Authors. In *Venue*, place, date (acceptance rate). [[full paper]](...) [[slides]](...)``, either
on one line (9-20, 33-52) or wrapped so that the authors and the venue follow on one or two unindented lazy
continuation lines (22-23, 25-27, 54-55, 76-77, ... 155-157, the last two indented by a space).  No DOIs or arXiv
ids; links go to local PDFs and BibTeX files.

Special cases:
- Labels inside the bold title: ``(Poster)`` (13, 15, 18, 58, 79, 98, 102, 134, 138, 142), ``(poster)`` (67),
  ``(poster/demo)`` followed by two spaces (118) and ``(work in progress)`` (46).
- 67 ``* **(poster) Stateless Network Functions`` never closes its bold; the authors follow on 68.
- 58 ends the bold title with a period (``... Security Applications.**:``).
- No space after the colon in 48 and 50 (``**:J. Chung``), a trailing space after it in 22.
- 50 has a question mark inside the title (``Do Mobile Data Plans Affect Usage? Results from ...``).
- The same work appears twice as paper and poster (62 / 67 Stateless Network Functions, 110 / 118 Applying
  Operating System Principles to SDN Controller Design, 126 / 142 Jobber): each bullet is its own entry.

Decisions:
- Entry = every ``* `` bullet (40: 8 + 14 + 7 + 10 + 1 per year, 2016 to 2012), posters and the work-in-progress
  abstract included, since the page lists them as publications; span = the bullet line through its last non-blank
  continuation line.
- Title = the bold text after ``* **`` without the leading ``(Poster)``-type label, up to the closing ``**`` (to
  the end of the line for 67), without a trailing period.
"""
import re

from _wild55 import entry, read_lines, write_truth

NAME = "nsr-colorado__nsr-colorado.github.io__pages__publications@c3e0c8f.md"
PART = "wild55_development"

BULLET = re.compile(
    r"^\* \*\*(?:\((?:[Pp]oster|poster/demo|work in progress)\)\s+)?(?P<title>.+?)(?:\*\*|$)")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("* "):
            continue
        m = BULLET.match(ln)
        assert m, (n, ln)
        last = n
        while last < len(lines) and lines[last].strip() and not lines[last].startswith("* "):
            last += 1
        papers.append(entry(lines, n, last, m.group("title").strip().rstrip(".")))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 40, len(papers)
    assert [sum(1 for p in papers if a < p["line"] < b) for a, b in
            ((7, 31), (31, 74), (74, 107), (107, 153), (153, 200))] == [8, 14, 7, 10, 1]
    assert by[9]["title"] == "Viability of Virtual Cloud Providers", by[9]
    assert by[13]["title"] == "Defragmenting the Cloud", by[13]
    assert (by[25]["end"], by[25]["title"]) == (
        27, "Enabling Practical Software-defined Networking Security Applications with OFX"), by[25]
    assert by[46]["title"] == "Automatically Freezing Live Video for Annotation during Remote Collaboration", by[46]
    assert by[50]["title"] == ("Do Mobile Data Plans Affect Usage? Results from a Pricing Trial with ISP"
                               " Customers"), by[50]
    assert by[58]["title"] == "OFX: Enabling OpenFlow Extensions for Switch-Level Security Applications", by[58]
    assert (by[67]["end"], by[67]["title"]) == (69, "Stateless Network Functions"), by[67]
    assert by[118]["title"] == "Applying Operating System Principles to SDN Controller Design", by[118]
    assert (by[155]["end"], by[155]["title"]) == (
        157, "Live migration of an entire network (and its hosts)"), by[155]
    assert all(p["doi"] is None and p["arxiv"] is None for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every '* ' bullet under the year headings is an entry (posters and the work-in-progress abstract"
        " included), spanning its lazy continuation lines.  Title = the bold text after '* **' without a leading"
        " '(Poster)' / '(poster)' / '(poster/demo)' / '(work in progress)' label, up to the closing '**' (end of line"
        " for the unclosed bold at 67), trailing period dropped.",
        checked="Compared -v with every bullet of the file: the per-year counts, the labels (13-18, 46, 58, 67, 79, 98,"
        " 102, 118, 134-142), the unclosed bold at 67, the period inside the bold at 58, the missing spaces after"
        " the colon (48, 50), the wrapped spans (22-23, 25-27, ..., 155-157) and the absence of ids.",
    )


if __name__ == "__main__":
    main()
