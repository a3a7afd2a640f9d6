"""Unlinked list items that each name their authors and then the title, as an accepted-papers page writes them.

::

    * Ann Barn; Bob C. Tawny. Owls Count Mice in the Snow at Night
    * Cy Hoot. Smooth and Strong Hoots
    * Dee Owl, Eve Barn and Fay Tawny: Feathers Map the Wind over Barns

Where five siblings or more, two in three of the run, each open with a list of people's names
(``name_lists.person_names``) closed by a stop or a colon and then a title of two words or more
(no sentence, no link), each is a paper: the names its authors, the rest its title.  A run that
short, or names of one word, say nothing.  So is a run of three or more written the other way round,
the title first and the names after a dash, a tilde or "by" closing the line (a note in parentheses
after them maybe), or a shorter run where the list holds five such items or more::

    - The Chubby Owl Service for Loosely-coupled Barns ~ Ann Barn
    - Architecture of an Owl Database System - Bob Tawny, Cy Hoot and Dee Owl
    - Cloudburst: Stateful Owls-as-a-Service ~ Barn et al.

Pure: reads the items' lines, answers with columns of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..document import Document
from ..markup import plain
from .found import Found, title_of
from .item_template import sibling_runs
from .list_items import Item
from .name_lists import is_name_list, one_name, person_names
from .section_kinds import other_kind

#: Where the names may end: a stop (or two, after an initial) or a colon, then a space.
_NAMES_END = re.compile(r"\.{1,2}[ \t]++|[:：][ \t]++")
#: The fewest siblings of the run, and the least share of them written this way (two in three).
_RUN = 5
_RUN_AFTER = 3
#: What opens the names after a title: a dash, a tilde or "by" between blanks.
_NAMES_AFTER = re.compile(r"[ \t](?:[-–—~]|by)[ \t]++(?=[A-Z])")
#: A title that is a link's whole text, the link the site's own (the reader's notes: ``[Title](/docs/owl.html)``).
_LINKED = re.compile(r"\[(?P<t>[^\[\]\n]{4,300})\]\((?![\w+.\-]{1,12}:)[^()\s]{1,300}\)")
#: (a link within the site only: a link to another host the readers judged already, a blog post's or a notebook's)
#: A note in parentheses after the names (``. (Unit 7, Mar 1)``), a year's maybe (``(2014). This paper ...``), or a
#: sentence after "et al." (``by Barn et al. This paper was rehearsed ...``).
_NOTE_AFTER = re.compile(r"(?<![ \t])\.?[ \t]++\(|(?<=et al)\.[ \t]++(?=[A-Z])")
#: A year closing the names: ``, 2019``, ``(2019)``.
_YEAR_CLOSE = re.compile(r"(?:\(|\b)(?:19|20)\d{2}\)?+\.?+$")
_INITIAL = re.compile(r"[A-Z]\.")
#: A title in bold opening the line, names after it (``**Title** Ann Barn, Bob Tawny``, ``**Title***Ann Barn*``).
_BOLD_TITLE = re.compile(r"(?P<m>\*\*|__)(?P<t>[A-Z0-9][^*_\n]{6,300}?)(?P=m)(?=[ \t]*+(?:\*|_)?+[A-Z])")
#: Words a title of this shape never ends with (a sentence's end: a note, not a title).
_SENTENCE = re.compile(r"[.!?][ \t]++[A-Z]")


def _split(line: str, start: int) -> tuple[int, str, int] | None:
    """Where the title starts after the names of ``line`` (from ``start``), the names and where it ends; None when
    the line does not open with people's names closed by a stop or a colon before a title."""
    if "](" in line or "http" in line or not line[start : start + 1].isalpha():
        return None
    for m in _NAMES_END.finditer(line, start, min(len(line), start + 400)):
        names = line[start : m.start() + (1 if m.group().startswith("..") else 0)].strip()
        rest = line[m.end() :].strip()
        if len(rest.split()) < 2 or not rest[:1].isupper() and not rest[:1].isdigit() or _INITIAL.match(rest):
            continue  # (not after an initial's stop: "Karthik C. S.. Title")
        if (person_names(names) or one_name(names) or ";" in names and all(is_name_list(p) for p in names.split(";") if p.strip())) \
                and _SENTENCE.search(rest) is None:
            return m.end(), names, len(line.rstrip(" \t"))  # (the first stop after names: "Barn. DEEP-FRI: Title")
    return None


def named_titles(doc: Document, items: Sequence[Item], results: dict[int, Found | None],
                 retry: Callable[[int], Found | None], papers: bool = False) -> list[Found]:
    """The items read as no paper in a run of siblings written ``Names. Title``: each a paper."""
    index = {item.line: n for n, item in enumerate(items)}
    out: list[Found] = []
    for run in sibling_runs(items):
        if not any(it.line in results and results[it.line] is None for it in run):
            continue
        if _under_other_kind(doc, items, index[run[0].line]):
            continue  # (the run is a label's "**Books**" items: books written "Title - Names")
        split = {it.line: _split(doc.lines[it.line], it.body) if it.end == it.line else None for it in run}
        if len(run) < _RUN or sum(s is not None for s in split.values()) * 3 < len(run) * 2:
            split = {it.line: _names_after(doc.lines[it.line], it.body) or _names_after_stop(doc.lines[it.line], it.body)
                     if it.end == it.line else None for it in run}
            many = _named_after(doc, items) >= _RUN  # (the list holds many written so: half the run will do)
            if (len(run) < _RUN_AFTER and not many) or sum(s is not None for s in split.values()) * (2 if many else 3) < len(run) * (1 if many else 2):
                continue  # (a short run among the document's many written so: one presenter's two papers)
        for it in run:
            if (s := split[it.line]) is None or it.line not in results or results[it.line] is not None:
                continue
            line = doc.lines[it.line]
            t0, t1 = s[0], s[2]
            title = title_of(line[t0:t1])
            if len(title.split()) < 2 or (found := retry(index[it.line])) is None:
                continue
            base = doc.starts[it.line]
            found.title, found.title_span = title, (base + t0, base + t1)
            found.authors = plain(s[1]).strip()
            found.style["bare"] = True
            out.append(found)
    return out


