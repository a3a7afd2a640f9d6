"""What a found title may still carry after its reader took it, trimmed once for every shape:

* a venue and year in parentheses closing it, written inside the link's text
  (``[Linearizability: A Correctness Condition (TOPLAS 1990)](url)``, ``(2002)``, ``(SOSP '11)``),
  or its first author's name and "et al." (``(Barn et al., Owl Lab)``);
* the whole reference around a quoted title, when the reader took the reference's emphasis
  (``*Barn, Ann, and Bob Tawny. "Owl Eyes at Night." J. Owls 18 (1975): 61-62.*``);
* a field label opening it (``TITLE Owl Eyes``, ``Title: Owl Eyes``, ``标题：Owl Eyes``) and the reader's
  status marks before it (``✅✅? Owl Eyes``);
* a method's short name after a bar closing it (``Owl Eyes at Night \\| **OWL**``);
* an italic venue after a comma closing it (``Owl Eyes, _J. Owls_ **12**``);
* a citation's tail after its full stop (``Title. Barn et al. 2019. Science 365``);
* a note or a translation in full-width parentheses closing a title in Latin letters (``Title（skipped）``);
* its authors written first with initials (``A. Barn and B. Tawny, Owl Eyes``) and a reader's aside
  opening it (``(optional) Owl Eyes``).

The venue is kept only when the reader knows it; the year always.  Pure.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..markup import CJK_LETTER, plain
from .byline_tails import byline_tail
from .comma_venues import venue_after_comma
from .dated_leads import dated_lead
from .hard_breaks import past_hard_break
from .keyed_titles import keyed_title
from .name_lists import is_name_list
from .prefixes import is_generic_label
from .reference_marks import VENUE_WORDS
from .reference_names import cited_surnames, names_before_dash, reference_names
from .references import parse_reference
from .title_asides import PAGE_CLOSE, aside_ends, drop_translation, unpaired_close
from .title_tails import closed_title, names_tail, reference_tail, short_title
from .venue_tails import known_venue

if TYPE_CHECKING:
    from ..document import Document
    from .found import Found

#: A year in parentheses closing a title, maybe after its venue: ``(2002)``, ``(TOPLAS 1990)``,
#: ``(IEEE Computer, 2012)``, ``(SOSP '11)``.
_DATED_CLOSE = re.compile(r"(?<![^ \t])\((?P<v>[A-Za-z][\w&.\- ]{0,30}?[ \t]*+,?[ \t]*+)?"
                          r"(?P<y>(?:19|20)\d{2}|['’]\d{2})\)$")
#: Its first author's name and "et al." in parentheses closing a title, maybe with more:
#: ``(Barn et al., 2020)``, ``(Barn et al., Owl Lab, 3 authors)``.
_AUTHORS_CLOSE = re.compile(r"(?<![^ \t])\([A-Z][\w'’\-]{1,30}(?:[ \t]++(?:and|&)[ \t]++[A-Z][\w'’\-]{1,30})?[ \t]++et[ \t]++al\b"
                            r"[^()]{0,60}\)$")
#: A year in parentheses right after a title's text.
_YEAR_AFTER = re.compile(r"[ \t]*+[(（]((?:19|20)\d{2})[a-z]?[)）]")
#: A work a title names by its authors and year: an earlier year in parentheses, or names before it.
_CITED_BEFORE = re.compile(r"\((?:19|20)\d{2}\)|(?:\b(?:and|&)|et[ \t]++al\.?)[ \t]++[A-Z][\w'’\-]+[ \t]*+$")
#: A reference's names, then its quoted title: ``Barn, Ann, and Bob Tawny. "Title." Journal ...``.
_QUOTED_IN_REFERENCE = re.compile(r"(?P<names>[^\"“”]{3,300}?)[.,]?[ \t]++[\"“](?P<t>[^\"“”]{8,300}?)[,.]?[\"”]")
#: A quoted title opening a reference, its comma inside the quotes as IEEE writes it, more after it: ``"Title," A. Barn``.
_IEEE_QUOTED = re.compile(r"[\"“](?P<t>[^\"“”]{8,300}?),[\"”][ \t]++\S")
#: A short name and a colon before a reference's names (``MOT-RNN: Ann Barn, Bob Tawny``).
_NICK_LEAD = re.compile(r"[\w\-]{2,20}[ \t]*+:[ \t]*+")


#: A field label opening a title: ``TITLE`` in capitals then a space, or a title label and a colon (or an equals sign: ``Title=Owl Eyes``).
_LABEL_OPEN = re.compile(r"(?:TITLE[ \t]++|(?:[Pp]aper[ \t]++[Tt]itle|[Tt]itle|[Pp]aper|标题|题目|论文(?:标题)?)[ \t]*+[:：][ \t]*+|[Tt]itle[ \t]*+=[ \t]*+)(?=\S)")
#: Status marks a reader puts before a title (ticks, crosses, stars, question marks), then a space.
_MARKS_OPEN = re.compile(r"[\u2600-\u27bf\U0001f300-\U0001faff\ufe0f\u2b50\u2b55?!]++[ \t]++(?=\w)")
#: A venue in italics after a comma, closing a title (AMS style): ``, _Ann. of Math._``, ``, *J. Owls*``.
_ITALIC_AFTER = re.compile(r",[ \t]++(?:_[A-Z][^_\n]{1,120}_|\*[A-Z][^*\n]{1,120}\*)(?![\w*])")
#: A reader's aside in parentheses opening a title: ``(optional) ``, ``(required reading) ``.
#: A link's label in brackets and maybe a month and year opening a bold line's title: ``[статья] (NOV2017) Title``.
_TAG_OPEN = re.compile(r"\[(?P<l>[^\[\]\n]{1,20})\][ \t]*+(?:\((?:[A-Za-z]{3,9}[ \t]?)?(?:19|20)\d{2}\)[ \t]*+)?(?=\S)")
_ASIDE_OPEN = re.compile(r"\([a-z][a-z ]{2,24}\)[ \t]++(?=\S)|\d{1,3}\.[ \t]++(?=[^\W\d_]|[\"“])|\d{1,4}\.(?=[A-Z][A-Za-z]|[A-Z][ \t][A-Za-z])")
# (or its number: "**2. Title**", "100.Title" glued)
#: A name written with its initials first: ``A. Barn``, ``J.-P. Barn``, ``A.B. Barn``.
_INITIAL = re.compile(r"(?:(?:and|&)[ \t]++)?[A-Z]\.(?:[ \t-]?[A-Z]\.)*+[ \t]*+[A-Z][\w'’\-]")
#: A title's first word after the names: a letter or a quote opens it, never a year or "and".
_TITLE_START = re.compile(r"(?!(?:and|&)\b)[\"“'(]?[^\W\d_]")
#: How long authors written before a title may be.
_NAMES_MAX = 200
#: A method's short name after a bar closing a title: ``\\| **OWL**``, ``|**OWL**``, ``| OWL-2``.
_NAME_CLOSE = re.compile(r"(?<![ \t])(?:[ \t]++\\?\|[ \t]++|[ \t]*+｜[ \t]*+|[ \t]*+\\?\|[ \t]*+(?=\*\*|__))"
                         r"(?:\*\*|__)?[\w+\-./ ]{1,24}?(?:\*\*|__)?$")


def trim_title(doc: Document, found: Found) -> None:
    """``found``'s title without a closing venue and year in parentheses, or the quoted title of
    a whole reference taken as its title; its span follows when the text is written as read."""
    if (closed := closed_title(found.title)) is not None:
        retitle(doc, found, closed)  # (marks, an open bracket, a listing's tag, an escape closing it)
    _past_file_suffix(doc, found)
    keyed_title(doc, found)  # ("**Barn & Tawny 2016**, arXiv:1512.06619 — *Title.*": the key stands for it)
    _past_presenter(doc, found)
    if (lead := dated_lead(found.title)) is not None:
        retitle(doc, found, found.title[lead[0] :])  # ("2022 Nature - Title": the list's year and venue first)
        found.year = found.year or lead[1]
    _cut_venue(doc, found)
    _past_colon_names(doc, found)
    _trim_ends(doc, found)
    _unreference(doc, found)
    if (k := venue_after_comma(found.title)) is not None:
        retitle(doc, found, found.title[:k])  # ("Title, FEBS Letters, 588", "Title. arXiv 2021", "Title, Ocean Modelling")
    if found.title.endswith((",", ";", "，")) and len(found.title.split()) >= 2:
        retitle(doc, found, found.title.rstrip(",;， \t"))  # ("Title, [CVPR](url) 2021": the comma before the venue)
    if found.year is None and found.title_span is not None \
            and (m := _YEAR_AFTER.match(doc.text, found.title_span[1], found.title_span[1] + 12)) is not None:
        found.year = int(m.group(1))  # ("[Title (2002)](url)": the year its reader cut from the title)
    if "«" in found.title and (g := _GUILLEMETS.search(found.title)) is not None and len(g.group("t").split()) >= 2 \
            and found.title.count("«") == 1 and len((found.title[: g.start()] + found.title[g.end() :]).split()) <= 4:
        retitle(doc, found, g.group("t").strip())  # ("по CenterNet «CenterNet: Keypoint Triplets» +": the quoted title)
    _past_tails(doc, found)
    if found.title.endswith("]") and (tail := _LABELS_CLOSE.search(found.title)) is not None and len(found.title[: tail.start()].split()) >= 3 \
            and all(is_generic_label(x) or x.startswith(":") for x in re.findall(r"\[([^\[\]]*)\]", tail.group(0))):
        retitle(doc, found, found.title[: tail.start()].rstrip())  # ("Title [:thought_balloon:] [код]": its links' labels)
    _untranslate(doc, found)
    if found.title.endswith(")"):
        _undate(doc, found)
    elif '"' in found.title or "“" in found.title:
        _unquote(doc, found)


def _past_file_suffix(doc: Document, found: Found) -> None:
    """A title never ends with ``.pdf`` (``Fast Paxos.pdf``: a list of the files the papers came in), nor with a year glued
    to it (``Latent Dirichlet Allocation(2003)``); nor is it wrapped in a wiki link's brackets (``[[Title]]``, a vault's link)."""
    title = found.title
    if title[-4:].lower() == ".pdf" and len(title.split()) >= 2:
        retitle(doc, found, title[:-4].rstrip(" ."))
    elif (m := _GLUED_YEAR.search(title)) is not None and len(title[: m.start()].split()) >= 2:
        found.year = found.year or int(m.group(1))
        retitle(doc, found, title[: m.start()])
    elif title.startswith("[") and title.endswith("]") and (k := 2 if title.startswith("[[") and title.endswith("]]") else 1) \
            and "[" not in title[k:-k] and "]" not in title[k:-k] and len(title.split()) >= 2:
        retitle(doc, found, title[k:-k].strip())  # ("[[Title]]", a notes vault's link; "\"[Title](url)\"", a quoted link's brackets)
    elif (m := _OPENER.match(title)) is not None and len(title[m.end() :].split()) >= 2:
        retitle(doc, found, title[m.end() :])  # ("> Title" a quote's mark left; "(EPIT)Title" a short name glued)
    elif title[:1] in _QUOTES and title[-1:] in _QUOTES and not any(q in title[1:-1] for q in _QUOTES) and len(title.split()) >= 2:
        retitle(doc, found, title[1:-1].strip())  # ('”Title“': quotes of any kind around the whole title)


#: What opens a title but is none of it: a quote's mark left (``> ``), a short name in parentheses glued to it (``(EPIT)``).
_OPENER = re.compile(r">[ \t]++(?=\S)|\((?=[^)]{0,15}[A-Z][^)]{0,15}[A-Z])[A-Za-z][\w+]{0,15}(?:-[\w+]{1,15})?\)(?=[A-Z])")
_QUOTES = "\"“”"
#: A year in parentheses glued to a title's last word (its closing parenthesis may be missing).
_GLUED_YEAR = re.compile(r"(?<=[^\W\d_])\(((?:19|20)\d{2})\)?$")
#: A year in parentheses after the names, before the title (``Barn, Ann (2019), Title``).
_DATED_NAMES = re.compile(r"\((?:19|20)\d{2}[a-z]?\)[.,]?[ \t]")
#: A quoted title after the names' full stop or comma (``Barn, Ann. "Title." arXiv preprint``).
_QUOTED_AFTER = re.compile(r"[.,][ \t]++[\"“][^\"“”]{8,300}[\"”]")


def _past_presenter(doc: Document, found: Found) -> None:
    """A presenter's name and a dash before the reference read (``Ann Barn -- Tawny et al. Title``): the title
    after the reference's names."""
    if " -- " not in found.title or (m := _PRESENTER.match(found.title)) is None or not _one_name(m.group("n")):
        return
    rest = found.title[m.end() :]
    if (at := _names_stop(rest)) is not None:
        retitle(doc, found, rest[at:].strip(" \t.,"))
    elif is_name_list(rest) and found.title_span is not None \
            and (nxt := _NEXT_SENTENCE.match(doc.text, found.title_span[1])) is not None:
        # ("Ann Barn -- Tawny and Hoot. Title. (2016).": the sentence after the names)
        found.title, found.title_span = " ".join(plain(nxt.group("t")).split()), (nxt.start("t"), nxt.end("t"))


