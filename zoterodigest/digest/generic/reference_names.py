"""Whether the words around a title are its authors, as a reference or a citation writes them: a reference's
first sentence (``Barn A, Tawny B``), names before a dash (``Barn et al. 2018 - Title``), surnames after a
comma (``Title, Kingma and Ba``).  Pure.
"""

from __future__ import annotations

import re

from .name_lists import VANCOUVER, is_name_list, person_names

#: A single surname: a capital, then small letters (an acronym or a model's name is no author).
_SURNAME = re.compile(r"(?:(?:[Vv][ao]n|[Dd]e[lr]?|[Dd][aiu]|[Ll][ae])[ \t]++)?(?:Mc|Mac|Le|De)?[A-Z][a-z'’\-]+")


def reference_names(text: str) -> bool:
    """Whether a reference's first sentence is its authors (``Barn A, Tawny B``, ``Arcas y B A``)."""
    return is_name_list(text) or person_names(text) or VANCOUVER.fullmatch(text) is not None


def names_before_dash(names: str, dated: bool) -> bool:
    """Whether the words before a dash are authors: names with "et al." or a year, or three names and more,
    each a surname maybe after a given name or initials (``P, NP and Mathematics`` are no names)."""
    parts = [p.strip() for p in re.split(r",|&|\band\b", _ET_AL.sub("", names)) if p.strip()]
    if not parts or not is_name_list(names) or not all(_NAME_PART.fullmatch(p) for p in parts):
        return False
    if dated and len(parts) == 1 and _SURNAME.fullmatch(parts[0]) or _ET_AL.search(names) and len(parts) == 1:
        return True  # ("Barn 2018 - Title", "Barn et al. - Title")
    return len(parts) >= (2 if dated else 3)


#: One author's name as a list writes it: a surname, maybe after a given name or initials (``Ann Barn``, ``A. B. Barn``).
_NAME_PART = re.compile(r"(?:[A-Z]\.[ \t-]*+)*+(?:[A-Z][a-z'’\-]+[ \t]++)?(?:(?:[Vv][ao]n|[Dd]e[lr]?|[Dd][aiu]|[Ll][ae])[ \t]++)?"
                        r"(?:Mc|Mac|Le|De)?[A-Z][a-z'’\-]+")


def cited_surnames(names: str) -> bool:
    """Whether the words after a title's comma are its authors as a citation writes them (``Bottou``,
    ``Srivastava etal.``, ``Kingma and Ba``, ``LeCun, Bengio and Hinton``)."""
    parts = [p.strip() for p in re.split(r",|&|\band\b", _ET_AL.sub("", names)) if p.strip()]
    return bool(parts) and is_name_list(names) and all(_SURNAME.fullmatch(p) for p in parts)


#: "et al." as a citation writes it (``et al.``, ``etal``).
_ET_AL = re.compile(r"\bet\.?[ \t]*+al\b\.?")
