"""Wild45 truth for systems-seminar-uiuc/systems-seminar-uiuc.github.io spring26q/papers_to_read.md: the
reading list of a systems seminar's quantum-computing quarter (quantum advantage, HPC-quantum integration,
benchmarking, error correction, multi-programming, quantum cloud, noise mitigation, verification,
algorithms), one paper per bullet.

Shape: ``# Topics`` and ``## Topic`` headings; under each, ``- [Title](url) (Venue Year[, by Org])`` bullets,
sometimes a second parenthesised note (``(By IBM)``, ``(Google Quantum AI)``, ``(Most widely pursued error
correction scheme)``).  Irregular cases: two bullets open an unclosed bold ``- **[Title](url) (Arxiv ...)`` (19,
22); a sub-bullet note under 20 (21); a ``(Survey)`` tag before the link (114); an escaped apostrophe in a title
(8 ``don\\'t``); an empty bullet ``- `` (88); two papers listed twice in different sections (37/80 "A Framework
for Integrating Quantum Simulation and High Performance Computing", 65/136 "Demonstrating real-time and
low-latency quantum error correction ..."); a final ``## Books`` section with three textbooks (140-142).  Links:
arXiv abs pages, dl.acm.org/doi (one 10.5555 id), APS journal pages (DOI in the path), Science/Wiley/Frontiers
DOI URLs (Wiley's percent-encoded), IEEE Xplore document numbers, Nature article pages, quantum-journal.org,
USENIX presentation pages, computer.org proceedings pages, a ScienceDirect pii, a Duke PDF.

Decisions:
- Entries: every link bullet under the topic headings before ``## Books`` (85), one paper each (articles,
  preprints, conference papers, a white paper 47); the entry is the bullet line plus its sub-bullet note (20-21).
  Repeated papers are separate entries.  Not entries: the empty bullet 88 and the three textbooks under
  ``## Books``.
- Title: the link text (markup and the backslash escape removed); the ``(Survey)`` tag, the stray ``**`` and the
  parenthesised venue/notes after the link are not part of it.
- Ids: the helpers' first arXiv id/DOI of the entry's lines (the link URL), except the Wiley DOI of 12, which
  the helper cuts at its ``<`` (``%3C``); it is set whole from the decoded URL.  IEEE Xplore numbers, Nature
  article ids, the ScienceDirect pii, quantum-journal.org, USENIX and computer.org pages give no DOI.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild45 import entry, read_lines, write_truth

NAME = "systems-seminar-uiuc__systems-seminar-uiuc.github.io__spring26q__papers_to_read@43dcf97.md"
PART = "wild45_development"

ITEM = re.compile(r"^- (?:\*\*|\(Survey\) )?\[(?P<t>[^\]]+)\]\((?P<u>[^)]*)\) \(")


def main() -> None:
    lines = read_lines(NAME)
    books = lines.index("## Books") + 1
    papers = []
    for n, ln in enumerate(lines[: books - 1], 1):
        if not ln.startswith("- "):
            assert ln == "" or ln.startswith(("#", "  - ")), (n, ln)
            continue
        m = ITEM.match(ln)
        if not m:
            assert n == 88 and ln.strip() == "-", (n, ln)
            continue
        last = n
        while last < len(lines) and lines[last].startswith("  - "):
            last += 1
        papers.append(entry(lines, n, last, m.group("t")))
    assert len([ln for ln in lines[books:] if ln.startswith("- ")]) == 3
    # The Wiley URL (12) percent-encodes an SICI-style DOI with '<', '>' and ';'; the helper stops at the '<', so
    # the DOI is set whole, as the decoded URL gives it.
    (wiley,) = [p for p in papers if p["line"] == 12]
    assert wiley["doi"] == "10.1002/1521-3978(200009)48:9/11", wiley["doi"]
    wiley["doi"] = "10.1002/1521-3978(200009)48:9/11<771::aid-prop771>3.0.co;2-e"
    assert sum(1 for p in papers if p["arxiv"]) == 36 and sum(1 for p in papers if p["doi"]) == 26
    assert [(p["line"], p["end"]) for p in papers if p["end"] != p["line"]] == [(20, 21)]
    assert len(papers) == 85, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '- [Title](url) (Venue Year)' bullet under the topic headings (85, repeated papers kept) is one paper"
        " on its line (20 with its sub-bullet note); title = the link text, without the '(Survey)' tag, stray '**'"
        " or the parenthesised venue/notes; the empty bullet and the three textbooks under '## Books' are not"
        " entries.",
        "Whole file read (142 lines) against the -v output: all 85 bullets of the 16 topic sections (first/last of"
        " each: 5/14, 18/22, 26/30, 34/42, 46/47, 51/61, 65/76, 80, 84/87, 92/94, 98/100, 104/107, 111/119,"
        " 123/124, 128, 132/136), the unclosed '**' at 19 and 22, the sub-bullet 21 in entry 20-21, '(Survey)'"
        " dropped at 114, the escaped apostrophe at 8 rendered as ', the empty bullet 88 and the Books section"
        " 140-142 left out (asserted), the repeated papers 37/80 and 65/136 kept; ids: 36 arXiv (old-style"
        " quant-ph at 13 and 72), 26 DOIs from ACM/APS/Science/Frontiers/Wiley URLs, the Wiley SICI DOI at 12"
        " set whole (helper cut it at '<'); IEEE/Nature/quantum-journal/USENIX/computer.org/pii links give none;"
        " count 85 asserted.",
    )


if __name__ == "__main__":
    main()
