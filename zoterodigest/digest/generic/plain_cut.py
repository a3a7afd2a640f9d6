"""Where a plain title ends: a link, a dated parenthesis, a dash, code, a pipe, a bare id, or a
note in Chinese, Japanese or Korean after a Latin title; a dash before a subtitle in title case
(``Owls Made Live - An Engineering Perspective``) is the title's.  Pure functions over one string.
"""

from __future__ import annotations

import re

from .name_lists import is_name_list, one_name

#: Where a note in Chinese, Japanese or Korean starts after a Latin title.
_CJK_AFTER = re.compile(r"(?<=[A-Za-z0-9)?!.])[ \t]++[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{2}")


def cjk_note_at(text: str) -> int | None:
    """Where a note in Chinese, Japanese or Korean starts after a Latin title of three words or more."""
    m = _CJK_AFTER.search(text) if not text.isascii() else None
    return m.start() if m is not None and len(text[: m.start()].split()) >= 3 else None


#: A bare id or address after a plain title: ``Title, arXiv:2101.00001``, ``Title. doi: 10.1/x``.
_BARE_ID = re.compile(r"(?:arxiv[ \t]?:[ \t]?(?:\d|[a-z\-]+/)|doi[ \t]?:[ \t]?10\.|https?://|arxiv\.org/|"
                      r"arxiv[ \t]++\d{4}\.\d{4,5}|(?<![\w/.])10\.\d{4,9}/)", re.IGNORECASE)
#: Where a plain title ends: a link, a dated parenthesis, a dash, code, a pipe, a tag, a bare id.
_CUTS = (re.compile(r"\]\("), re.compile(r"(?:\s[(]|\s?（)[^()（）]*\d{4}[^()（）]*[)）]"),
         re.compile(r"\s[—–]\s|\s-\s|`|\s\|\s|<|\s\[\["), _BARE_ID)


#: What each of ``_CUTS`` needs the text to hold (any of them), a cheap first look; ``_BARE_ID``'s
#: ``rx`` is looked for in the lower-cased text (no other letter folds to ``r`` or ``x``).
_CUT_NEEDS = (("](",), ("(", "（"), ("—", "–", "-", "`", "|", "<", "[["), ("10.", "://"))


#: A title that keeps its own full stop before the reference's (PubMed's ``Title.. Journal. 2025.``).
_DOUBLE_STOP = re.compile(r"(?<=[\w)?!])\.\.(?=[ \t]++[^\W_])")


#: A venue named by its opening words after a title's full stop or comma: ``. Proc. VLDB Endow.``, ``, Proceedings of``,
#: ``. In Proceedings of``, ``. ACM Trans. Storage``, ``. IEEE Transactions on``, ``. Journal of``.
_OPENING_VENUE = re.compile(r"(?:(?<=[\w)])[.,]|(?<=[?!]))[ \t]++(?=(?:In[ \t]++)?(?:Proc\.[ \t]|Proceedings[ \t]++of\b"
                            r"|(?:ACM|IEEE)[ \t]++Trans(?:\.|actions\b)|Transactions[ \t]++on\b|Journal[ \t]++of\b|PVLDB\b))")


def double_stop(text: str) -> int | None:
    """Where a title closed by two full stops ends (``Title.. Journal. 2025.``), or by its first full stop before
    a venue's opening words (``Title. In Proceedings of ...``), when three words or more precede them."""
    m = _DOUBLE_STOP.search(text) if ".." in text else None
    if m is None and (m := _OPENING_VENUE.search(text)) is not None and ". " in text[: m.start()]:
        return None  # (a sentence before the venue: names perhaps, "Title. Ann Barn. In Proceedings of ...")
    return m.start() if m is not None and len(text[: m.start()].split()) >= 3 else None


#: Fields a generated reference left empty before its id: ``Title. Venue. . DOI: 10.1/x`` (no year), ``Title. . . DOI``.
_EMPTY_FIELDS = re.compile(r"(?<=[\w?!)])\.(?P<e>(?:[ \t]++\.)++)[ \t]*+$")


def _before_empty_fields(text: str, cut: int) -> int:
    """Where the title of a generated reference with empty fields ends: before them, and before the venue
    when one field only is empty (``Title. Venue. . DOI``: the year's)."""
    head = text[:cut].rstrip()
    if ". ." not in head or (m := _EMPTY_FIELDS.search(head)) is None:
        return cut
    end = m.start()
    k = head.rfind(". ", 0, end)
    if m.group("e").count(".") == 1 and k > 0 and len(head[:k].split()) >= 3 and head[k + 2 : k + 3].isalnum():
        return k
    return end


def _cuts(text: str) -> list[re.Pattern[str]]:
    """The patterns of ``_CUTS`` that may match ``text``."""
    out = [p for p, needs in zip(_CUTS, _CUT_NEEDS, strict=True) if any(n in text for n in needs)]
    if _CUTS[3] not in out and "rx" in text.lower():
        out.append(_CUTS[3])
    return out


def plain_cut(text: str) -> int:
    """Where a plain title ends: a link, a dash... or a note in Chinese after it (``Title 中文的说明``).  A
    dash before a subtitle in title case (``Paxos Made Live - An Engineering Perspective``) is the title's."""
    cut = min((m.start() for pattern in _cuts(text) if (m := pattern.search(text))), default=len(text))
    cut = _before_empty_fields(text, cut)
    if (venue := _OPENING_VENUE.search(text, 0, cut)) is not None and len(text[: venue.start()].split()) >= 3:
        cut = venue.start()  # ("Title. Proc. VLDB Endow. 17, 4", "Title, Proceedings of the 30th ACM ...")
    cut = min(cut, double_stop(text[:cut]) or cut)
    if (sub := _SUBTITLE.match(text, cut)) is not None and _title_case(sub.group("s")) and not _names(sub.group("s")):
        rest = text[sub.end("s") :]
        cut = sub.end("s") + min((m.start() for pattern in _cuts(rest) if (m := pattern.search(rest))), default=len(rest))
    note = cjk_note_at(text[:cut])
    return cut if note is None else note


#: A dash and the words after it, up to the next link, dash, bracket or the end.
_SUBTITLE = re.compile(r"[ \t]++[-–—][ \t]++(?P<s>[A-Z][^\[\]()|<`\-–—]{2,120}?)(?=[ \t]*+(?:\[|\(|\||<|`|[ \t][-–—][ \t]|$))")


def _names(text: str) -> bool:
    """Authors after a dash: names joined by commas or ``and``, or one person's name."""
    return is_name_list(text) and ("," in text or " and " in text or one_name(text))


def _title_case(words: str) -> bool:
    """Two to twelve words, four in five of the long ones capitalised: a subtitle, not a description."""
    ws = words.split()
    long = [w for w in ws if len(w) >= 4 and w[:1].isalpha()]
    return 2 <= len(ws) <= 12 and bool(long) and sum(1 for w in long if w[:1].isupper()) * 5 >= len(long) * 4
