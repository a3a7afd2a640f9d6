"""The three-way decision of ``sync``, one per field (pure, no I/O).

Why three values and not two: comparing the digest with Zotero only says
*that* they differ, not *who* changed.  The base -- what both sides last
agreed on (the field's value in the note's base, recorded by the last push,
pull or sync) -- says which side moved: the side equal to the base did not,
so the other side's value is copied over it.  When both moved, they either say the same thing
(nothing to copy; the base moves) or they disagree: a conflict, where each
side keeps its own text until the user picks one with ``--prefer``.

Values are compared by meaning: callers pass hashes (or any comparable
token) and, for the both-moved case, whether the two sides say the same.
"""

from __future__ import annotations

from enum import Enum


class Action(Enum):
    NOTHING = "nothing"
    #: Digest changed, Zotero did not: write the digest's value to Zotero.
    TO_ZOTERO = "digest → zotero"
    #: Zotero changed, digest did not: splice Zotero's value into the digest.
    TO_DIGEST = "zotero → digest"
    #: Both changed to the same meaning: nothing to write, the base becomes it.
    AGREE = "both agree"
    #: Both changed, differently: each side keeps its own text.
    CONFLICT = "conflict"
    #: Both changed different lines: the merged text goes to both sides.
    MERGED = "merged"
    #: A change this command does not carry (push never writes the digest, pull
    #: never writes Zotero): left where it is, the base unmoved, for a later run.
    LEFT = "left for later"


PREFERENCES = ("digest", "zotero")
#: What each command may write: sync both sides, push Zotero only, pull the digest only.
DIRECTIONS = ("both", "push", "pull")


def decide(base: str | None, digest: str | None, zotero: str | None, *, same: bool | None = None) -> Action:
    """The action for one field.

    ``base``: the value both sides last agreed on (None: never agreed -- then
    any difference is a conflict unless ``same``).  ``digest`` / ``zotero``:
    each side's current value; ``zotero`` None means "not read: unchanged
    since the base" (the library said nothing moved).  ``same``: whether the
    two current values mean the same, when the caller knows better than
    comparing the tokens (e.g. a note whose HTML differs but whose summary
    reads the same).
    """
    if zotero is None:
        zotero = base  # not read: the library said nothing moved
    digest_moved = digest != base
    zotero_moved = zotero != base
    if not digest_moved and not zotero_moved:
        # Both still say what they last agreed on.
        return Action.NOTHING
    if not zotero_moved:
        # Only the digest moved: Zotero takes its value.
        return Action.TO_ZOTERO
    if not digest_moved:
        # Only Zotero moved: the digest takes its value.
        return Action.TO_DIGEST
    # Both moved: to the same meaning (nothing to copy, the base moves), or apart.
    agree = same if same is not None else digest == zotero
    return Action.AGREE if agree else Action.CONFLICT


def restrict(action: Action, direction: str) -> Action:
    """The action as a one-way command carries it out.

    push writes only Zotero: a change made in Zotero is LEFT for pull or sync
    (the note written keeps Zotero's text in that field, the base stays).
    pull writes only the digest: a digest change is LEFT for push or sync.
    A merge is carried to the side the command writes; the other side gets it
    from the next run, which merges again to the same text.  Conflicts stay
    conflicts whatever the command: both texts are kept and reported."""
    if direction == "push" and action is Action.TO_DIGEST:
        return Action.LEFT
    if direction == "pull" and action is Action.TO_ZOTERO:
        return Action.LEFT
    return action


def resolve(action: Action, prefer: str | None) -> Action:
    """A conflict resolved by ``--prefer``: that side's value is copied to the
    other.  Any other action is left as it is (prefer only breaks ties)."""
    if action is not Action.CONFLICT or prefer is None:
        return action
    if prefer not in PREFERENCES:
        raise ValueError(f"prefer must be one of {', '.join(PREFERENCES)}, not {prefer!r}")
    return Action.TO_ZOTERO if prefer == "digest" else Action.TO_DIGEST
