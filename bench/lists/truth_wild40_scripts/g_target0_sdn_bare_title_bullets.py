"""Wild40 truth for target0/ingi2349 README.md: the shared reading list of a 2014 UCLouvain networking
seminar (INGI2349) on software-defined networking, generated from the students' BibTeX files by the repo's
``update_list.sh``.

Shape: a setext ``ingi2349`` heading, a short "Proposed process" paragraph with an indented shell line, then
``## 126 articles`` and 126 bullet lines ``* Title`` (lines 14-139), sorted, one title per line, no authors,
links, venues or ids.  Quirks kept as written: duplicates the script left in (lines 15/16, 59/60, 64/65,
79/80, 82/83, 85/86, 121/122 are byte-identical pairs; 37/38 DevoFlow and 132/133 VeriFlow/Veriflow are near
duplicates with different casing or subtitle); BibTeX case-protection braces survive in line 28
(``Automating the {T}esting of {O}pen{F}low {A}pplications``); line 55 ends with a '.' copied from the BibTeX
title.

Decisions:
- Every bullet is an entry (126, matching the heading): the BibTeX files behind the list are all
  @inproceedings/@article/@techreport plus one @misc (the IETF draft "Software-Defined Network (SDN) Problem
  Statement and Use Cases for Data Center Applications", kept as a technical report).  Magazine pieces in
  IEEE Computer / Internet Computing ("Software-Defined Networking Could Shake Up More than Packets", "...On
  the Verge of a Breakthrough?", "OpenFlow: The Next Generation of the Network?") are published articles and
  kept.  Repeated bullets are separate entries (repeated records).
- Title: the bullet text; the braces of line 28 are kept (they are how the file writes it, not Markdown
  markup); the final '.' of line 55 is dropped by the common tidy step.
- The heading and the process paragraph are not entries.  No ids anywhere.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild40 import entry, read_lines, write_truth

NAME = "target0__ingi2349__README@e0266f6.md"
PART = "wild40_development"

BULLET = re.compile(r"^\* (\S.*?)\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = BULLET.match(ln)
        if not m:
            assert not ln.startswith(("*", "-", "+")), n
            continue
        assert n >= 14, n
        papers.append(entry(lines, n, n, m.group(1)))
    assert len(papers) == 126, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '* Title' bullet under '## 126 articles' is an entry (one line each, repeated bullets kept as"
        " separate entries); title = the bullet text as written (BibTeX braces of line 28 kept, a final '.'"
        " dropped).",
        "Whole file read (139 lines): count matches the '## 126 articles' heading; the seven byte-identical"
        " duplicate pairs and the DevoFlow/VeriFlow near duplicates kept; braces title (28), trailing-dot title"
        " (55), question-mark titles (30, 31, 85/86, 116) and the '!' title (34) compared with the -v output;"
        " borderline items (IETF problem statement 112, magazine pieces 85/86, 113, 116, tutorial 131) checked"
        " against the repo's .bib files and kept.",
    )


if __name__ == "__main__":
    main()
