"""Wild13 truth for DeepGraphLearning/LiteratureDL4Graph README.md (commit 40f2b20, the last
commit holding README.md; the repository's newest commit keeps the list as reStructuredText).

Shape: a contents list of '- [Section](#anchor)' bullets (not entries), then sections (## / ###)
each opened by an '<a name="..." />' anchor, many of them empty.  Every paper is an ordered-list
item written '1. ' (every item numbered 1), over 2-4 lines joined by a trailing backslash (a hard
line break): '1. [**Title.**](url) \\', '*Authors.* \\', '**Venue Year**' and sometimes a keyword
line in italics or bold.  Twenty items (late Graph Neural Networks section) are placeholders
with an empty link '()' and '*XXX*' for the authors; they still name one paper each and are
entries.  Two items lack the backslash after the link line (DyRep, Multi-task Learning over
Graph Structures); the item still runs to the blank line.
Entries: every '1. ' item (134), from its line to the last non-blank line before the next blank
line.  Title = the bold text inside the first link, without its closing full stop ('?' and '!'
are kept).  Ids from the item's lines (arXiv abs/pdf links; ACM 'citation.cfm?id=' links give no
DOI).
Checks: 134 '1. ' lines, all of the form '1. [**'; per section 16 / 28 / 9 / 30 / 29 / 9 / 3 / 2
/ 1 / 7 (awk over the section headings); 60 arXiv links, 60 entries with an arXiv id; 20 empty
links.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild13 import entry, read_lines, write_truth

NAME = "DeepGraphLearning__LiteratureDL4Graph__README@40f2b20.md"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    per_section: dict[str, int] = {}
    section = ""
    empty = 0
    for i, text in enumerate(LINES, 1):
        if text.startswith("#"):
            section = text.lstrip("# ").strip()
            continue
        if not text.startswith("1. "):
            continue
        m = re.match(r"1\. \[\*\*(.+?)\*\*\]\(([^)]*)\)", text)
        assert m, (i, text)
        empty += m.group(2) == ""
        end = i
        while end < len(LINES) and LINES[end].strip():
            end += 1
        per_section[section] = per_section.get(section, 0) + 1
        papers.append(entry(LINES, i, end, m.group(1)))
    assert len(papers) == 134
    assert list(per_section.values()) == [16, 28, 9, 30, 29, 9, 3, 2, 1, 7], per_section
    assert sum(1 for p in papers if p["arxiv"]) == 60
    assert empty == 20
    write_truth(
        NAME, "wild13_development", papers,
        "every ordered-list item '1. [**Title.**](url) \\' with its author, venue and keyword lines (up to the"
        " blank line) is an entry, placeholders with an empty link and 'XXX' authors included (134); title ="
        " the bold link text without its closing full stop",
        "all 134 titles and line spans read against the file; per-section counts 16/28/9/30/29/9/3/2/1/7 by"
        " awk; 60 arXiv links = 60 entries with an arXiv id; the 20 empty-link placeholders; the two items"
        " without a backslash after the link line (DyRep, Multi-task Learning) end at the blank line",
    )


if __name__ == "__main__":
    main()
