"""A whole reference written as a link's text over two lines joined by a hard break (a backslash closing
the first line), its names and year on the first and its title and venue on the second::

    - [ ] [Barn, Ann, and Bob Tawny. (2025). \\
     Discrete Owl Samplers. In NeurIPS 2025.](https://arxiv.org/abs/2505.17741)

The title is the second line's first sentence.  Pure.
"""

from __future__ import annotations

import re

from .reference_names import reference_names

#: A hard break's backslash: the line above ended there (its blanks and the next line's indent after it).
_HARD_BREAK = re.compile(r"(?<![^\s.,:;)])\\\s++(?=\S)")
#: A year in the text before a hard break.
_YEAR = re.compile(r"(?:19|20)\d{2}")
#: A title's full stop inside a reference (never an initial's nor an abbreviation's): what follows is its venue.
_TITLE_STOP = re.compile(r"(?:(?<=[a-z\d)\]}$]{2})|(?<=[A-Z]{2}))\.[\"”]?(?=[ \t]++\S|[A-Za-z])")


def past_hard_break(title: str) -> str | None:
    """The title after a hard break when the text before it is the reference's names or year (nothing
    before it, too: a break the reader's title opens with), cut at its first full stop; else None."""
    if "\\" not in title or (m := _HARD_BREAK.search(title)) is None:
        return None
    before = title[: m.start()].strip(" \t.,:;")
    if before and not _YEAR.search(before) and not reference_names(before):
        return None
    rest = title[m.end() :]
    if (stop := _TITLE_STOP.search(rest)) is not None and len(rest[: stop.start()].split()) >= 2:
        rest = rest[: stop.start()]  # (the reference's title ends at its first full stop: "Title. In Venue")
    return rest if len(rest.split()) >= 2 else None

