"""A line's head read as a paper's: the papers its links name, and a line that opens with a title.

Shared by the readers of list items, paragraphs, headings, tables and HTML records.  Pure.
"""

from __future__ import annotations

import re

from ..markup import CJK_LETTER, plain
from .byline import is_venue_text
from .found import title_of
from .inline import Head, read_head
from .item_template import NEWS
from .link_finder import find_links
from .links import Identity, link_class, other_class
from .name_lists import cjk_names, is_name_list, one_name, person_names
from .prefixes import is_generic_label, label_kind
from .reference_marks import quoted_by
from .references import parse_reference


def add_links(ident: Identity, line: str, links: list[tuple[str, str, int, int]] | None = None) -> None:
    for label, url, _, _ in find_links(line) if links is None else links:
        if not url.startswith("#"):
            ident.add_link(label_kind(label) if label != "badge" else None, url)
    ident.add_text_ids(line)


def titled_line(line: str, start: int) -> tuple[Head, str, tuple[int, int], Identity] | None:
    """A line that opens with a title (after ``start``): its head, the title's text and
    span in the line, and the papers its links name; None when it has no usable title.
    (Paper headings and bold-title paragraphs start alike.)"""
    head = read_head(line, start)
    if head.title is None:
        return None
    title = title_of(line[head.title[0]:head.title[1]])
    if not title or is_generic_label(title):
        return None
    ident = Identity()
    add_links(ident, line)
    return head, title, head.title, ident


def _bold_reference(line: str, body: int, head: Head) -> bool:
    """The item's whole text in bold is a reference: names, a year and a title."""
    if head.title is None or head.title_in_link or not line.startswith(("**", "__"), body) \
            or line.rstrip().rstrip(".")[-2:] not in ("**", "__") or head.title[0] != body + 2:
        return False
    ref = parse_reference(line[head.title[0] : head.title[1]])
    return ref is not None and ref.authors is not None and ref.year is not None


def _cited_in_label(line: str, head: Head) -> bool:
    """Whether the link holding the title holds its names and year before it too: the link's text is a
    whole reference (``[Barn, A., Tawny, B. (2012) Title, in 'Venue'](url)``, ``[Barn A. Title. – 2012.](url)``), not a
    title by its makers."""
    assert head.title is not None and head.authors is not None
    for _, _, s, e in head.spans:
        if s < head.title[0] and head.title[1] <= e:
            before = line[s : head.title[0]]  # (the year before the title, or after it as GOST dates: "[Barn A. Title. – 2017.](url)")
            return head.authors in before and (_YEAR_IN.search(before) or _YEAR_IN.search(line, head.title[1], e)) is not None
    return False


