"""The head of a list item: its first line, with the lines its title, names or link text run onto.

::

    1. **A bold title that
       wraps** [paper](url)
    - *An italic title that
      wraps* by Names. [Available
      Online](url)
"""

from __future__ import annotations

import re

from ..document import Document
from .list_items import Item
from .name_lists import cjk_names, is_name_list, person_names

#: An item opening with an italic title that does not close on its line.
_ITALIC_OPEN = re.compile(r"(?:(?<=[ \t(])|(?<=^))\*(?![*\s])[^*\n]{8,}$")
#: How a title line under an author list starts: a link, a marked title or a quote.
_TITLE_MARKS = ("[", "*", "_", "“", "\"", "<a ", "<i>", "<em>")


#: A citation key's bold label before the names (``**barn2024owls:** Barn, Ann, Tawny, Bob.``), and BibTeX's
#: "others" closing them (``Barn, Ann, others.``).
_KEY_LABEL = re.compile(r"^(?:\*\*|__)[\w\-.]{3,60}:?(?:\*\*|__):?[ \t]++|(?:,|[ \t]and)[ \t]++others(?=[.,:]$)")
#: A line that goes on with a few lower-case words and then its links or nothing (a wrapped title's end).
_WORDS_BEFORE_LINKS = re.compile(r"[ \t]++[a-z][\w\-]*+(?:[ \t][\w\-]++){0,3}[?.]?(?:[ \t]*+\\?\[|[ \t]*+$)")
#: A line break closing a line (``<br>``, ``<br/>``, a backslash).
_BREAK_END = re.compile(r"(?:<br[ \t]*+/?>|\\)[ \t]*+$", re.IGNORECASE)


def head_text(doc: Document, item: Item, children: list[Item]) -> tuple[str, int]:
    """The item's first line, with the next line when a bold title or a link's text runs onto it
    (offsets stay those of the document); and the head's last line."""
    line = doc.lines[item.line]
    nxt = item.line + 1
    if (wrapped := _wrapped_reference(doc, item, children)) is not None:
        return doc.text_of(item.line, wrapped), wrapped
    if (closing := _quoted_bold_end(doc, item, children) or _names_wrapped(doc, item, children)) is not None:
        return doc.text_of(item.line, closing), closing  # (a reference hard-wrapped over lines: names, year, “**Title**.”)
    open_mark = line.count("**") % 2 == 1 or line.count("[") > line.count("]")  # a title or link text runs on
    open_mark = open_mark or line.count("*") % 2 == 1 and _ITALIC_OPEN.search(line, item.body) is not None  # "*Title that\n wraps*", "Names (1992), *Title\n wraps*"
    open_mark = open_mark or nxt <= item.end and "](" not in line and doc.lines[nxt].lstrip().startswith((". ", ", "))  # names
    open_mark = open_mark or nxt <= item.end and "](" not in line and line.rstrip()[-1:].isalnum() \
        and "](" in doc.lines[nxt] and len(doc.lines[nxt]) - len(doc.lines[nxt].lstrip()) < item.body \
        and doc.lines[nxt][:1].isalnum()  # ("- Plain title that wraps" / "onto the line of its link [[arXiv](url)]")
    open_mark = open_mark or nxt <= item.end and "](" not in line and line.rstrip()[-1:].isalnum() \
        and _WORDS_BEFORE_LINKS.match(doc.lines[nxt]) is not None \
        and ("](" in doc.lines[nxt] or nxt < item.end and doc.lines[nxt + 1].lstrip().startswith(("[", "\\[")))
    open_mark = open_mark or nxt <= item.end and "](" not in line and _DATED_NAMES_END.search(line) is not None and any(c in line for c in ",，、") \
        and doc.lines[nxt].lstrip().startswith("[") and "](" in doc.lines[nxt]  # ("- Names (2023年2月)." over "[Title](url), Venue")
    open_mark = open_mark or nxt <= item.end and (line.count('"') % 2 == 1 and '"' in doc.lines[nxt]
                                                  or line.count("“") > line.count("”") and "”" in doc.lines[nxt])  # a quoted title wraps
    # ("1. Co-regularized multi-view spectral" / "   clustering\\[[paper](url)|[code]]": a title's last words, indented,
    # before its links, or alone over the line of its links)
    if (open_mark and nxt <= item.end and doc.lines[nxt].strip()
            and not (children and children[0].line == nxt)):
        if line.count("[") > line.count("]") and (wrap := _label_end(doc, nxt, item.end, children)) > nxt:
            nxt = wrap  # a link's text wrapped over three lines or more
        elif nxt < item.end and doc.lines[nxt].count("[") > doc.lines[nxt].count("]") and "](" in doc.lines[nxt + 1] \
                and not (children and children[0].line == nxt + 1):
            nxt += 1  # "*Title that*\n *wraps* by Names. [Available\n Online](url)": the link's text runs on too
        return doc.text_of(item.line, nxt), nxt
    if "](" not in line and nxt <= item.end:  # "1. Ann Barn and Bob Tawny:" over '“[Title](url),” Venue'
        last = min(item.end, item.line + 3, children[0].line - 1 if children else item.end)
        k = next((k for k in range(nxt, last) if "](" not in doc.lines[k] and "](" in doc.lines[k + 1]), None)
        if k is not None and all(doc.lines[x].strip() for x in range(nxt, k + 2)) \
                and doc.lines[k].count("[") > doc.lines[k].count("]"):
            return doc.text_of(item.line, k + 1), k + 1  # names wrapped over lines, then a link's text wrapped too
        k = next((k for k in range(nxt, last + 1) if "](" in doc.lines[k]), None)
        if k is not None and doc.lines[k].lstrip().startswith(("“[", "\"[", "[")) \
                and doc.lines[k - 1].rstrip().endswith((":", ",")):
            return doc.text_of(item.line, k), k
        if not (children and children[0].line == nxt) and doc.lines[nxt].lstrip().startswith(_TITLE_MARKS) \
                and (names := _KEY_LABEL.sub("", _BREAK_END.sub("", line[item.body :]).strip())).endswith((".", ",", ":")) \
                and (is_name_list(names[:-1]) or cjk_names(names[:-1])):
            return doc.text_of(item.line, nxt), nxt  # "1. Ann Barn, Bob Tawny." over "*[Title](url)*. Venue"
    return line, item.line



