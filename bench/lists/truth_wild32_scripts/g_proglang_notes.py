"""Wild32 truth for mizunashi-mana/proglang-notes README.md: the "Interests" reading list of a
programming-languages notes project (modules, control operators, type inference, GC, parsing,
GHC optimisations), written as reference-manager (APA) output.

Shape: ``* Authors (YEAR). Title. Venue, vol(issue), pages. https://doi.org/...`` bullets under
``###`` topic headings, some followed by an indented ``-`` note (kept in the entry's span: lines
35-36, 37-38, 44-45, 49-50, 69-70, 71-72).  The title is the text after ``(YEAR). `` up to the next
``. ``.  Theses add the school in parentheses after the title, which is not title text (line 32
``(Carnegie Mellon University)``, 47, 52, and 109, where the manager also left a stray ``by``:
``Packrat Parsing : a Practical Linear-Time Algorithm with Backtracking by (Massachusetts Institute
of Technology)`` -> title without `` by``).  Lines 75-77 are pasted in two other styles (authors
with initials, ``ACM Comput. Surv.``), so their titles are given by hand, as is line 99, whose title holds ``vs. ``
(``Making a fast curry: push/enter vs. eval/apply for higher-order languages``).  Not entries: the
dependency bullets (17-23), line 89 (a Go Blog post, ``The Go Blog``), the whole ``### Books``
section (lines 133-139) and empty topic headings.  Ids: DOIs from the doi.org / dl.acm.org/doi links
(``10.1016/0022-0000(78)90014-4`` and ``10.23638/LMCS-16(3:13)2020`` keep their parentheses;
line 30's ``https://doi.org/10.1.1.72.7479`` is a CiteSeerX key, not a DOI, so null); line 121
gives arXiv 1910.11717.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild32 import entry, read_lines, write_truth

NAME = "mizunashi-mana__proglang-notes__README@5c2a090.md"
PART = "wild32_development"

HAND = {
    75: "Complete and easy bidirectional typechecking for higher- rank polymorphism",
    76: "Practical type inference for arbitrary-rank types",
    77: "Bidirectional Typing",
    99: "Making a fast curry: push/enter vs. eval/apply for higher-order languages",  # "vs. " inside the title
}
THESIS = {32, 47, 52, 109}
NOT_PAPERS = {89}
FIRST, LAST = 25, 130  # "## Interests" up to the "### Books" heading (line 131)


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i in range(FIRST, LAST + 1):
        ln = lines[i - 1]
        if not ln.startswith("* ") or i in NOT_PAPERS:
            continue
        end = i
        while end < len(lines) and lines[end].startswith("  - "):
            end += 1
        if i in HAND:
            title = HAND[i]
        else:
            rest = re.match(r"^\* .+? \(\d{4}\)\. (.+)$", ln).group(1)
            title = rest.split(". ", 1)[0]
            if i in THESIS:
                title = re.sub(r"(?: by)? \([^()]*\)$", "", title)
        assert title in ln, (i, title)
        papers.append(entry(lines, i, end, title))
    assert len(papers) == 53, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '* Authors (YEAR). Title. ...' bullet of the Interests section is one entry (not the Go Blog post"
        " or the Books section); title is the text between '(YEAR). ' and the next '. ', thesis school dropped;"
        " four lines titled by hand.",
        "All 53 entries read against the file by eye (-v listing), with every DOI compared to its link,"
        " the four thesis lines, the four hand-titled lines and the note spans.",
    )


if __name__ == "__main__":
    main()
