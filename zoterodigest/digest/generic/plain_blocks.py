"""A paragraph whose first line is a plain title and whose other lines are what
a reference adds to it: names, a venue, the paper's links; then, once a paper
link was given, notes.

::

    Owls in Transformers for Speech
    *Ann Barn, Bob Tawny*
    CVPR 2021
    [[paper]](https://arxiv.org/abs/2101.01021) [[code]](https://github.com/o/s)

    Silent Wings Make Quiet Hunters
    A Barn, B Tawny - Cell Reports, 2019
    https://www.sciencedirect.com/science/article/pii/S2211124719315591
    A note on it.
    Feather Patterns Predict the Flight of Owls
    https://www.nature.com/articles/s41586-018-0459-6

    Night Vision for Barn Owls

    https://arxiv.org/abs/2101.05001

The title line holds no link and reads as a title (three words or more, no
sentence); the lines after it are names, a venue or links only, and one of them
links a paper (or, with no link, names and a venue are given).  The lines after
the paper's link are its notes, up to the next title over a link line.  A title
alone in its paragraph is a paper when the next paragraph is one line of links
naming a paper.  A title over one line in another script (its translation or gloss) is a paper
where five such paragraphs or more, two in three of the range's, are written so.  Prose paragraphs
never pass: their first lines are sentences.
"""

from __future__ import annotations

import re

from ..document import Document
from ..markup import plain
from .byline import byline, is_venue_text
from .found import Found, title_of
from .line_heads import add_links
from .link_finder import find_links
from .link_lines import links_only
from .links import Identity
from .list_items import ITEM
from .name_lists import is_name_list, one_name, person_names
from .prefixes import is_generic_label
from .references import parse_reference

#: The most lines such a paragraph runs to.
_MAX = 5
#: A letter of a script other than the Latin one: a title's gloss in Japanese, Chinese or Korean.
_GLOSS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef]")
#: Titles over glosses a range holds for them to be papers, not a poem or a glossary.
_GLOSSED = 5
_BREAK = re.compile(r"(?:(?<![ \t])|(?![ \t]))(?:[ \t]*+<br\s*/?>|\\|[ \t]{2,}+)[ \t]*+$")
_NOT_FIRST = frozenset("#>|<![`*_-+0123456789")
#: A sentence's usual openings (a line of notes, never a title).
_SENTENCE = re.compile(r"(?:we|our|i|it|its|this|these|they|there|here|also|note|see|check|read|apparently|"
                       r"a review|an? (?:good|nice|great)|the (?:paper|authors?|idea))\b", re.IGNORECASE)
#: Names, a dash, then where and when (``A Barn, B Tawny - Cell Reports, 2019``).
_NAMES_DASH = re.compile(r"(?P<n>[^\-–—]{3,300}?)[ \t]++[-–—][ \t]++(?P<v>[^\n]{0,120}?(?:19|20)\d{2}[^\n]{0,40}?)[ \t.]*+")
#: Names, a full stop, then a venue and its year (``A Barn, B Tawny, et al. SIGMOD Record, 2016.``).
_NAMES_STOP = re.compile(r"(?P<n>(?:[^.]|(?<=[A-Z])(?<![^ \t][A-Z])\.){3,300}?(?:[ \t]et[ \t]al)?)(?:\.|(?<=\.))[ \t]++"
                         r"(?:\((?:19|20)\d{2}\)\.[ \t]++)?(?P<v>[^.\n]{2,80}?,?[ \t]*+(?:19|20)\d{2})[ \t.]*+")
#: Names, a comma, then a venue's short name and its year (``Barn, A. and Tawny, B., SIGMOD, 2018 (pp. 1-9).``).
_NAMES_COMMA = re.compile(r"(?P<n>[^()]{3,400}?),[ \t]++(?P<v>[A-Z][\w\-]{1,15}(?:[ \t]++[A-Z][\w\-]{1,15}){0,3},?+[ \t]*+(?:19|20)\d{2})"
                          r"(?:[ \t]*+\([^()]{0,40}\))?[ \t.]*+")
#: Where a reference's fields start after its title: ``?. Journal``, ``. 2020.``, ``. (2020)``.
_FIELDS_AFTER = re.compile(r"[?!](?=\.[ \t])|(?<=\w)\.(?=[ \t]++\(?(?:19|20)\d{2}\b)")
#: Links and bare addresses (what is left of a links line without them is its labels).
_LINKS = re.compile(r"\[[^\[\]]*+\]\([^()\s]*+\)|https?://\S++")
#: Affiliation marks after names (``Ann Barn1, Bob Tawny2,3``).
_AFFILIATION = re.compile(r"(?<=[a-z])\d{1,2}(?:,\d{1,2})*+(?=[,. ]|$)")
_NOT_TITLE = re.compile(r"^[ \t]*(?:[#>|<!\[`*_-]|\d+[.)][ \t])|[.:：;,]$|https?://")


