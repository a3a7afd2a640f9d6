"""Wild38 truth for gusrlLee/blog 001_papers/Idea1.md: a rendering PhD student's research-idea notes, a nested
list of global-illumination papers (photon mapping, reservoir resampling / ReSTIR, point-cloud rendering, ray
scheduling, CPU-GPU hybrids), many with long reading notes nested under them.

Shape: an HTML comment giving the naming rule (``Author's last name (YYYY), "Title"``, line 1), then ONE nested
bullet list: ``* Global Illumination`` (2), topic bullets at two spaces (``  * Photon Mapping``, ``  * Reservoir
Resampling.``, ``  * Quantization (...)``, ``  * Ray coherence & scheduling (...)``, ``  * CPU-GPU Hybrid
method``) and paper bullets at four spaces, each ``    * **Author (YYYY), "Title."**``.  The first 14 photon-
mapping papers carry deep notes (``Takeaways`` / ``Paper contexts`` sub-bullets in English and Korean, LaTeX
formulas, hard-wrapped continuation lines, an empty bullet at 416, a source-code link at 450, highlighted
mentions of another listed paper at 446 and 456); the later ones are bare.  Special cases: line 477 writes its
title without quotes (``McGuire and Luebke (2009), Hardware-Accelerated ... Photon Mapping.``); lines 506 and 512
append ``-> Ray tracing Gems I/II book`` after the quoted title; some titles end with '.' inside the quotes,
some do not; the file ends without a newline.  No links to papers, no ids.

Decisions:
- An entry is a four-space paper bullet naming a scholarly work; its span runs from the bullet through the last
  non-blank line of its nested notes (up to the next paper or topic bullet).  The two Ray Tracing Gems chapters
  (506, 512) are entries (articles of an edited collection, as in the other wild38 graphics lists).
- Not an entry: line 528 "A gentle introduction to restir path reuse in real-time" (Wyman et al. 2023), the
  SIGGRAPH 2023 course notes (course material, as the SIGGRAPH Asia course in the wild38 boksajak truth).  The
  topic bullets, the comment and the paper mentions inside notes (446, 456) are not entries either.
- Title: the quoted text (for 477 the text after ``(2009), ``), with a final '.' dropped.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild38 import entry, read_lines, write_truth

NAME = "gusrlLee__blog__001_papers__Idea1@8347122.md"
PART = "wild38_development"

PAPER = re.compile(r'^    \* \*\*(.+?) \((\d{4})\), (.+?)\*\*\s*$')
QUOTED = re.compile(r'^"(.+?)"(?: -> Ray tracing Gems II? book)?$')
OUTER = re.compile(r"^ {0,4}\* ")  # a paper bullet, a topic bullet or the root
NOT_PAPERS = {528}  # SIGGRAPH 2023 course notes


def main() -> None:
    lines = read_lines(NAME)
    starts = [n for n, ln in enumerate(lines, 1) if OUTER.match(ln)]
    papers = []
    for i, n in enumerate(starts):
        m = PAPER.match(lines[n - 1])
        if not m:
            assert not lines[n - 1].startswith("    "), n
            continue
        stop = starts[i + 1] - 1 if i + 1 < len(starts) else len(lines)
        last = max(k for k in range(n, stop + 1) if lines[k - 1].strip())
        if n in NOT_PAPERS:
            continue
        rest = m.group(3)
        q = QUOTED.match(rest)
        title = q.group(1) if q else rest
        assert '"' not in title and "->" not in title, n
        papers.append(entry(lines, n, last, title.removesuffix(".")))
    assert sum(1 for ln in lines if PAPER.match(ln)) == 37
    assert len(papers) == 36, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each four-space bullet '**Author (YYYY), \"Title\"**' naming a paper or Ray Tracing Gems chapter is an"
        " entry spanning its nested notes; title = the quoted title (477 unquoted) without a final '.'; the"
        " SIGGRAPH 2023 ReSTIR course notes (528), topic bullets and in-note mentions are not entries.",
        "Whole list structure checked (every outer bullet is the root, a topic or a paper); spans of the noted"
        " papers (4-51, 52-101, 102-136, 137-158, 159-211, 212-302, 303-336, 337-409, 410-412, 413-443, 444-476,"
        " 477-505, 506-511) and the bare ones (512-543); the unquoted title (477), the '-> Ray tracing Gems' titles"
        " (506, 512), the in-note mentions (446, 456), the empty bullet (416), the excluded course notes (528) and"
        " the last line without newline compared with the -v output.",
    )


if __name__ == "__main__":
    main()
