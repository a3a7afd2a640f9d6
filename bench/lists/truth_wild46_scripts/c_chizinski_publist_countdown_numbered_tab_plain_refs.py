"""Wild46 truth for chrischizinski/chrischizinski.github.com publist.md: the "Full publication list" (2003-2014) of
Chris Chizinski, a fisheries ecologist (University of Nebraska: angler behaviour, reservoir fish, invasive carp,
riparian forestry and stream bioassessment), from his Jekyll personal site.

Taken from commit 16ed0f2 (2014-10-16), the last one holding the file: the next commit (5166c41, 2015-08-28)
deleted publist.md and the site links a PDF instead, so the newest commit has no list.

Shape (51 lines): YAML front matter (1-5, the closing ``--- `` with a trailing space), two blank lines, then 22
one-line references counting down ``22.`` .. ``1.``, each followed by a blank line.  The number is followed by a
space once (22) and by a tab everywhere else.  Plain text, no Markdown or links at all: ``Authors. Year.  Title.
Journal, vol:pages.`` with one or two spaces between the parts; author initials with full stops (``Chizinski, C. J.,
D. R. Martin, ...``), one author ``H.L. Schramm`` without a space.  Titles keep a question mark (36 ``... Can random
sampling error affect stream impairment decisions?``), a taxonomic authority in brackets (38 ``Danio rerio
(Hamilton)``), a species name in brackets (50 ``(Lepomis cyanellus)``), curly quotes and apostrophes (12, 20), commas
(8, 18, 26 ``Minnesota, USA``).

Decisions:
- Entries (22): every numbered line; each is one journal article (all in peer-reviewed journals).
- Title: the text after the first `` YYYY. `` up to the first full stop or question mark followed by white space (the
  ``?`` kept), the final full stop dropped.
- Ids: none -- the page gives no link, DOI or arXiv id.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild46 import entry, read_lines, write_truth

NAME = "chrischizinski__chrischizinski.github.com__publist@16ed0f2.md"
PART = "wild46_development"

ITEM = re.compile(r"^(\d+)\.\s+(.*)$")
YEAR = re.compile(r"\s(?:19|20)\d\d\.\s+")
SENTENCE = re.compile(r"(?<=[.?])\s")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    numbers = []
    for n, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if not m:
            assert not ln.strip() or n <= 5, (n, ln)
            continue
        numbers.append(int(m.group(1)))
        rest = m.group(2)[YEAR.search(m.group(2)).end() :]
        title = SENTENCE.split(rest, 1)[0]
        papers.append(entry(lines, n, n, title))
    assert numbers == list(range(22, 0, -1)), numbers
    assert [p["line"] for p in papers] == list(range(8, 51, 2))
    assert len(papers) == 22, len(papers)
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each numbered line (22. .. 1., a tab or space after the number) is one journal article (22); title = the text"
        " after 'Authors. Year.' up to the first '. ' or '? ' ('?' kept, final full stop dropped); no ids in the file."
        "  File taken from commit 16ed0f2, the last before the list was deleted.",
        "Whole file read (51 lines): the script asserts the countdown 22..1 on lines 8..50 (every second line) and"
        " that nothing else but the front matter and blank lines is there; all 22 -v titles compared with their lines"
        " by eye (first 8 and last 50, 36 with its '?', 38 '(Hamilton)' and 50 '(Lepomis cyanellus)' kept as title"
        " text, 12/20 curly quotes, 16 'H.L. Schramm' author form, 26 ', USA' inside the title), none cut short or"
        " running into the journal; no links, DOIs or arXiv ids anywhere.",
    )


if __name__ == "__main__":
    main()
