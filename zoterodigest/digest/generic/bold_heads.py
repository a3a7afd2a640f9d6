"""What a bold head says about the title after it: ``**Label:** "Title"``, a whole reference after a
bold tag or label (``**[Overview]** Barn, A. (2021). Title. *Venue*``), a title after a bracketed
name (``**[R-CNN]** Rich feature hierarchies ...``).  Pure; used by :mod:`.inline`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from .name_lists import person_names
from .prefixes import FIELD_LABELS, is_generic_label
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
    if links and 0 < len(inner.split()) <= 3 and inner[-1] not in ":：" and line.startswith(("[", " [", "\t["), after) \
            and (linked := _longer_link_title(line, after + (line[after] != "["), links, head, inner, link_title)) is not None:
        return linked  # ("**VideoHallucer** [VideoHallucer: Evaluating ...](url)": a short name, then the linked title)
    at = after + len(line[after:]) - len(line[after:].lstrip(" \t"))
    repeated = at > after and line[at : at + len(inner) + 1].lower().rstrip(":：") == inner.lower() and inner.lower() != ""
    if (plain_title := (_PLAIN_TITLE.match(line, at) if repeated else _NAMED_PLAIN.match(line, after))) is not None \
            and plain_title.group("t").lower().startswith(inner.lower()) and _name_before(inner, plain_title.group("t")):
        # ("**VDGD** VDGD: Mitigating ...", "**IBD**: IBD: Alleviating ...": a name, then the title repeating it; a name
        # then a colon and the rest of a title is joined where its siblings are written so, :func:`.block_titles.agree`)
        head.title = strip_title(line, plain_title.start("t"), plain_title.end("t"))
        return plain_title.end("t")
    for read in (_named_plain, _runs_on, _after_nickname):
        if (done := read(line, after, t0, end, inner, head)) is not None:
            return done
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


#: A plain title after a bold name and a colon, up to a parenthesis or the line's end:
#: ``**LURE**: Analyzing and Mitigating Object Hallucination, (Zhou et al. ICLR2024)``.
_TITLE_TO_END = r"(?P<t>[A-Z][^\[\]()（*_\n]{10,300}?)[ \t]*+(?:[,，][ \t]*+(?=[(（])|[(（\[]|\*|：(?=[\u3040-\u9fff“])|$)"
_NAMED_PLAIN = re.compile(r"[ \t]*+[:：][ \t]*+" + _TITLE_TO_END)
#: The same, the name repeated at the title's start with no colon after the bold: ``**VDGD** VDGD: Mitigating ...``.
_PLAIN_TITLE = re.compile(_TITLE_TO_END)
#: The rest of a title after its first words in bold, a small word leading on, up to the links or the line's end.
_RUNS_ON = re.compile(r"[ \t]++(?P<t>(?:for|with|of|via|on|from|to|using|through|under|towards?|without|beyond|as)[ \t]"
                      r"[^\[\]()*|\n]{3,200}?)[ \t]*+,?[ \t]*+(?=\[|$)")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_SENTENCE = re.compile(r"[a-z]{2}\.[ \t]|^(?:we|this|these|our|it)\b", re.IGNORECASE)


def _named_plain(line: str, after: int, t0: int, end: int, inner: str, head: Head) -> int | None:
    """A bold name, a colon after it, and the rest of a title (``**LURE**: Analyzing and Mitigating ...``): one
    title, as the lists' truth writes it (``LURE: Analyzing ...``); None when the bold is followed otherwise."""
    if inner[-1:] in ":：" or (named := _NAMED_PLAIN.match(line, after)) is None or not _name_before(inner, named.group("t")) \
            or person_names(named.group("t").rstrip(",;. ")):
        return None
    head.title = strip_title(line, t0, end)
    head.title_more = strip_title(line, named.start("t"), named.end("t"))
    return named.end("t")


def _runs_on(line: str, after: int, t0: int, end: int, inner: str, head: Head) -> int | None:
    """Words of a title set in bold, the title running on after them (``**Model-based Diffusion** for Trajectory
    Optimization, [url]``): one title; None when the bold is followed otherwise."""
    if inner[-1:] in ":：" or (on := _RUNS_ON.match(line, after)) is None or _YEAR.search(on.group("t")) or is_generic_label(inner):
        return None
    head.title = strip_title(line, t0, end)
    head.title_more = strip_title(line, on.start("t"), on.end("t"))
    return on.end("t")


def _after_nickname(line: str, after: int, t0: int, end: int, inner: str, head: Head) -> int | None:
    """The title after a method's short name in bold, then plain up to the links (``**PixelCNN** Conditional Image
    Generation with PixelCNN Decoders [Paper](url)``): the title alone, the name dropped; or, the colon inside the bold
    (``**PixelSNAIL:** An Improved Autoregressive Generative Model``), the name and the rest as one title.  None when the
    bold is no such name or no title of four words follows it."""
    name = inner.rstrip(":：").strip()
    colon = name != inner
    if not name or " " in name or name[0] == "[" or is_generic_label(name) \
            or name.lower() in FIELD_LABELS or not any(c.isupper() or c.isdigit() for c in name):
        return None
    at = after + len(line[after:]) - len(line[after:].lstrip(" \t"))
    if at == after or (m := _PLAIN_TITLE.match(line, at)) is None:
        return None
    rest = m.group("t").split("<", 1)[0].rstrip(" ,;.")
    if len(rest.split()) < 4 or _SENTENCE.search(rest) or person_names(rest.rstrip(",;. ")) or rest.lower().startswith(name.lower()):
        return None
    if colon:
        head.title = strip_title(line, t0, end)
        head.title_more = strip_title(line, m.start("t"), m.start("t") + len(rest))
    else:
        head.title = strip_title(line, m.start("t"), m.start("t") + len(rest))
    return m.start("t") + len(rest)


def _name_before(inner: str, title: str) -> bool:
    """A bold name (four words at most, no field's label) before a title of four words or more that
    repeats it or is two words longer: ``**LURE**: Analyzing ...``, ``**Logical Closed Loop**: Logical Closed Loop: ...``."""
    words, title_words = inner.split(), title.split()
    repeats = title.lower().startswith(inner.lower())
    if not 1 <= len(words) <= (12 if repeats else 4) or inner.lower().rstrip(" :：") in FIELD_LABELS or inner[-1] in ":：" \
            or len(title_words) < 4 or _SENTENCE.search(title) or is_generic_label(inner):
        return False
    return repeats and len(title_words) > len(words) or len(title_words) >= len(words) + 2


def _longer_link_title(line: str, at: int, links: Links, head: Head, name: str,
                       link_title: Callable[[str, int, Links, Head], int | None]) -> int | None:
    """The title of the link at ``at`` when its text is a title longer than the bold name before it
    (three words or more), else None with ``head`` as it was."""
    kept = head.title, head.title_in_link
    linked = link_title(line, at, links, head)
    title = line[head.title[0] : head.title[1]] if linked is not None and head.title else ""
    if len(title.split()) >= 3 and len(title) > len(name) and not is_generic_label(title):
        return linked
    head.title, head.title_in_link = kept
    return None


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
