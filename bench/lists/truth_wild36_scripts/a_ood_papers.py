"""Wild36 truth for mostafaelaraby/OOD_papers README.md: an out-of-distribution detection bibliography
generated from a BibTeX file (adapted from Automatic_Awesome_Bibliography).

Shape: ``## Section`` headings, each followed by one-line bullets
``- [**Title**](url) , (Venue Year) by *Authors* [[bib]](github link to bibtex.bib#Lx-Ly)``.  Every such
bullet is one entry; the title is the bold link text.  Decisions and special cases:
- The Outline (lines 7-25) lists section anchors: not entries.  Its last sections (Miscellaneous,
  Libraries, Workshops) have no body in the file, which ends with Preprocessing-based Methods.
- The same paper recurs under several sections (e.g. ``A simple fix to mahalanobis distance`` four
  times, CIDER, Deep Nearest Neighbors, gradients papers): each recurrence is its own entry.
- Line 52 writes the venue into the bold title (``... A Survey. arXiv 2021``): the trailing
  ``. arXiv 2021`` is venue/year and is dropped.  Line 36 writes the journal and volume into the bold
  title (``...: Annals Mathematics Statistics, 35``): dropped, title ``Robust estimation of a location
  parameter``.  Line 53 is the same survey again with a different bibtex record: its own entry.
- BibTeX braces that show in the rendered text (line 58/75 ``Defense-{GAN}``) are kept as written;
  BibTeX accent commands appear only in the author lists.
- The ``[[bib]]`` link points into the repo's bibtex.bib: not an id.  Ids come from the title link
  (arXiv, a Springer/ACM/Project Euclid URL holding a DOI), taken as written even where the link
  belongs to another paper (line 34's Springer DOI is also on line 30; line 104's and 108's arXiv id is
  that of line 83; line 128's that of line 46).
78 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild36 import entry, read_lines, write_truth

NAME = "mostafaelaraby__OOD_papers__README@b7f5ee2.md"
PART = "wild36_development"

# the bold title text holds venue or journal words on these lines: (line, text to drop)
TAILS = {36: ": Annals Mathematics Statistics, 35", 52: ". arXiv 2021"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if i < 27:  # title, intro and Outline
            continue
        m = re.match(r"^- \[\*\*(.+?)\*\*\]\([^)\s]+\) , \(", ln)
        if m:
            title = m.group(1)
            if i in TAILS:
                assert title.endswith(TAILS[i]), (i, title)
                title = title[: -len(TAILS[i])]
            papers.append(entry(lines, i, i, title))
        elif ln.startswith("- "):
            raise SystemExit(f"unparsed bullet at {i}: {ln}")
    assert len(papers) == 78, len(papers)
    write_truth(NAME, PART, papers,
                "Each '- [**Title**](url) , (Venue) by *Authors* [[bib]]' bullet under a section heading is an entry (repeats across sections included), title = bold link text with the venue words written into it on lines 36 and 52 dropped; the Outline is not.",
                "Whole file read (129 lines): first and last bullet of all 13 sections, the Outline (no entries), lines 36, 52-53 (venue in title, same survey twice), 58/75 (Defense-{GAN}), the repeated mahalanobis paper (57, 93, 118) and ids of the Springer, ACM and Project Euclid links checked against the -v output.")


if __name__ == "__main__":
    main()
