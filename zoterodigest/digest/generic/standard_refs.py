"""References written as national standards write them, each told by its own marks rather than its words.

::

    Cinelli C., Forney A., Pearl J. A crash course in good and bad controls //Sociological Methods & Research. – 2021. – С. 1-34.
    Lehner A. Culture, Institutions, and the Roots of Gender Inequality. – 2021.
    SILVA, João; SOUZA, Maria. Contagem de corujas na floresta. Revista Brasileira de Ornitologia, v. 12, p. 45-60, 2020.
    BARN, Ann and TAWNY, Bob. Silent flight of owls. Journal of Owl Science. 2019, vol. 3, no. 2, pp. 1-9.
    Barn, Ann ; Tawny, Bob: Silent flight of owls. In: Journal of Owl Science 3 (2019), Nr. 2, S. 1–9

- GOST 7.0.5 / 7.1 (Russian): surnames each followed by their initials, the title, then the host work after two
  slashes (`` //``) and its year after a dash (or, for a work standing alone, a full stop, a dash and the year).
- ABNT NBR 6023 (Brazilian) and ISO 690: surnames in capitals, a comma and the given names, joined by
  semicolons (or ``and``, ``e``, ``et``, ``y``); the title runs to the next full stop, or is the bold span
  after the names; a book (no volume, number, pages, ``In:`` or journal after its title) is none.
- DIN 1505 (German): ``Surname, Given`` joined by `` ; ``, a colon before the title, ``In:`` before its host.

Each form's marks (the slashes and dash, the capitals, the spaced semicolons and the colon), not its words, tell
where the title ends, so a title with commas and colons of its own stays whole.  Pure.
"""

from __future__ import annotations

import re

from .reference_marks import Reference
from .venue_tails import known_venue

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


#: A surname in capitals (two letters or more, a particle or a second surname allowed), its comma, then given
#: names: full words, or initials after them (``SILVA, João``, ``TAWNY, B.``, ``SOUZA, Maria C.``, ``DA COSTA, Ana``).
_UPPER_NAME = re.compile(r"(?:[a-z]{1,3}[ \t])?[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\-]++(?:[ \t][A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\-]++){0,2},[ \t]++"
                         r"(?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’\-]++(?:[ \t]++[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’\-]++){0,3}(?:[ \t]++[A-ZÀ-ÖØ-Þ]\.){0,2}"
                         r"|[A-ZÀ-ÖØ-Þ]\.(?:[ \t-]?[A-ZÀ-ÖØ-Þ]\.){0,2})")
#: What joins two names in those styles: a semicolon, or "and" in one of several languages.
_JOIN = re.compile(r"[ \t]*+;[ \t]*+|,?[ \t]++(?:and|e|et|y|und|&)[ \t]++")
_TITLE_STOP = re.compile(r"\.[ \t]++(?=[*_]{0,3}[A-ZÀ-ÖØ-Þ\d])|\.[ \t]*+$")
_ANY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
#: What a part of a serial or a proceedings writes after its title in those styles: a volume, a number, pages, "In:".
_SERIAL = re.compile(r"\b(?:v|vol|n|no|nr|p|pp)\.[ \t]?\d|\bIn:|\b(?:Anais|Proceedings|Actas|Atas|Journal|Revista|Tese|Dissertação|Thesis|arXiv)\b")


def upper_names(text: str) -> Reference | None:
    """ABNT's and ISO 690's ``SURNAME, Given; SURNAME, Given. Title. Venue, 2020.``, or None."""
    pos = names = 0
    while (m := _UPPER_NAME.match(text, pos)) is not None:
        pos, names = m.end(), names + 1
        if (j := _JOIN.match(text, pos)) is None:
            break
        pos = j.end()
    if names == 0 or m is None or names == 1 and known_venue(text[: text.find(",")].strip()):
        return None  # ("ICLR, Spotlight. Title": a venue's acronym, not a surname)
    names_end = pos
    start = names_end + len(text[names_end:]) - len(text[names_end:].lstrip(" \t.*_"))
    if start == names_end or text[names_end : names_end + 1] not in (".", " "):
        return None
    if text.startswith("**", names_end + len(text[names_end:]) - len(text[names_end:].lstrip(" \t."))) \
            and (close := text.find("**", start)) > start:
        stop = _TITLE_STOP.search(text, close)  # ("SURNAME, Given. **Title. Subtitle.** Journal": the title in bold, whole)
        end = close
    else:
        stop = _TITLE_STOP.search(text, start)
        end = stop.start() if stop else len(text)
    title = text[start:end].rstrip(" \t*_.")
    year = _ANY_YEAR.search(text, end)
    if year is None or not _SERIAL.search(text, end):
        return None  # (a book's reference: its publisher and year, no journal's volume or pages, no proceedings)
    venue = (stop.end(), stop.end() + len(text[stop.end() : year.start()].rstrip(" \t,.;"))) if stop and year and stop.end() < year.start() else None
    if len(title.split()) < 2 or year is None or names == 1 and venue is None:
        return None  # (one name alone must be followed by a journal's or a publisher's name, as a reference's is)
    return Reference(title=(start, start + len(title)), authors=(0, names_end), venue=venue, year=int(year.group(0)))


#: DIN 1505's names: ``Surname, Given`` joined by a spaced semicolon, a colon after the last.
_DIN_NAMES = re.compile(r"(?P<n>[^\W\d_][\w'’\-]*+,[ \t]++[^\W\d_][\w'’\-.]*+(?:[ \t][^\W\d_][\w'’\-.]*+)?"
                        r"(?:[ \t]++;[ \t]++[^\W\d_][\w'’\-]*+,[ \t]++[^\W\d_][\w'’\-.]*+(?:[ \t][^\W\d_][\w'’\-.]*+)?)*+)[ \t]*+:[ \t]++")


def din(text: str) -> Reference | None:
    """DIN 1505's ``Surname, Given ; Surname, Given: Title. In: Venue 3 (2019)``, or None."""
    names = _DIN_NAMES.match(text)
    host = text.find(". In: ") if names else -1
    if names is None or host < names.end() or " ; " not in names.group("n") and host < 0:
        return None
    title = text[names.end() : host].rstrip(" \t.")
    if len(title.split()) < 2:
        return None
    year = _ANY_YEAR.search(text, host)
    return Reference(title=(names.end(), names.end() + len(title)), authors=(0, len(names.group("n"))),
                     venue=(host + 6, host + 6 + len(text[host + 6 :].split(",")[0].rstrip())), year=int(year.group(0)) if year else None)


def standard_reference(text: str) -> Reference | None:
    """The parts of a reference written as one of the national standards above write it, or None."""
    return gost(text) or din(text) or upper_names(text)