#: The sentence after a reference's names (``. Title. (2016)``).
_NEXT_SENTENCE = re.compile(r"\.[ \t]++(?P<t>[^.\n]{8,300}?)\.(?=[ \t]|$)", re.MULTILINE)
#: A presenter's name and a double hyphen opening a record (``Ann Barn -- ``).
_PRESENTER = re.compile(r"(?P<n>[^\W\d_][^\-:,]{1,40}?)[ \t]++--[ \t]++(?=\S)")


def _past_colon_names(doc: Document, found: Found) -> None:
    """A title its reader took from the last of the names a colon closes (``Ann Barn, Bob Tawny: Title,
    Journal of Owls``: "Bob Tawny: Title, Journal of Owls"), or a title in corner brackets (``大島 裕明：「題」, 論文誌``):
    the title alone, without a venue after its comma."""
    title, span = found.title, found.title_span
    if (q := _CORNER_QUOTED.match(title)) is not None and title[q.end() :].lstrip()[:1] in ("", ",", "，", "、", "."):
        retitle(doc, found, q.group("t"))  # (「題」, 論文誌: the title in its brackets)
        return
    if span is None or (m := _COLON_AFTER_NAME.match(title)) is None:
        return
    before = doc.text[max(0, span[0] - 2) : span[0]]
    if not before.endswith((", ", ",", "、")) or not _one_name(m.group("n")) \
            or not _one_name(doc.text[doc.text.rfind(",", 0, span[0] - 2) + 1 : span[0] - 2].strip(" \t、")):
        return  # (the name and the one before it are people's: "Ann Barn, Bob Tawny: Title")
    rest = title[m.end() :]
    if (q := _CORNER_QUOTED.match(rest)) is not None:
        retitle(doc, found, q.group("t"))
        return
    if (v := _COMMA_VENUE.search(rest)) is not None:
        rest = rest[: v.start()]
    if len(rest.split()) >= 3:
        retitle(doc, found, rest.strip())


