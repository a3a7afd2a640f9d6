"""Author-date citations: who and when, written before or after a paper's title.

::

    [Barn et al. 2017](url). Title. <em>Journal</em>.     (a link citing the paper, the title after it)
    Lewontin 1970 The Units of Selection                   (surnames and a year leading the title)
    Rubin (1974), ["Title"](url)                           (one surname and a year before a linked title)
    Title; Barn et al., 2014 [[Paper](url)]                (names after a semicolon)

Pure functions over one line: every answer is columns of it.
"""

from __future__ import annotations

import re

from .byline import is_venue_text
from .link_finder import find_links
from .name_lists import is_name_list, person_names

#: An author-year citation in brackets after a title: ``(Barn et al., 2017)``, ``(Barn and Tawny 2019)``
#: (one name alone is not: ``(Nature, 2020)``, ``(ECCV 2020)`` are venues).
CITED = re.compile(r"(?P<n>[A-Z][\w'’\-]++(?:,?+[ \t]++et\.?+[ \t]++al\.?+|[ \t]++(?:and|&)[ \t]++[A-Z][\w'’\-]++))"
                   r",?+[ \t]++(?:(?:0?[1-9]|1[0-2])[-/.])?+(?P<y>(?:19|20)\d{2})[a-z]?+")  # (a month first: "Barn et al., 04-2026")
#: What a title starts with.
TITLE_START = re.compile(r"[\w*_\"“‘\[(]")

#: A link's text that is an author-date citation (also a table's citation column) (``Ioannidis 2005``, ``Barn et al. 2017``, ``Barn and Tawny (2019)``).
_CAP = "[A-Z\u00c0-\u00de\u0100-\u017f]"  # (a capital of a surname: "Żukowski")
_PARTICLE = r"(?:(?:[Dd]e|[Vv]an|[Vv]on|[Dd]u|[Dd]i|[Dd]a|[Ll]e|[Ll]a|[Dd]el)[ \t]++)?+"  # ("De Fonvielle")
_NAME = rf"{_PARTICLE}{_CAP}[\w'’\-]++(?:[ \t]++{_CAP}['’]{_CAP}[\w\-]++)?+(?:[ \t]++(?:Jr\.?+|I{{2,3}}|IV))?+"
CITE_KEY = re.compile(rf"(?P<n>{_NAME}(?:,?+[ \t]++et\.?+[ \t]*+al\.?+|(?:,[ \t]++{_NAME}){{0,4}},?+[ \t]++(?:and|&)[ \t]++{_NAME})?+),?+[ \t]++"
                      r"\(?(?P<y>(?:1[89]|20)\d{2})[a-z]?+\)?+(?:[ \t]++\([A-Z][^()]{1,30}\))?+")
#: Surnames, then a venue and a year in brackets (``Barn et al. (CVPR '22)``, ``Barn and Tawny (NeurIPS 2021)``).
_VENUE_DATED = re.compile(r"(?P<n>[^()\n]{3,80}?)[ \t]*+\((?P<v>[A-Za-z0-9][\w.&\- ]{0,30}?)[ \t]++(?:'(?P<yy>\d{2})|(?P<y>(?:19|20)\d{2}))\)")


def _year_of(dated: re.Match[str] | None) -> int | None:
    """The year of a :data:`_VENUE_DATED` citation (``'22`` is 2022)."""
    if dated is None:
        return None
    yy = int(dated.group("yy") or 0)
    return int(dated.group("y")) if dated.group("y") else 2000 + yy - 100 * (yy > 50)  # ("'99" is 1999)


