"""Whether a text is a list of people's names, as references and paper lists write them.

::

    Ann Barn, Bob Tawny and Cy Hoot         (given names first)
    Barn, A. B., Tawny, C., & Hoot, D.      (surnames, then initials)
    Barn AB, Tawny C                        (Vancouver)
    Barn et al.                             (one name and "et al.")

Pure predicates over one string.
"""

from __future__ import annotations

import re

from ..markup import plain

# A person's name as references write it: "Hou, Kewei", "A. Author", "van der Berg".
_NAME_WORD = re.compile(r"^(?:[A-Z\u00c0-\u00de\u0100-\u017f][\w'’\-\u2010\u2011]*+\.?[\d*†‡]*+|[A-Z\u00c0-\u00de]\.(?:-?[A-Z]\.?)*|van|von|der|de|den|da|di|le|la|del|dos|du|bin|al|[\u3005\u3040-\u30ff\u4e00-\u9fff]{1,5})$")
_ET_AL = re.compile(r"\bet\.?\s*al\b\.?", re.IGNORECASE)
_NAME_SEPS = re.compile(r",|;|a(?<!\w.)nd\b|&|，|、")  # ("\band" looked at past the "a": a split skips to the separators)


_OWN_NAME = re.compile(r"\*\*|__|</?(?:b|strong|u)>", re.IGNORECASE)


#: The marks a publication page sets by its authors' names (equal contribution, corresponding author).
_AUTHOR_MARKS = str.maketrans("", "", "†‡#")


def is_name_list(text: str) -> bool:
    """True for an author list: names separated by commas, ``and`` or ``&``."""
    if not text or len(text) > 400:
        return False
    if "**" in text or "__" in text or "<" in text:
        text = _OWN_NAME.sub("", text)  # ("**Ann Barn**, Bob Tawny": a publication page marks its owner's name)
    if "ollaboration" in text and (m := _COLLABORATION.fullmatch(text)) is not None:
        return is_name_list(m.group("c")) and is_name_list(m.group("n"))  # ("ATLAS Collaboration (Aad, G., *et al.*)")
    if "†" in text or "‡" in text or "#" in text:
        text = text.translate(_AUTHOR_MARKS)  # ("†Ann Barn, †Bob Tawny, Cy Hoot#": equal contribution, corresponding author)
    s = (_ET_AL.sub("", text) if "et" in text.lower() else text).strip(" .,;:")  # (no other letter folds to e or t)
    if not s:
        return False
    parts = [p for p in _NAME_SEPS.split(s) if p.strip()]
    if not parts:
        return False
    if len(parts) == 2 and "," not in s and sorted(len(p.split()) for p in parts) in ([1, 3], [1, 4], [1, 5]):
        return False  # (one word and three: "Explaining and Harnessing Adversarial Examples", a title's)
    # ("An" is a name too, where three names or more of two to four words are listed: "Ning An, An Zhang, Kai Xie")
    named_an = len(parts) >= 3 and all(2 <= len(p.split()) <= 4 for p in parts)
    for part in parts:
        words = part.split()
        if not 1 <= len(words) <= 5 or not all(_NAME_WORD.match(w) for w in words) \
                or any(w.lower().rstrip(".") in _NEVER_IN_NAMES and not w.isupper() and not (named_an and w == "An") for w in words):
            return False  # ("The Load, Capacity, and Availability": title words)
    # ("D. Chaum and E. van Heyst, Group Signatures": names with initials, then a title's words)
    return not (len(parts) >= 2 and s == text.strip(" .,;:") and all(_INITIALS_FIRST.match(p.strip()) for p in parts[:-1])
                and len(parts[-1].split()) >= 2 and not _AN_INITIAL.search(parts[-1]))


#: A collaboration and, in parentheses, the names that sign for it: ``ATLAS Collaboration (Aad, G., *et al.*)``.
_COLLABORATION = re.compile(r"(?P<c>[^()]{2,120}[ \t]Collaborations?)[ \t]*+\((?P<n>[^()]{2,200})\)[ \t.,]*+")


#: A name written with its initials first (``D. Chaum``, ``J.-P. Barn``).
_INITIALS_FIRST = re.compile(r"[A-Z]\.(?:[ \t-]?[A-Z]\.)*+[ \t]")
#: An initial anywhere in a name (``Chaum D.``, ``Ann B. Tawny``).
_AN_INITIAL = re.compile(r"\b[A-Z]\.")
#: One author's full name with middle initials (``John M. Cooper``, ``Myles F. Burnyeat``).
_MIDDLE_INITIAL = re.compile(r"[A-Z][a-z'’\-]++(?:[ \t]++[A-Z]\.)++[ \t]++[A-Z][\w'’\-]++")


def initialled_name(names: str) -> bool:
    """One author's name opening with an initial (``A. Barn``) or holding middle ones (``John M. Cooper``)."""
    return one_name(names) and (INITIAL.match(names) is not None or _MIDDLE_INITIAL.fullmatch(names) is not None)