def _one_name(text: str) -> bool:
    """A person's name of two to four words, each capitalised (``Hiroaki Ohshima``, ``Huu-Long Pham``, ``大島 裕明``)."""
    words = text.split()
    return 2 <= len(words) <= 4 and not text.isupper() and all(_NAME_WORD.fullmatch(w) for w in words) and is_name_list(text)


_NAME_WORD = re.compile(r"[A-Z][a-z'’\-]*+(?:[A-Z][a-z'’\-]++)*+\.?|[A-Z]\.|[\u3040-\u30ff\u4e00-\u9fff]{1,4}")
#: A name and a colon opening a title (``Bob Tawny: ``, ``大島 裕明：``).
_COLON_AFTER_NAME = re.compile(r"(?P<n>[^\W\d_][^:：,，]{1,40}?)[ \t]*+[:：][ \t]*+(?=\S)")
#: A title in corner brackets, as Japanese references quote one.
_CORNER_QUOTED = re.compile(r"[「『](?P<t>[^「」『』]{4,300})[」』]")
#: A venue after a title's comma, named by a word only venues use (``, Journal of Owls``, ``，IEICE Transactions on Owls``).
_COMMA_VENUE = re.compile(rf"[,，][ \t]*+{VENUE_WORDS}[^,，]*+$")