def plain_block(doc: Document, i: int, hi: int) -> Found | None:
    """The paper of the paragraph (or of the record within a paragraph) starting at line ``i``, or None."""
    text = _title_line(doc, i, hi)
    if text is None:
        return None
    if not doc.lines[i + 1].strip():
        return _link_below(doc, i, hi, text)
    k = i + 1
    ident = Identity()
    said: set[str] = set()
    values: dict[str, str] = {}
    while k < hi and k - i < _MAX and doc.lines[k].strip():
        kind = _field(doc.lines[k], values)
        if kind is None:
            if ident.papers:
                break  # (the paper's link given: notes follow)
            return _glossed(doc, i, hi, text) if k == i + 1 else None
        add_links(ident, doc.lines[k])
        said.add(kind)
        k += 1
    weak = k == i + 2 and said == {"links"} and not ident.papers and (k >= hi or not doc.lines[k].strip())
    if k == i + 1 or not ident.papers and not weak and (not {"names", "venue"} <= said or k < hi and doc.lines[k].strip()):
        return None  # (a paper link, or else names and a venue with its year: a reference)
    found = _found(doc, i, k - 1, text, ident)
    if weak:
        found.style["weak"] = True  # ("Title ,", "Project: <github>": a paper if its neighbours are; see weak_blocks)
    found.authors = values.get("names")
    found.venue = values.get("venue")
    if found.venue and (year := re.search(r"(?:19|20)\d{2}", found.venue)):
        found.year = int(year.group(0))
    if ident.papers:
        _notes(doc, k, hi, found)
    return found


def _glossed(doc: Document, i: int, hi: int, text: str) -> Found | None:
    """``Title`` over one line in another script, its translation or gloss (``人はどのように...``), the
    paragraph's end after it: a paper when most of its neighbours are written so (see weak_blocks)."""
    gloss = _BREAK.sub("", doc.lines[i + 1]).strip()
    if (i + 2 < hi and doc.lines[i + 2].strip()) or "http" in gloss or "](" in gloss \
            or 3 * len(_GLOSS.findall(gloss)) < len(gloss.replace(" ", "")) or _GLOSS.search(text):
        return None
    found = _found(doc, i, i + 1, text, Identity())
    found.style["weak"] = "gloss"
    found.summary, found.summary_span = gloss, (doc.starts[i + 1], doc.line_end(i + 1))
    found.style.update(summary_mode="lines", summary_indent="")
    return found


def _title_line(doc: Document, i: int, hi: int) -> str | None:
    """The title of a plain title line at ``i`` (three to thirty words, no link, no sentence), or None."""
    first = doc.lines[i]
    if "](" in first or "http" in first or first.lstrip()[:1] in _NOT_FIRST and not first.startswith(":::") or i + 1 >= hi:
        return None  # (a cheap first look: a title line holds no link, and lines follow it)
    end = _BREAK.search(first)
    text = first[: end.start() if end else len(first.rstrip())].strip()
    if (card := _CARD.match(text)) is not None:
        text = text[card.end() :]  # (a MyST card's title: ":::{card} Title" over ":link: url")
    if text.endswith(" ,"):
        text = text[:-2].rstrip()  # ("Title , " over "PDF: <url>": a comma left between the two)
    if (cited := _cited_title(text)) is not None:
        text = cited  # "🔥 Ann Barn, Bob Tawny (2020) Title": a reference's title
    elif (cut := _FIELDS_AFTER.search(text)) is not None:
        text = text[: cut.end() if cut.group() in "?!" else cut.start()]  # "Title?. Journal, 4(1)", "Title. 2020. Names"
    if not text or _NOT_TITLE.search(text) or not 3 <= len(text.split()) <= 30 or _SENTENCE.match(text) \
            or not (card or text[0].isupper() or text[0].isdigit() or not text.isascii()) or "。" in text \
            or person_names(text):
        return None  # (a sentence, or the authors' names over the paper's link)
    return text


#: A MyST card directive opening a title line (``:::{card} Title``).
_CARD = re.compile(r":{3,}+\{card\}[ \t]++")
_DATED = re.compile(r"\((?:19|20)\d{2}[a-z]?\)|[.,] (?:19|20)\d{2}[a-z]?\.")
_LEAD_MARKS = re.compile(r"[\u2600-\u27bf\U0001F300-\U0001FAFF\ufe0f\s]++")


def _cited_title(text: str) -> str | None:
    """The title of a title line written as a reference (names and a year before it), or None."""
    if _DATED.search(text, 0, 300) is None:
        return None  # (a cheap first look: a year as references date their paper)
    lead = _LEAD_MARKS.match(text)
    body = text[lead.end() :] if lead else text
    ref = parse_reference(body)
    if ref is None or ref.authors is None or ref.year is None or len(body[slice(*ref.title)].split()) < 3:
        return None
    return body[slice(*ref.title)]


