"""Item patches: how a Zotero item is taken toward what the digests want without
overwriting a user's value (pure).

A field is replaced only when it is empty in Zotero or still holds the value we
wrote last (the state row's ``sent``); tags and collections we added and no
longer want are taken away, others kept.  With nothing sent yet (an item found
by identity and adopted) only empty fields are filled and our tags and
collections added.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import zotero as zi
from .children import CHILDREN
from .desired import DesiredPaper


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or value == [] or value == {}


#: A PATCH (or nothing, ``{}``) and the values we own after it.
Patch = tuple[dict[str, Any], dict[str, Any]]


def _tag_name(tag: Any) -> Any:
    return tag.get("tag")


def _itself(value: Any) -> Any:
    return value


#: The key in ``ItemRow.sent`` of each digest's memberships (:func:`.push_decisions.with_members`).
MEMBERS = "members"


def merge_patch(existing: dict[str, Any], sent: dict[str, Any], desired: dict[str, Any]) -> Patch:
    """The PATCH taking ``existing`` toward ``desired`` without overwriting a user's
    value, and the new ``sent`` (the values we own after it).

    With an empty ``sent`` (adoption): empty fields filled, tags and collections
    added.  With the values we wrote last, those still unchanged in Zotero may be
    replaced, and tags or collections we added and no longer want are removed.
    """
    data = existing.get("data", existing)
    patch, owned = _merge_fields(data, sent, desired)
    if not data.get("parentItem"):
        for name in ("tags", "collections"):
            result, owned[name] = _merge_list(list(data.get(name) or []), list(desired.get(name) or []),
                                              set(sent.get(name) or []), _tag_name if name == "tags" else _itself)
            if result is not None:
                patch[name] = result
    if patch:
        key = existing.get("key") or data.get("key")
        patch = {"key": key, "version": existing.get("version", data.get("version", 0)), **patch}
    return patch, owned


def retype_allowed(data: dict[str, Any], sent: dict[str, Any], new_type: str | None) -> bool:
    """Whether an item may change to ``new_type`` (a preprint upgraded to a published paper)
    by the three-way rule: we made it as it is (every field we sent is one of its type,
    so nobody changed the type since) and every field the change drops still holds what
    we wrote (nobody edited it).  Adopted items (nothing sent) keep their type."""
    old_type = data.get("itemType", "")
    if not new_type or new_type == old_type or old_type not in zi.FIELDS or new_type not in zi.FIELDS:
        return False
    fields = {k for k in sent if k not in ("tags", "collections", "creators", CHILDREN, MEMBERS)}
    if not fields or not fields <= zi.FIELDS[old_type]:
        return False
    dropped = [k for k, v in data.items() if k in zi.FIELDS[old_type] - zi.FIELDS[new_type] and not _empty(v)]
    return all(sent.get(k) == data[k] for k in dropped)


def _merge_fields(data: dict[str, Any], sent: dict[str, Any], desired: dict[str, Any]) -> Patch:
    """Fields (not tags or collections): one is written when Zotero's is empty or
    still what we sent, and owned then; a field the item type lacks is skipped.
    A preprint we made and nobody edited becomes its published type."""
    patch: dict[str, Any] = {}
    item_type = data.get("itemType", "")
    if retype_allowed(data, sent, desired.get("itemType")):
        item_type = patch["itemType"] = desired["itemType"]
    allowed = zi.FIELDS.get(item_type, zi.UNIVERSAL_FIELDS)
    owned: dict[str, Any] = {}
    for name, value in desired.items():
        if name in ("itemType", "tags", "collections", "relations", "key", "version"):
            continue
        if (name != "creators" and name not in allowed) or _empty(value):
            continue
        have = data.get(name)
        if _empty(have) or (name in sent and have == sent[name]):
            if have != value:
                patch[name] = value
            owned[name] = value
    return patch, owned


def _merge_list(have: list[Any], want: list[Any], ours_before: set[Any],
                names: Callable[[Any], Any]) -> tuple[list[Any] | None, list[Any]]:
    """Tags or collections: ours no longer wanted taken away, wanted ones added,
    others kept.  Returns the new list (None: unchanged) and the names we own."""
    want_names = {names(v) for v in want}
    kept = [v for v in have if not (names(v) in ours_before and names(v) not in want_names)]
    have_names = {names(v) for v in kept}
    result = kept + [v for v in want if names(v) not in have_names]
    changed = [names(v) for v in result] != [names(v) for v in have]
    return (result if changed else None), sorted(want_names)


def owned_fields(item: dict[str, Any]) -> dict[str, Any]:
    """What we own of an item we created: every value we sent."""
    owned = {k: v for k, v in item.items() if k not in ("itemType", "tags", "collections", "relations", "key",
                                                        "version") and not _empty(v)}
    owned["tags"] = sorted(t["tag"] for t in item.get("tags") or [])
    owned["collections"] = sorted(item.get("collections") or [])
    return owned


def adoption_patch(existing: dict[str, Any], item: dict[str, Any], paper: DesiredPaper) -> Patch:
    """:func:`merge_patch` for an item found by identity.  An item holds one task: when
    it has a task tag of its own (renamed in Zotero while the state was lost), ours is
    not added beside it but still counted as sent, so sync reads the rename as
    Zotero's value of the task instead of undoing it."""
    pattern = paper.task_pattern
    if pattern is None:
        return merge_patch(existing, {}, item)
    tags = existing.get("data", existing).get("tags") or []
    theirs = {t.get("tag", "") for t in tags if pattern.match(t.get("tag", ""))}
    ours = {t["tag"] for t in item.get("tags") or [] if pattern.match(t["tag"])}
    if not theirs or not ours or theirs & ours:
        return merge_patch(existing, {}, item)
    patch, owned = merge_patch(existing, {}, {**item, "tags": [t for t in item["tags"] if t["tag"] not in ours]})
    owned["tags"] = sorted(set(owned.get("tags") or []) | ours)
    return patch, owned


def may_be_same(paper: DesiredPaper, existing: dict[str, Any]) -> bool:
    """False when a title match is contradicted by ids: the item names another arXiv
    id or DOI than the paper (two papers may share a title, never an id)."""
    theirs = zi.identity_keys(existing)
    ours = zi.paper_identity_keys(paper.paper)
    if theirs & {k for k in ours if not k.startswith("title:")}:
        return True
    for prefix in ("arxiv:", "doi:"):
        a = {k for k in theirs if k.startswith(prefix)}
        b = {k for k in ours if k.startswith(prefix)}
        if a and b and not a & b:
            return False
    return True