def _past_tails(doc: Document, found: Found) -> None:
    """A citation's tail or the authors' names after the title's stop (``Title. Barn et al. 2019. Science 365``,
    ``Title. Ann Barn, Bob Tawny``), a known venue and its year after a comma (``Title，ACL2017``), a year glued by a hyphen (``Title-2020 4 27``)
    are no part of it."""
    title = short_title(found.title)
    if (cut := unpaired_close(title)) is not None:
        title = title[:cut].rstrip()  # (and a mark the list left unpaired: 'Title]')
    if title != found.title:
        retitle(doc, found, title)
    if (cut := byline_tail(found.title)) is not None:
        retitle(doc, found, found.title[:cut].rstrip())  # ("Title by A. Barn and B. Tawny, published 2019")
    if ". " not in found.title and not ("." in found.title and (" et al" in found.title or " et.al" in found.title)):
        return
    for tail in (reference_tail, names_tail):
        if (cut := tail(found.title)) is not None:
            retitle(doc, found, found.title[:cut].rstrip())


#: Labels in brackets closing a title (its links' labels, the links gone): ``[код]``, ``[:thought_balloon:]``.
_LABELS_CLOSE = re.compile(r"(?<![ \t\]])(?:[ \t]*+\[[^\[\]\n]{1,24}\])++$")
#: A full-width parenthesis closing a title in Latin letters (a note or a translation, maybe with a parenthesis inside).
_FULL_WIDTH_CLOSE = re.compile(r"（[^（）\n]{1,80}）$")
#: A title quoted in guillemets (``«Title»``), as Russian, French and German texts quote.
_GUILLEMETS = re.compile(r"«(?P<t>[^«»]{3,400})»")


