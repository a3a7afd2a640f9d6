"""A line's head read as a paper's: the papers its links name, and a line that opens with a title.

Shared by the readers of list items, paragraphs, headings, tables and HTML records.  Pure.
"""

from __future__ import annotations

from .found import title_of
from .inline import Head, read_head
from .link_finder import find_links
from .links import Identity
from .prefixes import is_generic_label, label_kind


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
