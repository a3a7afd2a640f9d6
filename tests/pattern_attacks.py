"""Hostile strings for one compiled pattern, made from the pattern itself (a regex linter by
measurement): each prefix of a shortest text the pattern reads, then a long run of one
character the pattern names (or a blank, a dash, a bracket...), then a byte that ends no
match. Nested or ambiguous quantifiers show as time that grows faster than the run.
"""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
from collections.abc import Iterator
from typing import Any

#: Characters tried in every run besides those the pattern names.
COMMON = " \t\n-*[]()<>|.,:!0aA"
_CATEGORY_CHAR = {"CATEGORY_DIGIT": "0", "CATEGORY_SPACE": " ", "CATEGORY_WORD": "a",
                  "CATEGORY_NOT_DIGIT": "a", "CATEGORY_NOT_SPACE": "a", "CATEGORY_NOT_WORD": "!"}


def _set_char(items: list[tuple[Any, Any]]) -> str:
    for op, arg in items:
        if op is sre.LITERAL:
            return chr(arg)
        if op is sre.RANGE:
            return chr(arg[0])
        if op is sre.CATEGORY:
            return _CATEGORY_CHAR.get(str(arg), "a")
    return "a"


def shortest(items: Any) -> str:
    """A short text along the pattern's first path (the prefix its attacks start from)."""
    out: list[str] = []
    for op, arg in items:
        if op is sre.LITERAL:
            out.append(chr(arg))
        elif op is sre.NOT_LITERAL:
            out.append("a" if arg != ord("a") else "b")
        elif op is sre.IN:
            out.append(_set_char(arg))
        elif op is sre.ANY:
            out.append("a")
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            out.append(shortest(arg[2]) * min(arg[0], 2))
        elif op is sre.SUBPATTERN:
            out.append(shortest(arg[-1]))
        elif op is sre.ATOMIC_GROUP:
            out.append(shortest(arg))
        elif op is sre.BRANCH:
            out.append(shortest(arg[1][0]))
    return "".join(out)


def named_chars(items: Any, found: set[str]) -> set[str]:
    """Every literal character and the first of every class the pattern names."""
    for op, arg in items:
        if op is sre.LITERAL:
            found.add(chr(arg))
        elif op is sre.IN:
            found.add(_set_char(arg))
            found.update(chr(a) for o, a in arg if o is sre.LITERAL)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            named_chars(arg[2], found)
        elif op is sre.SUBPATTERN:
            named_chars(arg[-1], found)
        elif op is sre.ATOMIC_GROUP:
            named_chars(arg, found)
        elif op is sre.BRANCH:
            for branch in arg[1]:
                named_chars(branch, found)
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            named_chars(arg[1], found)
    return found


def attacks(pattern: re.Pattern[str]) -> Iterator[tuple[str, str]]:
    """(prefix, repeated character) pairs for ``pattern``."""
    tree = sre_parse.parse(pattern.pattern, pattern.flags)
    start = shortest(tree)
    chars = sorted(c for c in named_chars(tree, set(COMMON)) if c.isprintable() or c in " \t\n")
    for cut in sorted({start[:i] for i in range(len(start) + 1)}):
        for char in chars:
            yield cut, char