#: Surnames alone as a citation names its authors (``Nakayama and Shankman``, ``de Rosnay et al.``): no title.
SURNAMES = re.compile(rf"{_NAME}(?:,?+[ \t]++et\.?+[ \t]*+al\.?+|(?:,[ \t]++{_NAME}){{0,4}},?+[ \t]++(?:and|&)[ \t]++{_NAME})[ \t]*+\*?+")
#: A quoted title of any length (``"_Breath Figures_"``).
_QUOTE = re.compile(r"(?:<cite>)?+[\"“][_*]?+[^\"”]{3,300}[\"”]")
#: Inline HTML tags in a link's text (``<cite>Barn</cite> 2022``).
_TAGS = re.compile(r"</?[a-z]+>")
#: What ends the cited link before the title: a stop, comma, colon or dash, or blanks before a capital
#: (``[Barn et al. 2016](url) Silent Flight Through Feathers``).
_AFTER_CITED = re.compile(r"[ \t\xa0\u200b]*+[.,:\-–—][ \t\xa0]++(?=\S)|[ \t\xa0\u200b]++(?=[A-Z\"“*_])")


#: Surnames and a year leading a line, as an author-date citation writes them (``Lewontin 1970``, ``Axelrod and
#: Hamilton 1981.``, ``Barn et al. (2019):``, ``Barn et al (2014) - [Title](url)``, ``Barn and Tawny - 2014 - **Title**``).
_LEAD_KEY = re.compile(r"(?P<n>(?:[A-Z][a-z]{0,3}')?[A-Z][a-z]++(?:[A-Z][a-z]++)?+(?:-[A-Z][a-z]++)?+"
                       r"(?:,?+[ \t]++et\.?+[ \t]*+al\.?+|[ \t]++(?:and|&)[ \t]++[A-Z][\w'’\-]++)?+),?+[ \t]++(?:[-–—][ \t]++)?+"
                       r"(?P<p>\()?(?P<y>(?:19|20)\d{2})[a-z]?+(?(p)\))[.,:]?+[ \t]++(?:[-–—][ \t]++)?+(?=[A-Z\"“]|\[[^\]]|\*\*[A-Z])")


def cited_key(line: str, pos: int) -> tuple[int, str, int] | None:
    """Surnames and a year at ``pos`` before a plain title of three words or more: where the title
    starts, the names and the year; None when none stand there."""
    if pos >= len(line) or not line[pos].isupper() or (key := _LEAD_KEY.match(line, pos)) is None \
            or is_venue_text(key.group("n")) or len(line[key.end() :].split(maxsplit=3)) < 3:
        return None
    return key.end(), key.group("n"), int(key.group("y"))


def cited_link(line: str, pos: int, links: list[tuple[str, str, int, int]]) -> tuple[int, str, int | None] | None:
    """A link at ``pos`` whose text cites the paper by author and year (or by a surname and "et al." alone before
    a title of four words or more: ``[Barn et al.](url) Title``), before a title of three words or more:
    where the title starts, the names and the year; None when none stands there."""
    if not line.startswith("[", pos):
        return None
    boxed = line.startswith("[[", pos)  # ("[[Barn et al. (CVPR '22)](url)] Title": the citation in brackets)
    for label, _, s, e in links:
        if s != pos + boxed:
            continue
        text = _TAGS.sub("", label).replace("**", "")
        key = CITE_KEY.fullmatch(text)
        dated = _VENUE_DATED.fullmatch(text) if key is None else None
        if dated is not None and SURNAMES.fullmatch(dated.group("n")):
            names = dated.group("n")
        else:
            names = key.group("n") if key is not None else text.rstrip(". ") if "et al" in text and SURNAMES.fullmatch(text.rstrip(". ")) else None
        if names is None or is_venue_text(names):
            continue
        if boxed:
            if not line.startswith("]", e):
                return None
            e += 1
        sep = _AFTER_CITED.match(line, e)
        quoted = _QUOTE.match(line, sep.end()) if sep is not None else None  # ('[Barn 1912](url): "Breath Figures"')
        if sep is None or len(line[sep.end() :].split(maxsplit=3)) < (3 if key else 4) and quoted is None \
                or not TITLE_START.match(line, sep.end()):
            return None
        return sep.end(), names, int(key.group("y")) if key else _year_of(dated)
    return None


