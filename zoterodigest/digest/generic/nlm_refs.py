"""The NLM (Vancouver) style of medicine's and biology's journals, as PubMed cites a paper.

::

    Barn A, Tawny BC, Hoot D. Owls count mice at night. J Owl Res. 2012 Feb;8(2):e1002362. Epub 2012 Feb 9
    Hoot X. Optogenetics in the barn owl. Prog Owl Res. 2012;196:215-33

The names (each a surname and one to three initials with no stops, joined by commas, "et al" maybe)
and a stop; the title and its stop; the journal's short name and a stop; then the year, a month or a
volume after it.  That closing is what lets a single name with one initial (``Hoot X``) pass where
a title's words could read as one.  Pure.
"""

from __future__ import annotations

import re

from .reference_marks import Reference

_NAME = r"[A-Z][\w'’\-]++(?:[ \t][A-Z][\w'’\-]++)?(?:[ \t][a-z]{1,3})?[ \t][A-Z]{1,3}"
_NLM = re.compile(rf"(?P<n>{_NAME}(?:,[ \t]{_NAME}){{0,80}}(?:,?[ \t]et[ \t]al)?)\.[ \t]++"
                  r"(?P<t>\S[^\n]{6,400}?[.?!])[ \t]++"
                  r"(?P<j>[A-Z][\w&\-]*+(?:[ \t]++\(?[A-Za-z&\-]++\)?){0,9})\.[ \t]++"
                  r"(?P<y>(?:19|20)\d{2})(?=[ \t]*+(?:;|:|\.|$|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b))")


def nlm(text: str) -> Reference | None:
    """The parts of a reference written in the NLM style, or None."""
    m = _NLM.match(text)
    if m is None or len(m.group("t").split()) < 2:
        return None
    return Reference((m.start("t"), m.end("t") - 1), m.span("n"), m.span("j"), int(m.group("y")))
