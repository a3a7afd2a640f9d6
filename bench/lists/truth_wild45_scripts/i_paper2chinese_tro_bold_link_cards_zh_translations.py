"""Wild45 truth for Paper2Chinese/Paper2Chinese ``Journals/TRO/All Issuse/README.md``: a Chinese group's
index of IEEE Transactions on Robotics (T-RO) 2024 articles, each card linking the article on IEEE Xplore and,
for a few, a Chinese translation note kept in the repository.

Shape (602 lines): one heading ``## All Issuse 2024`` (line 1), then 149 cards, each opened by a ``****`` line
(a bold run with nothing in it, a thematic-looking separator).  A card is:
``**[English title<TAB>](<TAB>https://ieeexplore.ieee.org/stamp/stamp.jsp?arnumber=N)**`` plus two trailing
spaces (a hard break; most link texts end in a tab and most URLs start with one, e.g. 3, 7; some have neither,
17, 27); then a second bold link that is either empty ``**[]()**`` or, in four cards, the Chinese translation of
the title linking a note in the repository (4, 8, 19, 23); in two cards a ``##`` heading sits between or instead
(14: ``## CMax-SLAM：...`` Chinese title as a heading under an empty link; 18: an empty ``## `` before the
translation link); sometimes a blank line (9, 24); last the author line ``作者：A. B; C. D`` (semicolons;
full-width ``；`` in 20).  The last card (598-602, a blank line after its ``****``) is IEEE's "IEEE Transactions on Robotics Information for
Authors" front matter with an empty author line.

Decisions:
- Entries (148): every card whose English link names an article; the "Information for Authors" card (600) is
  journal front matter, not a paper, and is left out.
- Span: the English title line to the ``作者：`` line of the card.
- Title: the English link text, the tab before ``]`` dropped; the Chinese translation (link text or ``##``
  heading) is a translated title and is not taken.
- Ids: none.  IEEE Xplore ``arnumber`` links are not DOIs, and the repository links hold no id.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild45 import entry, read_lines, write_truth

NAME = "Paper2Chinese__Paper2Chinese__Journals__TRO__All Issuse__README@702bf02.md"
PART = "wild45_development"

EN = re.compile(r"^\*\*\[([^\]]+)\]\(\s*(https://ieeexplore\.ieee\.org/\S+)\)\*\*\s*$")
ZH = re.compile(r"^\*\*\[([^\]]*)\]\(([^)]*)\)\*\*\s*$")
FRONT = "IEEE Transactions on Robotics Information for Authors"


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "## All Issuse 2024", lines[0]
    papers = []
    cards = 0
    n = 1
    while n < len(lines):
        n += 1
        ln = lines[n - 1]
        if ln != "****":
            assert not ln.strip(), (n, ln)
            continue
        cards += 1
        first = n + 1
        while not lines[first - 1].strip():  # one blank line after the last '****' (599)
            first += 1
        m = EN.match(lines[first - 1])
        assert m, (first, lines[first - 1])
        last = first
        while not lines[last - 1].startswith("作者："):
            last += 1
            nxt = lines[last - 1]
            # between the English link and the authors: an empty or Chinese link, a ## heading, a blank line
            ok = (ZH.match(nxt) and "ieeexplore" not in nxt) or nxt.startswith(("##", "作者：")) or not nxt.strip()
            assert ok, (last, nxt)
        title = m.group(1).strip()
        n = last
        if title == FRONT:
            assert first == 600, first
            continue
        papers.append(entry(lines, first, last, title))
    assert cards == 149, cards
    assert len(papers) == 148, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '****'-opened card whose first line is a bold IEEE Xplore link '**[English title](url)**' is one T-RO"
        " article (148), spanning that line to its '作者：' author line; title = the English link text (tabs"
        " trimmed), never the Chinese translation (second bold link or '##' heading); the 'Information for Authors'"
        " front-matter card (600) is not a paper; no ids (IEEE arnumber links are not DOIs).",
        "Script asserts every non-card line is blank, every card opens with an IEEE link and reaches an author line"
        " through only empty/Chinese links, '##' headings or blank lines, and that the front-matter card is the last"
        " one; by eye against the -v output: cards 1-6 with their irregular Chinese lines (3-25), the first"
        " regular cards (27-49), 26 cards through the middle and end opened in the file (31, 63, 95, 127, 159, 191, 223, 255,"
        " 287, 319, 327, 351, 355, 383, 415, 447, 479, 511, 543, 575, 583, 587, 591, 595) and the skipped front matter"
        " (598-602, blank line after its '****'); every title found in its lines; titles with colons and hyphens"
        " (CMax-SLAM, CATNIPS) kept whole; tab-padded link texts trimmed.",
    )


if __name__ == "__main__":
    main()