def _label_end(doc: Document, nxt: int, end: int, children: list[Item]) -> int:
    """The line where a link's text opened above ``nxt`` closes, when it wraps over up to five lines (none a
    child item's, none blank); else ``nxt``."""
    k = nxt
    while k < min(end, nxt + 4) and "]" not in doc.lines[k] and doc.lines[k + 1].strip() \
            and not (children and children[0].line == k + 1):
        k += 1
    return k if k > nxt and "]" in doc.lines[k] else nxt

def _wrapped_reference(doc: Document, item: Item, children: list[Item]) -> int | None:
    """The last line of a reference hard-wrapped at a fixed width (Pandoc's, an editor's), no link in its
    first line, which breaks mid-sentence (``2.  Kass, J.M., Smith, A.B.,`` / ``Cobos, M.E., 2025. Achieving
    higher`` / ``standards in ...``): its paragraph, up to a blank line or a sub-item (eight lines at most)."""
    line = doc.lines[item.line]
    body = line[item.body :].rstrip()
    if len(body) < 48 or "](" in body or "<a " in body:
        return None
    named = _names_sentence(body)  # ("Ann Barn and Bob Tawny. Title." over "Journal of Owls, 2018.": its year below)
    if not (_RUNS_ON.search(body) or named and body.endswith(".") and not _YEAR_IN.search(body)) \
            or not (named or _REFERENCE_OPENING.match(body)):
        return None
    last = min(item.end, item.line + 7, children[0].line - 1 if children else item.end)
    k = item.line  # (a line not indented under the item is its paragraph's still, as Markdown reads it: a lazy one, read
    # while the reference's year is still to come; once it is read, such a line is a note or a reference of its own)
    while k < last and doc.lines[k + 1].strip() and not doc.fenced[k + 1] \
            and (len(doc.lines[k + 1]) - len(doc.lines[k + 1].lstrip()) >= item.body - 1 or not _YEAR_IN.search(doc.text_of(item.line, k))):
        k += 1
    return k if k > item.line and _YEAR_IN.search(doc.text_of(item.line, k)) else None


