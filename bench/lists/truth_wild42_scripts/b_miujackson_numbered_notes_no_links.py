"""Wild42 truth for MiuJackson/MyPaperList README.md: a Chinese NLP engineer's personal reading log ("Reading paper
list", Nov 2020 - Sep 2021): per-topic numbered lists of paper titles without links, each followed by notes in
Chinese and a reading date.

Shape (84 lines and a final newline): "# MyPaperList", "Reading paper list", then 11 "## Topic" headings (some with
a closing ":" or "："), two of them empty (GEC, Controllable Text Generation; Meta Learning, Date2Text and Casual
Inference hold one item each).  Items are "N. Title" or "N. **Title**" (bold = the owner's highlight) followed by two-space
indented "  - note" bullets (Chinese summaries, "date：2020-11-23", empty "  - " bullets, one "  -Prompt..." without
the space, a paperswithcode URL).  Special cases:
- a date appended to four bold titles ("... A Survey 2020-11-01", "... 2020-06-26", "... society?  2020-03",
  "... 2020-10-09");
- item 8 of Text Generation names two papers joined by "/" (36): "Learning from the Worst: ... Hate Detection" and
  "Build it Break it Fix it for Dialogue Safety:Robustness from Adversarial Human Attack";
- item 1 of Text Generation (20) is an ACL 2020 tutorial ("The Amazing World of Neural Language Generation"; its
  note says it is the tutorial's preliminary material);
- a CMU thesis proposal (28), an all-caps title (38), a missing space after a colon (45, 36), and in the note of
  item 10 (41) another paper named inline ("包括 A survey of pre-processing techniques ...", i.e. "including ...");
- no links, no ids anywhere except a paperswithcode URL and two project URLs in notes.

Decisions:
- Entry = each numbered item whose subject is a paper, spanning its note bullets (32 items, item 8 gives two entries
  on the same lines: 33).  The tutorial item (20-22) is not an entry (a tutorial is a talk); the paper named inside
  the note of item 10 is running prose in a note, not a record of the list, so not an entry.
- Title = the item text without numbering and bold, the appended date dropped; the two titles of item 8 split at
  "/"; the thesis-proposal title kept as written ("Controllable Text Generation Should machines reflect ...?").
- No arXiv ids or DOIs are written.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild42 import entry, read_lines, write_truth

NAME = "MiuJackson__MyPaperList__README@6ba5283.md"
PART = "wild42_development"

ITEM = re.compile(r"^(?P<num>\d+)\. (?P<text>.+?)\s*$")
NOTE = re.compile(r"^  -")
DATE = re.compile(r"\s+\d{4}-\d{2}(?:-\d{2})?$")
TUTORIAL = 20
TWO_PAPERS = 36


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    items = 0
    for n, text in enumerate(lines, 1):
        m = ITEM.match(text)
        if not m:
            assert not text or text.startswith(("#", "  -", "Reading paper list")), (n, text)
            continue
        items += 1
        last = n
        while last < len(lines) and NOTE.match(lines[last]):
            last += 1
        title = m.group("text")
        bold = re.fullmatch(r"\*\*(.+?)\*\*", title)
        if bold:
            title = bold.group(1)
        title = DATE.sub("", title)
        if n == TUTORIAL:
            assert title == "The Amazing World of Neural Language Generation" and "tutorial" in lines[n]
            continue
        if n == TWO_PAPERS:
            first, second = title.split("/")
            papers.append(entry(lines, n, last, first))
            papers.append(entry(lines, n, last, second))
            continue
        papers.append(entry(lines, n, last, title))
    assert items == 33, items
    assert len(papers) == 33, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each numbered item naming a paper is an entry spanning its '  - ' note bullets; title = the item text without"
        " numbering, bold and the appended date; the item joining two papers with '/' gives two entries on the same"
        " lines; the ACL tutorial item and the paper named inside a note are not entries; no ids are written (33).",
        "Whole file read (84 lines) against the -v output: all 33 numbered items of the 11 topic headings, the four"
        " appended dates removed (4, 26, 28, 30), the '/'-joined pair (36), the tutorial item (20) skipped, the inline"
        " paper in the note of item 10 (41) left inside that entry, note spans including the empty '  - ' bullets"
        " (56, 58) and '  -Prompt' (75), the all-caps title (38), and the empty GEC/Controllable sections.",
    )


if __name__ == "__main__":
    main()
