"""Truth of ucasmjc/Paper-Reading ``Sound_Source_Localization.md``: one person's reading notes, in Chinese,
on sound source localization and audio-visual learning papers.

Shape: lines 1-33 are a table of contents (``- [N.Title(year venue)](#anchor)``), not entries; line 34 is a
note saying what the marks mean (``^`` skimmed, ``*`` inspiring).  Then one level-1 heading per paper,
``# N.Title(year venue)`` (the number may carry a mark: ``4\\*.``, ``13^.``), followed by free notes in Chinese
(bullets, quotes, images).  The file gives no links and no ids at all.

Decisions:
- an entry is one ``# N.`` heading section: first line the heading, last line the last non-blank line before the
  next heading (or the file's end); the notes mention other works in running prose, and those are not entries;
- title: the heading text without the number, its mark and the final ``(year venue)`` parenthesis; a final
  ``.`` before the parenthesis (paper 1) is a separator and goes; a short name written into the title text
  (``MarginNCE: ...``, ``Flowgrad: ...``) is kept as written, as is the ``Audio−Visual`` with a Unicode minus;
- paper 1 is a survey (a review article), which counts as an entry.
"""

from __future__ import annotations

import re

from _wild42 import entry, read_lines, write_truth

NAME = "ucasmjc__Paper-Reading__Sound_Source_Localization@87cb67a.md"
PART = "wild42_development"

HEAD = re.compile(r"^# (\d+)(?:\\\*|\*|\^)?\.\s*(.+?)\s*\(([^()]*)\)\s*$")

lines = read_lines(NAME)
heads = [i for i, ln in enumerate(lines, 1) if ln.startswith("# ")]
papers = []
for k, first in enumerate(heads):
    m = HEAD.match(lines[first - 1])
    assert m, lines[first - 1]
    stop = heads[k + 1] - 1 if k + 1 < len(heads) else len(lines)
    last = stop
    while not lines[last - 1].strip():
        last -= 1
    title = m.group(2).rstrip(".").rstrip()
    papers.append(entry(lines, first, last, title))

assert len(papers) == 33
assert [int(HEAD.match(lines[h - 1]).group(1)) for h in heads] == list(range(1, 34))

write_truth(
    NAME,
    PART,
    papers,
    "Each '# N.Title(year venue)' heading section after the table of contents is one entry (heading to the last "
    "non-blank line before the next heading); title = heading text without number, ^/* mark and the final "
    "(year venue) parenthesis, a closing '.' dropped; no links or ids in the file; TOC lines are not entries.",
    "Every one of the 33 headings compared with the -v output (titles, marks 4*, 13^, 17* etc. stripped, paper 1's "
    "final period dropped, 5's 'Party:A' kept as written, 17's Unicode minus kept); section ends checked at papers "
    "1, 2, 9, 12-15 (short ^ sections), 32 and 33 (file end); TOC lines 1-33 and the mark note on line 34 excluded; "
    "no ids in the file (grep http/arxiv finds only images).",
)
