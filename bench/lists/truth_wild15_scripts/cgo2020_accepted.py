"""Wild15 truth for jingling/cgo2020 accepted-papers.md: the accepted-papers page of CGO 2020 (code
generation and optimization, compilers/PL), a Jekyll conference site.  The file is taken at the head of
the repository's 'patch-1' branch (c7647b7): the default branch's newest snapshot no longer holds it.

Shape: after a front matter and '# Accepted Papers', one block per paper, blank line between: a bold
title line '**Title**<br>' (or '<br/>', or two trailing spaces as a Markdown line break), then one line
per affiliation group 'Name, Name (Institution)<br>' (the last with or without '<br>').  No links, no
ids, no numbering.

What is an entry: every block (25, one per '**' line); its lines run from the title line to the last
author line; title = the bold text.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild15 import entry, read_lines, write_truth

NAME = "jingling__cgo2020__accepted-papers@c7647b7.md"
PART = "wild15_development"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    n = len(LINES)
    for i, text in enumerate(LINES, 1):
        m = re.fullmatch(r"\*\*(.+?)\*\*\s*(?:<br/?>)?\s*", text)
        if not m:
            assert not text.startswith("**"), i
            continue
        end = i
        while end < n and LINES[end].strip():
            end += 1
            assert not LINES[end - 1].startswith("**"), end
            assert "(" in LINES[end - 1], end  # every author line names an institution
        assert end > i, i
        papers.append(entry(LINES, i, end, m.group(1)))
    assert len(papers) == 25, len(papers)
    write_truth(NAME, PART, papers,
                "every block '**Title**<br>' + author/affiliation lines is an entry from its title line to its last"
                " author line, title = the bold text",
                "all 25 blocks by eye (25 lines starting '**' by grep), every title against its bold line, the end"
                " of each block (blank line), the front matter and heading; no links or ids in the file")


if __name__ == "__main__":
    main()
