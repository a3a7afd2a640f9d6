"""Wild45 truth for TAMREF/project-tcs README.md: the schedule of a theoretical-computer-science study group
(graph algorithms, min-cut, submodular maximization, fine-grained complexity, parameterized algorithms,
pseudorandomness), each session presenting one recent paper.

Shape: ``# project-tcs``, an intro sentence in backticks, ``## Members`` and ``### Alumni`` pipe tables of people
(7-22), ``## Schedules`` with a note on italics (26), then ``### Season 3 (2023)``, ``### Season 2 (2021)``,
``### Season 1 (2020/2021)``, each a list of ``* Week N (m/d) - Paper Title (Host: name) [(V)](youtube)``
bullets; the tentative Season 3 items are wrapped whole in ``_..._`` with the video link outside (29); some
items have no video link (30-32, 43-44), one has two (50 ``[(V1)] [(V2)]``), one a ``(V, Korean)`` label (29).
Titles: one ends in a period (40 ``... and Simpler.``), one holds LaTeX (56 ``$(\\Delta +1)$``), one a
Unicode epsilon (57), one lost a letter (31 ``From connected -join``, written so).

Decisions:
- Entries: every ``Week`` bullet (26): the subject of each session is one paper, named by its title; the
  video links are recordings of the session, not separate entries.  The member tables are not entries.
- Title: the text between ``Week N (m/d) - `` and `` (Host: ...)``, as written (LaTeX left as written; the final period
  of 40 is dropped as a separator, the set's convention, though the paper's own title has it); the italic markers are not part of it.
- Ids: none in the file (YouTube links only; asserted).
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild45 import entry, read_lines, write_truth

NAME = "TAMREF__project-tcs__README@cd92d29.md"
PART = "wild45_development"

ITEM = re.compile(r"^\* _?Week (?P<w>\d+) \(\d+/\d+\) - (?P<t>.+) \(Host: [^)]+\)_?(?: \[.*)?$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    weeks = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("* "):
            continue
        m = ITEM.match(ln)
        assert m, (n, ln)
        weeks.append(int(m.group("w")))
        papers.append(entry(lines, n, n, m.group("t")))
    assert weeks == [1, 2, 3, 4] + list(range(1, 11)) + list(range(1, 13)), weeks
    assert len(papers) == 26, len(papers)
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '* Week N (m/d) - Title (Host: name) [(V)](video)' session bullet (italic when tentative) is one"
        " paper on its line (26); title = the text between 'Week N (m/d) - ' and ' (Host: ...)'; member tables and"
        " video links are not entries.",
        "Whole file read (59 lines) against the -v output: all 26 bullets of the three seasons (29-32, 35-44,"
        " 48-59; week numbers asserted), italic wrappers of Season 3 removed, bullets without video (30-32,"
        " 43-44) and with two videos (50), the final period of 40 dropped (convention), LaTeX at 56 and epsilon at 57 as written,"
        " 31's 'connected -join' as written; the member/alumni tables 7-22 left out; no ids (asserted).",
    )


if __name__ == "__main__":
    main()
