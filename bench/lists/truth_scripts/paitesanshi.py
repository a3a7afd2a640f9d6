"""Truth for Paitesanshi's LLM-Agent-Survey README (held out, issue 26).

Entries: each data row `<tr>…</tr>` of the three HTML tables with a `Paper` link (one agent/model
per row, named by a nickname); rows with only a Code link are tools, and the 'Paper link: [Title](arXiv)' line of the
survey itself; the survey's own citation BibTeX is boilerplate.  Title: null for table rows
(the first cell is a model nickname or 'Author et al.', not a title); the link text for the
survey line.
"""

from __future__ import annotations

import re

from _heldout import clean, lines_of, paper, write

NAME = "Paitesanshi__LLM-Agent-Survey__README@c650360.md"
HEADERS = {"Model", "Title", "Operation"}


def main() -> None:
    lines = lines_of(NAME)
    papers = []
    for i, line in enumerate(lines, 1):
        m = re.match(r"Paper link: \[(.+?)\]\((\S+)\)", line)
        if m:
            papers.append(paper(i, i, clean(m.group(1)), line))
    start = 0
    for i, line in enumerate(lines, 1):
        if line.strip().startswith("<tr"):
            start = i
        elif line.strip().startswith("</tr>") and start:
            block = lines[start - 1:i]
            cells = [clean(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", "\n".join(block), re.DOTALL)]
            has_paper = re.search(r">\s*Paper\s*</a>", "\n".join(block))
            if cells and cells[0] not in HEADERS and has_paper:
                papers.append(paper(start, i, None, "\n".join(block)))
            start = 0
    write(
        NAME,
        "Each data row <tr>...</tr> of the three HTML tables that has a 'Paper' link is an entry (code-only rows are tools; one agent paper named by nickname, title "
        "null), plus the 'Paper link: [Title](arXiv)' line naming the survey (title = link text); the own-citation "
        "BibTeX is boilerplate, not an entry.",
        "first and last rows of each table, 20 random rows, the 5 code-only rows left out (AutoGPT, SmolModels, GPT Engineer, "
        "DemoGPT, embodied-agents), and the row count against the <tr> count.",
        papers,
    )


if __name__ == "__main__":
    main()
