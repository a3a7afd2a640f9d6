"""What opens a paper paragraph, and what never continues one: the marks :mod:`.paragraphs` reads by.

A paragraph that may be a paper opens with bold (``**Title**``), a number (``[3]``, ``1.[Title](url)``),
a linked title, an HTML paragraph or list item, names as references begin (``Barn, A.``, ``Barn AB,``,
``Barn et al. 2019.``) or a date.  Pure: patterns and one predicate.
"""

from __future__ import annotations

import re

from ..document import Document
from ..markup import plain
from .found import Found
from .link_finder import find_links
from .name_lists import is_name_list
from .prefixes import is_generic_label
from .reference_marks import DATE_OPEN, INITIALS_FIRST, KEY_OPEN, MARK_LEAD, REFERENCE_OPEN, SAME_NAMES

#: A venue's tag in brackets before a bold title (``[SIGMOD'12] **Title**``): no link.
VENUE_TAG = r"\[[A-Z][A-Za-z\-]{1,15}(?:[ \t'’]\d{2,4})?\][ \t]*+(?=\*\*|__|<b>|<strong>)"
# A reference written as a paragraph: "Surname, A., ..." or "Surname, Given, ...".
STARTS = re.compile(r"^ {0,3}(?:<(?:p|li)(?:[ \t][^<>]*)?>[ \t]*|<a[ \t]++(?:name|id)=[^<>]{0,200}>[ \t]*+</a>[ \t]*+"
                    r"|<a[ \t]++[^<>]{0,200}>(?=\[\d{1,4}\]</a>[ \t]))?"
                    r"(?:!\[[^\[\]]{0,40}\]\([^()\s]{1,300}\)[ \t]*+)*+(?:" + VENUE_TAG + r")?(?:\*\*|__|\\?\[\d{1,4}\\?\]|\[\^[\w\-]{1,20}\]:|\*\*\[\d{1,4}\]\*\*|<b>|<strong>|\(\d{1,4}\)[ \t]++(?:\*\*|__|<b>|<strong>))")
#: What is never a paper's summary: a thematic break (``----``), a link definition (``[pdf-02]: https://...``),
#: a heading, table, HTML, an image, or a record's first line.
NO_SUMMARY = re.compile(r"[ \t]*+[#|<!]| {0,3}(?:(?:[-*_][ \t]*+){3,}$|\[[^\[\]]{1,80}\]:[ \t])|" + STARTS.pattern[1:]
                         + "|" + REFERENCE_OPEN.pattern)
CLOSING_LIST = re.compile(r"[ \t]*</(?:ul|ol|table|div)>", re.IGNORECASE)
LI_LINK = re.compile(r"^[ \t]*<li(?:[ \t][^<>]*)?>[ \t]*<a[ \t]")
#: A paragraph that opens with a linked title: ``[Title](https://arxiv.org/abs/...), Venue 2021``
#: (not a link definition ``[name]: url``, nor a badge ``[![...``).
LINK_OPEN = re.compile(r"^ {0,3}(?:[\u2600-\u27bf\U0001F300-\U0001FAFF\u2b50\u2b55\ufe0f]{1,3}[ \t]*+|\d{1,3}[.、](?=\[))?\[(?![!^\]])(?!\d{1,4}\])(?!"
                       + VENUE_TAG[2:] + ")")  # (not a venue's tag before a bold title)
#: A short bold label and a colon opening a line of a record's notes: ``**problem**: ...``, ``**method**：``.
BOLD_LABEL = re.compile(r" {0,3}\*\*[^*\s][^*]{0,24}\*\*[ \t]*+[:：]|\*\*[^*\s][^*]{0,24}[:：]\*\*")
NUMBER_GLUED = re.compile(r"\d{1,3}[.、](?=\[)")
#: An HTML paragraph or list item tag before the text: ``<p><b>Title</b>``, ``<li><a href=...>``.
HTML_OPEN = re.compile(r"<(?:p|li)(?:[ \t][^<>]*)?>[ \t]*|<a[ \t]++(?:name|id)=[^<>]{0,200}>[ \t]*+</a>[ \t]*+"
                       r"|<a[ \t]++[^<>]{0,200}>(?P<n>\[\d{1,4}\])</a>(?=[ \t])")  # (an anchor around a reference's number)
#: (an empty anchor before a reference, ``<a name="barn2016"></a>[1] ...``, is a target for links, no text)
# "Surname AB, ..." / "Surname A (2010)." (names with initials after them), or a line citing
# "Journal 2005: 23(2)": a reference paragraph that may run over several lines.
_CITATION_NAMES = re.compile(r"^ {0,3}" + MARK_LEAD + r"(?:[A-Z][\w'’\-]+(?: (?:de|van|von|der|den|da|di|du|le|la|del|dos)){0,2}(?: [A-Z][\w'’\-]+)?"
                             r" [A-Z]{1,3}\b ?[,(.]|[A-Z][a-z]+ (?:[A-Z]\. ?){1,2}[A-Z][\w'’\-]+, )")
