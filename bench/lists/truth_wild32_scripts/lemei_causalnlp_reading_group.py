"""Wild32 truth for LeMei/CausalNlp-ReadingGroup README.md: a causal-NLP reading group's paper list,
by year of update and then by topic, with read/unread checkboxes.

Shape: one bullet per record, ``- [ ] **Venue Year** [Title]  (url)`` or ``- [x] ...`` (checkbox
bullets, lines 10-92 and 130-296) and plain ``- **Tag** [Title] (url)`` bullets (lines 101-105).  The
title sits in square brackets but is usually *not* a Markdown link: one or two spaces separate ``]``
from ``(url)``, so the URL is printed as bare text in parentheses; only line 102 is a real link.  Odd
records: line 16 writes ``([arXiv URL](ACL URL))`` (the arXiv id is taken from its own lines, as
written), lines 44 and 72 lack the closing parenthesis, line 247 has an extra one, line 252 gives a
second URL (a poster).  Repeated papers (14/62, 36/78, 42/286, 24/144, 144/166, 206/208, 22/104) are
separate entries.

Entries: every bullet whose tag is a venue, "Arxiv", "Survey" or a journal name; title = the text in
the square brackets.  Not entries: the two bullets tagged **Blog** (102, 136) and the bullet tagged
**Book** (105, the list's own label for that record), the "Update 2026 / wait for a while" note, the
separator line 99, the numbered "Six groups of causality" list (110-120) and the images.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild32 import entry, read_lines, write_truth

NAME = "LeMei__CausalNlp-ReadingGroup__README@823108f.md"
PART = "wild32_development"

BULLET = re.compile(r"^- (?:\[[ x]\]\s+)?\*\*([^*]+)\*\*\s*\[([^\]]+)\]")
NOT_PAPERS = {"Blog", "Book"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, line in enumerate(lines, 1):
        m = BULLET.match(line)
        if not m:
            continue
        if m.group(1).strip() in NOT_PAPERS:
            continue
        papers.append(entry(lines, n, n, m.group(2)))
    assert len(papers) == 106, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each checkbox or tag bullet is an entry titled by its square-bracket text (mostly not a Markdown "
        "link, the URL following in bare parentheses); bullets tagged Blog or Book are not entries; "
        "repeated papers stay separate entries.",
        "Every bullet of the file checked by eye against the printed entries, including the Blog/Book "
        "bullets left out, the unclosed parentheses on lines 44 and 72 and the nested link on line 16.",
    )


if __name__ == "__main__":
    main()
