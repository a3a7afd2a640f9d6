"""Truth for idrl-lab's PINNpapers README (held out, issue 26).

Entries: every numbered item `N. **Title**, *Authors*, Venue, Year. [[paper](url)][[code](url)]`
(the Software section's items cite the paper describing each library, so they count).
Title: the first bold text.  Ids: the paper link or `arXiv:NNNN.NNNNN` written as the venue.
"""

from __future__ import annotations

import re

from _heldout import clean, lines_of, paper, write

NAME = "idrl-lab__PINNpapers__README@058306e.md"


def main() -> None:
    lines = lines_of(NAME)
    papers = []
    for i, line in enumerate(lines, 1):
        if not re.match(r"\d+\. ", line):
            continue
        m = re.match(r"\d+\. \*\*(.+?)\*\*\s*,", line)
        assert m, (i, line[:100])
        papers.append(paper(i, i, clean(m.group(1)), line))
    write(
        NAME,
        "Each numbered item 'N. **Title**, *Authors*, Venue, Year. [[paper](url)]' is an entry (software items cite "
        "their paper); title = first bold text; ids from the item (link or 'arXiv:' venue text).",
        "20 random items, first/last item of each of the 8 sections, all items without any id, and the count "
        "(103 numbered lines, all matched).",
        papers,
    )


if __name__ == "__main__":
    main()