def _trim_ends(doc: Document, found: Found) -> None:
    """Cut a field label or status marks opening the title and a short name after a bar closing it;
    the span follows when the cut text is written as read, else the title is no longer edited in place."""
    if (after := past_hard_break(found.title)) is not None:
        retitle(doc, found, after)  # ("Barn, A. (2021). \\" then "Title. In Venue": the title after the names' line)
    head = _LABEL_OPEN.match(found.title) or _MARKS_OPEN.match(found.title) or _ASIDE_OPEN.match(found.title) \
        or (tag if (tag := _TAG_OPEN.match(found.title)) and is_generic_label(tag.group("l")) else None) or _italic_lead(doc, found)
    cut0 = head.end() if head and len(found.title[head.end() :].split()) >= 2 else 0
    a, b = aside_ends(found.title)  # ("(MuZero) Title📝": a model's name before it, a pictograph after it)
    cut0 = _after_names(found.title, cut0 or a)
    tail = _NAME_CLOSE.search(found.title, cut0)
    if tail is None and ("|" in found.title or " - " in found.title or " – " in found.title):
        tail = PAGE_CLOSE.search(found.title, cut0)  # ("Title | Nature Reviews Microbiology": a page's title)
    short = 2 if tail and "**" in tail.group(0) or tail and "__" in tail.group(0) else 3
    cut1 = tail.start() if tail and len(found.title[cut0 : tail.start()].split()) >= short else b
    if (cut0, cut1) == (0, len(found.title)):
        return
    title = found.title[cut0:cut1].strip()
    retitle(doc, found, title)


def _italic_lead(doc: Document, found: Found) -> re.Match[str] | None:
    """An italic label and a dash opening a bold title (``**_Shared Experts_ - Title**``): the reader took the
    title from inside the opening italic mark, so the label's closing mark is in it."""
    span = found.title_span
    return _ITALIC_LEAD.match(found.title) if span and span[0] > 2 and doc.text[span[0] - 1] in "*_" \
        and doc.text[span[0] - 3 : span[0] - 1] in ("**", "__") else None


#: An italic label's text, its closing mark, maybe more words (``& Mixture of LoRA``), then a dash.
_ITALIC_LEAD = re.compile(r"[^*\n]{2,100}?[*_](?:[ \t]++&[ \t]++[^\n]{1,80}?)?[ \t]++[-–—:][ \t]++(?=\S)")


