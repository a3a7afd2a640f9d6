"""Wild19 truth for regainer27/cv-arxiv-daily README.md: a bot-generated arXiv digest (the
cv-arxiv-daily generator, run by a GitHub Action) configured for two keyword topics, 'Security' and
'AI', updated on 2026.05.15.

A '<details>' table of contents, then one '## Topic' section per keyword, each a five-column table
'|Publish Date|Title|Authors|PDF|Code|' whose rows are
'|**2026-05-14**|**Title**|First Author et.al.|[2605.15097](http://arxiv.org/abs/2605.15097)|null|'
(the Code cell is 'null' in every row), a 'back to top' line after each table, and the generator's
unused reference-link definitions (contributors/forks/stars/issues badges) at the end.

Every table row is an entry (20 Security + 20 AI = 40, grep -c '^|\\*\\*'); lines = the row; title =
the bold Title cell as written (one title keeps its TeX: 'VGGT- $Ω$'); arXiv id from the PDF cell.
No DOIs.  The Security topic's keyword matching lets in non-security papers (a VLA model, semantic
communication, time series): they are still papers of the list and entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild19 import entry, read_lines, write_truth

NAME = "regainer27__cv-arxiv-daily__README@c9caadf.md"
PART = "wild19_development"
LINES = read_lines(NAME)

ROW = re.compile(r"\|\*\*\d{4}-\d\d-\d\d\*\*\|\*\*(.+)\*\*\|([^|]+)\|\[(\d{4}\.\d{5})\]\(http://arxiv\.org/abs/\3\)\|null\|")


def main() -> None:
    papers = []
    per: dict[str, int] = {}
    section = None
    for i, text in enumerate(LINES, 1):
        if text.startswith("## ") and not text.startswith("## Updated"):
            section = text[3:]
        if text.startswith("|**"):
            m = ROW.fullmatch(text)
            assert m, i
            papers.append(entry(LINES, i, i, m.group(1)))
            per[section] = per.get(section, 0) + 1
    assert per == {"Security": 20, "AI": 20}, per
    write_truth(NAME, PART, papers,
                "every row of the generated 'Publish Date | Title | Authors | PDF | Code' tables is an entry,"
                " title = the bold Title cell, arXiv id from the PDF cell",
                "40 rows (20 per topic, grep -c), every row matched by one pattern (date, bold title, 'et.al.'"
                " authors, arXiv link, null code); titles read against the file, including 'VGGT- $Ω$'")


if __name__ == "__main__":
    main()
