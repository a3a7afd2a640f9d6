"""Wild61 truth for jerrychen1990/PaperReading README.md at a1b7ad0 (2021-01-22): a short Chinese NLP
reading log ("对阅读过的论文做一个整理、记录(主要是NLP方向)"), one bullet per paper linking the owner's note, with a
one-line Chinese comment indented under it.

Shape: 62 lines.  ``# PaperReading`` (1), Chinese intro (2), then ``## Must Read`` (3), ``## Survey`` (13),
``## Information Extraction`` (23), ``## Generative Model`` (45), ``## Recommendation`` (59).  Each paper:
``- [《<title>》](../master/notes/<note>.md)``, a blank line, then an indented Chinese comment
(``    深刻理解transformer必读``); some blank lines carry trailing spaces.

Special cases:
- Titles are wrapped in Chinese book-title brackets ``《》`` inside the link text; the brackets are not part of
  the title.  No link goes to the paper itself (all point to ``../master/notes/*.md``), so there are no ids.
- The list keeps the owner's typo 47 ``Improving Language Understandingby Generative Pre-Training``.
- 13 papers only: a short list, kept for its ``《》`` shape and Chinese comments.

Decisions:
- Entry = each ``- [《..》](..)`` bullet (13); span = bullet .. its last non-blank comment line.
- Title = the text inside ``《》``, as written.
"""
import re

from _wild61 import entry, read_lines, write_truth

NAME = "jerrychen1990__PaperReading__README@a1b7ad0.md"
PART = "wild61_development"

BULLET = re.compile(r"^- \[《(.+?)》\]\(\S+\)\s*$")


def main() -> None:
    lines = read_lines(NAME)
    starts = [n for n, ln in enumerate(lines, 1) if BULLET.match(ln)]
    stops = [n for n, ln in enumerate(lines, 1) if ln.startswith("#") or BULLET.match(ln)] + [len(lines) + 1]
    papers = []
    for first in starts:
        nxt = min(s for s in stops if s > first)
        end = nxt - 1
        while not lines[end - 1].strip():
            end -= 1
        papers.append(entry(lines, first, end, BULLET.match(lines[first - 1]).group(1)))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 13, len(papers)
    assert by[5]["title"] == "Attention is all you need" and by[5]["end"] == 7, by[5]
    assert by[9]["title"] == "Beyond Accuracy: Behavioral Testing of NLP Models with CheckList", by[9]
    assert by[40]["title"].startswith("TPLinker: Single-stage Joint Extraction"), by[40]
    assert by[47]["title"] == "Improving Language Understandingby Generative Pre-Training", by[47]
    assert by[60]["title"] == "DKN: Deep Knowledge-Aware Network for News Recommendation", by[60]
    assert by[60]["end"] == 62, by[60]
    write_truth(
        NAME,
        PART,
        papers,
        method="Each bullet '- [《title》](../master/notes/..)' is one paper (13); its span runs to the"
        " indented Chinese comment under it.  Title = the text inside the 《》 brackets, as written (typo at 47"
        " kept).  Headings and the Chinese intro are not entries.",
        checked="Read the whole file; compared the 13 bullets' titles and spans with the -v output.",
    )


if __name__ == "__main__":
    main()
