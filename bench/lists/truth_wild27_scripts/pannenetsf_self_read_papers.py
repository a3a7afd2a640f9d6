"""Wild27 truth for PannenetsF/Awesome-Self-Read-Papers README.md: one person's log of papers read, with notes.

Shape: 47 lines, LF endings.  "Pannenets' Read Papers and Note." then five `## topic` headings
(lane-detection line 7, quantization 22, metric 30, understand 35, distributed system 40), each with a
7-column table `| Publisher | Year | Name | Tags | Team | Read | Logic |`: the venue as a
`<strong><code>CVPR</code></strong>` badge, the year, the title as plain text (no link anywhere in the
file, so no arXiv id or DOI), tag badges, an always empty Team cell, the reading depth as a badge
(`abs`, `rough`, `detailed`, or empty) and a long personal note ("Logic") with `<br/>` line breaks.
Entry = every table row; title = the Name cell (3rd cell), its trailing `<br/>` (14 rows) removed.
Special cases: none of the rows is a non-paper; the notes in the Logic cells name other methods
(LaneNet, STLNet, Paxos) in running text, which are not records.
Count check: 20 rows starting `| <strong><code>` (lines 11-21, 26-29, 34, 39, 44-46) = 20 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild27 import entry, read_lines, write_truth

NAME = "PannenetsF__Awesome-Self-Read-Papers__README@9a34c54.md"
PART = "wild27_development"


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 48 and lines[47] == "", len(lines)
    papers = []
    for i, text in enumerate(lines, 1):
        if not text.startswith("| <strong><code>"):
            continue
        cells = text.split("|")
        assert re.fullmatch(r"\s*(19|20)\d\d\s*", cells[2]), i
        title = re.sub(r"<br/>\s*$", "", cells[3].strip())
        assert title and "<" not in title, i
        papers.append(entry(lines, i, i, title))
    assert [p["line"] for p in papers] == [*range(11, 22), *range(26, 30), 34, 39, 44, 45, 46]
    assert len(papers) == 20, len(papers)
    write_truth(NAME, PART, papers,
                "every row of the five topic tables is an entry; title = the plain-text Name cell without its"
                " trailing <br/>; the file has no links, so no ids",
                "all 20 rows and their titles read by eye against the file; the header and separator rows and the"
                " Logic notes (which name other methods in prose) checked not to be records")


if __name__ == "__main__":
    main()