def _link_below(doc: Document, i: int, hi: int, text: str) -> Found | None:
    """``Title``, a blank line, then one line of links naming a paper (and a blank line or the end)."""
    j = i + 2
    if (i > 0 and doc.lines[i - 1].strip()) or j >= hi or not links_only(doc.lines[j]) \
            or (j + 1 < hi and doc.lines[j + 1].strip()) or len(_LINKS.sub("", doc.lines[j]).split()) > 4:
        return None  # (one line of links: a label or two around them, no sentence)
    ident = Identity()
    add_links(ident, doc.lines[j])
    return _found(doc, i, j, text, ident) if ident.papers else None


def _field(raw: str, values: dict[str, str]) -> str | None:
    """What a line under the title is (``names``, ``venue`` or ``links``), kept in ``values``; None for prose."""
    line = _BREAK.sub("", raw).strip()
    bullet = ITEM.match(line)
    body = line[bullet.end() :] if bullet else line
    inner = _AFFILIATION.sub("", plain(body).strip(" *_"))
    if bullet and any(len(label.split()) >= 4 and not is_generic_label(label) for label, _, _, _ in find_links(body)):
        return None  # ("* [A Title of Its Own](url)": a list's item naming its own paper, no field of the line above)
    if links_only(body):
        return "links"
    if is_name_list(inner) and (re.search(r",|\band\b|&|\bet al", inner) or body[:1] in "*_"):
        values.setdefault("names", inner)
        return "names"
    authors: tuple[int, int] | None
    venue: tuple[int, int] | None
    stop = _NAMES_STOP.fullmatch(inner) or _NAMES_COMMA.fullmatch(inner)
    if stop is not None and not _names(stop.group("n").removesuffix(", et al").removesuffix(" et al")):
        stop = None
    if stop is not None:
        authors, venue = stop.span("n"), stop.span("v")  # "A Barn, B Tawny, et al. TKDE, 2020."
    elif is_venue_text(inner):
        values.setdefault("venue", inner)
        return "venue"
    else:
        authors, venue, _ = byline(inner, 0, len(inner))
    if authors is None and (dash := _NAMES_DASH.fullmatch(inner)):
        authors, venue = dash.span("n"), dash.span("v")  # "A Barn, B Tawny - Cell Reports, 2019"
    if authors is None or stop is None and not person_names(inner[authors[0] : authors[1]]):
        return None
    values.setdefault("names", inner[authors[0] : authors[1]].strip(" .,"))
    if venue is not None:
        values.setdefault("venue", inner[venue[0] : venue[1]].strip(" .,:"))
    return "names"


def _names(text: str) -> bool:
    """Authors' names: a list of them, or one person's full name."""
    return is_name_list(text) or person_names(text) or one_name(text)


def names_over_links(line: str) -> dict[str, str] | None:
    """An italic byline then the paper's links on one line (``*Ann Barn, Bob Tawny. TKDE, 2020.* [[paper](url)]``):
    its names and venue, or None."""
    links = find_links(line)
    if not links or not line.lstrip().startswith(("*", "_")):
        return None
    cut = links[0][2]
    while cut and line[cut - 1] in "[(":
        cut -= 1  # ("[[paper](url)]": the outer bracket is the links')
    values: dict[str, str] = {}
    return values if links_only(line[cut:]) and _field(line[:cut], values) == "names" else None


def _notes(doc: Document, k: int, hi: int, found: Found) -> None:
    """The lines from ``k`` to the paragraph's end, or to the next title over a link line: the paper's notes."""
    end = k
    while end < hi and doc.lines[end].strip() and not (end + 1 < hi and _title_line(doc, end, hi) is not None
                                                       and links_only(doc.lines[end + 1])):
        end += 1
    if end > k:
        found.summary = "\n".join(doc.lines[k:end])
        found.summary_span = (doc.starts[k], doc.line_end(end - 1))
        found.style.update(summary_mode="lines", summary_indent="")
        found.last = end - 1


def _found(doc: Document, i: int, last: int, text: str, ident: Identity) -> Found:
    first = doc.lines[i]
    indent = len(first) - len(first.lstrip())
    found = Found(first=i, last=last, ident=ident, title=title_of(text))
    at = first.find(text, indent)  # (the title may follow a card's mark or a reference's names)
    at = indent if at < 0 else at
    found.title_span = (doc.starts[i] + at, doc.starts[i] + at + len(text))
    found.style = {"shape": "paragraph", "plain": True}
    return found


def weak_blocks(blocks: list[Found]) -> list[Found]:
    """The title blocks of a range, without those whose one line of links names no paper
    (``Project: <url>``) unless two in three of the blocks (three at least) name theirs:
    written as its neighbours are, such a block is a paper too."""
    strong = sum(1 for b in blocks if not b.style.get("weak"))
    keep = strong >= 3 and 3 * strong >= 2 * len(blocks)
    glossed = sum(1 for b in blocks if b.style.get("weak") == "gloss")
    keep_glossed = glossed >= _GLOSSED and 3 * glossed >= 2 * len(blocks)  # (a reading list of titles and their glosses)
    out = []
    for b in blocks:
        weak = b.style.pop("weak", False)
        if weak and not (keep_glossed if weak == "gloss" else keep):
            continue
        out.append(b)
    return out
