"""Truth for Forrest-Stone/PaperNotes README.md (commit 216d22d): a personal reading log (Chinese intro
"不断更新阅读的论文，简单记录一下") of recommender-system / graph papers.

Shape: ``## YY.MM`` month headings (newest first); under each, ``- `` list items holding one reference each,
mostly Chicago style (Zotero export: ``Authors. “Title.” ArXiv:2106.14226 [Cs], date. URL.`` or
``... “Title.” In Proceedings ..., pages. Place: Publisher, year. https://doi.org/...``), one APA-style item
(line 71: ``Authors (2021). Title. arXiv preprint arXiv:...``), and one Chicago item whose title ends with
a comma inside the quotes (line 57: ``“Graph Learning Based Recommender Systems: A Review,” n.d., 10.``).
Many items are followed, after a blank line, by an indented continuation line with the code repository URL.

Decisions:
- One entry per list item; its lines run from the ``- `` line to its indented code-URL line when there is
  one (the URL is part of the item), else the ``- `` line alone.
- Title = the text inside “…” without the closing ``.``/``,``; for the APA item, the sentence after
  ``(2021).`` up to ``. arXiv preprint``.
- ids come from the item's own lines: ``ArXiv:NNNN.NNNNN`` text / arxiv.org links, ``https://doi.org/`` links
  (line 16 gives both an arXiv id and a DOI).
- The intro sentence and ``更新文章如下：`` are not entries.
"""

from __future__ import annotations

import re

from _wild45 import entry, read_lines, write_truth

NAME = "Forrest-Stone__PaperNotes__README@216d22d.md"
PART = "wild45_development"

QUOTED = re.compile(r"“(.+?)[.,]?”")
APA = re.compile(r"\(\d{4}\)\.\s*(.+?)\.\s*arXiv preprint")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, line in enumerate(lines, 1):
        if not line.startswith("- "):
            continue
        last = n
        # an indented continuation (the code URL) after one blank line belongs to the item
        if n + 1 < len(lines) and lines[n] == "" and lines[n + 1].startswith("  ") and lines[n + 1].strip():
            last = n + 2
        m = QUOTED.search(line) or APA.search(line)
        papers.append(entry(lines, n, last, m.group(1)))
    assert len(papers) == 29, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "One entry per '- ' reference item (with its indented code-URL continuation line); title = the "
        "quoted Chicago title without its closing './,', or for the single APA item the sentence after '(2021).'.",
        "Whole file (29 entries, 11 month sections) read against the -v output: every title, the extents of "
        "items with and without a code-URL line, the APA item (line 71), the ',”' title (line 57), and the "
        "arXiv/DOI of every item, including line 16 that has both.",
    )


if __name__ == "__main__":
    main()
