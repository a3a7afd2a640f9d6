"""Wild42 truth for m0rfy/SIFS-Theory-Core docs/references.md (newest commit 9533b12): the reference list (headings
in English with emoji, notes in Russian) of a personal speculative-physics project ("SIFS theory") -- theoretical
physics and cosmology: Randall-Sundrum extra dimensions, Kerr-Newman electron models, analogue gravity/optical
metric, AdS/CFT, dark energy (DESI), Event Horizon Telescope, black-hole information, fractal space-time, the
hierarchy problem, QCD asymptotic freedom.

Shape: ``# References`` (1), a Russian intro line (3), ``##`` topic headings with ``###`` subtopics, and a numbered
list 1.-40 with blank lines between items (so each item restarts an ordered list; "7." is used twice, 23 and 27).
Each item is one line ``N. **Authors** (Year). "Title." *Journal* **vol**, pages. [arXiv:id](url)`` -- titles in
straight double quotes with the final '.' inside, journals italic, volumes bold; ids as old-style arXiv links
(``arXiv:hep-ph/9905221``), new-style ones, ``[DOI:10.../...](https://doi.org/...)`` links (23, 81, 83, 113), or
none.  Books are written the same way with a publisher instead of a journal.  Then "Online Resources" (arXiv
category names, INSPIRE/ADS/PDG database links) and "Suggested Reading Order" (160-176): numbered author-year
pointers back to the list with a note, e.g. ``2. Randall & Sundrum (1999) - оба paper`` ("both papers").

Entries (41 = 32 references + 9 reading-order pointers):
- every numbered reference to an article, a review (113 PDG "Review of Particle Physics", PTEP), collaboration
  papers (57 DESI 2024, 59 DESI DR2 "(in preparation)" -- a paper announced as forthcoming, kept; 71 Euclid; 73
  "JWST ERO Team" as written; 81/83/85 EHT) and proceedings papers (23 AIP Conf. Proc.); the entry is its line;
- the reading-order items that point at specific papers of the list, title null (author-year keys, no title):
  161 "Randall & Sundrum (1999) - оба paper" = the two RS papers -> two entries on the line; 162 "Gordon (1923) /
  Leonhardt (2000)" -> two entries; 163 DESI (2024); 167 Maldacena (1998); 169 Burinskii (2008); 170 Calcagni
  (2010); 176 DESI DR2 (2025).
Not entries: the books -- 31 Novello, Visser & Volovik "Artificial Black Holes" (World Scientific, an edited
volume, even though it carries an arXiv link), 45 Birrell & Davies, 47 Wald, 49 Parker & Toms, 99 Mandelbrot, 101
Nottale, 131 Penrose, 133 Misner-Thorne-Wheeler, 135 Nakahara; reading-order items naming books (160 Penrose
chapters, 168 Birrell & Davies) or no single work (174 "all works on the RS model (Randall, Sundrum, Goldberger,
Wise)", 175 "EHT Collaboration papers"); arXiv category and database bullets; headings.
Title: the text in the straight double quotes, the '.' before the closing quote dropped ('?' kept: 93, 125);
85 keeps "Sagittarius A*" (a literal asterisk, not emphasis).  Ids: the first id on the line (old- and new-style
arXiv ids, DOIs); reading-order pointers have none.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild42 import entry, read_lines, write_truth

NAME = "m0rfy__SIFS-Theory-Core__docs__references@9533b12.md"
PART = "wild42_development"

REF = re.compile(r'^\d+\. \*\*[^*]+\*\* \((?:19|20)\d\d\)\. "(.+?)\.?" ')
BOOKS = {31, 45, 47, 49, 99, 101, 131, 133, 135}
# reading-order pointers to specific papers: line -> how many papers it names
POINTERS = {161: 2, 162: 2, 163: 1, 167: 1, 169: 1, 170: 1, 176: 1}
NOT_POINTERS = {160, 168, 174, 175}  # books (Penrose, Birrell & Davies) or no single work


def main() -> None:
    lines = read_lines(NAME)
    assert lines[155] == "## 📝 Suggested Reading Order" and lines[138] == "## 🔗 Online Resources"
    papers, books = [], []
    for i, ln in enumerate(lines, 1):
        if i < 156:
            m = REF.match(ln)
            if not m:
                assert not re.match(r"^\d+\. \*\*", ln), (i, ln)
                continue
            if i in BOOKS:
                books.append(i)
                continue
            title = m.group(1)
            assert f'"{title}' in ln
            papers.append(entry(lines, i, i, title))
        elif re.match(r"^\d\. ", ln):
            assert i in POINTERS or i in NOT_POINTERS, (i, ln)
            for _ in range(POINTERS.get(i, 0)):
                papers.append(entry(lines, i, i, None))
    assert set(books) == BOOKS, books
    t = {p["line"]: p["title"] for p in papers}
    a = {p["line"]: p["arxiv"] for p in papers}
    d = {p["line"]: p["doi"] for p in papers}
    assert t[9] == "A Large Mass Hierarchy from a Small Extra Dimension" and a[9] == "hep-ph/9905221"
    assert t[23] == "The Schwarzschild Proton" and d[23] == "10.1063/1.3527296"
    assert t[27] == "Zur Lichtfortpflanzung nach der Relativitätstheorie" and not a[27] and not d[27]
    assert t[59] == "Dark Energy Spectroscopic Instrument Data Release 2: Evidence for Evolving Dark Energy"
    assert t[67] == "The Case for a Positive Cosmological Λ-term" and a[67] == "astro-ph/9904398"
    assert t[85] == "Persistent Non-Gaussian Structure in the Image of Sagittarius A* at 230 GHz"
    assert t[93] == "Black Holes: Complementarity or Firewalls?" and a[93] == "1207.3123"
    assert t[113] == "Review of Particle Physics" and d[113] == "10.1093/ptep/ptae106"
    assert t[125] == "Reliable Perturbative Results for Strong Interactions?"
    assert sum(1 for p in papers if p["title"] is None) == 9
    assert sum(1 for p in papers if p["arxiv"]) == 18 and sum(1 for p in papers if p["doi"]) == 4
    assert len(papers) == 41, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each numbered reference to an article/review/collaboration or proceedings paper is an entry (title = the "
        "double-quoted text, final '.' dropped; ids = first old/new-style arXiv id or DOI on the line); the 9 books "
        "(incl. the edited 'Artificial Black Holes' with an arXiv link) are not; the Suggested Reading Order items "
        "pointing at specific listed papers are entries with null titles (two entries where a line names two "
        "papers); collective pointers, book pointers, database/category bullets are not.",
        "Whole file (180 lines) read against the -v output: all 41 numbered references (32 entries, 9 books checked "
        "by publisher), the doubled '7.' (23, 27), every title's quote boundaries ('?' kept 93/125, Λ 67, 'A*' 85), "
        "every arXiv id (old-style hep-ph/hep-th/gr-qc/astro-ph and new-style) and the 4 DOI links against their "
        "lines, the '(in preparation)' DESI DR2 item, the 15 reading-order items (9 paper pointers incl. the "
        "two-paper lines 161/162; 160/168 books, 174/175 collective), the online-resource bullets.",
    )


if __name__ == "__main__":
    main()
