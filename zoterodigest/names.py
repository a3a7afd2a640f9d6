"""Author names: one rule for splitting a name into family and given names,
shared by the Zotero creators and the BibTeX author lists (so both agree).

A split is made only when it is sound: organisations ("OpenAI Research
Team"), one-word names, names in scripts written without spaces (CJK, Thai,
...) and names carrying a remark such as "(团队)" ("team") stay single-field.
Particles (de, van der, ...) belong to the family name; Jr./III suffixes too.
"""

from __future__ import annotations

import re

from .memo import memo

_PARTICLES = frozenset(
    ["de", "del", "della", "dei", "der", "den", "di", "da", "das", "dos", "du", "la", "le", "van", "von", "ten", "ter", "vom", "zu", "bin", "ibn", "al", "el", "het"]
)
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
_CORPORATE = re.compile(
    r"\b(team|group|lab|labs|laboratory|consortium|collaboration|project|research|committee|foundation|"
    r"university|institute|inc|ltd|llc|corp|corporation|organi[sz]ation|association|contributors|authors|others|"
    r"society|council|center|centre|network|initiative|community|deepmind|openai)\b",
    re.IGNORECASE,
)
_REMARK = re.compile(r"(?:(?<!\s)|(?!\s))\s*+[（(][^()（）]*[)）]\s*$")


def clean_name(name: str) -> str:
    """The name on one line, without a trailing remark such as ``(团队)``."""
    return " ".join(_REMARK.sub("", name).split())


# Scripts written without spaces between words: Thai, Lao, Tibetan, Myanmar,
# Khmer, kana, CJK ideographs (with extensions and compatibility forms), Hangul.
_UNSPACED = re.compile(
    "[\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f]"
)


def _unspaced_script(name: str) -> bool:
    return not name.isascii() and _UNSPACED.search(name) is not None


@memo(65536)
def split_person(raw: str) -> tuple[str, str] | None:
    """(family, given) when the name splits soundly, else None (single field)."""
    name = " ".join(raw.split())
    if not name or _REMARK.search(name) or _unspaced_script(name) or _CORPORATE.search(name):
        return None
    if "," in name:
        family, _, given = name.partition(",")
        family, given = family.strip(), given.strip()
        if family and given and given.casefold().rstrip(".") not in {"jr", "sr"}:
            return family, given
        return None
    words = name.split()
    suffix: list[str] = []
    while len(words) > 2 and words[-1].casefold() in _SUFFIXES:
        suffix.insert(0, words.pop())
    if len(words) < 2:
        return None
    cut = len(words) - 1
    # "Ludwig van der Berg", "Maria de la Cruz": the particle run before the last word joins it.
    for i in range(1, len(words) - 1):
        if words[i].casefold() in _PARTICLES:
            cut = i
            break
    return " ".join(words[cut:] + suffix), " ".join(words[:cut])
