"""Wild35 truth for Nima-Fazeli/Nima-Fazeli.github.io reading.md: a robotics professor's reading list for
researchers interested in manipulation (Jekyll page written in raw HTML).

Shape: each record is an HTML `<p>` whose first content line is
`<a href="url"> "Title," Authors (year)</a>: comment`; the title is the quoted text with the comma the
citation puts inside the closing quote dropped. The entry spans the record's content lines (the `<a>` line
to the line before `</p>`); one comment wraps to a second line (lines 33-34). The first `<p>` (line 8) is
the page's introduction, not an entry; empty sections (lines 44, 75) hold nothing. DOIs come only from
publisher URLs (annualreviews, sagepub, SIAM), arXiv ids from arxiv.org/pdf links.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild35 import entry, read_lines, write_truth

NAME = "Nima-Fazeli__Nima-Fazeli.github.io__reading@b06b198.md"
PART = "wild35_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        m = re.match(r'\s*<a href="[^"]*">\s*"(.+?),?"', ln)
        if not m:
            continue
        j = i
        while lines[j].strip() != "</p>":
            j += 1
        papers.append(entry(lines, i, j, m.group(1)))
    assert len(papers) == 16, len(papers)
    write_truth(NAME, PART, papers,
                "Each HTML <p> record opening with <a href> around a quoted title is one paper; title = the quoted "
                "text without the comma inside the closing quote; the intro paragraph is not an entry.",
                "All 16 records read against the file by eye, including the wrapped comment on lines 33-34 and "
                "the DOIs in publisher URLs.")


if __name__ == "__main__":
    main()
