"""Wild44 truth for ieee-vgtc/ieeevis.org content/info/history/test-of-time-awards.md: the IEEE VIS conference
web site's history page of Test-of-Time awards (InfoVis, VAST, SciVis and VIS papers from 1992 to 2015 honoured 10
to 25 years later) -- visualization / HCI.

Shape (505 lines): Jekyll front matter (1-5), then one ``## YEAR`` section per publication year (2015 down to
1992) separated by ``<hr />`` and HTML comment rules; under each year one ``### N-Years VENUE Test-of-Time Award``
heading per award, followed by a plain author line, the title in bold (``**Title**``), usually an ``(Awarded at: VIS
2024)`` line (missing for 221 and 505), and the DOI as a link whose text is the DOI (``[10.1109/...](https://doi.org/
10.1109/...)``).  Three awards add a second work after ``<br />`` on the DOI line: ``**Follow-up journal paper**:``
with its own author line, bold title, an optional venue line (``ACM TOG 21(4):833-854, 2002``, 343) and DOI link
(266-269, 340-344, 364-367); one adds ``**Follow-up book**:`` (438-441: authors, bold title of the VTK book,
``ISBN: ...``, no DOI).  One DOI link is malformed (269: text ``10.1109/TVCG.2006.80``, URL
``https://doi.org/10.1109/10.1109/TVCG.2006.80``); one award under 2010 gives a 2012 DOI (129); one bold title has
the word "Authors" run into it (305 ``**Acceleration techniques for GPU-based volume rendering Authors**``).

Decisions:
- Entries (56): every awarded paper (53 award headings) and the three follow-up journal papers (265-269 Views on
  Visualization, 340-344 Ordered and Quantum Treemaps, 364-367 the journal Polaris, same title as its conference
  paper).  The follow-up book (438-441) is not an entry; headings, rules, comments and front matter are not.
- Span: an awarded paper runs from its author line to its DOI line (the ``### ...Award`` heading names the award,
  not the paper); a follow-up paper from its ``**Follow-up journal paper**:`` line to its DOI line.
- Title: the bold text, as written (305 keeps its stray "Authors"; capitalisation as the page has it).
- Ids: the DOI the entry's lines give first (the link text; for 269 the link text ``10.1109/TVCG.2006.80``, not
  the doubled prefix of its URL); no arXiv ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild44 import entry, read_lines, write_truth

NAME = "ieee-vgtc__ieeevis.org__content__info__history__test-of-time-awards@3c7429a.md"
PART = "wild44_development"

AWARD = re.compile(r"^### \d+-Years (?:InfoVis|VAST|SciVis|VIS) Test-of-Time Award$")
BOLD = re.compile(r"^\*\*(.+)\*\*$")
DOI_LINE = re.compile(r"^\[10\.\d{4,}/[^\]]+\]\(https://doi\.org/[^)]+\)(?:<br />)?$")


def paper_block(lines: list[str], first: int) -> tuple[int, str]:
    """From the author line ``first``: the bold title on the next line, then lines up to the DOI link."""
    m = BOLD.match(lines[first])  # line first + 1
    assert m and lines[first - 1] and not lines[first - 1].startswith(("*", "#", "[")), (first, lines[first - 1:first + 1])
    last = first + 1
    while not DOI_LINE.match(lines[last - 1]):
        last += 1
        assert last - first <= 3 and (lines[last - 1].startswith(("(Awarded at:", "ACM TOG", "[10."))), (last, lines[last - 1])
    return last, m.group(1)


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    awards = followups = 0
    for n, ln in enumerate(lines, 1):
        if AWARD.match(ln):
            awards += 1
            last, title = paper_block(lines, n + 1)
            papers.append(entry(lines, n + 1, last, title))
        elif ln == "**Follow-up journal paper**:":
            followups += 1
            last, title = paper_block(lines, n + 1)
            papers.append(entry(lines, n, last, title))
        elif ln == "**Follow-up book**:":
            assert lines[n + 1] == "**The Visualization Toolkit: an Object-Oriented Approach to 3D Graphics**", n
            assert lines[n + 2].startswith("ISBN:"), n
        elif ln.startswith("#"):
            assert ln.startswith("## ") and re.fullmatch(r"## (19|20)\d\d", ln), (n, ln)
    assert (awards, followups) == (53, 3), (awards, followups)
    assert len(papers) == 56, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '### N-Years VENUE Test-of-Time Award' heading's paper (authors line, **Title**, optional '(Awarded at:"
        " ...)', DOI link) is one entry, and each '**Follow-up journal paper**:' block is another (56 = 53 + 3);"
        " the follow-up book (438-441), headings, rules and front matter are not entries; span = author line (or the"
        " follow-up label) to the DOI line; title = the bold text as written; DOI from the link text.",
        "Script asserts every '#' line is a '## YEAR' or an award heading, that each paper block is author line, bold"
        " title, at most an 'Awarded at' or venue line, then the DOI link, and that the follow-up book is the VTK"
        " book with an ISBN; all 56 -v lines compared by eye with the file: first and last award of each year, the"
        " follow-ups 266-269, 340-344, 364-367 (Polaris twice with different DOIs), the missing 'Awarded at' lines"
        " 221 and 505, the stray 'Authors' 305, the malformed DOI link 269 (link text taken), the 2012 DOI under"
        " 2010 (129).",
    )


if __name__ == "__main__":
    main()
