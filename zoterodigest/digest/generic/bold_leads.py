"""Bold words opening a plain item before a colon: a method's name before its title (``**U-Net**: Title``)
or the title itself before its byline (``**Title**: Ann Barn, Bob Tawny. In *Venue*``); and a title whose
first words alone are bold (``**Network** in Network``).  Pure: reads a string only.
"""

from __future__ import annotations

import re

from .name_lists import is_name_list

#: Bold words and a colon opening an item.
_BOLD_LEAD = re.compile(r"(\*\*|__)(?P<b>[^*_\n]{1,300}?)\1[ \t]*+[:：](?:[ \t]++|$)")
#: A bold mark inside a title, with the italic mark it closes with (``Chem.**_ - Title`` of ``_**Chem.**_``).
_INNER_BOLD = re.compile(r"(?:\*\*|__)[*_]?+")


def past_bold_lead(text: str) -> str:
    """``text`` (an item's text) as its title reads: after a short bold name (three words at most) that no names
    follow, or the bold words alone when names or nothing of a title follow them; else as it is."""
    if (m := _BOLD_LEAD.match(text)) is None:
        return text
    rest = text[m.end() :].strip()
    if len(m.group("b").split()) <= 3 and len(rest.split()) >= 2 and not is_name_list(rest.split(". ", 1)[0]):
        return rest  # ("**FCN**: Title": the method's name in bold, then its title)
    if len(m.group("b").split()) >= 2:
        return m.group("b")  # ("**Title**: Names. In *Venue*": the title in bold, what follows its byline)
    return text


def unbold(title: str) -> str:
    """``title`` with a lone bold mark inside it dropped when words go on after it (``Network** in Network``: its
    opening mark cut with the item's); never ``Title**: Names``, where the mark ends the title."""
    if (title.count("**") == 1 or title.count("__") == 1) and (m := _INNER_BOLD.search(title)) and title[m.end() : m.end() + 1] == " ":
        return title[: m.start()] + title[m.end() :]
    return title
