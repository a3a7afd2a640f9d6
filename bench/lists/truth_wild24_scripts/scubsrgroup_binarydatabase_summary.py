"""Wild24 truth for SCUBSRGroup/BinaryDatabase SUMMARY.md: the GitBook table of contents of a lab's
binary-security notes, whose 'Paper' part indexes the papers they read and wrote notes on.

Shape: a GitBook SUMMARY.md (48 lines): '* [Text](path.md)' bullets nested by four spaces.  Top
level (lines 3-11, 47): the introduction, Chinese pages of learning resources (Fuzzing,
taint analysis, symbolic execution, malware detection, reverse engineering), interview notes,
a list of security venues, the 'Paper' README and a 'database' page.  Under 'Paper' (line 11),
category pages '* [<> Fuzzing](Paper/Fuzzing/README.md)' (lines 12, 14, 40, 42, 45, 46), and
under them one bullet per paper note, the link text being the paper's title and the target the
note's Markdown file.
Entries: every bullet nested under a '<>' category (8 spaces of indent), 27 in all; the other
bullets (table-of-contents pages, resource summaries, category pages) are not entries.
Title = the link text as the file writes it, whitespace collapsed: two link texts wrap onto an
indented second line (lines 29-30 and 37-38, joined); lines 16 and 24 have a double space inside
the title; lines 43 and 44 write the title as a hyphenated slug ('Lord-of-the-X86-Rings-A-...'),
kept as written; typos kept ('Sofware', 'FuzzinG').  Line 41 links a folder, not a note file;
still a paper record.  No arXiv ids or DOIs in the file.
Count check: 48 lines (final newline, line 48 blank); lines 3-47 hold 43 bullets (45 lines less
the 2 wrapped continuations): 10 top-level, 6 categories, 27 entries at the paper level.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild24 import entry, read_lines, write_truth

NAME = "SCUBSRGroup__BinaryDatabase__SUMMARY@d6fa193.md"
PART = "wild24_development"
CATEGORY_LINES = {12, 14, 40, 42, 45, 46}


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 49 and lines[-1] == "" and lines[-2] == "", len(lines)
    papers = []
    bullets = 0
    i = 1
    while i <= len(lines):
        text = lines[i - 1]
        m = re.match(r"( *)\* \[", text)
        if not m:
            i += 1
            continue
        bullets += 1
        depth = len(m.group(1))
        end = i
        record = text
        while "](" not in record:          # link text wrapped onto the next line
            end += 1
            record += " " + lines[end - 1].strip()
        if depth == 4:
            assert i in CATEGORY_LINES and "[<> " in text, i
        elif depth == 8:
            lm = re.match(r" *\* \[(.+?)\]\(([^)]*)\)$", record)
            assert lm, i
            papers.append(entry(lines, i, end, lm.group(1)))
        else:
            assert depth == 0, i
        i = end + 1
    assert bullets == 43, bullets
    assert len(papers) == 27, len(papers)
    write_truth(NAME, PART, papers,
                "every GitBook SUMMARY bullet nested under a '<>' paper category is an entry (a paper note); title ="
                " the link text, wrapped link texts joined, hyphenated slug titles kept as written; the top-level"
                " pages and category pages are not entries",
                "all 43 bullets of the 48-line file read by eye; the 27 entries' titles checked against their lines,"
                " the two wrapped link texts (29-30, 37-38) joined")


if __name__ == "__main__":
    main()
