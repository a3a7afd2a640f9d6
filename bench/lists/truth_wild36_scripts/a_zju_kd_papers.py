"""Wild36 truth for zju-pi/Knowledge-Distillation-Paper README.md: a lab's list of knowledge-distillation
papers (incl. distillation for diffusion sampling).

Shape: under ``## Topic`` headings, one bullet per paper ``- **Title, Venue Year** [[Code]](repo)``
followed by nested sub-bullets: the paper URL (arXiv/ACM/ISCA/NeurIPS) and then ``*Authors.*``.  An entry
spans the bold bullet through its last nested sub-bullet (the author line); the title is the bold text
without the trailing ``, Venue Year``.  Decisions and special cases:
- Badges (1-2), the nested TOC (7-16), the empty markdown-toc credit (18) and the centred
  ``Extremely Promising !!!!!`` note (47) are not entries.
- Three bold titles carry no venue (49, 69, 73); line 26's title keeps its ``?`` before
  ``, NeurIPS 2014``; line 231
  names two venues (``, CVPR 2019, TPAMI 2020``), both dropped; line 30's venue is
  ``NeurIPS-workshop 2014``.
- Line 30 has two URL sub-bullets (arXiv, then the NeurIPS workshop page): the arXiv id is first.
- Line 243 (Holistic Weighted Distillation) has no URL sub-bullet: the entry is 243-244, no id.
- Line 123 puts a ``[[TKDE]]`` IEEE link after the code link; the arXiv sub-bullet is still the entry's
  only arXiv id, and IEEE document numbers are not DOIs.
- The ``Useful Resources`` bullets (248-250: acceptance-rate and deadline pages) are not papers.
52 entries (3+2+10+13+6+6+8+4 by section).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild36 import entry, read_lines, write_truth

NAME = "zju-pi__Knowledge-Distillation-Paper__README@559d41a.md"
PART = "wild36_development"

VENUE = re.compile(r"(?:, [A-Za-z][A-Za-z-]* \d{4})+$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if not (20 <= i <= 245):
            continue
        m = re.match(r"^- \*\*(.+?)\*\*", ln)
        if not m:
            if ln.startswith("- "):
                raise SystemExit(f"unparsed bullet at {i}: {ln}")
            continue
        e = i
        while e < len(lines) and lines[e].startswith("  - "):
            e += 1
        title = VENUE.sub("", m.group(1).strip())
        papers.append(entry(lines, i, e, title))
    assert len(papers) == 52, len(papers)
    write_truth(NAME, PART, papers,
                "Each '- **Title, Venue Year**' bullet with its nested URL and author sub-bullets is an entry, title = bold text without the trailing ', Venue Year' part(s); TOC, badges and the Useful Resources links are not.",
                "Whole file read (250 lines): every entry's span and title compared with the -v output, incl. the venue-less titles (49, 69, 73), the two-venue title (231), the two-URL entry (30-33), the URL-less entry (243-244), and the non-entries 1-18, 47, 246-250.")


if __name__ == "__main__":
    main()
