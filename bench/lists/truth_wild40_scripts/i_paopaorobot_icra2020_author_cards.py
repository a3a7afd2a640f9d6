"""Wild40 truth for PaoPaoRobot/ICRA2020-paper-list with_abstract/paperlist_5.md: the fifth part of the PaoPaoRobot
(a Chinese robotics non-profit) list of ICRA 2020 papers, grouped by conference session/keyword, each paper with
its authors and affiliations, keywords and the start of its abstract.

Shape: an "# International Conference on Robotics and Automation 2020" header with two paragraphs (2-6), then 25
"## Session" headings (Visual Servoing 8, Soft Robot Materials and Design, ..., Reactive and Sensor-Based Planning
2655).  Each record is a card:
    - Title
    (blank)
        Author: Surname, Given | Affiliation      (one line per author, 4-space indent)
     (a line holding one space)
        keyword: Kw1; Kw2
    (blank)
        Abstract : first ~250 characters of the abstract
The indented lines are paragraphs continuing the list item.  Irregular cards:
- two records carry only their author lines (no keyword or abstract): "Multiaxis Reaction System (MARS) ..." 2134
  and "Sparse, Online, Locally Adaptive Regression ..." 2206, both with two spaces after the dash;
- two empty items "- " close a section (1740, 1810);
- nine titles end with the program's " (I)" mark of a journal paper presented at the conference (375, 386,
  563, 1388, 2069, 2134, 2175, 2184, 2252);
- some titles and affiliations hold U+FFFD replacement characters where the scraper lost accents
  ("Bump\ufffdem", 444; "B\ufffdziers", 914); one title has an HTML entity ("Detection &amp; Recognition", 2372).

Decisions:
- Entries: every non-empty "- " item (241), each one ICRA 2020 paper; the two empty "- " items are not entries.
- Span: the title line through the card's last non-blank indented line (the abstract line, or the last author
  line for the two short cards).
- Title: the item text, whitespace collapsed, with the trailing " (I)" program mark dropped (it marks the
  journal track, not the title); replacement characters kept as written, "&amp;" rendered "&".
- Ids: none (the cards have no links).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild40 import entry, read_lines, write_truth

NAME = "PaoPaoRobot__ICRA2020-paper-list__with_abstract__paperlist_5@89c8fb8.md"
PART = "wild40_development"

ITEM = re.compile(r"^- (.*)$")
CARD_LINE = re.compile(r"^    (Author: .+|keyword: .+|Abstract : .+)$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    empty = []
    marked = 0
    short = []
    n = 1
    while n <= len(lines):
        ln = lines[n - 1]
        m = ITEM.match(ln)
        if not m:
            assert n <= 6 or not ln.strip() or ln.startswith("## "), (n, ln)
            n += 1
            continue
        title = m.group(1).strip()
        last = n
        k = n + 1
        while k <= len(lines) and not lines[k - 1].startswith(("- ", "## ")):
            if lines[k - 1].strip():
                assert CARD_LINE.match(lines[k - 1]), (k, lines[k - 1])
                last = k
            k += 1
        if not title:
            assert last == n, n
            empty.append(n)
        else:
            block = "\n".join(lines[n:last])
            if "Abstract : " not in block:
                short.append(n)
            if title.endswith(" (I)"):
                title = title[: -len(" (I)")]
                marked += 1
            papers.append(entry(lines, n, last, title))
        n = k
    assert empty == [1740, 1810], empty
    assert short == [2134, 2206], short
    assert marked == 9, marked
    assert len(papers) == 241, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each non-empty '- Title' item with its indented Author/keyword/Abstract card is one ICRA 2020 paper (241;"
        " two empty '- ' items are not entries); title = the item text without the trailing ' (I)' journal-track"
        " mark, replacement characters kept; no ids.",
        "Script asserts every non-blank line is the header, a '##' session, an item or a 4-space Author/keyword/"
        "Abstract card line; -v output compared by eye for the first and last card of all 25 sessions, the two"
        " empty items 1740/1810, the two author-only cards 2134/2206 (double space after the dash), all nine"
        " ' (I)' titles, the U+FFFD titles 444/914, the card with two trailing blanks 2581, and ~20 random cards"
        " (spans ending on the abstract line).",
    )


if __name__ == "__main__":
    main()
