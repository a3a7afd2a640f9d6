"""A name set in bold among a reference's authors: a publication page marks its owner.

::

    1. Ann Barn, **Bob Tawny**, and Cy Hoot, *Owls at Night*, Journal of Owls, 2021.
    1. **Bob Tawny**, Ann Barn, Cy Hoot, and Di Screech, [*Owl Flight*](https://example.org/p), 2020.

The bold name is one of the authors, not the title: its marks are blanked (the columns
of the line kept) before the line is read.
"""

from __future__ import annotations

import re

from ..markup import CJK_LETTER, plain
from .name_lists import is_name_list, one_name, person_names
from .references import parse_reference

#: A name set in bold among authors (a publication page's owner): ``Ann Barn, **Bob Tawny**, and Cy Hoot``.
#: (a name's letters leave out the underscore: "__ICML__ICML..." would run each try to the line's end)
_BOLD_NAME = re.compile(r"(?:\*\*|__)(?P<n>[A-Z](?:[^\W_]|[.'’\-])*+(?:[ \t]++[A-Z](?:[^\W_]|[.'’\-])*+){1,3}|[\u4e00-\u9fff]{1,4}[ \t][\u4e00-\u9fff]{1,4}"
                        r"|[A-Z](?:[^\W_]|['’\-])++,[ \t]*+(?:[A-Z]\.[ \t]*+){1,3}|[A-Z](?:[^\W_]|['’\-])++,[ \t]*+[A-Z][^\W\d_A-Z]++(?:[ \t]++[A-Z][^\W\d_A-Z]++){0,2})"
                        r"(?:\*\*|__)(?=[ \t]*+(?:,|，|;(?=[ \t]*+[A-Z][\w'’\-]*+,[ \t]*+[A-Z]\.)|and\b|&|\.|\((?:19|20)\d\d)|(?<=\.\*\*|\.__)[ \t]++[A-Z\"“*_\[])")
#: A name as a reference writes it, surname and initials (``Sanjay, V.``, ``Barn, A. B.``): never a title.
_SURNAME_INITIALS = re.compile(r"[A-Z](?:[^\W\d_]|['’\-])++,[ \t]*+(?:[A-Z]\.[ \t\-]*+){1,3}")
#: A name as a reference may write it, surname and given names (``Peixoto, Marco Antônio``).
_SURNAME_GIVEN = re.compile(r"[A-Z](?:[^\W\d_]|['’\-])++,[ \t]*+[A-Z][^\W\d_A-Z]++(?:[ \t]++[A-Z][^\W\d_A-Z]++){0,2}")
#: A title's first word right after a name (``**Sanjay, V.** Title``), no comma or conjunction between.
_TITLE_NEXT = re.compile(r"[ \t]++[A-Z\"“]")
#: A name in an HTML bold tag (``<strong>Sanjay, V.</strong>``, underlined too: ``<strong><u>Li, H.</u></strong>``): read as
#: the same name in ``**`` marks.
_TAGGED = re.compile(r"<(strong|b)>(?:<u>)?([^<>\n*_]{2,60}?)(?:</u>)?</\1>")

#: A first author's surname in bold after the initials opening a reference (``S. L. **Brunton** et al.: [Title](url)``).
_BOLD_SURNAME = re.compile(r"[ \t]*+(?:[A-Z]\.[ \t]*+){1,3}(?P<b>\*\*|__)(?P<n>[A-Z][\w'’\-]++)(?P=b)(?=[ \t]++et[ \t]++al\b|[ \t]*+,|[ \t]++and\b)")
#: A whole author list in bold opening a reference, its year in brackets after it: ``**Barn, A.B., Tawny, C.** (1980).``
_BOLD_AUTHORS = re.compile(r"[ \t]*+(?:\*\*|__)(?P<n>[^*_\n()\[\]]{3,400}?)(?:\*\*|__)(?=[ \t]*+\((?:19|20)\d{2}[a-z]?\))")
_YEAR_LEAD = re.compile(r"(?P<n>[^()\[\]*_\n]{0,200}?)[ \t]*+\((?:19|20)\d{2}[a-z]?\)[.,]?[ \t]++\S")
_YEAR_ONLY = re.compile(r"[ \t]*+\((?:19|20)\d{2}[a-z]?\)[.,]?[ \t]*+")
_TAG = re.compile(r"(?:\*\*|__)?\[[A-Za-z]{0,3}\d{1,4}\](?:\*\*|__)?|\(?\d{1,4}[.)]")