#: ("Resco de Dios V, ...", "Crous KY. 2019.", "Genevieve L. Noyce, ...")
_CITATION_YEAR = re.compile(r"(?:19|20)(?<!\w..)\d{2}[a-z]?\s*[:;]")  # ("\b" before the year, looked at after its
# first two digits: a search then skips to them)

def _citation(line: str) -> bool:
    """Names with initials at the start, or a year before a colon (looked for only when the line has one)."""
    return bool(_CITATION_NAMES.match(line)) or ((":" in line or ";" in line) and bool(_CITATION_YEAR.search(line)))

#: An italic title opening a reference, names after it: ``*Title*, A. Barn, B. Tawny, Journal, 2018``.
ITALIC_OPEN = re.compile(r"^ {0,3}(?:\*(?![*\s])[^*\n]{8,300}?(?<!\s)\*|_(?![_\s])[^_\n]{8,300}?(?<!\s)_)[,.]?[ \t]++(?:[A-Z]\.|[A-Z][\w'’\-]++,)")


#: A reference's names and year in bold opening a paragraph, maybe over two lines (``**Barn, A., & Owl, B. (2016).**``).
_BOLD_NAMES_YEAR = re.compile(r"[ \t]*+\*\*[A-Z\u00c0-\u024f][^*]{2,400}?[ (](?:19|20)\d{2}[a-z]?\)?[.,:]?\*\*")


def bold_names_wrapped(text: str, next_line: str) -> bool:
    """Whether a paragraph opens with a reference's names and year in bold (``text``: its first lines) and
    goes on over ``next_line`` (no quote, list item, table, heading or HTML under it)."""
    return _BOLD_NAMES_YEAR.match(text) is not None and not next_line.lstrip().startswith(("> ", "|", "#", "- ", "* ", "+ ", "<"))


def opens(line: str) -> bool:
    """A line that may open a paper paragraph: bold, a number, or names as references begin
    (``J.\xa0Barn``: a no-break space between a name's parts is a space)."""
    line = line.replace("\xa0", " ")
    return bool(STARTS.match(line) or REFERENCE_OPEN.match(line) or _citation(line) or INITIALS_FIRST.match(line)
                or LI_LINK.match(line) or LINK_OPEN.match(line) or DATE_OPEN.match(line) or KEY_OPEN.match(line)
                or ITALIC_OPEN.match(line) or SAME_NAMES.match(line))  # ("------, V. K. Barn, 2022:": the names above again)


#: A book named in a reference: edited, a university press's, a GB/T ``[M]``.
_BOOK = re.compile(r"\((?:eds?|editors?)\.?\)|\bUniversity (?:of [A-Z][\w ]{2,30} )?Press\b|/books?/|(?<=\S)\[M\]"
                   r"|\((?:[A-Z][\w .]{1,30}:[ \t]*+)?[^():]{2,60}\bPress,[ \t]*+(?:19|20)\d{2}\)"
                   r"|(?<=\d{4}),[ \t]++\d{2,4}[ \t]?p\.(?![ \t]*+\d)", re.IGNORECASE)  # (a whole work's pages: "Paris : Gallimard, 1966, 400 p.")
#: A chapter or article "in" a book or journal named after its title (``"Title," in *Companion*``).
_IN_WORK = re.compile(r"[,.\"”*][ \t]++in[ \t]", re.IGNORECASE)
#: A chapter in an edited volume: ``Pages 267-281 in B. Petrov and F. Csaki (eds.), Symposium``: a paper.
_CHAPTER = re.compile(r"\b[Ii]n:?[ \t]++[^()]{3,120}\((?:eds?|editors?)\.?\)")


#: A book publisher named alone as a reference's last part (``(1995). Title. *MIT Press*.``), or an edition.
_PUBLISHER_END = re.compile(
    r"(?:(?<=[.,] )|(?<=[.,] [*_]))(?:MIT Press|Wiley|Springer|Blackwell|Routledge|Dover|McGraw-Hill|Academic Press"
    r"|Prentice[ -]Hall|Addison-Wesley|Basic Books|Chapman (?:&|and) Hall|CRC Press|O'Reilly|Elsevier)"
    r"[*_]?+\.?+[*_]?+\\?+[ \t]*+$|\((?:\d(?:st|nd|rd|th)|[Ss]econd|[Tt]hird|[Rr]evised) ed(?:\.|ition)\)")


