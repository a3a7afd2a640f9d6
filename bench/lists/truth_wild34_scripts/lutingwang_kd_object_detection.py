"""Wild34 truth for LutingWang/awesome-knowledge-distillation-for-object-detection README.md: an awesome
list of knowledge-distillation methods for object detectors.

Shape: each paper is two short paragraphs.  The first is a card: a method nickname and italic venue
(`FGFI. *CVPR 2019*.`, sometimes only the venue `*NeurIPS 2017*.` (line 36, 225, 233, 398), only the
nickname `TADF.` (206, 277, 284), or a venue without italics `CrossKD. CVPR 2024.` (242, 321, 329, 339)),
then escaped-bracket links `\\[[CVF](…)\\]`, `\\[[arXiv](…)\\]`, `<[GitHub](…)>`, then a `\\- description`
line.  After a blank line a two-item bullet list gives the title (`- Title`) and the authors
(`- A and B and C`).  One entry = the card's first line through the authors bullet; title = the first
bullet, which is the only place the paper's title is written (the nickname is not the title).
Not entries: the Contents bullets (lines 13-31), the badges, the intro prose; the heading
`## Newly Published Papers` (line 412) is empty.  The same paper listed twice (HEAD at 302 and 369) gives
two entries.  Line 213 (`BCKD. *ICCV 2023*`) has no final dot; line 277 writes `D^3^ETR.` and the title
keeps `D^3^ETR:` as written.  The survey at 398-403 (TPAMI, no nickname) is an entry.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import entry, read_lines, write_truth

NAME = "LutingWang__awesome-knowledge-distillation-for-object-detection__README@eab1795.md"
PART = "wild34_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    start = lines.index("## Knowledge Distillation for General Object Detectors")
    i = start
    n = len(lines)
    while i < n:
        if lines[i].startswith("- ") and i + 1 < n and lines[i + 1].startswith("- "):
            title_line, author_line = i, i + 1
            # the card: the non-blank run that ends at the blank line before the title bullet
            j = title_line - 1
            assert lines[j] == "", (j + 1, lines[j])
            k = j - 1
            while k > start and lines[k - 1] != "":
                k -= 1
            assert not lines[k].startswith("#"), (k + 1, lines[k])
            assert lines[j - 1].startswith("\\- "), (j, lines[j - 1])
            papers.append(entry(lines, k + 1, author_line + 1, lines[title_line][2:]))
            i += 2
        else:
            i += 1
    assert len(papers) == 39, len(papers)
    write_truth(NAME, PART, papers,
                "One entry per paper card: from the nickname/venue line through the two-bullet title/author list after it; title = the first bullet (the nickname is not the title).",
                "Every entry checked by eye (39 cards, lines 36-410): span starts at the card's first line, title is the first bullet, ids from the card's arXiv/Springer links; repeated HEAD card kept twice.")


if __name__ == "__main__":
    main()