#: Marks after an author's name, then the comma or stop after it: equal contribution, corresponding author
#: (``Barn A†,``, ``Tawny B\\*.``).
_NAME_MARK = re.compile(r"(?:(?<=[^\W\d_])(?:\\\*|[†‡§¶])++|(?<=[A-Z]\.)(?:\\\*|[†‡§¶#])++)(?P<p>[ \t]*+[,;.])")
#: The last author's initials and marks before the title (``Wang, H.\\* Title``): the marks go before the name.
_LAST_MARK = re.compile(r"(?<![\w'’\-])(?P<n>[A-Z][\w'’\-]*+,[ \t]*+(?:[A-Z]\.[ \t\-]*+){0,2}[A-Z]\.)(?P<m>(?:\\\*|[†‡§¶#])++)(?=[ \t]++[A-Z])")
#: An author's name in a coloured span (a publication page's owner): ``<span style="color:#00bfff">Liu, Y.</span>``,
#: ``<span style="color:magenta">**Bob Tawny**</span>``.
_SPAN_NAME = re.compile(r"<span\b[^<>]{0,80}>(?P<n>[A-Z][\w'’\-]++,[ \t]*+(?:[A-Z]\.[ \t\-]*+){1,3}|(?:[A-Z]\.[ \t\-]*+){1,3}[A-Z][\w'’\-]++"
                        r"|(?P<b>\*\*|__)[A-Z][\w'’\-]++(?:[ \t]++[A-Z][\w'’.\-]*+){1,3}(?P=b))</span>")


def _unmarked(line: str, start: int) -> str:
    """``line`` with the marks after authors' names moved past their comma as blanks, and the span tags round
    a name blanked before it (columns kept): ``Barn A†,``, ``Tawny, B.\\*;``, ``Hoot, C.#;``, ``<span ...>Owl, D.</span>``."""
    if "<span" in line:
        line = line[:start] + _SPAN_NAME.sub(_unspanned, line[start:])
    if "†" not in line and "\\*" not in line and "‡" not in line and "#" not in line:
        return line
    line = line[:start] + _LAST_MARK.sub(lambda m: " " * len(m.group("m")) + m.group("n"), line[start:])
    return line[:start] + _NAME_MARK.sub(lambda m: m.group("p").strip() + " " * (len(m.group(0)) - 1), line[start:])


def _unspanned(m: re.Match[str]) -> str:
    """A name's span tags blanked: before the name (its marks after it stay against it, ``Liu, Y.\\*;``), or round a
    name in bold (its columns kept: the bold marks are weighed where they are)."""
    if m.group("b"):
        return " " * (m.start("n") - m.start()) + m.group("n") + " " * (m.end() - m.end("n"))
    return " " * (len(m.group(0)) - len(m.group("n"))) + m.group("n")


def unbold_names(line: str, start: int) -> str:
    """``line`` with the bold marks around a name of an author list blanked (columns kept):
    the name is one of the authors, not the title; the marks after authors' names (``Barn A†, Tawny B\\*.``)
    moved past their commas as blanks.  A name in an HTML bold tag (``<strong>``, ``<b>``) is
    weighed as the same name in ``**`` marks; the tags of a bold that is no name are kept."""
    line = _unmarked(line, start)
    if "<strong>" in line or "<b>" in line:
        tagged = [m.span() for m in _TAGGED.finditer(line, start)]
        if tagged:
            marked = _TAGGED.sub(lambda m: " " * (m.start(2) - m.start() - 2) + "**" + m.group(2) + "**" + " " * (m.end() - m.end(2) - 2), line)
            read = _unbold(marked, start)
            for a, b in tagged:  # (a bold no name: its tags as written)
                if "**" in read[a:b]:
                    read = read[:a] + line[a:b] + read[b:]
            return read
    return _unbold(line, start)


def _unbold(line: str, start: int) -> str:
    if "**" not in line and "__" not in line:
        return line
    if (lead := _BOLD_SURNAME.match(line, start)) is not None:
        return line[: lead.start("b")] + "  " + lead.group("n") + "  " + line[lead.end() :]
    if (lead := _BOLD_AUTHORS.match(line, start)) is not None and "," in lead.group("n") and is_name_list(lead.group("n")):
        return line[: lead.start("n") - 2] + "  " + lead.group("n") + "  " + line[lead.end() :]  # ("**Barn, A., Tawny, B.** (1980). Title")
    out = line
    for m in _BOLD_NAME.finditer(line, start):
        before = line[start : m.start()].rstrip()
        before = "" if _TAG.fullmatch(before) else before  # ("[J5] **Bob Tawny**, Ann Barn. ...": a reference's tag)
        if not ((before.endswith((",", " and", "&", ";")) and _name_before(before)) or (not before and _names_follow(line, m.end(), m.group("n")))) \
                or not is_name_list(m.group("n")):
            continue
        out = out[: m.start()] + "  " + m.group("n") + "  " + out[m.end() :]
    return out