#: A first author written surname first, then the given name (``Oster, Emily``): a person's name, never a title's words.
SURNAME_GIVEN = re.compile(r"[A-Z][\w'’\-]++,[ \t]++[A-Z][a-z]++(?:[ \t]++[A-Z]\.)?+(?:,|[ \t]++(?:and|&)[ \t]|$)")


def listed_names(text: str) -> bool:
    """Two names or more joined by their separators (``Ann Barn and Bob Tawny``, ``Barn，Tawny``); one
    name-like part alone (``Backpack Language Models``) may be a title and is not."""
    return _NAME_SEPS.search(text) is not None and is_name_list(text)


#: Words no person's name holds, capitalised or not (in capitals they are initials: ``Burkitt AN``); a month
#: cut short (``Mar.``; ``Jan`` and ``Jun`` are given names too).
_NEVER_IN_NAMES = frozenset({"the", "an", "of", "for", "with", "towards", "using", "via", "from", "feb", "mar", "apr",
                              "jul", "aug", "sep", "sept", "oct", "nov", "dec"})


#: Words of a title, never of a name.
TITLE_WORDS = frozenset({"a", "an", "the", "of", "for", "with", "in", "on", "to", "via", "from", "by", "is", "are",
                          "towards", "using"})
#: Lower-case particles of a surname (``Luis von Ahn``).
_PARTICLES = frozenset({"de", "van", "von", "der", "den", "da", "di", "du", "le", "la", "del", "dos", "ter"})


def one_name(text: str) -> bool:
    """``text`` is one person's name: two to four words, each an initial (``D.``) or a
    capitalised word or a surname particle, the last a capitalised word."""
    words = text.split()
    if not 2 <= len(words) <= 4 or words[-1][:1].islower() or len(words[-1]) < 2:
        return False
    for w in words:
        if w in _PARTICLES:
            continue
        if not w[:1].isupper() or w.lower() in TITLE_WORDS:
            return False
        rest = w[1:].rstrip(".")
        if rest and not rest.replace("-", "").replace("'", "").replace("’", "").isalpha() or rest.isupper() and len(rest) > 1:
            return False
    return True


INITIAL = re.compile(r"\b[A-Z]\.")
_INITIALS = re.compile(r"(?:[A-Z]\.?-?){1,3}")


def person_names(text: str) -> bool:
    """An author list whose every name has a given name or an initial (``Ann Barn``,
    ``A. Barn``, ``Barn A``), unlike a list of title words (``Mice, and Snow``)."""
    s = re.sub(r"\bet\.? ?al\.?", "", text).strip(" ,.")
    if not s or not is_name_list(s):
        return False
    parts = [p.split() for p in re.split(r",|;|\band\b|&", s) if p.strip()]
    if len(parts) == 1 and len(parts[0]) == 1 and _ET_AL.search(text):
        return True  # "Barn et al."
    if len(parts) % 2 == 0 and all(len(p) == 1 or _particle_surname(p) for p in parts[::2]) \
            and all(all(_INITIALS.fullmatch(w) for w in p) for p in parts[1::2]):
        return True  # "Tawny, B. and Hoot, C. D.", "Lola da Costa, A.C.": surnames, each followed by initials
    if len(parts) >= 2 and len(parts[0]) == 1 and 1 <= len(parts[1]) <= 2 and (len(parts) > 2 or _ET_AL.search(text)
                                                                         or re.fullmatch(r"[A-Z]\.?", parts[1][-1])):
        # "Barn, Ann, et al.", "Barn, Ann B., and Cy Hoot", "Barn, Ann B.": the first name inverted
        return all(len(p) >= 2 for p in parts[2:])
    return len(parts) >= 1 and all(len(p) >= 2 for p in parts) and (len(parts) >= 2 or "et al" in text or "." in s)


def _particle_surname(words: list[str]) -> bool:
    """A surname of two or three words joined by a particle (``da Costa``, ``van der Berg``, ``Lola da Costa``), a
    capital one too (``La Manno``, ``Van Gogh``, ``De Rosnay``)."""
    return 2 <= len(words) <= 4 and words[-1][:1].isupper() and any(w.lower() in _PARTICLES for w in words[:-1])


def is_author_list(title: str) -> bool:
    """Names and nothing else: four or more, or three with an initial (``Ann Barn, Bob J. Tawny,
    and Cy Hoot``); fewer could be title words (``Biases, Deep Learning, and Graph Networks``)."""
    if title.count(",") < 2 or not person_names(title):
        return False
    parts = [p for p in re.split(r",|\band\b|&", title) if p.strip()]
    return len(parts) >= 4 or len(parts) >= 3 and re.search(r"\b[A-Z]\.", title) is not None


#: Names written one after another with no comma (a list copied from a site that dropped them):
#: ``Michael Stonebraker Joseph M. Hellerstein``, ``Patricia G. Selinger Morton M. Astrahan``.
_SPACED_WORD = r"[A-Z](?:[a-z]++|['’][A-Z][a-z]++)(?:-[A-Z]?[a-z]++)*+"
_SPACED_NAME = rf"(?:(?:[A-Z]\.[ ])*+{_SPACED_WORD}(?:[ ][A-Z]\.)*+[ ]{_SPACED_WORD}|(?:[A-Z]\.[ ])++{_SPACED_WORD})"
_SPACED = re.compile(rf"{_SPACED_NAME}(?:[ ]{_SPACED_NAME})*+")