def _under_other_kind(doc: Document, items: Sequence[Item], n: int) -> bool:
    """Whether the item holding item ``n`` is a label of things other than papers (``- **Books**``, ``* Tools:``):
    the nearest item before it indented less (its siblings and their children passed over, no item further back)."""
    first = items[n]
    k = n - 1
    while k >= 0 and items[k].indent >= first.indent:
        k -= 1
    parent = items[k] if k >= 0 and items[k].end >= first.line else None
    return parent is not None and other_kind([plain(doc.lines[parent.line][parent.body :]).strip(" \t*_:")])


def _named_after(doc: Document, items: Sequence[Item]) -> int:
    """How many one-line items of the list are written ``Title ~ Names`` (counted once per list)."""
    if not _COUNTED or _COUNTED[0][0] is not items:
        _COUNTED[:] = [(items, sum(1 for it in items if it.end == it.line and (_names_after(doc.lines[it.line], it.body)
                                                                              or _names_after_stop(doc.lines[it.line], it.body)) is not None))]
    return _COUNTED[0][1]


_COUNTED: list[tuple[Sequence[Item], int]] = []


def _names_after(line: str, start: int) -> tuple[int, str, int] | None:
    """The title's start, the names and the title's end of ``line`` written ``Title ~ Names`` (the
    names close the line, perhaps with a year); None when it is not so written."""
    linked = _LINKED.match(line, start)  # ("[Title](notes.html) ~ Names": the title linking the reader's notes)
    if linked is not None:
        start = linked.start("t")
    elif "](" in line or "http" in line:
        return None
    if (bold := _BOLD_TITLE.match(line, start)) is not None and not linked:
        names = plain(line[bold.end() :]).strip(" \t*_.,;")  # ("**Title** *Ann Barn, Bob Tawny*": the title in bold)
        names = names[: (y.start() if (y := _YEAR_CLOSE.search(names)) else len(names))].strip(" .,;")
        if len(bold.group("t").split()) >= 2 and not _SENTENCE.search(bold.group("t")) and names and is_name_list(names) \
                and (person_names(names) or "," in names or " and " in names):
            return bold.start("t"), names, bold.end("t")
        return None
    if not (line[start : start + 1].isupper() or line[start : start + 1].isdigit()):
        return None
    cut = None
    for m in _NAMES_AFTER.finditer(line, start):
        cut = m  # (the last: a dash inside the title comes before it)
    if cut is None:
        return None
    end = len(line.rstrip(" \t"))
    names = _NOTE_AFTER.split(line[cut.end() : end], 1)[0]  # ("by Barn et al. (Unit 7, Mar 1)": a note after the names)
    names = names[: (y.start() if (y := _YEAR_CLOSE.search(names)) else len(names))].strip(" .,;")
    if linked is not None and cut.start() != linked.end():
        return None
    title = line[start : linked.end("t") if linked else cut.start()].strip().rstrip(",")
    if len(title.split()) < 2 or _SENTENCE.search(title) or not names \
            or not (person_names(names) or one_name(names) or " et al" in names and is_name_list(names.replace(" et al", ""))
                    or (" and " in names or "," in names or "&" in names) and is_name_list(names)):
        return None
    return start, names, linked.end("t") if linked else start + len(line[start : cut.start()].rstrip().rstrip(","))


#: A stop after a title, a note in parentheses maybe (``. ``, ``(oral). ``), before the names that close the line.
_STOP_BEFORE_NAMES = re.compile(r"(?:\([^()\n]{1,40}\)[ \t]*+)?\.(?:[ \t]*+\([^()\n]{1,40}\))?[ \t]*+(?=[A-Z])")


def _without_notes(text: str) -> str:
    """``text`` without the notes and years in parentheses closing it (``(2106)``, ``(2106-biorxiv)``, ``(ICML)``)."""
    text = text.rstrip(" \t.")
    while text.endswith(")") and 0 <= (k := text.rfind("(")) and len(text) - k <= 42:
        text = text[:k].rstrip(" \t.")
    return text


def _names_after_stop(line: str, start: int) -> tuple[int, str, int] | None:
    """``Title. Ann Barn, Bob Tawny. (2106)``: the title's start, the names and the title's end, where the
    first stop whose rest is two names or more (and notes in parentheses) closes the title; else None."""
    if "](" in line or "http" in line or not (line[start : start + 1].isupper() or line[start : start + 1].isdigit()):
        return None
    end = len(line.rstrip(" \t"))
    for m in _STOP_BEFORE_NAMES.finditer(line, start, end):
        rest = line[m.end() : end]
        names = _without_notes(rest).strip(" .,;")
        if ("," in names or " and " in names) and person_names(names):
            title = line[start : m.start()].rstrip()
            if len(title.split()) < 3 or _SENTENCE.search(title):
                return None
            return start, names, start + len(title)
    return None
