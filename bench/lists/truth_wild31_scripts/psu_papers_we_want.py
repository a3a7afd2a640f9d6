"""Wild31 truth for psu-psychology/psy-511-scan-fdns handouts/papers-we-want-2-understand.md: a
graduate course's list of papers each student wants to understand, grouped by student.

Shape: one "### Student name" heading per student (14 students), each with two
top-level bullets holding an APA reference ``- Authors (year). Title. Journal, vol(issue), pages.
<doi-url>.``, most followed by indented sub-bullets of the student's notes (population, measures,
structures), which belong to the entry (span runs to the line before the next top-level bullet or
heading).  Special cases: lines 13-14 are note sub-bullets with a stray leading "+" (diff residue),
still notes of line 11's paper; line 55's link sits alone on line 56 (span 55-59); line 140 writes
its DOI URL glued to the pages ("8842.http://doi.org/..."); line 48 links an OUP page without a DOI;
line 136 has no link; line 78 has no dot after "(2010)"; line 97 has no space after the title's
dot ("entry.American").  The Schulze et al. (2013) paper appears twice (lines 44 and 55): two entries.
The Wikipedia link in a note (line 36) is not an entry.  Titles: the text between "(year)." and the
first ". " before the journal, as written.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild31 import entry, read_lines, write_truth

NAME = "psu-psychology__psy-511-scan-fdns__handouts__papers-we-want-2-understand@73a0598.md"
PART = "wild31_development"


def main() -> None:
    lines = read_lines(NAME)
    starts = [i for i, ln in enumerate(lines, 1) if ln.startswith("- ")]
    papers = []
    for s in starts:
        e = s
        while e < len(lines) and lines[e].strip() and not lines[e].startswith(("- ", "#")):
            e += 1
        m = re.search(r"\(\d{4}\)\.?\s+(.+?)\.\s*(?=[A-Z])", lines[s - 1])
        assert m, s
        papers.append(entry(lines, s, e, m.group(1)))
    assert len(papers) == 28, len(papers)
    write_truth(NAME, PART, papers,
                "Each top-level bullet (an APA reference) is one paper, its span running over the"
                " student's indented note sub-bullets; title is the text between '(year).' and the"
                " next sentence dot; the paper listed by two students counts twice.",
                "All 28 entries read by eye against the file: spans, titles, the link on its own line"
                " (56), the glued DOI (140), the linkless (136) and OUP-URL (48) records.")


if __name__ == "__main__":
    main()
