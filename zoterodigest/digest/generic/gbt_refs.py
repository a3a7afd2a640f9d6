"""The Chinese national reference style, GB/T 7714: the names' sentence, the title closed by its kind in brackets, then
the journal and year.

::

    Barn A, Tawny B. Owls Count Mice[J]. Journal of Owls, 2018, 3(2): 1-9.
    高淑玲．纤维增强水泥基复合材料假应变硬化及断裂特性研究［D］.博士学位论文
    Barn A V B.Self-Healing Owls[J].Owl Letters,2009,(2):46-47.

The kind's mark (``[J]`` a journal article, ``[C]`` a proceedings paper, ``[D]`` a thesis; in full-width brackets too)
closes the title; the names end at the first full stop (a full-width one too) with a blank after it, or, with none,
glued to the title (``B.Title``, ``高淑玲．Title``) where the words before it are names.  Pure.
"""

from __future__ import annotations

import re

from .name_lists import cjk_names, is_name_list, person_names
from .reference_marks import GBT_MARK, YEAR, Reference
from .sentence_ends import sentence_ends

#: A full stop glued to what follows it (no blank), as GB/T lists often write the names' end.
_GLUED_STOP = re.compile(r"[.．](?=[ \t]*+\S)")


def gbt(text: str) -> Reference | None:
    """The parts of a GB/T 7714 reference (see above), or None."""
    m = GBT_MARK.search(text) if "[" in text or "［" in text else None
    if m is None:
        return None
    names_end = _names_end(text, m.start())
    if names_end is None:
        return None
    title = _trim(text, names_end[1], m.start(), " .,*_\"“”．")
    if len(text[title[0] : title[1]].split()) < 2 and len(text[title[0] : title[1]]) < 6:
        return None
    venue = _trim(text, m.end(), next((k for k in range(m.end(), len(text)) if text[k] in ",，("), len(text)), " .,;:/．")
    year = YEAR.search(text, m.end())
    return Reference(title, (0, names_end[0]), venue if venue[1] > venue[0] else None, int(year.group(1)) if year else None)


def _names_end(text: str, mark: int) -> tuple[int, int] | None:
    """Where the names' sentence ends and the title starts, before the kind's mark at ``mark``; None without names."""
    ends = sentence_ends(text[:mark] + " X", 1)
    if ends and _names(text[: ends[0][0]]):
        return ends[0]
    stop = _GLUED_STOP.search(text, 0, mark)
    while stop is not None and stop.start() < 60:
        if _names(text[: stop.start()].strip()) and stop.end() < mark:
            return stop.start(), stop.end()
        stop = _GLUED_STOP.search(text, stop.end(), mark)
    return None


def _names(text: str) -> bool:
    return bool(text) and (is_name_list(text) or person_names(text) or cjk_names(text.replace("，", ",").strip(" ,")))


def _trim(text: str, start: int, end: int, chars: str) -> tuple[int, int]:
    while start < end and (text[start] in chars or text[start] in "\t\r\n"):
        start += 1
    while end > start and (text[end - 1] in chars or text[end - 1] in "\t\r\n"):
        end -= 1
    return start, end