_YEAR_IN = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def is_reference_line(line: str, body: int, head: Head, more: str = "") -> bool:
    """A list item's line (text from ``body``) written as a reference to a paper: names, a title and a year
    (the year maybe on the item's next lines, ``more``: a reference wrapped over lines)."""
    text = line[body:]
    if _bold_reference(line, body, head):
        return True  # ("- **Barn, Ann (2019). Title. *Journal* 3(2).**": a reference set in bold, a compulsory reading)
    if head.title_in_link and (other_class(head.title_in_link) not in (None, "website") or NEWS.search(head.title_in_link)):
        return False  # "[Webinar: Title](youtube) by Names (2018)", "[Title](medium) by Names (2021)": a talk, a post
    if head.title_in_link and other_class(head.title_in_link) is None \
            and (m := _NAMES_YEAR_AFTER.search(line, head.title[1] if head.title else body)) and person_names(m.group("n")):
        return True  # "[Title](url) - Ann Barn, Bob Tawny (2020)": a reference to a paper on any host
    if head.authors is not None and head.year is None and head.title is not None \
            and (head.title_in_link or line[head.title[0] - 1 : head.title[0]] in ("*", "_", "\"", "“")) \
            and _long(line[head.title[0] : head.title[1]]) and (_YEAR_AFTER.search(line, head.title[1]) or _YEAR_AFTER.search(more)) \
            and (person_names(head.authors) or cjk_names(head.authors)
                 or one_name(head.authors) and line[max(0, head.title[0] - 2) : head.title[0]] in ("\"[", "“[")):
        return True  # "Ann Barn, Bob Tawny, [*Title*](url), Journal of Owls, Vol. 3, Feb., 2026." (or "*Title*")
    if head.year is None and head.title is not None and line[head.title[0] - 1 : head.title[0]] == "*" and _long(line[head.title[0] : head.title[1]]) \
            and (m := NAMES_VENUE_AFTER.match(line, head.title[1])) is not None and " and " in m.group("n") \
            and is_name_list(m.group("n")) and (is_venue_text(m.group("v")) or _VENUE_WORD.search(m.group("v"))):
        return True  # ("**Title**, Chen, Tianqi and Zheng, Lianmin, *Advances in Neural Information Processing Systems 31*")
    if not head.title_in_link and (ref := quoted_by(plain(text).strip())) is not None and _long(plain(text)[slice(*ref.title)]):
        return True  # ('- "Title", by Ann Barn and Bob Tawny. (Unit 7)': a quoted title and who wrote it, a reading)
    if head.year is None or head.authors is None:
        return False
    if head.title_in_link and head.venue is None and link_class(head.title_in_link) is None \
            and not (head.title and line[max(0, head.title[0] - 2) : head.title[0]] in ("\"[", "“[", "[\"", "[“")) \
            and not _cited_in_label(line, head):
        return False  # "[Title](kaggle) by Names (2024)": names and a year say who made it, not that it is a paper
        # (unless quoted as an article's title is: 'Ann Barn, "[Title](url)" (1999).', 'Ann Barn, ["Title"](url) (1999)')
    if head.title is not None and len(line[head.title[0] : head.title[1]].split()) >= 3:
        return True  # "Title. A. Barn. Venue 2022.": a title, names and a year
    return parse_reference(plain(text) if "](" in text else text) is not None


def _long(title: str) -> bool:
    """Three words or more, or six CJK characters: a title, not a name."""
    return len(title.split()) >= 3 or len(CJK_LETTER.findall(title)) >= 6


#: A bold title's closing marks, then names and an italic venue (a BibTeX record written with no year).
_VENUE_WORD = re.compile(r"\b(?:proceedings|conference|symposium|workshop|journal|transactions|letters|advances in)\b", re.IGNORECASE)
NAMES_VENUE_AFTER = re.compile(r"\*\*[ \t]*+,[ \t]*+(?P<n>[^*_\[\]\n]{3,600}?),[ \t]*+\*(?P<v>[^*\n]{3,120})\*")
_YEAR_AFTER = re.compile(r"(?:19|20)(?<!\d..)\d{2}(?!\d)")
_NAMES_YEAR_AFTER = re.compile(r"\)[ \t]*+[-–—,:][ \t]*+(?P<n>[^()\[\]]{2,299}?[^()\[\] \t])[ \t]*+\((?:19|20)\d{2}\)[ \t.]*+$")


def wrapped_reference(line: str, body: int, head: Head, more: str) -> bool:
    """:func:`is_reference_line`, or the item's head read with the lines it wraps onto as one line, its title
    linked or in italics or bold opening a whole reference (``[**Title\n wrapped**](project page). Names\n
    Venue, 2017``, ``*Title.* Names. Venue (ACRO). 2009.``)."""
    if is_reference_line(line, body, head, more):
        return True
    if head.title is None or head.title_in_link is None and line[head.title[0] - 1 : head.title[0]] not in ("*", "_"):
        return False
    wrapped = more.split("\n\n", 1)[0].split("\n")  # (the lines the paragraph wraps onto, to its first blank line)
    whole = line + " " + " ".join(x.strip() for x in wrapped)
    if more.strip() and is_reference_line(whole, body, read_head(whole, body)):
        return True
    text = plain(" ".join(whole[body:].split()))
    ref = parse_reference(text)  # ("[**Title**](project page). Names. Venue, 2016.": the title opens the reference)
    title = plain(" ".join(line[head.title[0] : head.title[1]].split())).strip("*_ ")
    return ref is not None and ref.authors is not None and ref.title[0] == 0 and text[ref.title[0] : ref.title[1]] == title
