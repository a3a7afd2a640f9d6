"""Wild48 truth for FahrenheitResearch/open-dealiasing-algorithms docs/bibliography.md: the "Annotated bibliography"
of a small open radar-velocity dealiasing software project (its only commit, d8433b4, 2026-04-15).

Shape: 132 lines, 8 KB.  ``# Annotated bibliography`` (1) and an intro paragraph (3), then seven ``##`` topic sections
(5, 27, 45, 71, 85, 99, 109) whose items are ``###`` headings, one per work, each followed by a one-paragraph
annotation: ``### Ray, P. S., and C. Ziegler, 1977: *De-Aliasing First-Moment Doppler Estimates.*`` (authors, year,
colon, the title in single-star italics with its final period inside the stars).  No links and no ids anywhere.
``## How to use this bibliography`` (115) closes with a numbered reading order (119-128) that names works only by
author-year or nickname: ``1. Ray and Ziegler (1977)``, ``8. R2D2 and UNRAVEL``,
``9. Gao and Droegemeier / Haase and Landelius / Lim and Sun``; ``## A note on proprietary app discussions`` (130).

Special cases:
- ``## Operational and public-weather-radar references`` (27-43): four headings for NOAA ROC web material, algorithm
  documentation and an NSSL educational guide (29 ``NOAA Radar Operations Center (ROC): *2DVDA (...).*``, 33, 37,
  41): documentation, not research works; not entries.
- ``## Open software references`` (85-97): Py-ART functions and PyDDA user guidance: software, not entries.
- 105 ``### Alford, A. A., and coauthors, 2022: work on staggered pulse repetition time and related ...``: a research
  work named without a title (no italics): an entry with title None.
- Reading order 119-128: items 1-5 and 10 each name one paper (author-year), 8 names two (R2D2, UNRAVEL, nicknames),
  9 names three (slash-separated); these are repeats of papers above and are separate entries with title None
  (no title is written).  Items 6 (ROC material) and 7 (Py-ART docs) are not entries.

Decisions:
- Entry = every ``###`` heading of a research paper (17): lines from the heading to the end of its annotation
  paragraph; title = the italic text after ``YEAR: ``, final period dropped, ``R2D2: ...`` / ``UNRAVEL: ...`` prefixes
  kept as written.
- Entry = every paper named in the reading order (11): the item's line, title None; one entry per named paper.
- Not entries: headings of documentation/software (29, 33, 37, 41, 87, 91, 95), section headings, prose, reading
  items 6-7.
"""
import re

from _wild48 import entry, read_lines, write_truth

NAME = "FahrenheitResearch__open-dealiasing-algorithms__docs__bibliography@d8433b4.md"
PART = "wild48_development"

PAPER = re.compile(r"^### (?P<authors>[^:]+?), (?P<year>\d{4}): (?:\*(?P<title>[^*]+)\*|work on .+)$")
NOT_PAPER = {29, 33, 37, 41, 87, 91, 95}
READ = re.compile(r"^(?P<num>\d+)\. (?P<text>.+)$")
READ_PAPERS = {1: 1, 2: 1, 3: 1, 4: 1, 5: 1, 6: 0, 7: 0, 8: 2, 9: 3, 10: 1}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Annotated bibliography"
    papers = []
    for n, ln in enumerate(lines, 1):
        if ln.startswith("### "):
            if n in NOT_PAPER:
                assert not PAPER.match(ln), (n, ln)
                continue
            m = PAPER.match(ln)
            assert m, (n, ln)
            end = n + 1
            while end < len(lines) and not lines[end].startswith("#"):
                end += 1
            while not lines[end - 1].strip():
                end -= 1
            assert end == n + 2, (n, end)
            papers.append(entry(lines, n, end, m.group("title")))
        elif (m := READ.match(ln)) and n > 115:
            for _ in range(READ_PAPERS[int(m.group("num"))]):
                papers.append(entry(lines, n, n, None))
    assert len(papers) == 28, len(papers)
    t = {p["line"]: p for p in papers}
    assert t[7]["title"] == "De-Aliasing First-Moment Doppler Estimates", t[7]
    assert t[77]["title"] == (
        "R2D2: A Region-Based Recursive Doppler Dealiasing Algorithm for Operational Weather Radar"), t[77]
    assert t[105]["title"] is None, t[105]
    assert t[111]["title"] == ("A Deep Learning–Based Velocity Dealiasing Algorithm Derived from the WSR-88D Open"
                               " Radar Product Generator"), t[111]
    assert sum(1 for p in papers if p["line"] == 127) == 3
    assert sum(1 for p in papers if p["line"] > 115) == 11
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '###' heading naming a research paper (17) is an entry spanning the heading and its annotation"
        " paragraph, title = the single-star italic text after 'YEAR: ' (final period dropped; 105 'Alford ... work on"
        " staggered PRT ...' has no title: None); the headings for ROC/NSSL documentation (29, 33, 37, 41) and Py-ART/"
        "PyDDA software (87, 91, 95) are not entries; the closing numbered reading order names papers by author-year"
        " or nickname: one entry (title None) per named paper (11: items 1-5, 10 one each, 8 two, 9 three), items 6-7"
        " (ROC material, Py-ART docs) not entries.",
        "Read all 132 lines; compared -v for all 28 entries: 17 paper headings (7-23, 47-67, 73-81, 101, 105, 111) with"
        " titles as written (R2D2:/UNRAVEL: prefixes kept, 'De-Aliasing', en dash in 'Deep Learning–Based'), the"
        " untitled Alford 2022 work 105 as None, the 11 reading-order mentions (119-123, 126 x2, 127 x3, 128); no"
        " links or ids in the file.",
    )


if __name__ == "__main__":
    main()
