"""Wild13 truth for hellerve/ptolemy done.md: one person's log of what they have read, with a note on each.

Shape: '## Computer Science', '## Recreational' and '## Management', each with '### Papers' and '### Books'.
Every item is a line '* [Title](url) by **Authors** (year)' (or '* *Title* by **Authors** (year)' when
there is no link) followed by one or more paragraphs of the reader's notes (prose, sometimes with links
to articles: not entries).  Quirks: two paper lines lost their '* ' bullet (lines 749 and 758, '[Title](url)
by ...'), one lost it and is italic (line 1311, '*Title* by ...'), one italic title wraps onto a second
line (831-832), one item adds '(Chapter 4 of "The Algorithmic Beauty of Plants")' after its link (472: the
title is the link text 'Phyllotaxis'), and an '*EDIT:*' paragraph (1247) is a note.

What is an entry: every item of the three '### Papers' sections (130 + 24 + 1 = 155, counted by awk
on bullet lines, plus the three unbulleted item lines = 158), whatever it is (the list files
white papers, a specification, a book chapter and a booklet there; the list's own classification is
kept).  The '### Books' items are books (novels, textbooks, essays, zines) and are not entries, with one
exception: 'You Can't Spell Trust without Rust' (line 1127), whose note says 'Technically this is not a
book but a master's thesis, but I'll count
  it as a book for reasons of vanity', is an entry (its subject is a thesis).  Books-section items whose link happens to be a report or
memo, but which the file calls books without comment, stay non-entries.  A paper read twice (Rossum's
'Making digital filters sound "analog"', lines 540 and 758) is two entries.

Lines: the item line (two for the wrapped 831-832); the notes below are not part of the entry (ids come
from the item line only).  Title = the link text or the italic text, as written (typos kept).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild13 import entry, read_lines, write_truth

NAME = "hellerve__ptolemy__done@5adb6e3.md"
PART = "wild13_development"
LINES = read_lines(NAME)

LINKED = re.compile(r"^(?:\* )?\[([^\]]+)\]\((\S+?)\)(?: \(Chapter 4 of [^)]*\))? b ?y")
ITALIC = re.compile(r"^(?:\* )?\*([^*]+)\* by \*\*")


def main() -> None:
    papers = []
    counts: dict[str, int] = {}
    top = sub = None
    i = 0
    while i < len(LINES):
        text = LINES[i]
        n = i + 1
        i += 1
        if text.startswith("## "):
            top = text[3:].strip()
            continue
        if text.startswith("### "):
            sub = text[4:].strip()
            continue
        if sub != "Papers":
            if n == 1127:
                m = LINKED.match(text)
                assert m and sub == "Books" and "master’s thesis" in LINES[n + 2], (n, LINES[n + 2])
                papers.append(entry(LINES, n, n, m.group(1)))
            continue
        m = LINKED.match(text)
        if m:
            papers.append(entry(LINES, n, n, m.group(1)))
            counts[top] = counts.get(top, 0) + 1
            continue
        if n == 831:  # the italic title wraps onto line 832
            joined = text + " " + LINES[n]
            m = ITALIC.match(joined)
            assert m, joined
            papers.append(entry(LINES, n, n + 1, m.group(1)))
            counts[top] = counts.get(top, 0) + 1
            i += 1
            continue
        m = ITALIC.match(text)
        if m:
            papers.append(entry(LINES, n, n, m.group(1)))
            counts[top] = counts.get(top, 0) + 1
            continue
        assert not text.startswith("* "), (n, text)
        assert " by **" not in text, (n, text)
    # 130 + 24 + 1 bulleted items (awk), plus the unbulleted 749 and 758 (CS) and 1311 (Recreational)
    assert counts == {"Computer Science": 132, "Recreational": 25, "Management": 1}, counts
    assert len(papers) == 159
    write_truth(
        NAME,
        PART,
        papers,
        "every item line of the three '### Papers' sections is an entry (bulleted or not, a wrapped italic title"
        " two lines), plus the one Books item its note calls a master's thesis; title = link text or italic text;"
        " the notes paragraphs and the other Books items are not entries",
        "bullet counts per Papers section by awk (130/24/1) plus the three unbulleted item lines found by grep"
        " for ' by **' and lines opening with '[' or '*'; all 159 titles read against the file; the Books"
        " sections' linked items read for papers (one thesis kept, by its note)",
    )


if __name__ == "__main__":
    main()
