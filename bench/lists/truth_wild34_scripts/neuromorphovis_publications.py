"""Wild34 truth for BlueBrain/NeuroMorphoVis PUBLICATIONS.md: the "Publications Using or Mentioning
NeuroMorphoVis" bibliography of the software project (taken at commit 269f5b5, the last commit
holding the file; the next commit ded2b19 deleted it).

Shape: year headings (``## 2023`` .. ``## 2019``) over ``+`` bullet items, one Chicago-style
reference per line: ``Authors. "**Title.**" Venue (year).``  Every bullet is one entry; its title is
the bold-and-quoted text without the closing full stop.  No record has a link; one gives an arXiv
id as text (line 18, ``arXiv preprint arXiv:2212.07044``).

Special cases:
- Lines 24-25: Bijari's thesis title was hard-wrapped at "NeuroMorpho.Org" so that the second
  half starts a new bullet (``+ Org.**" PhD diss., ...``).  The two bullets are one record (one
  entry, lines 24-25); the title is read across the break as "...Models for NeuroMorpho.Org".
- Line 37: the bold run is never closed (``"**Advanced Embodied Learning." PhD diss.``); the
  title is the quoted text.
- Line 38 has no venue; line 48 and line 58 are a thesis and a student capstone proposal (kept:
  each record names one written work).
- Repeated papers (Iavarone's 2022 preprint and 2023 article, the "Meshing of Spiny..." and
  "Metaball skinning..." papers) are separate records and separate entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import entry, read_lines, write_truth

NAME = "BlueBrain__NeuroMorphoVis__PUBLICATIONS@269f5b5.md"
PART = "wild34_development"

TITLE = re.compile(r'"\*\*(.+?)(?:\*\*"|"\s)')


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, start=1):
        if not ln.startswith("+ "):
            continue
        if i == 25:  # continuation of line 24's wrapped title
            continue
        if i == 24:
            title = ("Enhanced Semi-Automated Metadata Extraction, Acquisition, and Management Via Web "
                     "Technologies and Machine Learning Models for NeuroMorpho.Org")
            assert ln.rstrip().endswith("NeuroMorpho.") and lines[24].startswith("+ Org.**")
            papers.append(entry(lines, 24, 25, title))
            continue
        m = TITLE.search(ln)
        assert m, (i, ln)
        papers.append(entry(lines, i, i, m.group(1)))
    assert len(papers) == 42, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each '+' bullet reference is one entry (the bullet pair at lines 24-25, split inside a wrapped "
        "title, is one entry); the title is the quoted bold text without its closing full stop.",
        "All 42 entries checked by eye against the file, including the split record at 24-25, the "
        "unclosed bold at 37, the arXiv id at 18 and the repeated papers.",
    )


if __name__ == "__main__":
    main()
