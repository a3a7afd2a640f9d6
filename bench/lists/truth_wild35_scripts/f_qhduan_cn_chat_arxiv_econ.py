"""Wild35 truth for qhduan/cn-chat-arxiv econ.md at a16f47e (2024-01-30): a daily, machine-written
Chinese digest of new arXiv econ papers (the file at HEAD is an empty table, so an older commit is used).

Shape: two sections naming the same 29 papers.
- "# 摘要" (summary, lines 3-33): a table | Ref | Title | Summary |; each row (lines 5-33) is
  "| [^n] | [English title.](http://arxiv.org/abs/ID) | <Chinese one-line summary> |".  Entry = the row,
  title = the link text.
- "# 详细" (details, line 35 on): 29 GFM footnote definitions "[^n]: <Chinese translation of the title>"
  (lines 37, 51, ..., 429), each followed by 4-space-indented continuation lines: the English title with
  "(arXiv:IDvN [cat])" (and "UPDATED"), the arXiv link, a Chinese summary, the Chinese abstract and the
  English abstract.  Entry = the footnote from its "[^n]:" line to its last non-blank line; title = the
  English title line without the "(arXiv:...)" tail -- the Chinese first line is a translated title and
  is not used.
The same paper in the two sections gives two entries (repeated records are separate entries): 58 in all.
Special cases: row/footnote 20's title ends "Predictable?." (the digest adds a period; the "?" stays);
24's title has Markdown-escaped accents "J\\'ovenes en Acci\\'on", which render as "J'ovenes en Acci'on".
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild35 import entry, read_lines, write_truth

NAME = "qhduan__cn-chat-arxiv__econ@a16f47e.md"
PART = "wild35_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    rows = []
    notes = []
    for n, text in enumerate(lines, 1):
        m = re.match(r"\| \[\^(\d+)\] \| \[(.+?)\]\((http://arxiv\.org/abs/[^)]+)\) \|", text)
        if m:
            rows.append(int(m.group(1)))
            papers.append(entry(lines, n, n, m.group(2)))
        if re.match(r"\[\^(\d+)\]:", text):
            notes.append(n)
    ends = notes[1:] + [len(lines) + 1]
    for start, nxt in zip(notes, ends):
        end = nxt - 1
        while not lines[end - 1].strip():
            end -= 1
        eng = lines[start + 1]  # the line after the blank following "[^n]: ..."
        assert not lines[start].strip(), start
        mt = re.match(r"\s{4}(.+?) \(arXiv:\d{4}\.\d{4,5}v\d+ \[[^\]]+\]( UPDATED)?\)$", eng)
        assert mt, (start, eng)
        papers.append(entry(lines, start, end, mt.group(1)))

    assert rows == list(range(1, 30)), rows
    assert len(papers) == 58, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each summary-table row and each footnote detail block is an entry (the same 29 papers twice); "
        "row title = the link text, footnote title = the English title line without its (arXiv:...) tail, "
        "never the Chinese translated title.",
        "Read the whole 443-line file; all 58 entries, spans, titles and arXiv ids checked by eye; "
        "row n and footnote n checked to name the same paper.",
    )


if __name__ == "__main__":
    main()
