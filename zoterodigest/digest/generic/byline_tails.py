"""The authors written after a title, and when it was published: ``Title by Ann L. Barn and Bob Tawny, published
2019``, ``Title, A. Barn & B. Tawny, pub 1999``, ``Title, published 2012/2013``.  Pure.
"""

from __future__ import annotations

import re

from .name_lists import person_names

#: When the paper was published, closing its line: ``published 2019``, ``pub 1999``, ``published in 2012/2013``, ``published``.
_PUBLISHED = re.compile(r"(?:published|pub\.?)(?:[ \t]++(?:in[ \t]++)?(?:19|20)\d{2}(?:[/\-–](?:19|20)?\d{2})?)?[ \t.]*+")

#: An initial in a name: ``L.`` of ``John L. Hennessy``.
_INITIAL = re.compile(r"(?<![.\w])[A-Z]\.(?=[ \t\-]|$)")  # (not "U.S.")


def _names(text: str, dated: bool) -> bool:
    """People's names: with their initials, or any names when "published" follows them (capitalised words
    joined by "and" may be a title's: "Combining Learning and Planning")."""
    text = text.strip(" ,.")
    return (dated or _INITIAL.search(text) is not None) and person_names(text)


def byline_tail(title: str) -> int | None:
    """Where ``title`` ends before its authors' names (after "by" or a comma; names with initials, or several) and a
    closing "published" with its year; else None."""
    end = len(title)
    k = max(title.rfind(" published"), title.rfind(" pub"))
    if k > 0 and _PUBLISHED.fullmatch(title, k + 1):
        end = len(title[:k].rstrip(" \t,"))
    by = title.rfind(" by ", 0, end)
    if by > 0 and len(title[:by].split()) >= 3 and _names(title[by + 4 : end], end < len(title)):
        return by  # ("Title by John L. Hennessy and David A. Patterson")
    comma = title.find(", ", 0, end)
    while comma > 0:
        if len(title[:comma].split()) >= 3 and _names(title[comma + 2 : end], end < len(title)):
            return comma  # ("Title, Phillip B. Gibbons & Stephen S. Muchnick")
        comma = title.find(", ", comma + 2, end)
    return end if end < len(title) and len(title[:end].split()) >= 3 else None