#: One surname, as an author-date citation writes it before its year (``Rubin``, ``LaLonde``, ``West-Eberhard``).
_SURNAME = re.compile(r"(?:[A-Z][a-z]{0,3}')?[A-Z][a-z]++(?:[A-Z][a-z]++)?+(?:-[A-Z][a-z]++)?+")


def titled_link(links: list[tuple[str, str, int, int]], at: int) -> bool:
    """The link at ``at`` has a title's text: three words or more."""
    return any(s == at and len(label.strip("\"“”' ").split()) >= 3 for label, _, s, _ in links)


def lone_surname(names: str) -> bool:
    """One surname as an author-date citation writes it before its year, no venue's name."""
    return _SURNAME.fullmatch(names) is not None and not is_venue_text(names)


_SEMICOLON = re.compile(r"(?:(?<![ \t])|(?![ \t]))[ \t]*+;[ \t]++")


_SEMI_YEAR_TAIL = re.compile(r"(?:(?<![ \t])|(?![ \t]))[,.;]?[ \t]*+[(（]?(?:19|20)\d{2}[a-z]?[)）]?[.,]?[ \t]*+$")
_NAME_PARTICLES = frozenset({"van", "von", "der", "de", "den", "da", "di", "le", "la", "del", "dos", "du", "Van", "De"})


def _surnames(names: str, dated: bool) -> bool:
    """Surnames joined as a citation joins them (``Wu and Gardner``, ``Gordon and Van Durme``, ``Eisner,
    Jason``): two parts or more of one to three capitalised words, or one surname before a year."""
    if not is_name_list(names):
        return False
    parts = [p.split() for p in re.split(r",|\band\b|&", names) if p.strip()]
    if not 1 <= len(parts) <= 8 or len(parts) == 1 and not dated:
        return False
    return all(1 <= len(p) <= 3 and all(w[:1].isupper() or w in _NAME_PARTICLES for w in p) for p in parts)


def names_after_semicolon(text: str) -> tuple[int, int, int] | None:
    """``Title; Barn et al., 2014``, ``Title; Barn, A. B., 1962``, ``Title; Ann Barn, Bob Tawny. 2014.``: the
    title's end and the names' start and end (a year after them kept in the names' span); None when what
    follows the semicolon is no list of people."""
    if ";" not in text:
        return None
    semi = _SEMICOLON.search(text)
    if semi is None or len(text[: semi.start()].split()) < 2:
        return None
    rest = text[semi.end() :]
    rest = rest[: rest.find("[")] if "[" in rest else rest
    rest = rest.rstrip(" \t*_.,")
    tail = _SEMI_YEAR_TAIL.search(rest)
    names = (rest[: tail.start()] if tail else rest).rstrip(" ,.")
    if not names or len(names) > 300 or not (person_names(names) or _surnames(names, tail is not None)):
        return None
    return semi.start(), semi.end(), semi.end() + len(rest)


#: Names and a year in bold before a title: ``**Barn et al. 2010.**``, ``**Barn and Tawny 1996.**``, one
#: name only with a full stop closing the year (``**Barn 1879.**``; ``**CVPR 2021**`` is a venue).
_BOLD_CITED = re.compile(r"(?:\*\*|__)(?:(?P<n>[A-Z][\w'’\-]++(?:,?+[ \t]++et\.?+[ \t]++al\.?+|[ \t]++(?:and|&)[ \t]++[A-Z][\w'’\-]++))"
                         r"[,.]?+[ \t]++(?P<y>(?:19|20)\d{2})[a-z]?+\.?|(?P<n1>[A-Z][a-z][\w'’\-]*+)\.?[ \t]++(?P<y1>1[5-9]\d{2}|20\d{2})[a-z]?+\.)"
                         r"(?:\*\*|__)[ \t]*+")


