"""Wild39 truth for jtoman/uw-plse.github.io au14-rg/index.md: the page of the UW programming-languages and
software-engineering (PLSE) reading group, "Autumn 2014" (the schedule below still carries spring dates).

Shape: a short prose header (1-14), then ``### Suggestions`` with a fenced code block (lines 18-79) of
paper suggestions in plain text, one blank-line-separated group per paper: a title line, then a venue line
(``(ICSE 2008)``, ``PLDI``, ``Chlipala's OOPSLA paper``) or an author line (37, with affiliation digits), then
a URL line, sometimes prefixed ``Pre-print:`` / ``Pre-print or something:``.  Four groups (64, 66, 68, 70) are a
bare URL only (a Yale paper PDF, an arXiv PDF, a Cornell paper PDF, ezyang's rlimits paper).  Some separator
lines hold two spaces.  Then ``### Schedule``: reference-link definitions (84-91) and a Pandoc multiline
table (93-117) Date / Presenter / Paper whose Paper cell is a reference-style link ``[Title][KEY]``; the Apr 7
row names two papers, one per line, the first ending ``<br />``; the Apr 21 row is a guest talk written in
quotes without a link; two rows are ``Organization`` and ``MEMORIAL DAY``.  Titles keep curly apostrophes
(24, 28) and a ``ﬂ`` ligature (111); ``Worker/Wrapper/Makes It/Faster`` is the ICFP 2014 title as the group
wrote it.

Decisions:
- Each suggestion group in the code block is an entry (the block is the list's own record of suggested
  papers, rendered as preformatted text): span = its first through last non-blank line; title = the first
  line stripped, or ``None`` for the four bare-URL groups (they name no title).  All 17 are papers.
- Each linked paper in the schedule's Paper column is an entry.  The Apr 7 row names two papers: two
  entries with the same span (98-99, the row's lines), titles = the two link texts.  Other rows: span = the
  row's line, title = the link text.  Ids: the reference definitions are elsewhere and hold neither DOI nor
  arXiv id, so none are lost.
- Not entries: the Apr 21 guest talk (``"Factors Affecting Success in Automatic Program Repair"``, a talk by a
  visitor, no paper linked), ``Organization``, ``MEMORIAL DAY``, the mailing-list link and the prose.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild39 import entry, read_lines, write_truth

NAME = "jtoman__uw-plse.github.io__au14-rg__index@3700907.md"
PART = "wild39_development"

LINK = re.compile(r"\[([^\]]+)\]\[([A-Z0-9]+)\]")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    fence = [i + 1 for i, ln in enumerate(lines) if ln.startswith("```")]
    assert fence == [18, 79], fence
    group: list[int] = []
    for n in range(19, 80):
        ln = lines[n - 1] if n < 79 else ""
        if ln.strip():
            group.append(n)
            continue
        if group:
            first, last = group[0], group[-1]
            head = lines[first - 1].strip()
            title = None if head.startswith("http") else head
            assert lines[last - 1].strip().split()[-1].startswith("http"), first
            papers.append(entry(lines, first, last, title))
            group = []
    assert sum(1 for p in papers if p["title"] is None) == 4
    assert len(papers) == 17, len(papers)

    for n in range(96, 117):
        ln = lines[n - 1]
        links = LINK.findall(ln)
        if n == 99:  # the second paper of the Apr 7 row, taken with line 98
            continue
        if not links:
            assert not ln.strip() or ln.endswith(("Organization", "MEMORIAL DAY", '"')), n
            continue
        if n == 98:
            second = LINK.findall(lines[98])
            assert len(links) == 1 and len(second) == 1
            papers.append(entry(lines, 98, 99, links[0][0]))
            papers.append(entry(lines, 98, 99, second[0][0]))
            continue
        assert len(links) == 1, n
        papers.append(entry(lines, n, n, links[0][0]))
    assert len(papers) == 25, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each blank-line-separated suggestion group in the fenced block (title line, venue/author line, URL) is an"
        " entry, title = its first line or null for the four bare-URL groups; each linked paper in the schedule"
        " table is an entry (the Apr 7 row's two papers share the row's lines 98-99); the guest talk, Organization"
        " and MEMORIAL DAY rows are not entries.",
        "Whole file read (117 lines): all 17 suggestion groups (20-78) and all 10 table rows (96-115) compared"
        " with the -v output, including the author line with affiliation digits (37), the 'Pre-print:' URL"
        " lines, the separator lines holding spaces (51, 55, 59), the four bare-URL groups (64-70, arXiv id"
        " 1312.0658 from 66), the two-paper row (98-99), the quoted guest talk (103, left out), curly apostrophes"
        " (24, 28) and the ligature title (111).",
    )


if __name__ == "__main__":
    main()