def _names_sentence(body: str) -> bool:
    """Whether the text opens with a sentence of people's names, given names first (``Ann Barn and Bob T. Tawny. Title``)."""
    m = _SENTENCE_END.search(body, 0, 400)
    return m is not None and (" and " in body[: m.start()] or ", " in body[: m.start()]) and person_names(body[: m.start()])


#: A sentence's end after a word of two small letters or more (no initial's stop).
_SENTENCE_END = re.compile(r"(?<=[a-z]{2})\.[ \t]")


#: A line broken mid-sentence: it ends in a word, a hyphen, a comma or a colon (or the names' year: ``Barn A (2009)``).
_RUNS_ON = re.compile(r"(?:\w|[,:\-‐]|\((?:19|20)\d{2}[a-z]?\))$")
#: How a reference opens: a surname and initials or a given name (``Kass, J.M.,``, ``da Mota Porto, A.C.``), or
#: Vancouver's surname and bare initials (``Armano G and Manconi A``, ``Donaire L, Wang Y``).
_REFERENCE_OPENING = re.compile(r"(?:[a-z]{1,4}[ \t]){0,3}[A-Z][\w'’\-‐]++(?:[ \t][A-Z][\w'’\-‐]++){0,2},[ \t]++[A-Z]"
                                r"|[A-Z][\w'’\-‐]++[ \t][A-Z]{1,3}(?:(?:,[ \t]|[ \t]and[ \t])[A-Za-z]|[ \t]\((?:19|20)\d{2}[a-z]?\))")
#: A year in parentheses or after a comma, as a reference gives it.
_YEAR_IN = re.compile(r"(?:\(|,[ \t]*+)(?:19|20)\d{2}[a-z]?\b")


def _names_wrapped(doc: Document, item: Item, children: list[Item]) -> int | None:
    """The line of a marked title (``__Title__``, ``**Title**``, ``[Title](url)``) after names wrapped one a
    line, the first ending in "and", the others in "and" or a comma (``- Niu, Ann  and`` / ``Lu, Bob  and`` / ``Penn, Cy (2022): __Title__``)."""
    if not doc.lines[item.line].rstrip().endswith(" and") or "](" in doc.lines[item.line] or "**" in doc.lines[item.line]:
        return None
    last = min(item.end, item.line + 12, children[0].line - 1 if children else item.end)
    for k in range(item.line + 1, last + 1):
        text = doc.lines[k]
        if any(mark in text for mark in ("__", "**", "](")):
            return k
        if not _NAMES_RUN_ON.search(text):
            return None
    return None


#: A line closing with a year in parentheses and a full stop (``Names (2023, Feb.).``, ``Names (2023年2月).``).
_DATED_NAMES_END = re.compile(r"\((?:19|20)\d{2}[^()\n]{0,12}\)\.[ \t]*+$")


#: A line of names that runs on to the next: it ends in "and" or a comma.
_NAMES_RUN_ON = re.compile(r"(?:[ \t]and|,)[ \t]*+$")


def _quoted_bold_end(doc: Document, item: Item, children: list[Item]) -> int | None:
    """The line closing a bold quoted title (``“**Title**.”``) that opens in the item's paragraph and
    runs past its second line (names and the title wrapped at a fixed width); None otherwise."""
    last = min(item.end, item.line + 7, children[0].line - 1 if children else item.end)
    opened = None
    for k in range(item.line, last + 1):
        text = doc.lines[k]
        if not text.strip() or "](" in text:
            return None
        if opened is None and (at := _QUOTED_BOLD.search(text)) is not None:
            opened, text = k, text[at.end() :]
        if opened is not None and _BOLD_QUOTE_CLOSE.search(text):
            return k if k > item.line + 1 else None
    return None


#: A bold title opening inside quotes, and its close.
_QUOTED_BOLD = re.compile(r"[“\"]\*\*(?=\S)")
_BOLD_QUOTE_CLOSE = re.compile(r"\S\*\*[.,]?[”\"]")