def past_citation(line: str, pos: int, authors: str | None, year: int | None) -> tuple[int, str | None, int | None]:
    """Past who and when, written before a title (``**Barn et al. 2010.** Title``, ``Lewontin 1970 Title``):
    where the title starts, and the names and year (``authors`` and ``year`` when none stand there)."""
    if line.startswith(("**", "__"), pos) and (cited := _BOLD_CITED.match(line, pos)) is not None:
        pos, authors = cited.end(), cited.group("n") or cited.group("n1")  # "**Barn et al. 2010.** Title"
        year = int(cited.group("y") or cited.group("y1"))  # ("**Barn 1879.**": one name, the year and a full stop)
    if (key := cited_key(line, pos)) is not None:  # "Lewontin 1970 The Units of Selection", "Axelrod and Hamilton 1981. Title."
        pos, authors, year = key
    elif (named := _SURNAME_COLON.match(line, pos)) is not None and (dated := _YEAR_COMMA.search(line, max(0, pos - 8), pos)):
        pos, authors, year = named.end(), named.group("n"), int(dated.group("y"))  # ("1997, Hochreiter: Title": the year read as a tag)
    return pos, authors, year


#: A year and a comma just before a surname and a colon (``1997, Hochreiter: Long short-term memory``).
_YEAR_COMMA = re.compile(r"(?<![\d.])(?<![A-Za-z][ \t])(?P<y>(?:19|20)\d{2}),[ \t]*+$")  # (not a venue's: "CVPR 2024, OwlNet: Title")
_SURNAME_COLON = re.compile(r"(?P<n>[A-Z][a-z][\w'’\-]*+(?:,?+[ \t]++et\.?+[ \t]*+al\.?+|[ \t]++(?:and|&)[ \t]++[A-Z][\w'’\-]++)?+)"
                            r"[ \t]*+:[ \t]++(?=[A-Z\"“])")


def cites_in_prose(text: str) -> bool:
    """A paragraph of prose (a dozen words or more) whose links are author-date citations of other work."""
    links = find_links(text)
    if not links or not all(CITE_KEY.fullmatch(label.strip()) for label, _, _, _ in links):
        return False
    rest, at = [], 0
    for _, _, s, e in links:
        rest.append(text[at:s])
        at = e
    return len(" ".join([*rest, text[at:]]).split()) >= 10  # (not a citation over its quoted title: '[Barn 2022](doi): "Title"')


#: One short citation: ``Barn (1987)``, ``Barn & Tawny (2009)``, ``Dal Hoot and Owl (2004)``.
_SHORT_CITE = re.compile(r"[A-Z][\w'’\-]*+(?:[ \t]++(?:&|and|[A-Z][\w'’\-]*+))*+[ \t]*+\((?:19|20)\d{2}[a-z]?\)")


def cites_only(text: str) -> bool:
    """Whether ``text`` (after a label and its colon) is short citations alone, between commas or semicolons
    (``**Foundation**: Barn (1987), Tawny (1990)``): a label over works cited, no paper of its own."""
    parts = [p.strip() for p in re.split(r"[,;]", text.strip(" \t.:*_"))]
    return bool(parts) and all(_SHORT_CITE.fullmatch(p) for p in parts)


#: What parts an author-date citation from the title after it: a comma, stop, colon or dash.
_CITE_SEP = re.compile(r"[ \t]*+[,.:;\-–—][ \t]++")


def cited_lead(line: str, t0: int, t1: int) -> int | None:
    """Where the title starts after an author-date citation opening it (``Shepherd, 2021, Title``,
    ``Barn et al. (2019): Title``); one name alone counts only with a comma before its year (``ImageNet 2012:``
    opens a title)."""
    if not line[t0:t0 + 1].isupper() or (m := CITE_KEY.match(line, t0, t1)) is None:
        return None
    names = m.group("n")
    if not (line[m.end("n") : m.end("n") + 1] == "," or " and " in names or "&" in names or names.split()[-1].rstrip(".") == "al"):
        return None
    if (sep := _CITE_SEP.match(line, m.end(), t1)) is None or len(line[sep.end() : t1].split()) < 3 \
            or line[sep.end()] in "[\"“*_<(":
        return None  # (a marked title after the citation is the readers' to take)
    return sep.end()