def _name_before(before: str) -> bool:
    """The text before a bold name ends in another name (``Ann Barn,``), not a date or a label."""
    before = before[-300:]  # (the last name only: splitting all that comes before was quadratic over a line of bold names)
    last = re.split(r",|\band\b|&|;", before.removesuffix(",").removesuffix(" and").removesuffix("&").rstrip(" ,;"))[-1].strip()
    return bool(last) and is_name_list(last) and not any(c.isdigit() for c in last)


def _names_follow(line: str, pos: int, bold: str) -> bool:
    """Three names or more after ``pos`` before a marked or linked title (``, Bob Tawny, and Cy Hoot, *Title*``)."""
    if "," in bold and (lead := _YEAR_LEAD.match(line, pos)) and person_names(bold.strip()) \
            and (not lead.group("n").strip(" ,&") or is_name_list(lead.group("n").strip(" ,&").removeprefix("and "))):
        return True  # ("**Tawny, B.** (2021). Title", "**Tawny, B.**, & Hoot, C. (2021). Title": names and the year)
    if _SURNAME_INITIALS.fullmatch(bold.strip()) and line[pos - 3 : pos - 2] == "." and _TITLE_NEXT.match(line, pos):
        return True  # ("**Sanjay, V.** Title. *Journal*": a surname and its initials are a person's)
    stop = min((k for k in (line.find(c, pos) for c in "*[\"“_") if k >= 0), default=len(line))
    rest = line[pos:stop].strip().strip("`").strip()  # (blanks where a span's tags were; a TeX quote's backticks before the title)
    if rest[:1] in ",;" and not rest.endswith(",") and ". " in rest and (one_name(bold) or _SURNAME_INITIALS.fullmatch(bold.strip())) \
            and _reference_names(bold + line[pos:], len(bold)) \
            or rest[:1] == "," and ". " in rest and _SURNAME_GIVEN.fullmatch(bold.strip()) and _reference_names(bold + line[pos:], len(bold)):
        return True  # ("**Bob Tawny**, Q. Ge, et al. Title: Subtitle. *Venue*": the names' sentence, then the title)
    if stop == len(line) or ":" in rest:
        return False
    if _YEAR_ONLY.fullmatch(rest):  # ("**Bob Tawny** (2021). *Title*")
        return one_name(bold) and _long_title_at(line, stop)
    if rest.endswith("."):  # ("**Bob Tawny**, Ann Barn, and Cy Hoot. “*Title*”": the names close with a full stop;
        names = rest.strip(" ,.").removeprefix("and ").strip()  # alone, the bold name has an initial: "**B. Tawny**.")
        return person_names(names or bold) and _long_title_at(line, stop)
    if not rest.endswith(","):
        return False
    if rest.count(",") < 3:  # (three names or more after it: "**Owl Title**, Ann Barn et al., *ICLR*" is a title)
        names = rest.strip(" ,").removeprefix("and ").strip()
        return _long_title_at(line, stop) and (not names or is_name_list(names) and len(names.split()) >= 2)
    return person_names(rest.strip(" ,").removeprefix("and "))


def _long_title_at(line: str, pos: int) -> bool:
    """A marked title of four words or more (six CJK characters) at ``pos`` (``*Owls Count Mice at Night*``): what follows
    ``**Bob Tawny**, `` or ``**Bob Tawny** and Ann Barn, `` is then the title, so the bold is a name."""
    mark = line[pos]
    close = {"“": "”"}.get(mark, mark)
    end = line.find(close, pos + 1)
    if end < 0 and mark in "*_":  # (a title wrapped onto the next line: "*DEEP LEARNING-BASED")
        return len(line[pos + 1 :].split()) >= 2
    title = line[pos + 1 : end]
    return mark in "*_\"“" and end > pos and (len(title.split()) >= 4 or len(CJK_LETTER.findall(title)) >= 6)


def _reference_names(text: str, bold_end: int) -> bool:
    """Whether ``text`` (the bold name, then the rest of the line) reads as a reference whose names run
    past the bold one to a title after them (``Bob Tawny, Q. Ge, et al. Title. *Venue*, **2025**``)."""
    ref = parse_reference(plain(text))
    return ref is not None and ref.authors is not None and ref.authors[0] == 0 and ref.authors[1] > bold_end \
        and ref.title[0] > ref.authors[1]
