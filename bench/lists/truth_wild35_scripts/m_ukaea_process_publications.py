"""Wild35 truth for ukaea/PROCESS documentation/source/publications.md: the bibliography of the
PROCESS fusion systems code (a MkDocs documentation page, "publications using or citing PROCESS by year").

Shape: `## <year>` headings (2025 down to 1996); under each, records are paragraphs of three lines,
each ending in a Markdown hard break (trailing spaces): `[Title](url)` / authors / venue, volume,
(year), pages; a blank line separates records.  An entry is such a paragraph; its title is the link
text (markup such as `H<sub>98</sub>` removed).  Ids come from the link URL only (arXiv links,
iopscience / royalsocietypublishing / tandfonline / aip URLs that hold a DOI; ScienceDirect pii and
IEEE Xplore document numbers are not ids).

Special cases:
- Line 4 is prose that links the two PROCESS model papers inline: not an entry.
- Lines 6-10 are a fenced code block (```markdown) holding two ready-to-copy citations written as
  list items (line 7: Part 1 Physics, line 9: Part 2 Engineering).  A reader of the page sees two
  full references to scholarly papers, so each item is an entry; its title is the text inside the
  curly quotes (“...,”) without the closing comma.  The same two papers appear again as records at
  lines 342 and 370; repeated records are separate entries.  Lines 8 and 11 hold only a zero-width
  non-joiner.
- Records whose authors line ends in two spaces instead of three (from 2021 down) are the same shape.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild35 import entry, read_lines, write_truth

NAME = "ukaea__PROCESS__documentation__source__publications@35e1d3f.md"
PART = "wild35_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    # the two citations inside the fenced block (lines 6-10)
    assert lines[5] == "```markdown" and lines[9] == "```"
    for n in (7, 9):
        m = re.search(r"“(.+?),?”", lines[n - 1])
        papers.append(entry(lines, n, n, m.group(1)))
    for i, ln in enumerate(lines, 1):
        m = re.match(r"^\[(.+?)\]\((https?://[^)\s]+)\)\s*$", ln)
        if not m:
            continue
        assert lines[i].strip() and lines[i + 1].strip(), i
        assert i + 2 >= len(lines) or not lines[i + 2].strip(), i
        papers.append(entry(lines, i, i + 2, m.group(1)))
    assert len(papers) == 111, len(papers)
    write_truth(NAME, PART, papers,
                "Each three-line paragraph '[Title](url) / authors / venue' under a year heading is one paper "
                "(title = link text); the two list items inside the fenced citation block at the top are two "
                "more papers (title = text in curly quotes).",
                "All 111 entries listed and compared with the file by eye: first and last record of every year, "
                "both fenced citations, the H<sub>98</sub> title, the arXiv and DOI-bearing links.")


if __name__ == "__main__":
    main()
