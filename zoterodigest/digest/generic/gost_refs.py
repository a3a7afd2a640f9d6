"""The Russian reference standard's style (GOST 7.0.5 / 7.1): names with their initials after them, the
title, then the host work after two slashes and its year after a dash.

::

    Cinelli C., Forney A., Pearl J. A crash course in good and bad controls //Sociological Methods & Research. – 2021. – С. 1-34.
    Callaway B., Sant’Anna P. H. C. Difference-in-differences with multiple time periods //Journal of Econometrics. – 2021. – Т. 225.
    Lehner A. Culture, Institutions, and the Roots of Gender Inequality. – 2021.

The names are surnames each followed by one to three initials, joined by commas; the title runs from
them to the two slashes (`` //``, the host journal or proceedings after them) or to a full stop and a
dash before a year (a work standing alone).  Those marks, not the words, tell where the title ends, so a
title with commas and colons of its own stays whole.  Pure.
"""

from __future__ import annotations

import re

from .reference_marks import Reference

#: One surname (a particle and up to two words) and its initials, Latin or Cyrillic: ``Sant’Anna P. H. C.``, ``d'Haultfoeuille X.``
_NAME = r"(?:[a-z]{1,3}['’ ])?[^\W\d_][\w'’\-]*+(?:[ \t][A-Z][\w'’\-]*+)?[ \t]++(?:[^\W\d_a-z]\.[ \t]?){1,3}"
_NAMES = re.compile(rf"(?P<n>{_NAME}(?:,[ \t]*+{_NAME})*+)[ \t]*+(?=[^\W\d_])")
#: The host work's two slashes (never an address's: a space before them).
_HOST = re.compile(r"[ \t]//[ \t]?(?=\S)")
#: A year after a full stop and a dash, as the standard dates a work: ``. – 2021``.
_DASH_YEAR = re.compile(r"(?:\.|(?<![ \t.]))[ \t]++[–—-][ \t]++(?P<y>(?:19|20)\d{2})\b")


def gost(text: str) -> Reference | None:
    """The parts of a reference written as GOST writes them, or None."""
    names = _NAMES.match(text)
    if names is None:
        return None
    start = names.end()
    host = _HOST.search(text, start)
    dated = _DASH_YEAR.search(text, host.end() if host else start)
    if dated is None and host is None:
        return None
    end = host.start() if host else dated.start()  # type: ignore[union-attr]
    title = text[start:end].rstrip(" \t.")
    if len(title.split()) < 2:
        return None
    venue = None
    if host is not None:
        v1 = dated.start() if dated else len(text)
        venue = (host.end(), host.end() + len(text[host.end() : v1].rstrip(" \t.")))
    return Reference(title=(start, start + len(title)), authors=(0, len(names.group("n").rstrip(" \t,"))), venue=venue,
                     year=int(dated.group("y")) if dated else None)
