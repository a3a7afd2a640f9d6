"""Wild35 truth for gkaria/quantum-basics resources/papers.md: "Important Papers in Quantum Mechanics and
Computing", a physics / quantum-information reading guide.

Shape: each record is a bold paragraph line ``**"Title" - Authors (year)**`` followed by plain ``-``
sub-bullets (description, ``**Why read:**``, ``**Citation:** Phys. Rev. Lett. 23, 880 (1969)``); the record
runs from the bold line to the last sub-bullet before the blank line.  No links, no ids anywhere.  At the end
(lines 425-447) a numbered "Priority List" names papers again by nickname or author-year only
(``1. EPR (1935) - The paradox``): each item is a record about one paper already listed, so it is an entry
with title None (the text after the dash is a gloss, not a title).

Not entries:
- books: Heisenberg "The Physical Principles of the Quantum Theory" (line 21), Dirac "The Principles of
  Quantum Mechanics" (line 26), von Neumann "The Measurement of Quantum Mechanical Operators" (line 291, its
  citation is the book "Mathematical Foundations of Quantum Mechanics") and the priority item naming that
  von Neumann book (line 447);
- records whose subject is a body of work, not one work, and that name no particular paper:
  "Constraints on Quantum Computation" - Various authors (196), "Quantum Key Distribution Over 100 km of
  Standard Fiber" - Various groups (215), "Quantum Computational Complexity" - Various authors (278);
- "Where to Find Papers" (arXiv, journals, Google Scholar) and the reading advice after line 350.
Special cases: "Loophole-free Bell inequality violation" - Multiple groups (67-71) names three papers
(Hensen et al., Giustina et al., Shalm et al.), so it is three entries on the same lines, each with the
record's one title.  Deutsch (1985) is listed twice (94, 106): two entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild35 import entry, read_lines, write_truth

NAME = "gkaria__quantum-basics__resources__papers@ac31059.md"
PART = "wild35_development"

BOOKS = {21, 26, 291, 447}
BODIES = {196, 215, 278}
THREE = 67


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = len(lines)
    head = re.compile(r'^\*\*"(.+)" - (.+)\*\*\s*$')
    i = 0
    while i < n:
        ln = i + 1
        m = head.match(lines[i])
        if m and ln < 350:
            end = ln
            while end < n and lines[end].startswith("- "):
                end += 1
            if ln not in BOOKS and ln not in BODIES:
                count = 3 if ln == THREE else 1
                for _ in range(count):
                    papers.append(entry(lines, ln, end, m.group(1)))
            i = end
            continue
        if 425 <= ln <= 447 and re.match(r"^\d+\. ", lines[i]) and ln not in BOOKS:
            papers.append(entry(lines, ln, ln, None))
        i += 1
    assert len(papers) == 67, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each bold quoted-title paragraph with its sub-bullets is an entry titled by the quoted text, except"
        " books (Heisenberg, Dirac, von Neumann) and 'Various authors/groups' records naming no paper; the"
        " Loophole-free record naming three papers is three entries; the numbered priority list items are"
        " entries with title None (nickname/author-year only).",
        "Every record of the file read by eye against the output (all 67 entries), including the exclusions"
        " and the priority list.",
    )


if __name__ == "__main__":
    main()
