"""Truth for RUCAIBox's LLMSurvey README (held out, issue 26).

Entries: (a) rows of the 'List of LLMs' HTML table whose Link cell says `Paper` (model
nickname, so title null; rows linking only a blog, docs, GitHub or homepage are not papers);
(b) numbered items `N. [<u>Model</u>:] **"Title"**. *Authors* Venue. [[Paper](url)]` of the
Paper List (items with only a `[[Source]]` link are corpora/tools, not papers).  Title: the
bold text without its outer straight or curly quotes.  The survey's own citation BibTeX and
the prose mention of it are not entries.
"""

from __future__ import annotations

import re

from _heldout import clean, lines_of, paper, write

NAME = "RUCAIBox__LLMSurvey__README@4a468e4.md"


def table_rows(lines: list[str]) -> list[dict[str, object]]:
    out = []
    start = 0
    for i, line in enumerate(lines, 1):
        if i < 174 or i > 528:
            continue
        if line.strip() == "<tr>":
            start = i
        elif line.strip() == "</tr>" and start:
            block = "\n".join(lines[start - 1:i])
            if re.search(r">Paper</a>", block):
                out.append(paper(start, i, None, block))
            start = 0
    return out


def main() -> None:
    lines = lines_of(NAME)
    papers = table_rows(lines)
    for i, line in enumerate(lines, 1):
        m = re.match(r"\s*\d+\. (?:<u>.*?</u>:\s*)?\*\*(.+?)\*\*", line)
        if not m or i < 530:
            continue
        title = clean(m.group(1)).strip()
        if len(title) > 1 and title[0] in "\"“”" and title[-1] in "\"“”":
            title = title[1:-1].strip()
        papers.append(paper(i, i, title, line))
    write(
        NAME,
        "Rows of the 'List of LLMs' HTML table with a 'Paper' link (title null: the cell is a model nickname) and "
        "numbered Paper List items with a bold title (title = bold text without outer quotes); Source-only items, "
        "blog/docs-only table rows and the survey's own citation are not entries.",
        "first and last item of each Paper List subsection, 20 random entries, all 7 Source-only items left out, "
        "the 10 table rows without a Paper link, and titles written without quotes or with curly quotes.",
        papers,
    )


if __name__ == "__main__":
    main()
