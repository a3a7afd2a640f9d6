"""Wild35 truth for SarahRastegar/Open-World-Papers NCD.md: the novel-class-discovery page of an
open-world learning paper collection (image NCD / generalized category discovery, then video NCD).

Shape: each paper is a `* Title (Venue Year)` line followed by its own lines: `[[Paper](url)]`, often
`[[Code](url)]`, and for many papers `*Datasets: ...*<br>` and `*Task: ...*` lines; records are split by
blank lines, `####` venue headings or HTML comments.  An entry runs from its `* ` line to its last own
line.  The title is the text before the final parenthesised venue, which may carry remarks
(`(ICONIP 2023,This paper has been nominated ...)` l.232, `(ICLR 2023 Submission)`).  Empty venue
headings are wrapped in HTML comments (`<!--#### NeurIPS ... -->`); the comment on lines 669-686 also
hides a whole record (AnoDDPM, lines 674-677), which does not render and is not an entry.  The
`<!-----...---->` separator lines and the contents list (lines 1-16) are not entries.  The same paper
listed twice (e.g. under two venues) gives separate entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild35 import entry, read_lines, write_truth

NAME = "SarahRastegar__Open-World-Papers__NCD@3d27d52.md"
PART = "wild35_development"


def comment_state(lines: list[str]) -> list[bool]:
    """For each line: does it start inside an HTML comment (or open one at its very start)?"""
    hidden, inside = [], False
    for ln in lines:
        hidden.append(inside or ln.lstrip().startswith("<!--"))
        pos = 0
        while True:
            if not inside:
                k = ln.find("<!--", pos)
                if k < 0:
                    break
                inside, pos = True, k + 4
            else:
                k = ln.find("-->", pos)
                if k < 0:
                    break
                inside, pos = False, k + 3
    return hidden


def main() -> None:
    lines = read_lines(NAME)
    hidden = comment_state(lines)
    papers = []
    n = len(lines)
    for i in range(1, n + 1):
        ln = lines[i - 1]
        if not ln.startswith("* ") or hidden[i - 1]:
            continue
        m = re.match(r"\* (.*?)\s*\(([^()]*)\)\s*$", ln)
        assert m, (i, ln)
        end = i
        j = i + 1
        while j <= n:
            nxt = lines[j - 1]
            if not nxt.strip() or nxt.startswith(("* ", "#", "<!--")) or hidden[j - 1]:
                break
            end = j
            j += 1
        papers.append(entry(lines, i, end, m.group(1)))
    assert len(papers) == 140, len(papers)
    write_truth(NAME, PART, papers,
                "Every rendered `* Title (Venue)` record is one paper, spanning its [[Paper]]/[[Code]]/Datasets/Task "
                "lines; the title is the text before the final parenthesised venue; the record inside the HTML "
                "comment on lines 669-686 is not an entry.",
                "First and last entry of every year section compared by eye, the commented-out AnoDDPM record "
                "(l.674), the ICONIP remark (l.232), the 'Submission' venues, the video part (l.661-785) in full "
                "and a random sample of 25 spans and titles.")


if __name__ == "__main__":
    main()
