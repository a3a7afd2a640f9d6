"""Wild18 truth for xiaooochaooo/Awesome-AIGC-Detection README: an AI-generated-content detection
list whose papers are badge-led bullets inside '<details open>' blocks, one block per year.

Shape: '### Image' / '### Video' / '### Text' headings, each holding '<details open>' blocks whose
'<summary>' is the year written in keycap emoji digits ('2️⃣0️⃣2️⃣5️⃣').  Inside, every paper is an
indented bullet '  - ![](https://img.shields.io/badge/25-CVPR-green) Title [[Paper](url)][[Code](url)]':
a shields.io image (year and venue, no alt text) before the title, then bracketed links.  Some
titles are in bold ('**Title**'), some carry '<sup>' ('D<sup>3</sup> ...', 'LaRE<sup>2</sup>: ...'),
one uses a full-width colon; one bullet (line 129) wraps onto a second, unindented line (130).
Each bullet is an entry; title = the text between the badge and ' [[Paper]' (markup removed); its
lines are the bullet's line(s).  Papers listed twice (same paper in two year blocks or twice in one)
are separate entries.

Not entries: the Datasets table (dataset names linking project pages or code, one unlinked: no
paper), the table of contents, the banner image, the empty Tools/Others sections.

Counts checked a second way: 81 lines matching '^ *- ![]' (grep), per block 25 (Image 2025), 29
(2024), 16 (2023), 2 (2022), 1 (2021), 5 (2020), Video 1 + 1, Text 1.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild18 import entry, read_lines, write_truth

NAME = "xiaooochaooo__Awesome-AIGC-Detection__README@1ff1a95.md"
PART = "wild18_development"

BULLET = re.compile(r"^ *- !\[\]\(https://img\.shields\.io/badge/[^)]*\) (.*)$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per_block = []
    for i, text in enumerate(lines, 1):
        if text.strip().startswith("<summary>"):
            per_block.append(0)
        m = BULLET.match(text)
        if not m:
            continue
        rest, last = m.group(1), i
        if "[[Paper](" not in rest:  # the wrapped bullet: its title ends on the next line
            rest += " " + lines[i]
            last = i + 1
        title = rest.split(" [[Paper](")[0]
        papers.append(entry(lines, i, last, title))
        per_block[-1] += 1
    assert per_block == [25, 29, 16, 2, 1, 5, 1, 1, 1], per_block
    assert len(papers) == 81
    write_truth(
        NAME, PART, papers,
        "every badge-led bullet '- ![](shields badge) Title [[Paper](url)]...' inside the year <details>"
        " blocks is an entry, title = the text between the badge and ' [[Paper]' (one bullet wraps onto a"
        " second line); the Datasets table (no paper links) is not",
        "all 81 entries' titles, lines and ids printed with -v against the file, the wrapped bullet (129-130),"
        " the <sup> and bold titles; count per <details> block by grep")


if __name__ == "__main__":
    main()
