"""Wild29 truth for Chen-Cai-OSU/awesome-equivariant-network README.md: a paper list on equivariant
neural networks, in sections (group convolution, theory, density estimation, applications,
permutation equivariance, talks, background, theses, to read).

Shape: numbered items `N. **Title**` followed by one or two indented (or unindented) lines of
authors, venue, `[paper](url)` links and an optional `Note:` line; the list's own numbering skips
and repeats (Theory has no 2, Application has no 3) and some items end with `<br>` or trailing
spaces.  An entry runs from its numbered line to the line before the next numbered line, heading
or blank (whitespace-only) line.  Title = the bold text.

Special cases:
- Lines 7-10: the contribution template in a ```markdown fence repeats the first paper as an
  example of the format; it is not a record of the list (the paper is entry 25).
- Line 179-180: "Equivariant and Coordinate Independent Convolutional Networks" by Weiler et al.
  is linked as `[book]` and is a book (monograph), so it is not an entry.
- Talk and Tutorial (lines 290-314): talks, videos and courses, no entries.
- Background (lines 318-338): books are not entries (Carter, Serre, Folland, Gurarie,
  Hamilton); the one article, "Theoretical Aspects of Group Equivariant Neural Networks"
  (arXiv 2004.05154, lines 325-327, title in the link text), is an entry.
- Theses (lines 341-346): two theses are entries; line 342 is plain text with no link
  ("Taco Cohen, Equivariant Convolutional Networks, PhD Thesis, ...": title "Equivariant
  Convolutional Networks"); lines 344-346 use the bold shape.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild29 import entry, read_lines, write_truth

NAME = "Chen-Cai-OSU__awesome-equivariant-network__README@25d54cb.md"
PART = "wild29_development"

NUM = re.compile(r"^\s*\d+\.\s+\*\*(.+?)\*\*")
SKIP_BOOK = {179}  # [book] link: a monograph, not an entry


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = len(lines)
    in_fence = False
    section = ""
    i = 0
    while i < n:
        ln = lines[i]
        if ln.startswith("```"):
            in_fence = not in_fence
            i += 1
            continue
        if in_fence:
            i += 1
            continue
        if ln.startswith("#"):
            section = ln
            i += 1
            continue
        if "Talk and Tutorial" in section:
            i += 1
            continue
        m = NUM.match(ln)
        if m and "Background" not in section:
            first = i + 1
            j = i + 1
            while j < n and lines[j].strip() and not NUM.match(lines[j]) and not lines[j].startswith("#") \
                    and not re.match(r"^\s*\d+\.\s", lines[j]):
                j += 1
            if first not in SKIP_BOOK:
                papers.append(entry(lines, first, j, m.group(1)))
            i = j
            continue
        i += 1
    # Background: the one article among the books (lines 325-327)
    assert lines[324].startswith("2. [Theoretical Aspects of Group Equivariant Neural Networks]")
    papers.append(entry(lines, 325, 327, "Theoretical Aspects of Group Equivariant Neural Networks"))
    # Theses: line 342 plain text without a link
    assert lines[341].startswith("1. Taco Cohen, Equivariant Convolutional Networks, PhD Thesis")
    papers.append(entry(lines, 342, 342, "Equivariant Convolutional Networks"))
    assert len(papers) == 109, len(papers)
    write_truth(NAME, PART, papers,
                "Each numbered `N. **Title**` item outside the format-template fence, the talks and the "
                "background books is an entry (title = the bold text; span = numbered line to the line "
                "before the next item, heading or blank line); the [book] item at line 179 is left out; the "
                "Background article (325-327) and the plain-text thesis at 342 are added by hand.",
                "Every entry of the output checked against the file by eye (titles, spans, ids); skipped "
                "numbers, the template fence, the [book] item and the books of Background checked.")


if __name__ == "__main__":
    main()
