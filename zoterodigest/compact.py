"""Compact attribute storage for slotted value classes (used by :class:`~zoterodigest.model.Paper`).

A digest of 50,000 entries holds 50,000 papers, and in a dense awesome-list an
entry is about 150 bytes of file: a Python dict costs 184 bytes even with one
key, a slot 8 bytes even when empty.  These descriptors keep a class's values
small without changing what its users see:

* :class:`MadeWhenAsked` -- a list or dict attribute made (empty) only when first
  read; a dict may be *packed* into a flat ``(key, value, key, value...)`` tuple
  (:func:`packed`) and is unpacked into a dict again when read, so that reading
  and changing it work as on any dict.
* :class:`Rare` -- a value most objects never set, kept with the object's other
  rare values in one dict (the ``_more`` slot), ``None`` while none is set.  That
  dict is never changed in place: a copy sharing it (``replace``) is unaffected.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

_T = TypeVar("_T")


def packed(mapping: dict[Any, Any] | tuple[Any, ...] | None) -> tuple[Any, ...] | None:
    """A dict as a flat ``(key, value, ...)`` tuple (None when empty), 40 + 16 bytes
    a pair instead of a dict's 184 and more."""
    if not mapping:
        return None
    if type(mapping) is tuple:
        return mapping
    flat: list[Any] = []
    for pair in mapping.items():  # type: ignore[union-attr]
        flat += pair
    return tuple(flat)


def unpacked(value: Any) -> Any:
    """A stored value as its users see it: a packed tuple as a new dict."""
    if type(value) is tuple:
        return dict(zip(value[::2], value[1::2], strict=True))
    return value


class MadeWhenAsked(Generic[_T]):
    """A list or dict attribute of a slotted class, kept in the slot ``_<name>`` and
    made (empty) only when first read: an object that never needs one holds none.
    A packed dict in the slot is unpacked (and kept unpacked) when read."""

    def __init__(self, make: Callable[[], _T]) -> None:
        self.make = make
        self.slot = ""
        #: Only a dict attribute may be stored packed (a tuple given to a list stays one).
        self.packs = make is dict

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
        elif self.packs and type(value) is tuple:
            value = unpacked(value)
            setattr(obj, self.slot, value)
        return value  # type: ignore[no-any-return]

    def __set__(self, obj: object, value: _T) -> None:
        setattr(obj, self.slot, value)


class Rare(Generic[_T]):
    """An attribute most objects leave at its default, kept in the object's
    ``_more`` dict (None until some rare attribute is set).  With ``make``, a list
    made (empty) when first read, as :class:`MadeWhenAsked` does."""

    def __init__(self, default: Any = None, make: Callable[[], _T] | None = None) -> None:
        self.default = default
        self.make = make
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> Rare[_T]: ...
    @overload
    def __get__(self, obj: object, owner: type | None = None) -> _T: ...
    def __get__(self, obj: object | None, owner: type | None = None) -> _T | Rare[_T]:
        if obj is None:
            return self
        more: dict[str, Any] | None = obj._more  # type: ignore[attr-defined]
        if more is not None and self.name in more:
            return more[self.name]  # type: ignore[no-any-return]
        if self.make is None:
            return self.default  # type: ignore[no-any-return]
        value = self.make()
        obj._more = {**more, self.name: value} if more else {self.name: value}  # type: ignore[attr-defined]
        return value

    def __set__(self, obj: object, value: _T) -> None:
        more: dict[str, Any] | None = obj._more  # type: ignore[attr-defined]
        if value is self.default or (self.make is not None and value is None):
            if more and self.name in more:
                rest = {k: v for k, v in more.items() if k != self.name}
                obj._more = rest or None  # type: ignore[attr-defined]
            return
        obj._more = {**more, self.name: value} if more else {self.name: value}  # type: ignore[attr-defined]

    def stored(self, obj: object) -> Any:
        """The value as stored (the default when unset), without making a list."""
        more: dict[str, Any] | None = obj._more  # type: ignore[attr-defined]
        if more is not None and self.name in more:
            return more[self.name]
        return self.default
