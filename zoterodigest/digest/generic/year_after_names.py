"""An author-date reference whose year stands after the names' sentence and before the title, as the SAA and
Chicago author-date styles write it, with one author's name inverted:

::

    Barn, Ann. 2008. Owls on the Web: New Technologies for Night. *Owl Journal* 100 (2): 629-636.
    Barn, Ann.
        2008   Owls on the Web: New Technologies for Night. _Owl Journal_ 100 (2): 629-636.
    Barn, A., Tawny, B., 2008. Owls on the Web: New Technologies for Night. Owl Journal 100, 629-636.
    Barn, A., and B. Tawny, 2008: Owls on the Web: New Technologies for Night. *Owl J.*, **100**, 629-636.

The year closes with a full stop or with wide space (a tab, two spaces: the SAA style's column); after initialled
names closed by a comma it closes with a full stop (the Harvard style of Elsevier's journals) or with a colon
before a title whose journal is in italics (Pandoc's AMS style).  The title is
the first sentence after it, or the marked part that opens it; an italic title before a publisher is a book's,
no paper.  Tried after every other reference form.  Pure.
"""

from __future__ import annotations

import re

from .name_lists import SURNAME_GIVEN, is_name_list, person_names
from .reference_marks import Reference, italic_venue, title_words
from .sentence_ends import sentence_ends

#: The names' full stop, then the year, closed by a full stop or by wide space; or the names' comma, then the year and
#: a full stop (the Harvard style of Elsevier's journals: ``Barn, A., Tawny, B., 2020. Title. Journal 12, 1-10.``) or a
#: colon, the journal in italics after the title (Pandoc's AMS style: ``Barn, A., and B. Tawny, 2020: Title. *J. Owls*, **12**``).
_YEAR = re.compile(r"(?:\.[ \t]++(?P<y>(?:19|20)\d{2})[a-z]?(?:\.[ \t]++|[ \t]{2,}+|\t[ \t]*+)"
                   r"|,[ \t]++(?P<c>(?:19|20)\d{2})[a-z]?(?P<a>[.:])[ \t]++)(?=\S)")
#: Names left out at the end of an author list (``Barn, A., and Coauthors``).
_COAUTHORS = re.compile(r"(?<![ \t,]),?[ \t]++(?:and[ \t]++coauthors|et[ \t]++al\.?)$", re.IGNORECASE)
#: An initial of an inverted name (``Barn, A.``), which the comma form needs in its names.
_INITIAL = re.compile(r"(?<![^\W\d_])[A-Z]\.")
#: A title marked whole at the start: italic, bold or quoted.
_MARKED = re.compile(r"(?:\*\*?|__?|[\"“])(?P<t>[^*_\"“”\n]{6,300}?)[.,]?(?:\*\*?|__?|[\"”])")
#: A book's publisher after its title.
_PUBLISHER = re.compile(r"\b(?:Press|Publish\w*|Books|Routledge|Macmillan|Wiley|Elsevier|Springer|Verlag|Blackwell|Brill)\b")
#: A linked title: ``[Title](``.
_LINKED = re.compile(r"\[(?P<t>[^\[\]\n]{6,300})\]\(")
#: A journal's volume, issue or pages after its name: where the venue ends.
_VOLUME = re.compile(r"(?<![ \t])[ \t]++\d++[ \t]*+(?:\(|:|,|$)")


def year_after_names(text: str) -> Reference | None:
    """``Names. Year[.] Title. Venue``: the parts, or None."""
    m = _YEAR.search(text, 0, 260)
    if m is None:
        return None
    names = text[: m.start()].strip()
    if not _names(names, m.group("c") is not None):
        return None
    start = m.end()
    if (marked := _MARKED.match(text, start)) is not None:
        if text[start] in "*_" and text[start : start + 2] not in ("**", "__"):
            return None  # ("*Orientalism*. Vintage Books, New York": these styles set a book's title in italics, a paper's plain or quoted)
        title = (marked.start("t"), marked.end("t"))
        rest = marked.end()
    else:
        ends = sentence_ends(text[start:], 1)
        stop = start + ends[0][0] if ends else len(text.rstrip(" \t."))
        title = (start, stop)
        rest = start + ends[0][1] if ends else len(text)
    while title[1] > title[0] and text[title[1] - 1] in " \t.,":
        title = (title[0], title[1] - 1)
    if title_words(text[title[0] : title[1]]) < (1 if m.group("c") else 2):  # (after initialled names and their year, one word will do: "EmptyHeaded")
        return None
    tail = text[rest:]
    if m.group("a") == ":" and not tail.lstrip().startswith(("*", "_", "<i>", "<em>")):
        return None  # (the AMS style with its journal plain, "2026: Title, Atmos. Chem. Phys., 26": the colon form's to read)
    if _PUBLISHER.search(tail) and not re.search(r"\b(?:In|Journal|Proceedings)\b|\d[ \t]*+[(:]", tail):
        return None  # ("Title. Routledge, London.": a book with no journal or volume)
    vol = _VOLUME.search(text, rest)
    end = vol.start() if vol is not None else len(text.rstrip(" \t."))
    venue = italic_venue(text, (rest, end)) if end > rest else None
    while venue is not None and venue[1] > venue[0] and text[venue[0]] in " \t":
        venue = (venue[0] + 1, venue[1])
    return Reference(title, (0, len(names)), venue if venue and venue[1] > venue[0] else None, int(m.group("y") or m.group("c")))


def _names(names: str, comma: bool) -> bool:
    """Whether the text before the year is the authors' names; before a comma initialled names only ("Title, 2020.
    Venue" is no reference of names)."""
    if comma:
        return _INITIAL.search(names) is not None and is_name_list(_COAUTHORS.sub("", names.replace("*", "")))
    return bool(names) and bool(SURNAME_GIVEN.fullmatch(names) or person_names(names) or "," in names and is_name_list(names))


def linked_title(text: str, start: int) -> tuple[int, int] | None:
    """The columns of a link's text opening at ``start`` (``[Title](url)``), or None."""
    m = _LINKED.match(text, start)
    return (m.start("t"), m.end("t")) if m is not None else None
