"""Wild46 truth for shangversatile/Paper-Reading-Notes literature-curriculum/master-paper-index.md (newest commit
53144f8, 2026-08-20): the master index of a prospective PhD applicant's paper-reading repository (reliable
spatiotemporal forecasting, uncertainty, conformal prediction, learning dynamics), one row per paper with reading
tier, why it matters, which advisor it prepares for, reading status and the path of the reading note.

Shape (92 lines, LF, final newline, 26 KB, UTF-8 BOM before the first line): ``# Master Paper Index`` (1),
``## Paper ID Prefix Legend`` (3) with a bullet list explaining ``P-<TRACK>-<NUMBER>`` (7-13), a three-column table
of the 23 track prefixes (15-39: ``| P-GRAPH | Graph neural network foundations | ... |``), a prose paragraph (41),
then the 13-column paper table: header ``| ID | Paper | Year | Venue | Track | Reading Tier | Why It Matters |
Active Project Connection | Research Context | Primary Source | Primary Source Verified | Reading Status | Notes
Path |`` (43), delimiter (44) and 48 rows (45-92), one per paper, ordered by curriculum rather than by track.
Special cases: the Primary Source cell is a bare URL (NeurIPS/PMLR/IJCAI proceedings pages, OpenReview forums,
arXiv abs pages, ACM DL ``doi/`` pages 49 and 84, PNAS and Science ``doi/`` pages 53 and 66, an OUP article page
68, ScienceDirect pii 70, a UW tech-report page 74, a lab project page 86) or ``TBD`` (88-92); 55's Venue cell is
``arXiv:2509.21519``; the last five rows (88-92) are placeholders with ``metadata-to-verify`` in Year/Venue, and two
of them name the paper only by its method/system name (91 ``Spherical DYffusion``, 92 ``Zephyrus``) and one by a
shortened title (90 ``Koopman Neural Forecaster``).  The prefix table 15-39 lists research tracks, not papers.

Decisions:
- Entry = each row of the 13-column paper table (45-92): 48 entries; the prefix-legend table, its bullets and the
  header/delimiter rows are not entries.
- Title = the Paper cell as written.  90-92 are kept as written too: the file presents them as its title-level
  entries, and telling a system name from a title prefix would need outside knowledge (the held-out nickname
  convention).
- Ids from the row: arXiv ids from the Venue cell (55) or arXiv links, DOIs from the ``doi/`` URLs (49, 53, 66, 84);
  proceedings pages, OpenReview, OUP article numbers and ScienceDirect pii give none.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild46 import entry, read_lines, write_truth

NAME = "shangversatile__Paper-Reading-Notes__literature-curriculum__master-paper-index@53144f8.md"
PART = "wild46_development"

HEADER = (
    "| ID | Paper | Year | Venue | Track | Reading Tier | Why It Matters | Active Project Connection | Research Context"
    " | Primary Source | Primary Source Verified | Reading Status | Notes Path |"
)


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index(HEADER) + 1
    assert start == 43, start
    papers = []
    for n in range(start + 2, len(lines) + 1):
        text = lines[n - 1]
        if not text.strip():
            continue
        cells = [c.strip() for c in text.strip().strip("|").split(" | ")]
        assert len(cells) == 13 and cells[0].startswith("P-"), (n, cells)
        papers.append(entry(lines, n, n, cells[1]))
    assert papers[0]["line"] == 45 and papers[-1]["line"] == 92
    assert len(papers) == 48, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each row of the 13-column paper table (45-92, header 43) is an entry (48); title = the Paper cell as written,"
        " including the placeholder rows 90-92 that give a shortened title or a method/system name; the track-prefix"
        " legend table 15-39 is not a list of papers.",
        "Whole file read (92 lines) against the -v output: prefix legend 3-41 not taken, header 43 and delimiter 44"
        " not taken, all 48 rows 45-92 taken one line each with the Paper cell as title (checked first/last of each"
        " block of tracks: 45/46 GRAPH, 47-52 ST, 53-55 MECH/MECHINT, 56-65 LD, 66-68 CAUSAL, 69-87 mixed, 88-92"
        " placeholders), 76's inner '?' kept, 90-92 kept as written, arXiv ids from 55's Venue cell and the arXiv"
        " links, DOIs from ACM DL 49/84, PNAS 53 and Science 66 doi/ URLs, no ids for proceedings pages, OpenReview,"
        " OUP 68, pii 70, tech report 74, lab page 86, TBD 88-92.",
    )


if __name__ == "__main__":
    main()
