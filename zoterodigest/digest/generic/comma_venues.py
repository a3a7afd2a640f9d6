"""Where a title read from a reference ends when the reference's venue or ids follow it after a comma or a full stop.

::

    Owls count mice in the snow, FEBS Letters, 588, doi: 10.1016/j.febslet.2014.09.039
    Owls count mice in the snow, arXiv: 2110.02235
    Owls count mice in the snow, Ocean Modelling
    Owls count mice in the snow, TACL
    Owls count mice in the snow. Journal of Glaciology, 58(208):347–360, 2012

What follows the comma is no part of the title when it is a venue with its volume, pages or DOI, an
arXiv id or a DOI, a venue the mappings know, a journal's name (capitalised words with a word journals
use: ``Letters``, ``Transactions``, ``Modelling``...), or an author written initials first (``D. Barn et al.``).  Two surnames joined by ``and`` are not enough
(``Past, Present and Beyond`` reads as names).  The title before it keeps three words at least.  Pure.
"""

from __future__ import annotations

import re

from .prefixes import venue_names

#: A year closing a reference's names (``Barn, A., 2024. Title``, ``Barn, A. (2013). Title``).
_NAMES_YEAR = re.compile(r"(?:19|20)\d{2}[a-z]?\)?\.[ \t]")
#: A comma, or a full stop after a word's lower-case letter or digit (not an initial's: ``A. Barn``).
_SEPARATOR = re.compile(r",[ \t]++|(?<=[a-z\d)?][a-z\d)?])\.[ \t]++")
#: Ids after the comma: ``arXiv: 2110.02235``, ``arXiv 2110.02235``, ``doi: 10.1/x``.
_ARXIV_DATED = re.compile(r"arXiv(?:[ \t]++preprint)?(?:[ \t]++(?:arXiv:)?\d{4}\.\d{4,5}(?:v\d)?|[ \t]++(?:19|20)?\d{2})?\.?")
_ID_AFTER = re.compile(r"(?:arXiv[ \t]*+[: ][ \t]*+\d{4}\.\d{4,5}|(?:doi|DOI)[ \t]*+:?[ \t]*+10\.\d{4,9}/)")
#: A venue's volume, issue, pages, DOI or status, one comma-separated part (``588``, ``63(1)``, ``213-232``, ``doi: 10.1/x``).
_VOLUME_PART = re.compile(r"\d[\d()]*+(?:[ \t]?[-–:][ \t]?\d++)?\.?|(?:doi|DOI):?[ \t]?\S++|online[ \t]first|in[ \t]press|pp?\.[ \t]?\d\S*+")
_NUMBER_WORD = re.compile(r"\d[\d():\-–]*+")
#: A journal's name: capitalised words (small words and abbreviations between them), one of them a word journals use.
JOURNAL_WORDS = re.compile(r"\b(?:Journal|Letters|Transactions|Proceedings|Reviews?|Research|Modell?ing|Processes|Sciences?|Change|"
                            r"Physics|Bulletin|Annals|Quarterly|Magazine|Reports|Geoscience|Hydrology|Oceanography|Meteorology)\b")
_JOURNAL_END = re.compile(JOURNAL_WORDS.pattern + r"$")
_ARTICLE = re.compile(r"(?:A|An|The)[ \t]")
#: A journal's abbreviated word (``Oceanogr.``, ``J.``).
_ABBREVIATED = re.compile(r"[A-Za-z]\.(?:[ \t]|$)")
#: A person's name opening what follows a comma, written initials first and followed by ``et al.`` or a comma
#: (``D. Barn et al., NIM A 660``, ``S. H. Tawny, Master Thesis (2016)``; a part's number is none: ``I. Energetics``).
_INITIALS_NAME = re.compile(r"(?:[A-HJ-UWYZ]\.[ \t]?|[A-Z]\.[ \t]?(?:-?[A-Z]\.[ \t]?){1,2})[ \t]*+[A-Z][a-z][\w'’\-]*+(?:[ \t]++et[ \t]++al\.?|,)")
_CAPITAL_WORDS = re.compile(r"(?:(?:[A-Z][\w.'’\-/&]*+|of|and|the|in|for|on|&)[ \t]*+){1,8}")


def venue_after_comma(title: str) -> int | None:
    """Where ``title`` should end (the comma before what follows it, see the module's text), else None."""
    if ", " not in title and ". " not in title or _NAMES_YEAR.search(title) is not None:
        return None  # (a whole reference read as a title, "Barn, A., 2024. Title. Journal": the reference's reader's)
    for m in _SEPARATOR.finditer(title):
        tail = title[m.end() :].strip()
        if len(title[: m.start()].split()) >= 3 and (_not_title(tail) or title[m.start()] == "," and _INITIALS_NAME.match(tail)):
            return m.start()
    return None


def _not_title(tail: str) -> bool:
    if not tail or not tail[0].isupper() and not tail.startswith(("arXiv", "doi")):
        return False
    if _ID_AFTER.match(tail) or _ARXIV_DATED.fullmatch(tail):
        return True  # ("Title, arXiv: 2110.02235", "Title. arXiv 2021", "Title. arXiv preprint arXiv:2306.11644")
    bare = _without_volume(tail)
    if not bare or _ARTICLE.match(bare) or not _CAPITAL_WORDS.fullmatch(bare):
        return False  # ("Title, A Comprehensive Review": the title's own words)
    if bare in venue_names() or all(part in venue_names() for part in bare.split("/")):
        return True  # ("Title, TACL", "Title, ESEC/FSE")
    journal = " and " not in bare and len(bare.split()) <= 4 and (_JOURNAL_END.search(bare) is not None or bare.startswith("Journal "))
    if bare != tail.rstrip(" \t,.") and (journal or len(bare.split()) <= 2 or _ABBREVIATED.search(bare)):
        return True  # ("Title, FEBS Letters, 588, doi: ...", "Title, Nature 585, 39", "Title, Aust. Met. Oceanogr. J., 63(1)")
    return journal  # ("Title, Ocean Modelling", "Title, Environmental Research Letters"; not "Title, Relations and Physics")


def _without_volume(tail: str) -> str:
    """``tail`` without the volume, pages and ids closing it (``FEBS Letters, 588, doi: 10.1/x`` -> ``FEBS Letters``,
    ``Nature 585, 39`` -> ``Nature``)."""
    parts = tail.rstrip(" \t.").split(",")
    while len(parts) > 1 and _VOLUME_PART.fullmatch(parts[-1].strip()):
        parts.pop()
    words = ",".join(parts).split()
    while len(words) > 1 and _NUMBER_WORD.fullmatch(words[-1]):
        words.pop()
    return " ".join(words).rstrip(" \t,.")
