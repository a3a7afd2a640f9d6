"""Wild4 truth for odu-cs725-infovis/public spr23/papers.md (commit d6df7e8): the list of
suggested papers of an information-visualization course (ODU CS 725, spring 2023).

Shape: intro prose, then '## Pre-2019', '## IEEE VIS 2019' ... '## IEEE VIS 2022' sections (each
VIS section opens with a bare '<http://...>' program link and sometimes an italic caveat line)
holding numbered items, all written '1.':
  '1. Title  '                      (two trailing spaces = hard line break)
  'Authors: A, B, C  '              (sometimes indented by one space)
  'IEEE InfoVis 2005'               (venue line only in Pre-2019)
with an award note either after the title on the same line ('... Visual Comparison  (Best Paper
Honorable Mention)  ', '... Visualizations (Best Paper Award)  ') or on its own line under the
title (lines 42-43).  Then '## Previous Class Presentations' lists past presentations as '*'
bullets, 'Title, YEAR' (presented in 2020) and 'Title, IEEE VIS YEAR' / 'Title. IEEE VIS YEAR'
(presented in 2021).  No links to papers, no ids.

Entry: every numbered item (from its '1.' line to its last author/venue line): 41; and every
bullet under 'Previous Class Presentations': 24 (13 + 11).  65 in all.
Title: the numbered item's first line without the award note in parentheses; the bullet text
without the final ', YEAR' or ', IEEE VIS YEAR' / '. IEEE VIS YEAR'.  Titles are kept as written
('The What-If Tool', a paper title shortened by the list; 'Jurassic Mark: ...'; curly quotes).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild4 import entry, read_lines, write_truth

NAME = "odu-cs725-infovis__public__spr23__papers@d6df7e8.md"
PART = "wild4_development"
AWARD = r"\((?:Best Paper Award|Best Paper Honorable Mention)\)"


def main() -> None:
    lines = read_lines(NAME)
    prev_at = lines.index("## Previous Class Presentations") + 1
    assert prev_at == 122
    papers = []
    numbered = bullets = 0
    i = 9
    while i < prev_at:
        text = lines[i - 1]
        if not text.startswith("1. "):
            assert (text == "" or text.startswith(("## ", "<http", "*Caveat:*"))), (i, text)
            i += 1
            continue
        title = re.sub(r"\s*" + AWARD + r"\s*$", "", text[3:]).strip()
        last = i
        while last < prev_at and lines[last].strip() and not lines[last].startswith("1. "):
            nxt = lines[last].strip()
            assert re.fullmatch(AWARD, nxt) or nxt.startswith("Authors: ") or re.fullmatch(r"IEEE InfoVis \d{4}", nxt), (last + 1, nxt)
            last += 1
        assert any(lines[k - 1].strip().startswith("Authors: ") for k in range(i, last + 1)), i
        papers.append(entry(lines, i, last, " ".join(title.split())))
        numbered += 1
        i = last + 1
    for i in range(prev_at + 1, len(lines) + 1):
        text = lines[i - 1]
        if not text.startswith("* "):
            assert text in ("", "*Not for selection*") or text.startswith("Presented in "), (i, text)
            continue
        m = re.fullmatch(r"\* (.+?)(?:, \d{4}|[,.] IEEE VIS \d{4})", text)
        assert m, (i, text)
        papers.append(entry(lines, i, i, m.group(1)))
        bullets += 1
    assert (numbered, bullets) == (41, 24), (numbered, bullets)
    if "-v" in sys.argv:
        for p in papers:
            print(p["line"], p["end"], p["title"], sep=" | ")
    write_truth(
        NAME, PART, papers,
        "every numbered '1. Title' item (with its hard-break 'Authors:' and venue lines) and every 'Title, YEAR' /"
        " 'Title. IEEE VIS YEAR' bullet of past presentations is an entry; title = the first line without the"
        " award note, or the bullet text without its year/venue tail",
        "41 numbered items (asserted: each has an 'Authors:' line, continuation lines are only authors, venue or"
        " award) and 24 bullets (asserted); every other line a heading, program link, caveat, 'Presented in'"
        " label or blank (asserted); all 65 titles printed with -v and compared with the file, including the"
        " three award notes (inline at 31 and 89, own line at 43) and the ', ' / '. ' venue tails",
    )


if __name__ == "__main__":
    main()