def spaced_names(text: str) -> bool:
    """Whether ``text`` is person names with no separator: two names or more, or one with a middle
    initial, no word of them a title's small word."""
    s = text.strip()
    if len(s) > 400 or _SPACED.fullmatch(s) is None or any(w.lower() in TITLE_WORDS for w in s.split()):
        return False
    words = s.split()
    return len(words) >= 4 or any(len(w) == 2 and w.endswith(".") for w in words)



def names_only(title: str) -> bool:
    """An author list (``Ann Barn, Bob Tawny, Cy Hoot``) or one inverted name (``Barn, Ann B``): never a title."""
    if title.startswith(("and ", "& ")) and one_name(title.split(None, 1)[1].split(". ")[0]):
        return True  # ("and Ting Zhong. Venue": the last name of a list whose others were cut off as authors)
    return is_author_list(title) or title.count(",") == 1 and len(title.split()) <= 4 and person_names(title)


#: A name in Chinese or Japanese characters (``滝澤真一朗``, ``東田 学``), or a Latin one among them.
CJK_NAME = re.compile(r"[\u3005\u3040-\u30ff\u3400-\u9fff]{1,5}+(?:[ \t\u3000][\u3005\u3040-\u30ff\u3400-\u9fff]{1,4}+)?")


_CJK_SEPS = re.compile(r"[,，、][ \t]*+(?:and[ \t]++)?|(?<![ \t])[ \t]++and[ \t]++")


def cjk_names(names: str) -> bool:
    """Authors written in Chinese or Japanese characters, two names or more, or one after which a
    year follows (``滝澤真一朗, 松田元彦, 丸山直也``): each two to seven characters, a Latin name among them."""
    parts = [p.strip() for p in _CJK_SEPS.split(names)]
    cjk = sum(1 for p in parts if CJK_NAME.fullmatch(p) and len(p.replace(" ", "")) >= 2)
    return cjk >= 1 and len(parts) >= 2 and all(
        CJK_NAME.fullmatch(p) and len(p.replace(" ", "")) >= 2 or person_names(p) or is_name_list(p) and p.isascii()
        for p in parts)


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


def names_sentence(text: str) -> bool:
    """Whether the text's first sentence (up to ``". "``) is its authors' names, two or more (``Ann Barn, Bob
    Tawny. Title.``) or one in CJK characters; a second sentence of names is no title (``Title. Ann Barn, Bob Tawny.``)."""
    end = text.find(". ")
    first, second = text[:end].strip(), text[end + 2 : text.find(". ", end + 2)].strip()
    if not first or is_name_list(second) and (not _CJK.search(second) or CJK_NAME.fullmatch(second) or cjk_names(second)):
        return False  # (a title in CJK characters, no space in it, reads as one name word)
    return ("," in first or " and " in first or "&" in first) and is_name_list(first) or cjk_names(first) \
        or CJK_NAME.fullmatch(first) is not None


#: Names as Vancouver writes them, surname then initials: two names or more (``Wang Z, Van Broeckhoven C``,
#: ``Arcas y B A``), or one alone with two initials or three (``Pilla L L``).
_VANCOUVER_NAME = r"[A-Z][\w'’\-]++(?:[ \t]++[A-Z][\w'’\-]++)?(?:[ \t]++[a-z]{1,3})?[ \t]++[A-Z](?:[ \t]?[A-Z]){0,2}"
#: Nature's names, surname, a comma and initials, the last after "&" (``Barn, A., Tawny, B. & van Hoot, M.D``, its stop left out).
_NATURE_NAME = r"(?:[a-z]{1,3}[ \t])?[A-Z][\w'’\-]++(?:[ \t][A-Z][\w'’\-]++)?,[ \t]"
_NATURE = rf"(?:{_NATURE_NAME}(?:[A-Z]\.-?)++,[ \t])*+{_NATURE_NAME}(?:[A-Z]\.-?)++[ \t](?:&|and)[ \t]{_NATURE_NAME}(?:[A-Z]\.-?)*+[A-Z]"
VANCOUVER = re.compile(rf"(?:{_VANCOUVER_NAME},[ \t]*+)++{_VANCOUVER_NAME}|[A-Z][a-z'’\-]++(?:[ \t]++[A-Z]){{2,3}}|{_NATURE}")


def colon_names(line: str, start: int) -> str:
    """The names a list item's line holds alone, closed by a colon, its title on the line below (DBLP's
    ``* Ann Barn, Bob Tawny:`` / ``Title. Venue 2022``); else ``""``."""
    text = line[start:].rstrip()
    if not text.endswith((":", "：")) or "](" in text or len(text) > 400:
        return ""
    names = plain(text[:-1]).strip()
    return names if "," in names and (is_name_list(names) or person_names(names)) else ""