def _unreference(doc: Document, found: Found) -> None:
    """The title part of a title that is its authors' names with it: a whole reference as a link's
    text (``Li T, Sahu A K. Federated optimization. Proc. MLSys, 2020``), the names and year before
    a dash (``Walker et al. 2018 - Title``), or the names and year after a comma (``Title, Bottou 2010``)."""
    title = found.title
    if len(title) < 12 or not title[0].isupper():
        return
    cut: tuple[int, int] | None = None
    if (title.count(". ") >= 2 or _DATED_NAMES.search(title) or _QUOTED_AFTER.search(title)) and (ref := parse_reference(title)) is not None and ref.authors is not None \
            and ref.authors[0] == 0 and ref.title[0] > 0 and reference_names(title[: ref.authors[1]]):
        cut = ref.title
        if found.year is None:
            found.year = ref.year
    elif (m := _NAMES_DASH.match(title)) is not None and names_before_dash(m.group("names"), m.group("y") is not None):
        cut = (m.end(), len(title))
        if found.year is None and m.group("y"):
            found.year = int(m.group("y"))
    elif (m := _NAMES_YEAR_CLOSE.search(title) or _ET_AL_CLOSE.search(title)) is not None and cited_surnames(m.group("names")) \
            and title.count("(", 0, m.start()) == title.count(")", 0, m.start()):
        cut = (0, m.start())
        if found.year is None and m.re is _NAMES_YEAR_CLOSE:
            found.year = int(m.group("y"))
    elif (at := _names_stop(title)) is not None:
        cut = (at, len(title))  # ("Barn, A. B. Owl Eyes at Night", "Ann Barn, Bob Tawny. Owl Eyes at Night")
    if cut is not None and len(title[cut[0] : cut[1]].split()) >= 2:
        retitle(doc, found, title[cut[0] : cut[1]].strip(" \t.,"))


def _names_stop(title: str) -> int | None:
    """Where the title starts after its authors' names and a full stop written before it (the last
    such stop: an initial's stop ends no list), or None: names of two or more, or one and "et al."."""
    best = None
    k = title.find(". ")
    while 0 <= k <= _NAMES_MAX:
        names, rest = title[:k], title[k + 2 :]
        if ("," in names or " et al" in names or " and " in names) and len(rest.split()) >= 3 and rest[:1].isupper() \
                and reference_names(names):
            best = k + 2
        k = title.find(". ", k + 2)
    return best


#: Authors, maybe their year, then a dash before a title: ``Walker et al. 2018 - Title``, ``More, Diemer & Kravtsov - Title``.
_NAMES_DASH = re.compile(r"(?P<names>[A-Z][^\n\-–—:]{0,150}?)(?:,?[ \t]++\(?(?P<y>(?:19|20)\d{2})[a-z]?\)?)?[ \t]++[-–—][ \t]++(?=\S)")
#: Authors and their year after a comma closing a title: ``, Bottou 2010``, ``, Srivastava etal. 2014``, ``, Kingma and Ba 2015``.
_NAMES_YEAR_CLOSE = re.compile(r",[ \t]++(?P<names>[A-Z][^,\n]{0,60}?(?:,[ \t]++[A-Z][^,\n]{0,40}?)*?),?[ \t]++(?P<y>(?:19|20)\d{2})[a-z]?$")
#: A first author and "et al." after a comma closing a title, its year read already: ``, Barn etal.``.
_ET_AL_CLOSE = re.compile(r",[ \t]++(?P<names>(?:Mc|Mac|Le|De)?[A-Z][a-z'’\-]+[ \t]++et\.?[ \t]*+al\b\.?)$")
def _cut_venue(doc: Document, found: Found) -> None:
    """Cut an italic venue after a comma closing the title as written (``Title, _Ann. of Math._ **126**``)."""
    if found.title_span is None:
        return
    s0, s1 = found.title_span
    m = _ITALIC_AFTER.search(doc.text, s0, s1)
    if m is None or "\n" in doc.text[s0 : m.start()]:
        return
    title = plain(doc.text[s0 : m.start()]).strip()
    if len(title.split()) >= 2:
        found.title, found.title_span = title, (s0, m.start())


