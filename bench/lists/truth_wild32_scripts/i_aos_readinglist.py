"""Wild32 truth for chyyuu/aos_course_info readinglist.md: an advanced-OS reading list by topic.

Shape: a table of contents (lines 1-21, links to anchors, not entries), then `### Topic` headings (two of
them indented by one space, lines 302 and 346) with ordered items ` 1. [Title](url), authors, venue, year`
(every item numbered "1."; some at column 0, e.g. 66 and 108-111).  An item may continue on a lazy
continuation line without marker (lines 25, 110, 149, 292) and may carry indented sub-bullets: the SIGOPS
Hall of Fame note, other descriptions, `[xxx project]` / `[slides]` links -- all part of the item's span, not
entries.  Decisions: two sub-bullets are papers in their own right and are separate entries with their
own one-line span, the parent's span stopping before them: line 45 (Ritchie, "The Evolution of the Unix
Time-sharing System", under the UNIX item 43) and line 312 ("Specifying crash safety for storage systems",
under FSCQ 311); the Unix-Haters Handbook sub-bullet (47, a book) and the project links are not entries.
Line 160 (`- [Basic Knowledge of VMM]`, an OSTEP textbook chapter) and line 341 (MirageOS "Tech Talk"
slides) are not entries.  The three column-0 bullets under "### Persistent OS" (351-353) are entries.
Title = the first link text, stripped (some have a leading space, e.g. 189, 198, 282; line 62 writes
`[Title])(url)`; lines 215 and 335 have an empty link `()`; line 229's URL contains a space).  Papers listed in several topics (Dune,
mTCP, Singularity, End-To-End Arguments, ...) give one entry per listing.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild32 import entry, read_lines, write_truth

NAME = "chyyuu__aos_course_info__readinglist@6d8a762.md"
PART = "wild32_development"

NOT_ENTRIES = {160, 341}  # OSTEP chapter; a tech talk's slides
SUB_PAPERS = {45, 312}    # sub-bullets that are papers of their own


def main() -> None:
    lines = read_lines(NAME)
    n = len(lines)
    starts = []
    for i in range(22, n + 1):  # after the table of contents (lines 1-21)
        ln = lines[i - 1]
        if (re.match(r"\s{0,3}\d+\.\s", ln) or (re.match(r"- \[", ln) and i not in NOT_ENTRIES)) and i not in NOT_ENTRIES:
            starts.append(i)
    stops = set(starts) | SUB_PAPERS | NOT_ENTRIES
    papers = []
    for s in starts:
        last = s
        j = s + 1
        while j <= n and j not in stops and not re.match(r"\s*#", lines[j - 1]):
            if lines[j - 1].strip():
                last = j
            j += 1
        m = re.search(r"\[([^\]]+)\]", lines[s - 1])
        papers.append(entry(lines, s, last, m.group(1)))
    for s in sorted(SUB_PAPERS):
        m = re.search(r"\[([^\]]+)\]", lines[s - 1])
        papers.append(entry(lines, s, s, m.group(1)))
    assert len(papers) == 198, len(papers)
    write_truth(NAME, PART, papers,
                "Each ordered item (and each column-0 bullet under Persistent OS) is one paper titled by its first link text, its span running over continuation lines and sub-bullets; the two sub-bullets that cite papers (45, 312) are separate entries; the OSTEP chapter (160) and the MirageOS tech talk (341) are not entries.",
                "First and last item of every topic, every continuation-line item (24-25, 109-110, 148-149, 291-292), all items with sub-bullets, the two sub-bullet papers, the malformed links (62, 215, 229, 335), the indented headings, and a random sample of 25 items, checked by eye against the file.")


if __name__ == "__main__":
    main()
