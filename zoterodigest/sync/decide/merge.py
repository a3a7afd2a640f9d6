"""Line-level three-way merge of a summary (pure).

Why: a summary is several lines or bullets, and two people often touch
different ones (a bullet reworded in Zotero, another added in the digest).
Calling that a conflict would make the user copy text by hand for nothing.
The rule is diff3's: lines that neither side changed anchor the texts; between
two anchors, a stretch changed on one side only takes that side's lines, a
stretch changed on both sides to the same lines takes them, and a stretch
changed on both sides differently is a conflict, so the whole field is one
(the caller keeps both texts).
"""

from __future__ import annotations

from difflib import SequenceMatcher


def _anchors(base: list[str], other: list[str]) -> dict[int, int]:
    """Base line index -> the index of the same, unchanged line in ``other``."""
    out: dict[int, int] = {}
    for block in SequenceMatcher(None, base, other, autojunk=False).get_matching_blocks():
        for n in range(block.size):
            out[block.a + n] = block.b + n
    return out


def _stretch(base: list[str], ours: list[str], theirs: list[str]) -> list[str] | None:
    """One stretch between anchors: the side that changed it, or None (both did, differently)."""
    if ours == base:
        return theirs
    if theirs == base or ours == theirs:
        return ours
    return None


def merge3(base: str, ours: str, theirs: str) -> str | None:
    """``ours`` and ``theirs`` merged line by line against ``base``; None when they
    changed the same stretch of lines differently."""
    b, o, t = base.splitlines(), ours.splitlines(), theirs.splitlines()
    in_ours, in_theirs = _anchors(b, o), _anchors(b, t)
    out: list[str] = []
    bi = oi = ti = 0
    for i in range(len(b) + 1):
        if i < len(b):
            j, k = in_ours.get(i), in_theirs.get(i)
            if j is None or k is None or j < oi or k < ti:
                continue  # not an anchor: a line one side changed or removed
        else:
            j, k = len(o), len(t)  # the end anchors the last stretch
        merged = _stretch(b[bi:i], o[oi:j], t[ti:k])
        if merged is None:
            return None
        out += merged
        if i < len(b):
            out.append(b[i])
        bi, oi, ti = i + 1, j + 1, k + 1
    return "\n".join(out)
