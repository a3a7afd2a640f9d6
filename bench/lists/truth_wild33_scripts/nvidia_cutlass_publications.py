"""Wild33 truth for NVIDIA/cutlass PUBLICATIONS.md: the CUTLASS library's list of publications using it.

Shape: `## YEAR` headings (2025 down to 2020); each paper is one `- ["Title"](url). Authors. _Venue_,
Month Year.` bullet separated by blank lines. The title is the link text without the double quotes
the list wraps it in. Special cases: line 19 (LeanAttention) writes the title without quotes; the
bullet on lines 71-72 breaks inside the link text, so the closing `"]` and the rest of the record
sit on line 72 (one entry, lines 71-72); DOIs come from dl.acm.org/doi/... URLs (line 41 is a
`/doi/pdf/` URL), mdpi.com and computer.org URLs carry none. Not entries: the `## Copyright` section
and the fenced BSD licence text (lines 76-106). 30 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild33 import entry, read_lines, write_truth

NAME = "NVIDIA__cutlass__PUBLICATIONS@7107b05.md"
PART = "wild33_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    i = 0
    while i < len(lines):
        if lines[i].startswith("- ["):
            first = i
            while "](" not in lines[i]:  # a link text broken over two lines (71-72)
                i += 1
            text = " ".join(lines[first : i + 1])
            m = re.match(r'- \[(.+?)\]\(', text)
            title = m.group(1).strip()
            if title.startswith('"') and title.endswith('"'):
                title = title[1:-1]
            papers.append(entry(lines, first + 1, i + 1, title))
        i += 1
    assert len(papers) == 30, len(papers)
    write_truth(NAME, PART, papers,
                "Each `- [\"Title\"](url). Authors. _Venue_, date.` bullet under a year heading is one entry titled"
                " by its link text without the wrapping quotes; the bullet broken over lines 71-72 is one entry;"
                " the copyright section and licence fence are not entries.",
                "All 30 entries read against the file by eye (titles, quote stripping, the unquoted line 19, the"
                " two-line bullet 71-72, DOIs from ACM URLs).")


if __name__ == "__main__":
    main()
