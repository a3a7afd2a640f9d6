"""Wild36 truth for wuuu110/NCO-solvers-for-VRP README.md: a survey companion list of neural
combinatorial optimization (NCO) papers for vehicle routing problems.

Shape: no Markdown list at all: under ``## Category`` headings every paper is its own paragraph
``&bull; Title, ***Venue***, Year, [[paper](url)]`` (an HTML entity as bullet, bold-italic venue),
separated by blank lines.  Every ``&bull;`` paragraph is one entry (one line each); the title is the
text between the bullet and the venue.  Decisions and special cases:
- Not entries: the survey's own BibTeX (4-13, the list's boilerplate citation), the News items (15-23,
  "Our paper ... is accepted": news, even though they name papers), the plain-link table of contents
  (40-54), the timeline image and the Acknowledgements logos (389-400).
- The separator before the venue varies: ``, ***Venue***`` mostly, no comma on 228 and 279
  (``... Vehicle Routing ***NeurIPS***``), no space on 125 (``Problems,***NeurIPS***``), ``**AAMAS**``
  (bold only) on 323, ``*NeurIPS*`` (italic only) on 73; some entries have no year (264, 317) or no comma before the link (133-137, ...).
- Papers listed under several categories (e.g. DIMES, DIFUSCO, GLOP, Learning to Delegate, GELD) are
  separate entries each time; line 274 and 382 are two versions of Scale-Net's title, both entries.
- Line 250's paper link is malformed (``[[paper]([https://arxiv.org/abs/2204.03236](https://link.springer.com/...))]``):
  its text holds line 248's arXiv id and the Springer DOI; both are recorded as written.
- Links to GitHub (213, 274), a NeurIPS virtual poster page, HAL (268) or empty ``[paper]()`` (376, 384)
  give no id; line 371 links an arXiv HTML page.
155 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild36 import entry, read_lines, write_truth

NAME = "wuuu110__NCO-solvers-for-VRP__README@de21314.md"
PART = "wild36_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if not ln.startswith("&bull;"):
            continue
        assert 58 <= i <= 388, i
        m = re.match(r"^&bull; (.+?)\s*,?\s*\*{1,3}[^*]+\*{1,3}", ln)
        if not m:
            raise SystemExit(f"unparsed entry at {i}: {ln}")
        papers.append(entry(lines, i, i, m.group(1)))
    assert len(papers) == 155, len(papers)
    write_truth(NAME, PART, papers,
                "Each '&bull; Title, ***Venue***, Year, [[paper](url)]' paragraph under a category heading is an entry (repeats across categories included), title = text before the starred venue; the survey's own BibTeX, the News items, the TOC and logos are not.",
                "Whole file read (403 lines): first and last entry of all 8 categories, every line whose venue separator differs (73, 125, 228, 279, 323), the year-less GELD lines (264, 317), the malformed link on 250, id-less links (213, 268, 274, 376, 384), the arXiv HTML link (371), ~25 random entries, and the non-entries 4-54 and 389-400 checked against the -v output.")


if __name__ == "__main__":
    main()