def is_book(line: str) -> bool:
    """A book, not a paper: edited (``(eds.)``, not a chapter in one), a university press's, a ``[M]``,
    a publisher's alone after its title, an edition (``(2nd ed.)``), or its number of pages after its year."""
    m = _BOOK.search(line)
    if m is None:
        return _PUBLISHER_END.search(line) is not None and not _CHAPTER.search(line) and " In " not in line
    return not (m.group(0).startswith("(") and _CHAPTER.search(line) or "Press" in m.group(0) and _IN_WORK.search(line))


_NAME_PARTICLES = frozenset({"and", "et", "al", "van", "von", "de", "der", "den", "la", "le", "da", "di", "du", "del"})


def in_prose(line: str, after: int, links: list[tuple[str, str, int, int]]) -> bool:
    """Running text (twenty lower-case words or more, so not a list of names) between the title
    and the first link after it, a link of words (``[two nice papers](url)``, not ``[pdf](url)``):
    the paragraph is prose that mentions papers, not a paper's record."""
    first = next(((label, s) for label, _, s, _ in links if s >= after), None)
    if first is None or not first[0] or first[0] == "badge" or is_generic_label(first[0]) or len(first[0].split()) < 2:
        return False
    words = line[after : first[1]].split()
    return len(words) >= 20 and sum(1 for w in words if w[:1].islower() and w.isalpha() and w not in _NAME_PARTICLES) >= 20


def titled_link(line: str, start: int) -> bool:
    """A link whose text is a title of four words or more (``Bottou, [Stochastic Gradient Descent
    Tricks](url), 2012``), not a label; nor a field's link (``- Blog post: [Its own title](url)``)."""
    return any(len(plain(label).split()) >= 4 and not is_generic_label(label) and not _FIELD_LABEL.fullmatch(line, start, s)
               for label, _, s, _ in find_links(line, start) if label != "badge")


#: A field's label alone before a link: a few words and a colon (``Blog post:``, ``中文解读:``).
_FIELD_LABEL = re.compile(r"[ \t]*+[^\s\[\]()`*_:：]++(?:[ \t]++[^\s\[\]()`*_:：]++){0,2}[ \t]*+[:：][ \t]*+")


def whole_linked_reference(doc: Document, r: Found) -> bool:
    """A record naming its authors and year whose title is the text of a link carrying its arXiv id or DOI
    (``[Title](https://arxiv.org/abs/...) (Barn et al., 2026)``)."""
    if not (r.ident.arxiv or r.ident.doi) or not r.authors or not r.year or r.title_span is None:
        return False
    start, end = r.title_span
    return start > 0 and doc.text[start - 1] == "[" and doc.text.startswith("](", end)


def nicknamed(line: str) -> bool:
    """A line opening with a bold short name, linking something: ``**DMAN** Names "Title" [[paper]](url)``."""
    return _NICKNAME_OPEN.match(line) is not None and "](" in line


_NICKNAME_OPEN = re.compile(r" {0,3}\*\*[^*\s][^*]{0,30}\*\*(?:[ \t]*+:)?[ \t]++(?=\S)")  # ("**DMAN** ", "**MOT-RNN** : ")
#: A rule of dashes (a Pandoc simple table's edge, ``  -------- ----------``): no line of a paragraph.
DASH_RULE = re.compile(r"[ \t]*+-{3,}+[ \t-]*+")
#: A thematic break of stars or underscores (``****``, ``* * *``, ``___``): like a blank line, it ends a paragraph.
STAR_RULE = re.compile(r" {0,3}(?:\*[ \t]*+){3,}|(?:_[ \t]*+){3,}")


#: After a bold title and a line break, the authors and the year in brackets (``**Title**<br/>Barn A, Tawny B (2021).``).
_NAMES_YEAR_AFTER = re.compile(r"(?:\*\*|__|</b>|</strong>)[ \t.,]*+(?:<br[ \t]*+/?>|[ \t]{2,}+$|\\$)[ \t]*+(?P<n>(?:[^()<>\[\]*_\n\\]|\\\*){3,300}?)"
                               r"[ \t]*+\((?P<y>(?:19|20)\d{2})?[a-z]?(?(y)|(?:in[ \t]press|forthcoming|submitted))\)", re.IGNORECASE | re.MULTILINE)


def names_year_after(text: str, after: int, found: Found) -> bool:
    """A bold title over its authors and year (``**Title**<br/>Barn A, Tawny B (2021). *Venue*.``): a reference
    whatever its links; ``found`` takes the names and the year."""
    m = _NAMES_YEAR_AFTER.search(text, max(after - 8, 0))
    if m is None or m.start() > after + 2 or not is_name_list(names := m.group("n").replace("\\*", "").strip(" ,")):
        return False
    found.authors, found.year = found.authors or names, found.year or (int(m.group("y")) if m.group("y") else None)
    return True
