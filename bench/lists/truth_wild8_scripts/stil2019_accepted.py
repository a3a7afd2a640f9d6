"""Wild8 truth for CEPLN/STIL-2019 accepted.md: the accepted papers of STIL 2019 (Brazilian
Symposium in Information and Human Language Technology), titles mostly in Portuguese.

Shape: a Jekyll page with two sections between '___' rules and '### <center>..<center>' headings
(Oral Papers, Poster Papers).  Each paper is a bullet '- **Title**' followed, without a blank line,
by one italic line per author '_Name (Affiliation - Country)_;' (the last author of a poster has no
';').  There are no links at all: no arXiv ids, no DOIs.

Entry = the bullet line through its last author line; title = the bold text (one title ends in a
'.' inside the bold, dropped as the citation separator; one has '?' where the page lost its
quotation marks, '?Sentimento de quê??: ...', kept as written).  Not entries: the front matter,
headings and rules.

Counts: 26 bullets '- **' (grep), 16 oral + 10 poster; 82 italic author lines (86 lines start
with '_', 4 of them the '___' rules), all inside entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild8 import entry, read_lines, write_truth

NAME = "CEPLN__STIL-2019__accepted@03e601c.md"
PART = "wild8_development"
LINES = read_lines(NAME)

BULLET = re.compile(r"^- \*\*(?P<title>.+)\*\*\s*$")
AUTHOR = re.compile(r"^_[^_]+_;?\s*$")


def main() -> None:
    papers = []
    covered = 0
    i = 0
    while i < len(LINES):
        m = BULLET.match(LINES[i])
        if not m:
            assert not AUTHOR.match(LINES[i]), (i + 1, LINES[i])
            i += 1
            continue
        first = i + 1
        j = i + 1
        while j < len(LINES) and AUTHOR.match(LINES[j]):
            j += 1
        assert j > i + 1, first  # every paper has at least one author line
        covered += j - i - 1
        papers.append(entry(LINES, first, j, m.group("title")))
        i = j
    oral = sum(1 for p in papers if p["line"] < 95)
    assert (len(papers), oral) == (26, 16), (len(papers), oral)
    assert covered == sum(1 for t in LINES if AUTHOR.match(t)) == 82, covered
    write_truth(
        NAME, PART, papers,
        "every bullet '- **Title**' with its following italic author lines is an entry; title = the bold text",
        "all 26 entries by eye (16 oral, 10 poster; grep counts 26 '- **' bullets and 82 author lines, all"
        " inside entries); the '.' inside the bold of line 83 dropped, the '?Sentimento de quê??' title kept as written",
    )


if __name__ == "__main__":
    main()