def _after_names(title: str, at: int) -> int:
    """Where the title starts after its authors written first with initials and a comma
    (``A. Barn and B. Tawny, Owl Eyes``, ``A. Barn et al., Owl Eyes``), else ``at``."""
    if not _INITIAL.match(title, at):
        return at
    k = title.find(", ", at)
    while 0 < k - at <= _NAMES_MAX:
        rest = k + 2
        if not _INITIAL.match(title, rest):  # (the next part is no name: the title starts there)
            names = title[at:k].removesuffix(" et al.").removesuffix(" et al")
            ok = is_name_list(names) and len(title[rest:].split()) >= 2 and _TITLE_START.match(title, rest) is not None
            return rest if ok else at
        k = title.find(", ", rest)
    return at


def _undate(doc: Document, found: Found) -> None:
    m = _DATED_CLOSE.search(found.title) or _AUTHORS_CLOSE.search(found.title)
    if m is None or len(found.title[: m.start()].split()) < 2:
        return
    venue = (m.group("v") or "").strip(" \t,") if m.re is _DATED_CLOSE else ""
    if m.re is _DATED_CLOSE and not venue and _CITED_BEFORE.search(found.title, 0, m.start()):
        return  # ("Some Comments on Deaton (2009) and Heckman and Urzua (2009)": a work the title names)
    if venue and (len(venue.split()) > 3 or not venue[0].isupper()):
        return  # ("(with proofs, 2012)": words about the paper, not its venue)
    year = m.group("y") if m.re is _DATED_CLOSE else ""
    if year[:1].isdigit() and found.year is None:
        found.year = int(year)
    if venue and found.venue is None and known_venue(venue):
        found.venue = f"{venue} {year}" if year[0].isdigit() else f"{venue}'{year[1:]}"
    title, tail = found.title[: m.start()].rstrip(" \t"), found.title[m.start() :]
    gap = m.start() - len(title)
    found.title = title
    if found.title_span is not None:
        s0, s1 = found.title_span
        raw = doc.text[s0:s1].rstrip("*_ \t")
        found.title_span = (s0, s0 + len(raw) - len(tail) - gap) if raw.endswith(tail) else None


def _untranslate(doc: Document, found: Found) -> None:
    """``found``'s title without a note or a translation closing it (``Title（skipped）``, ``Title（译名）``,
    ``질의처리(Polyline Nearest Neighbor Queries)``, ``제목 = Title``)."""
    if found.title.endswith("）") and (g := _FULL_WIDTH_CLOSE.search(found.title)) is not None \
            and not CJK_LETTER.search(found.title, 0, g.start()) and len(found.title[: g.start()].split()) >= 3:
        retitle(doc, found, found.title[: g.start()].rstrip())
    if CJK_LETTER.search(found.title) and (end := drop_translation(found.title, 0, len(found.title))) < len(found.title) \
            and len(found.title[:end].split()) >= 2 and bool(CJK_LETTER.search(found.title, 0, end)) != bool(CJK_LETTER.search(found.title, end)):
        retitle(doc, found, found.title[:end].rstrip())  # (a translation only: "Ni(II)", "K-Ras(G12S)" stay)


def _unquote(doc: Document, found: Found) -> None:
    if (q := _IEEE_QUOTED.match(found.title)) is not None and len(q.group("t").split()) >= 2:
        retitle(doc, found, q.group("t"))  # ('"Title," A. Barn et al., 2000': a whole reference as a link's text)
        return
    m = _QUOTED_IN_REFERENCE.match(found.title)
    names = _NICK_LEAD.sub("", m.group("names"), count=1) if m is not None else ""
    if m is None or len(m.group("t").split()) < 2 or not is_name_list(names) \
            or not (m.group("names").rstrip()[-1:] in ".," or "," in names or " and " in names):
        return
    title = m.group("t").strip()
    retitle(doc, found, title)


def retitle(doc: Document, found: Found, title: str) -> None:
    """``found``'s title becomes ``title``, a part of it; its span follows when that part is written
    once inside it, else the title is no longer edited in place."""
    found.title = title
    if found.title_span is not None:
        s0, s1 = found.title_span
        at = doc.text.find(title, s0, s1)
        found.title_span = (at, at + len(title)) if at >= 0 and doc.text.count(title, s0, s1) == 1 else None
