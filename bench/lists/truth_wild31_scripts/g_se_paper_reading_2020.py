"""Wild31 truth for SE-paper-reading/2020 index.md (gh-pages branch): a reading group's index of paper notes.

Shape: `## Dec 21 - 27`-style date headings; under them one paragraph per note, `[Link text](./Dec/note.md)`,
sometimes followed by ` - [[paper](pdf)]`, `[[online article](...)]`, `[[Project Website](...)]`,
`[[Code](...)]` on the same line.  The link text is the paper title, and in eight records the group appended
` - Venue - Year` (or only ` - NIPS`, or an author ` - Chen - 2020`) inside the link text: lines 6, 12, 35, 40,
45, 50, 57, 60.  Those suffixes are not part of the title.  Line 62 `DRAST - A Deep Learning and AST Based
Approach for Bug Localization` is the paper's own title (the dash is the title's), kept whole.  Line 50 keeps
the title as written (`Where should the bugs be fixed More accurate ...`, no question mark).
Entries: every note paragraph (23 lines) except line 8, `Humans in the Loop: The Design of Interactive AI
Systems`, which is an essay, not a paper (the group's own note for it, Dec/human_in_the_loop.md, opens with
"this is not an academic paper").  22 entries.  Ids: the arXiv `[[paper]]` links on lines 32, 40 and 45.
The file lives only on the repository's gh-pages branch (its main branch holds just the initial commit).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild31 import entry, read_lines, write_truth

NAME = "SE-paper-reading__2020__index@3fc13f5.md"
PART = "wild31_development"

REC = re.compile(r"^\[([^\]]+)\]\(([^)]*)\)")
# the suffixes the group wrote inside the link text (venue / year / first author), by line
SUFFIX = {
    6: " - NIPS",
    12: " - AAAI - 2019",
    35: " - FSE - 2020",
    40: " - MAPL@PLDI - 2018",
    45: " - Workshop on Machine Learning Techniques for Software Quality Evolution - 2020",
    50: " - ICSE - 2012",
    57: " - FSE - 2020",
    60: " - Chen - 2020",
}
NOT_PAPER = {8}  # Humans in the Loop: an essay (the note says it is not an academic paper)


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    seen = 0
    for i, ln in enumerate(lines, 1):
        m = REC.match(ln)
        if not m:
            continue
        seen += 1
        if i in NOT_PAPER:
            continue
        title = m.group(1)
        if i in SUFFIX:
            assert title.endswith(SUFFIX[i]), (i, title)
            title = title[: -len(SUFFIX[i])]
        papers.append(entry(lines, i, i, title))
    assert seen == 23, seen
    assert len(papers) == 22, len(papers)
    write_truth(NAME, PART, papers,
                "Each note paragraph `[Title](./Dec/x.md) ...` is one entry except the essay on line 8; title = the"
                " link text minus the ` - Venue - Year` suffix the group added on 8 lines.",
                "All 23 note lines read by eye: suffixes removed on lines 6, 12, 35, 40, 45, 50, 57, 60, DRAST"
                " kept whole, arXiv ids on lines 32, 40, 45, line 8 left out.")


if __name__ == "__main__":
    main()
