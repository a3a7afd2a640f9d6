"""A reference written the Japanese, Chinese or Korean way: ``久保麗, 國島丈生. Title, Venue, 2020年12月.``,
``김철수, 이영희. Title. Journal, 12(3), 45-60, 2020.``

The authors come first, written in CJK characters (a Latin name may stand among them),
separated by commas, and end with a full stop or a comma; the title runs to the next comma
or full stop: such titles use ``、`` inside, so a comma ends them.  Read only when the names are
CJK names and the title holds CJK characters (a Latin reference keeps its own readers).
"""

from __future__ import annotations

import re

from .name_lists import CJK_NAME, person_names
from .reference_marks import Reference

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
#: A Korean name in Hangul: a family name and a given name, two to four syllables (``김철수``, ``남궁민수``).
_HANGUL_NAME = re.compile(r"[\uac00-\ud7af]{2,4}+")
#: One name and the mark after it: a comma (more names, or the title next) or a full stop.
_NAME = re.compile(r"[ \t]*+(?P<n>[^,，、.．;；:：\[\]()（）]{2,40}?)[ \t]*+(?P<y>\((?:19|20)\d{2}[.\-/\d]{0,6}\))?[ \t]*+"
                   r"(?P<sep>[,，、]|[.．](?=[ \t]|$|[^\x00-\x7f]))")
#: Marks around the page owner's name (``<ins>梶川康平</ins>``, ``<u>``, ``<b>``) and an equal contribution's ``\*``.
_OWN = re.compile(r"</?(?:ins|u|b|strong|em)>|\\\*", re.IGNORECASE)
#: A date between the names and the title: ``2026/03.``, ``2025.3.``, ``2024年3月.``
_DATE = re.compile(r"(?:19|20)\d{2}(?:[/.\-]\d{1,2}){0,2}年?(?:\d{1,2}月)?[.．][ \t]*+")
#: ``et al.`` the Korean way after a name: ``정격석 외 3인`` (and three others).
_OTHERS = re.compile(r"(?<=[ \t])외[ \t]*+\d{0,2}[ \t]*+인?$")
#: Where the title ends: a comma, a full stop before a space or the end, or a link.
_TITLE_END = re.compile(r"[,，．]|\.(?=[ \t]|$)|\[|\((?:19|20)\d{2}")
#: A colon before the title: names written ``Names：Title`` (``names_colon``'s form).
_COLON = re.compile(r"[\u3005\u3040-\u30ff\u3400-\u9fff][ \t]*+[:：]")
#: Marks around a title: bold, italic, quotes.
_MARKS = "*_\"“”「」『』"
_YEAR = re.compile(r"(?:19|20)\d{2}(?!\d)")


def cjk_reference(text: str) -> Reference | None:
    """The parts of ``Names. Title, Venue, Year`` with CJK names and a CJK title; else None."""
    if _CJK.search(text, 0, 12) is None:
        return None  # (a cheap first look: the first name is written in CJK characters)
    pos, cjk, last, ended, dated = 0, 0, 0, False, False
    while not ended and (m := _NAME.match(text, pos)) is not None:
        name = _OTHERS.sub("", _OWN.sub("", m.group("n")).strip("*_ \\")).rstrip()  # (the page's owner in bold: "**國島丈生**"; "정격석 외 3인")
        if CJK_NAME.fullmatch(name) and len(name.replace(" ", "")) <= 5 or _HANGUL_NAME.fullmatch(name):
            cjk += 1
        elif not (person_names(name) and name.isascii()):
            ended = True  # (the title: it reads as no name)
            break
        last, pos, ended = m.end("n"), m.end(), m.group("sep") in ".．" or m.group("y") is not None
        dated = m.group("y") is not None  # ("최성원(2019.8), Title, ...": a year in brackets closes the names)
    if not cjk or last == 0 or not ended or _COLON.search(text, 0, 300) is not None:
        return None  # (no names; or names before a colon, "森田武史：Title": another reader's)
    stop = text[last:pos].strip()
    if stop in ".．" and (date := _DATE.match(text, pos + len(text[pos:]) - len(text[pos:].lstrip()))) is not None:
        pos, dated = date.end(), True  # ("Names. 2026/03. Title.": the date between the names and the title, its year)
    start = pos + len(text[pos:]) - len(text[pos:].lstrip())
    end = m.start() if (m := _TITLE_END.search(text, start)) is not None else len(text)
    while start < end and text[start] in _MARKS:
        start += 1
    title = text[start:end].rstrip(" \t" + _MARKS)
    if len(title) < (5 if stop in ".．" else 8) or _CJK.search(title) is None or CJK_NAME.fullmatch(title) or _HANGUL_NAME.fullmatch(title) \
            or cjk < 2 and stop not in ".．" and not dated:
        return None  # (too short after a comma: a long name, "宇佐美まゆみ"; one word and a comma: "また，" begins prose)
    year = _YEAR.search(text, last if dated else end)
    return Reference((start, start + len(title)), (0, last), None, int(year.group(0)) if year else None)
