"""What a bold head says about the title after it: ``**Label:** "Title"``, a whole reference after a
bold tag or label (``**[Overview]** Barn, A. (2021). Title. *Venue*``), a title after a bracketed
name (``**[R-CNN]** Rich feature hierarchies ...``).  Pure; used by :mod:`.inline`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from .name_lists import person_names
from .references import parse_reference
from .title_parts import strip_title

if TYPE_CHECKING:
    from .inline import Head

Links = list[tuple[str, str, int, int]]


def after_bold(line: str, pos: int, t0: int, end: int, links: Links | None, head: Head,
               link_title: Callable[[str, int, Links, Head], int | None]) -> int:
    """Where a bold head ends, reading the title after it when the bold is a label or a tag: a quoted
    title, a whole reference, a linked or plain title after a bracketed name."""
    after = end + 2
    if (quoted := _QUOTED_AFTER_LABEL.match(line, after)) is not None \
            and (line[t0:end].rstrip().endswith((":", "：")) or len(line[pos + 2 : end].split()) <= 2) \
            and len(quoted.group("t").split()) >= 3:
        head.title = (quoted.start("t"), quoted.end("t"))  # '**FoNE:** "FoNE: Precise ..."', '**[LLaRP]** "Title"'
        head.tag = None
        return quoted.end()
    inner = line[pos + 2 : end].strip()
    if inner and (inner[0] == "[" and _BRACKET_TAG.fullmatch(inner) or inner[-1] in ":：" and len(inner.split()) <= 4) \
            and (referenced := _reference_after(line, after, links, head)) is not None:
        return referenced  # "**[Overview]** Barn, A. (2021). Title. *Venue*", "**LIWC:** Barn, A. (2010). Title."
    if re.fullmatch(r"\[[^\[\]]{1,30}\]", inner):
        at = after + len(line[after:]) - len(line[after:].lstrip(" \t<:-–"))
        if links is not None and (linked := link_title(line, at, links, head)) is not None:
            return linked  # "**[UCB]** <[Finite-time analysis of ...](url)> by ...": the name is the method's
        named = _NAMED_TITLE.match(line, after)  # "**[R-CNN]** Rich feature hierarchies ... | venue"
        if named and len(named.group("t").split()) >= 3:
            head.title = strip_title(line, named.start("t"), named.end("t"))
            return named.end("t")
    return after


_BRACKET_TAG = re.compile(r"\[[^\[\]]{1,60}\]")


def _reference_after(line: str, after: int, links: Links | None, head: Head) -> int | None:
    """A whole reference with its authors after a bold tag or label: its title, year, authors and venue
    read into ``head``; where the title ends."""
    at = after + len(line[after:]) - len(line[after:].lstrip(" \t"))
    stop = next((s for _, _, s, _ in links or () if s >= at), len(line))
    if (ref := parse_reference(line[at:stop])) is None or ref.authors is None or ref.year is None \
            or not person_names(line[at + ref.authors[0] : at + ref.authors[1]]):
        return None  # (names, a year, a title: a reference; "**Description:** a training-free method (LLaVA, Qwen)" is none)
    head.title, head.year = (at + ref.title[0], at + ref.title[1]), ref.year
    head.authors = line[at + ref.authors[0] : at + ref.authors[1]]
    if ref.venue:
        head.venue = (at + ref.venue[0], at + ref.venue[1])
    head.tag = None
    return at + ref.title[1]


_QUOTED_AFTER_LABEL = re.compile(r"[ \t]{0,3}[\"“](?P<t>[^\"“”\n]{3,400})[\"”]")
_NAMED_TITLE = re.compile(r"[ \t:：\-–—]*+(?P<t>[^|\[\]()*`<]*?[^|\[\]()*`< \t])[ \t]*+(?=\||\*\*|\[|\(|$)")
