"""Wild29 truth for yallop/effects-bibliography README.md: a community bibliography of computational
effects and effect handlers (programming languages), grouped by kind and year.

Shape: multi-line bullet records separated by blank lines:
`* **Title** (Venue Year)␣␣` / `  by Authors␣␣` / `  ([doi](...))` / `  ([dblp](...))` / `  ([pdf](...))` ...,
with `*` or `-` as bullet (the newest years use `-`), hard line breaks by two trailing spaces, and
sometimes the `by` line without them (lines 256-262).  Title = the bold text; the venue parenthetical,
authors and link labels are not part of it; `&mdash;` (line 2082) is the entity rendered.
Sections and decisions:
- `## Software` (lines 13-187): languages and libraries, not entries.
- `## Tutorials` (188-239): lectures and video series are talks, not entries (lines 192, 197, 226);
  two records are tutorial papers and are entries: Bauer 2018 on arXiv (line 210) and Pretnar's MFPS
  2015 invited tutorial paper (line 233).
- `## Papers` (240-1905): every record is an entry (tech reports, unpublished drafts and journal
  versions of conference papers included; the same title recurs in different years, e.g. lines 353 and
  872, and each record is its own entry), except two non-papers: "The Frank Manual" (line 1576, a
  language manual) and "Control.Effects" (line 1580, a Haskell library).
- `## Theses and Dissertations` (1906-2086): every record (BSc/MSc/PhD theses) is an entry.
A record's lines run from its bullet to the last non-blank line before the next blank line; the ids
are the first doi/arXiv the record writes (DOI links, arXiv links, 10.48550 DOIs).  272 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild29 import entry, read_lines, write_truth

NAME = "yallop__effects-bibliography__README@08d791b.md"
PART = "wild29_development"

BULLET = re.compile(r"^[*-] \*\*(.+?)\*\*")
TUTORIAL_PAPERS = {210, 233}
NOT_PAPERS = {1576, 1580}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = None
    i = 0
    n = len(lines)
    while i < n:
        ln = lines[i]
        if ln.startswith("## "):
            section = ln[3:].strip()
        m = BULLET.match(ln)
        if m:
            start = i + 1
            j = i
            while j + 1 < n and lines[j + 1].strip() and not BULLET.match(lines[j + 1]) and not lines[j + 1].startswith("#"):
                j += 1
            end = j + 1
            keep = (
                (section == "Tutorials" and start in TUTORIAL_PAPERS)
                or (section == "Papers" and start not in NOT_PAPERS)
                or section == "Theses and Dissertations"
            )
            if keep:
                papers.append(entry(lines, start, end, m.group(1)))
            i = j + 1
            continue
        i += 1
    assert len(papers) == 272, len(papers)
    write_truth(NAME, PART, papers,
                "Each multi-line bullet record under Papers and Theses and Dissertations is one entry (plus the two "
                "tutorial papers of lines 210 and 233), title = the bold text; Software, lecture/video tutorials, the "
                "Frank manual and the Control.Effects library are not entries.",
                "First and last record of every year in Papers and Theses checked by eye, every Tutorials record, "
                "the two excluded non-papers, the repeated titles, the &mdash; title, and a random sample of 30 records "
                "(spans and ids).")


if __name__ == "__main__":
    main()
