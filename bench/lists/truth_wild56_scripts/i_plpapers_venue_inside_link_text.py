"""Wild56 truth for sunchao/pl-papers README.md: "Research Papers on Programming Languages", one person's small
reading list of programming-language papers (linear types and separation logic, aliasing control, verified
compilers, gradual typing), newest commit (bcb0cd2, 2015-12-01).

Shape: 70 lines, 5 KB.  Title (1), one-line intro (3), then ``##`` topic headings (5, 20, 51, 57 empty, 59), each
followed by ``-`` bullets separated by blank lines.  Each bullet is one link whose link text is the paper title
followed by the venue and year in parentheses, ``- [Separation and Information Hiding (POPL '04)](pdf url)``; some
bullets go on after ``:`` with a free-text summary that wraps over the next lines (30-33, 35-41, 43-49, 65-70; 11 has
a one-line ``: a survey paper on separation logic. Must read.``).

Special cases:
- The venue sits inside the link text, so the title is the link text minus its trailing ``(VENUE 'YY)`` group.
- 17: the venue parenthesis is never closed, ``[Separation Logic, Abstraction and Inheritance (POPL '08](...)``: the
  title still stops before `` (POPL '08``.
- 15: a space before the closing bracket, ``(POPL '05) ]``.
- 61 writes the year in full, ``(PLDI 1991)``; 7, 9 and 28 name no venue: the whole link text is the title.
- 57 ``## On Ownerships`` is an empty section.
- No arXiv ids or DOIs (the links go to personal pages, citeseerx and sciencedirect); 9's citeseerx URL holds
  ``doi=10.1.1.55.5439``, a CiteSeerX id, not a DOI.

Decisions:
- Entry = every ``- [`` bullet, spanning the bullet line and its wrapped summary lines up to the blank line: 18.
- Title = the link text without the trailing venue parenthesis (closed or not).
"""
import re

from _wild56 import entry, read_lines, write_truth

NAME = "sunchao__pl-papers__README@bcb0cd2.md"
PART = "wild56_development"

ITEM = re.compile(r"^- \[(?P<text>[^\]]+)\]\(")
VENUE = re.compile(r"\s*\([A-Z]{2,}[^()]*\)?\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if not m:
            continue
        title = VENUE.sub("", m.group("text")).strip()
        last = n
        while last < len(lines) and lines[last].strip():  # lines[last] is line last + 1
            last += 1
        papers.append(entry(lines, n, last, title))
    by = {p["line"]: p for p in papers}
    assert sorted(by) == [7, 9, 11, 13, 15, 17, 22, 24, 26, 28, 30, 35, 43, 53, 55, 61, 63, 65], sorted(by)
    assert len(papers) == 18, len(papers)
    assert by[7]["title"] == "Linear Logic", by[7]
    assert by[9]["title"] == "Linear Types Can Change The World!", by[9]
    assert by[9]["doi"] is None, by[9]
    assert by[11]["title"] == "Separation Logic: A Logic for Shared Mutable Data Structures", by[11]
    assert by[15]["title"] == "Separation Logic and Abstraction", by[15]
    assert by[17]["title"] == "Separation Logic, Abstraction and Inheritance", by[17]
    assert by[24]["title"] == "Data groups: specifying the modification of extended state", by[24]
    assert (by[35]["line"], by[35]["end"]) == (35, 41), by[35]
    assert by[61]["title"] == "Soft Typing", by[61]
    assert (by[65]["line"], by[65]["end"]) == (65, 70), by[65]
    assert by[65]["title"] == "Gradual Typing for Objects", by[65]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every '- [' bullet is one entry, spanning the bullet line and its wrapped ': summary' lines up to"
        " the next blank line.  Title = the link text minus its trailing venue parenthesis ('(POPL '04)', '(PLDI"
        " 1991)', the unclosed '(POPL '08' at 17); link texts without a venue are the title as they stand.",
        checked="Read the whole 70-line file and compared the -v output for all 18 entries: titles with and without"
        " venue groups (7, 9, 28 have none; 15 has a space before ']'; 17 is unclosed), spans of the four bullets"
        " with wrapped summaries (30-33, 35-41, 43-49, 65-70), and that 9's citeseerx 'doi=10.1.1...' is not taken"
        " as a DOI.",
    )


if __name__ == "__main__":
    main()
