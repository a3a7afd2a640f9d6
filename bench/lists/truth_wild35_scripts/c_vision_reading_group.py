"""Wild35 truth for Arka-h/Vision-Reading-Group README.md: a small vision reading group's paper queue.

Shape: after an "Overview" (mission, format; no papers) come "# Research Papers", "# Survey Papers" and
"# Explainers" with topic sub-headings.  Each paper is a task-list item ``- [x] Title [Venue] [[Paper](url)]
[[Demo](..)] [[Code](..)]`` (``[ ]`` = not yet read).  The title is the item text before the first `` [``
bracket (venue / "Submitted ..." tag).  Special cases: line 62 is a plain link to an awesome list (a code
repository, not an entry); line 84 writes ``Title. by Calvin Luo [Explainer, arxiv]`` (the ". by" author
tail is dropped); lines 104-105 are one item whose title wraps onto the next line; line 109 under
"# Explainers" is a bare paragraph (no bullet) that is itself a paper record, counted (it repeats line 84's
paper: repeated records stay separate entries).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild35 import entry, read_lines, write_truth

NAME = "Arka-h__Vision-Reading-Group__README@967eb16.md"
PART = "wild35_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = 0
    while n < len(lines):
        ln = lines[n]
        i = n + 1  # 1-based
        m = re.match(r"^- \[[ x]\] (.*)$", ln)
        if m or (i == 109):
            text = m.group(1) if m else ln
            last = i
            # wrapped item: the next line continues it (no bullet, not blank)
            while last < len(lines) and lines[last].strip() and not lines[last].startswith(("-", "#")):
                text += " " + lines[last].strip()
                last += 1
            title = re.split(r" \[", text, maxsplit=1)[0].strip()
            title = re.sub(r"\. by [A-Z][\w ]+$", "", title)
            papers.append(entry(lines, i, last, title))
            n = last
            continue
        n += 1
    assert len(papers) == 27, len(papers)
    write_truth(NAME, PART, papers,
                "Each task-list item (and the bare paper paragraph on line 109) is an entry; the title is the"
                " text before the first ' [' tag, an '. by Author' tail dropped; the awesome-list link on line"
                " 62 is not an entry.",
                "Every entry of the file read by eye against the output (27 entries, lines 51-109).")


if __name__ == "__main__":
    main()
