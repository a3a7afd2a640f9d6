"""Compact attribute storage for slotted value classes (used by :class:`~zoterodigest.model.Paper`).

A digest of 50,000 entries holds 50,000 papers, and in a dense awesome-list an
entry is about 150 bytes of file: a Python dict costs 184 bytes even with one
key, a slot 8 bytes even when empty.  This descriptor keeps a class's values
small without changing what its users see:

* :class:`MadeWhenAsked` -- a list or dict attribute made (empty) only when first
  read; a dict may be *packed* into a flat ``(key, value, key, value...)`` tuple
  (:func:`packed`), a list of strings into one string (:func:`packed_strings`),
  and either is unpacked again when read, so that reading and changing it work as
  on any dict or list.

Issue 25 dropped a third packing, one tuple holding each paper's rarely set
fields: measured (``bench/bench_scale.py``, 5,000 entries) it saved at most 0.04x
the file in four families and cost 0.04x and 0.15x in the other two; those fields
are plain slots again.  The two packings kept were measured too: the arXiv
address kept as the id saves up to 0.32x (generic lists), the authors in one
string up to 0.27x (daily-list, details-cards).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

_T = TypeVar("_T")


#: Shorthand keys of a packed tuple: the pair ``(shorthand, rest)`` stands for
#: ``(key, prefix + rest)``.  A value whose rest is a string the object keeps anyway
#: (an arXiv address and the paper's arXiv id) then costs nothing of its own.
SHORTHANDS = {"\x00arxiv-abs": ("arxiv", "https://arxiv.org/abs/")}


def packed(mapping: dict[Any, Any] | tuple[Any, ...] | None,
           shared: dict[str, str] | None = None) -> tuple[Any, ...] | None:
    """A dict as a flat ``(key, value, ...)`` tuple (None when empty), 40 + 16 bytes
    a pair instead of a dict's 184 and more.  ``shared`` (shorthand -> rest) names
    strings kept elsewhere: a value that is a shorthand's prefix + that very rest
    is packed as ``(shorthand, rest)``, sharing the rest."""
    if not mapping:
        return None
    if type(mapping) is tuple:
        return mapping
    flat = [x for pair in mapping.items() for x in pair]  # type: ignore[union-attr]
    for short, rest in (shared or {}).items():
        name, prefix = SHORTHANDS[short]
        for i in range(0, len(flat), 2):
            value = flat[i + 1]
            if flat[i] == name and type(value) is str and value.startswith(prefix) and value[len(prefix):] == rest:
                flat[i], flat[i + 1] = short, rest
                break
    return tuple(flat)


#: What joins the strings of a packed list (a name never holds it; a list whose
#: strings do is kept as it is).
SEPARATOR = "\x1f"


def packed_strings(strings: list[str] | str | None) -> list[str] | str | None:
    """A list of strings as one string (49 bytes of overhead instead of 49 a string
    and 56 for the list); None when empty."""
    if not strings:
        return None
    if type(strings) is str or any(type(s) is not str or SEPARATOR in s for s in strings):
        return strings
    return SEPARATOR.join(strings)


def unpacked(value: Any) -> Any:
    """A stored value as its users see it: a packed tuple as a new dict, a packed
    list of strings as a new list."""
    if type(value) is str:
        return value.split(SEPARATOR)
    if type(value) is not tuple:
        return value
    keys = value[::2]
    if not any(k in SHORTHANDS for k in keys):
        return dict(zip(keys, value[1::2], strict=True))
    out = {}
    for key, item in zip(keys, value[1::2], strict=True):
        if key in SHORTHANDS:
            key, prefix = SHORTHANDS[key]
            item = prefix + item
        out[key] = item
    return out


class MadeWhenAsked(Generic[_T]):
    """A list or dict attribute of a slotted class, kept in the slot ``_<name>`` and
    made (empty) only when first read: an object that never needs one holds none.
    A packed dict in the slot is unpacked (and kept unpacked) when read."""

    def __init__(self, make: Callable[[], _T]) -> None:
        self.make = make
        self.slot = ""
        #: What its packed form is: a tuple for a dict, a string for a list of strings.
        self.packed_as: type = tuple if make is dict else str

    def __set_name__(self, owner: type, name: str) -> None:
        self.slot = f"_{name}"

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> MadeWhenAsked[_T]: ...
    @overload
    def __get__(self, obj: object, owner: type | None = None) -> _T: ...
    def __get__(self, obj: object | None, owner: type | None = None) -> _T | MadeWhenAsked[_T]:
        if obj is None:
            return self
        value: Any = getattr(obj, self.slot)
        if value is None:
            value = self.make()
            setattr(obj, self.slot, value)
        elif type(value) is self.packed_as:
            value = unpacked(value)
            setattr(obj, self.slot, value)
        return value  # type: ignore[no-any-return]

    def __set__(self, obj: object, value: _T) -> None:
        setattr(obj, self.slot, value)
