"""Wild34 truth for jinhong-park/jinhong-park.github.io Publications.md: a condensed-matter physicist's
personal publication page (Jekyll).

Shape: after four profile links (lines 7-10, not entries) and a bold summary sentence (line 13), each
publication is a Markdown ordered-list item "1. " whose author line ends in a hard break ``\\``, then a
line ``[Title](journal url)\\``, then a venue line (journal, volume in ``__bold__``, date, sometimes an
`Editors' Suggestion` code span, ``__Open Access__`` or a bold-italic ``[arXiv:NNNN](url)`` link).  An
entry spans its "1." line to its venue line (three lines).  The title is the link text on the second
line.  Special cases: line 93 gives two arXiv links (the first, 1112.1821, is the entry's id); line 105
(Nature 2010) has no arXiv link; the first four entries (lines 19-38) link publisher pages only.
21 entries, matching the page's own "I have 21 publications" sentence.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import entry, read_lines, write_truth

NAME = "jinhong-park__jinhong-park.github.io__Publications@42a3929.md"
PART = "wild34_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if not re.match(r"^1\.\s", ln):
            continue
        t = re.match(r"^\[(.+?)\]\(", lines[i])  # line i+1 (0-based i)
        assert t, i
        papers.append(entry(lines, i, i + 2, t.group(1)))
    assert len(papers) == 21, len(papers)
    write_truth(NAME, PART, papers,
                "Each '1.' list item (author line, [Title](url) line, venue line) is one entry; the title is the link text of its second line.",
                "All 21 entries checked by eye against the file: spans, titles, arXiv ids (first of two on line 93) and publisher DOIs.")


if __name__ == "__main__":
    main()
