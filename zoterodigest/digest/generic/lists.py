"""Papers listed as list items (bullets, numbers, nested) and the lines under them.

::

    - [2023/06] **Title.** *A. Author et al. arXiv.* [[paper](https://arxiv.org/abs/2306.00001)]
      - A one-line summary as a sub-bullet.
    * Plain Title (CVPR 2016)
        * [Original Paper Link](https://arxiv.org/abs/1512.03385) / [Code](https://github.com/x/y)
    1. **Title.** Venue 2020. [paper](https://doi.org/10.1/x) then, after a blank line, *Author One.*
    + [Title](https://arxiv.org/abs/2401.00001) (Jan., 2024)␠␠
      [![arXiv](https://img.shields.io/badge/arXiv-b31b1b.svg)](https://arxiv.org/abs/2401.00001)

An item is a paper when its own line, its continuation lines or its link-only sub-items name a paper
(a link or id), or it is written as a reference; a sub-item that is a paper is an entry of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..document import Document
from ..markup import plain
from .byline import is_venue_text, note_after, venue_text
from .child_papers import is_own_paper, linked_child, papers_under
from .citation_keys import cites_in_prose, cites_only
from .cited_below import linked_names, quoted_reference, title_below_name, title_in_child
from .comma_names import comma_named
from .dblp_refs import BELOW_NAMES
from .delimited_items import tab_fields
from .field_records import field_item, fold_fields, merge_field_runs
from .found import Found, take_title, title_of
from .inline import Head, read_head
from .item_bodies import bold_title, details_summary, paper_title_below
from .item_heads import head_text
from .item_template import (
    FORUM,
    children_of,
    like_siblings,
    plausible_paper,
    sibling_runs,
    templated_items,
    titled_items,
    trim_dated,
    unlabelled_items,
)
from .line_heads import NAMES_VENUE_AFTER, add_links, wrapped_reference
from .link_finder import DEFINITIONS, find_links
from .link_lines import links_only, marked_first, titled_link_line, titles_below
from .links import Identity
from .list_items import Item, direct_children, scan_items
from .name_lists import colon_names, is_name_list, names_only, one_name
from .prefixes import is_generic_label, known_venue, paper_link_title, short_name
from .references import QUOTED_BY, parse_reference
from .shared_lines import line_parts
from .sibling_titles import titles_by_runs
from .title_runs import bare_item_words
from .unlinked_items import unlinked_titles
from .url_items import url_over_title
from .venue_children import without_absorbed

_DETAILS_OPEN = re.compile(r"^[ \t]*<details[^>]*>", re.IGNORECASE)
_ITALIC_LINE = re.compile(r"^[ \t]*(?:\*(?P<a>[^*]+)\*|_(?P<b>[^_]+)_)[ \t]*$")
_ANY_YEAR = re.compile(r"(?:19|20)(?<!\d..)\d{2}(?!\d)")
_YEAR_IN_COMMAS = re.compile(r",[ \t]*+(?:19|20)\d{2}[ \t]*+,")  # "Barn, Ann, 2022, Title, ...": a reference unread
_CODE_YEAR = re.compile(r"`((?:19|20)\d{2})`")
_DATE_LINE = re.compile(r"[ \t]*+((?:19|20)\d{2})(?:年|[-/.][01]?\d\b)")
_QUOTED_BELOW = re.compile(r"(?::[a-z0-9_+\-]+:)*+[ \t]*+(?:\*\*[^*\n]{1,30}\*\*:?+[ \t]*+)?+[\"“](?P<t>[^\"”]{8,300})[\"”][ \t]*+(?:[.,][ \t]*+)?(?:\n|$)")
#: A small word ending the words before a link: they lead on into it (``implemented in [DiemBFT](url)``).
_LEADS_ON = re.compile(r"\b(?:in|the|of|to|a|an|by|from|with|for|on|at|via|and|which|that|realizes|see)[ \t]*+$")
_BREAK = re.compile(r"<br\s*/?>|</br>|^\[[ xX]\][ \t]*", re.IGNORECASE)  # (a line break's tag; a task's box)
#: A sub-item that is a field of the paper's ids or address: ``**DOI**: 10.1/x``, ``arXiv: 2101.00001``, ``PDF: url``.
_ID_FIELD = re.compile(r"(?:\*\*|__)?+(?:doi|arxiv|pdf|paper|url|link)s?+(?:\*\*|__)?+[ \t]*+[:：]", re.IGNORECASE)
_INITIAL = re.compile(r"\b[A-Z]\.[ \t]")  # ("H. Do and E. Rahm": names, not a title)
_PLAIN_BELOW = re.compile(r"(?::[a-z0-9_+\-]+:)*+[ \t]*+(?P<b>\*\*|__)?+(?P<t>[A-Z0-9][^\n\[\]|*]{8,300}?)[ \t]*+(?:\.[ \t]*+)?"
                          r"(?(b)(?P=b)[ \t]*+(?:\[[^\]\n]{1,80}\]\([^()\s]++\)[^\n\[\]]{0,40}+)?)(?:\.?+[ \t\xa0]*+\d{1,5}[-–]\d{1,5}[ \t]*+)?(?:\n|$)")
# (bold: "**Title.**", maybe its venue's link after it, DBLP's "**Title.** [VLDB 2021](url): 17-26 (2021)"; pages: "Title. 1-13")


class ListReader:
    """Reads the list items of a range into :class:`Found` papers."""

    def __init__(self, doc: Document, papers: bool = False) -> None:
        self.doc = doc
        #: The section's headings say it lists papers (a run of bare titles there is papers).
        self.papers = papers
        self._templated: set[int] = set()
        self._titled: set[int] = set()

    def read(self, lo: int, hi: int) -> list[Found]:
        items = scan_items(self.doc, lo, hi)
        self._templated = templated_items(self.doc, items)
        self._titled = set()
        out: list[Found] = []
        taken_until = -1
        results: dict[int, Found | None] = {}  # what each item read as (absent: inside another paper)
        for n, item in enumerate(items):
            if item.line <= taken_until:
                continue
            found = self.item(item, children_of(items, n))
            results[item.line] = found
            if found is not None:
                fold_fields(self.doc, found, items, n)  # ("- **Paper**: [Title](url)" over "- **Authors**: ...")
                parts = line_parts(self.doc, item.line, item.body, found) if found.last == item.line else None
                out.extend(parts or [found])
                taken_until = found.last
        tab_fields(self.doc, items, results)
        comma_named(self.doc, items, results)  # ("GPT-3, Title words. NeurIPS 20.": the model's name, then the title)
        if None in results.values():  # (the runs of bare titles are looked for only where an item was no paper)
            skip = unlabelled_items(items, results, self.doc.lines)
            more = self._bare_titles(items, results, skip)
            more += like_siblings(items, results, self._relaxed, skip)
            more += unlinked_titles(self.doc, items, results, lambda n: self._as_templated(items, n))
            more = titles_by_runs(self.doc, items, results, lambda n: self._as_templated(items, n), self.papers, more)
            out = without_absorbed(out, more)  # (a title over its venue's line owns the id read there)
            out = sorted(out + more, key=lambda f: f.first) if more else out
        return merge_field_runs(self.doc, items, out)  # ("- arXiv: id" / "- Title: ..." / "- Links: ...": one record)

    def _bare_titles(self, items: list[Item], results: dict[int, Found | None], skip: set[int]) -> list[Found]:
        """The items read as no paper in a run of linked titles alone (:func:`.item_template.titled_items`),
        read again as papers by their titles."""
        runs = [run for run in sibling_runs(items) if any(it.line in results and results[it.line] is None for it in run)]
        self._titled = titled_items(self.doc, [it for run in runs for it in run], self._title_words)
        index = {item.line: n for n, item in enumerate(items)}
        out: list[Found] = []
        for line in sorted(self._titled):
            if line in results and results[line] is None and line not in skip:
                self._templated.add(line)
                if (found := self.item(items[index[line]], children_of(items, index[line]))) is not None:
                    if not found.ident.papers:
                        found.style["bare"] = True  # a paper by its title alone (notes under a paper heading are none)
                    results[line] = found
                    out.append(found)
        return out

    def _title_words(self, item: Item) -> int | None:
        """The words of an item that is a linked title alone (:func:`.title_runs.bare_item_words`); never
        an item over sub-items with links of their own."""
        doc = self.doc
        if any("](" in doc.lines[k] or "http" in doc.lines[k] for k in range(item.line + 1, item.end + 1)):
            return None
        line = doc.lines[item.line]
        if len(line) - item.body < 6:
            return None  # (an empty item, or a word: no title)
        return bare_item_words(line, item.body, read_head(line, item.body), self.papers)

    def _as_templated(self, items: Sequence[Item], n: int) -> Found | None:
        self._templated.add(items[n].line)  # (a paper by its siblings' template: no link of its own needed)
        return self.item(items[n], children_of(items, n))

    def _relaxed(self, items: Sequence[Item], n: int) -> Found | None:
        return self.item(items[n], children_of(items, n), relaxed=True)

    def item(self, item: Item, children: list[Item], relaxed: bool = False) -> Found | None:
        doc = self.doc
        if item.line not in self._templated and not self._may_name_paper(item) or titles_below(self.doc.lines, item, children):
            return None  # (nothing of a paper; "- Query-based RAG" over paragraphs "[Title](url)": a label over papers)
        if (address := url_over_title(doc, item, children)) is not None:
            return address  # ("- https://arxiv.org/abs/..." over "  - Title")
        line, head_end = head_text(self.doc, item, children)
        head = read_head(line, item.body)
        ident = Identity()
        add_links(ident, line, head.spans)
        found = Found(first=item.line, last=head_end, ident=ident)
        found.style = {"indent": line[: item.body - len(item.bullet) - 1] if item.body > len(item.bullet) else "",
                       "bullet": item.bullet, "bold": head.title_in_link is None}
        direct = direct_children(children)
        own_end = direct[0].line - 1 if direct else item.end
        self._body_lines(head_end + 1, own_end, found)
        stop = self._children(direct, found)
        found.last = max(found.last, self._last_text(item.line, stop))
        ref_title = found.extra.pop("_ref_title", None)
        if head.title is not None and (is_generic_label(title := line[head.title[0] : head.title[1]])
                                       or len(title.split()) <= 2 and cites_only(line[head.title[1] :])):
            head.title = None  # ("**Foundation**: Barn (1987), Tawny (1990)": a label over works cited)
        if head.title is None and not ref_title or head.title is not None and _leads_into_link(line, head.title):
            return None  # (no title; or words running into a link, "Comes with a spec in [tech report](url)": a note)
        venued = False
        if not found.ident.papers and (FORUM.search(line) or item.line not in self._templated  # (FORUM: a patent)
                                       and not wrapped_reference(line, item.body, head, self._next_lines(head_end, own_end))
                                       and not (self._names_over_bold(item) or linked_names(line, item.body, head.spans))) \
                and not ((relaxed or (venued := known_venue(line, head))) and (head.links or head.venue or relaxed and head.year)
                         and _title_words(line, head) >= 3 and not children and plausible_paper(found, line, venued)
                         and not _YEAR_IN_COMMAS.search(line[head.title[0] : head.title[1]] if head.title else "")):
            return None  # (among siblings that link papers, or beside a known venue and year: a title with a link
            # of another kind, or a venue)
        _date(found, line, head, venued)
        base = doc.starts[item.line]
        if head.title is not None:
            take_title(found, line, head, base)
        if ref_title and len(ref_title.split()) >= 3 and (not found.title or short_name(found.title)) \
                and not is_name_list(ref_title):
            found.extra["name"] = found.title
            found.title = ref_title
            found.title_span = None
        self._paper_link(found, line, head, (head_end + 1, own_end))
        self._fill(found, line, head, head_end)
        if item.line in self._templated:
            trim_dated(found, doc.text)
        linked = linked_names(line, item.body, head.spans)
        self._title_below(found, self._names_over_bold(item) or linked or colon_names(line, item.body), (head_end + 1, own_end))
        _ = title_in_child(found, doc, [(c.line, c.body) for c in direct])  # ("- 岩下 蓮師" over "  - [Title](pdf)"; "  - 论文: Title")
        if names_only((found.title or "").replace("*", "")) or _CHANGELOG.match(found.title or "") \
                or linked and found.authors != linked:
            return None  # an author list is never a title (the paper's title is elsewhere: the item above); nor a change
        return found

    def _paper_link(self, found: Found, line: str, head: Head, body: tuple[int, int]) -> None:
        """The title of the paper's own link where the head's names a model or a post about it."""
        base = self.doc.starts[found.first]
        if found.title and found.title_span and short_name(found.title) \
                and (named := paper_link_title(line, head.title, head.title_in_link, head.spans)) is not None:
            found.extra["name"] = found.title  # "**[OwlNet](docs)** ... the paper [Title](arXiv)": the paper's title
            found.title, found.title_span = title_of(line[named[0] : named[1]]), (base + named[0], base + named[1])
        elif (below := paper_title_below(self.doc, *body, head.title_in_link)) is not None:
            found.extra["name"], (found.title, found.title_span) = found.title, below  # (the head names a post about it)

    def _title_below(self, found: Found, names_line: str, body: tuple[int, int]) -> None:
        """An item whose first line names its authors (``* Ann One, Bob Two. </br>``) has its
        title on the line below (``"Title".``): the names are the authors, not the title; so is a
        one-word nickname before the names (``* **OwlNet:** Ann One, Bob Two.``) above a quoted title;
        so is a presenter's name over a line citing the paper (lines ``body``)."""
        if title_below_name(found, self.doc, *body):
            return
        split = bool(found.title and found.authors and _INITIAL.search(found.title)
                     and is_name_list(f"{found.title}, {found.authors}"))  # ("P. Selinger, M. Astrahan": one list)
        quoted = found.title_span is not None and self.doc.text[found.title_span[0] - 1 : found.title_span[0]] in ("\"", "“")
        names = split or bool(names_line) or bool(found.title and not quoted and ("," in found.title or ";" in found.title
                                                                                  or " and " in found.title) and is_name_list(found.title))
        one = bool(found.title and found.venue and one_name(found.title))  # ("Ann Barn ***ICASSP 2019***" over '"Title"')
        if (not found.title or found.summary_span is None or not (found.style.get("bold", True) or names_line)
                or not (names or one or len(found.title.split()) == 1)):
            return  # (a title-case title reads as one name: a list needs two)
        s0, s1 = found.summary_span
        text = self.doc.text[s0:s1]
        # (a head that links its paper and reads "Owl Consensus and Paxos" names it: a plain line below is a note)
        loose = not names_line and "," not in found.title and "http" in self.doc.lines[found.first] and not split and not _INITIAL.search(found.title)
        m = _QUOTED_BELOW.match(text) or ((_PLAIN_BELOW.match(text) or BELOW_NAMES.match(text)) if names and not loose else None)
        if m is None or not 2 <= len((m.group("t") or m.group("lt")).split()) <= 40:
            return
        found.authors = names_line or found.authors or (found.title if names or one else None)
        t = "t" if m.group("t") is not None else "lt"  # (the title's text, or its link's)
        found.title, found.title_span = title_of(m.group(t)), (s0 + m.start(t), s0 + m.end(t))
        rest = text[m.end() :]
        if rest.strip():
            skip = len(rest) - len(rest.lstrip())
            found.summary, found.summary_span = rest.strip(), (s0 + m.end() + skip, s1)
        else:
            found.summary, found.summary_span, found.summary_insert = None, None, s1
            found.style["summary_mode"] = "inline"

    def _may_name_paper(self, item: Item) -> bool:
        """A cheap first look: an item with no address, id, year or quote names no paper."""
        text = "\n".join(self.doc.lines[item.line : item.end + 1])
        low = text.lower()
        return ("http" in low or "](" in text or "rxiv" in low or "doi" in low or "<a " in low or "“" in text or "‘‘" in text
                or "``" in text
                or bool(_ANY_YEAR.search(text)) or bool(DEFINITIONS and "]" in text) or bool(self._names_over_bold(item))
                or "**, " in text and NAMES_VENUE_AFTER.search(text) is not None  # ("**Title**, Names, *Venue*": no year)
                or " by " in text and QUOTED_BY.search(text) is not None)  # ('"Title", by Names.': no year)

    def _names_over_bold(self, item: Item) -> str:
        """The authors' names when they are the item's first line and its second is a bold title
        (``- Ann Barn, Bob Owl: </br>`` over ``**Title.**``); else ``""``."""
        if item.end == item.line or not self.doc.lines[item.line + 1].lstrip().startswith(("**", "__")):
            return ""
        names = _BREAK.sub("", plain(self.doc.lines[item.line][item.body :])).strip().rstrip(":.,")
        return names if names.count(",") >= 1 and is_name_list(names) else ""

    def _fill(self, found: Found, line: str, head: Head, head_end: int) -> None:
        """Venue, year, authors and the note written on the item's own line."""
        base = self.doc.starts[found.first]
        if head.venue or head.tag or found.venue is None:
            found.venue = venue_text(line, head)
            found.venue_span = (base + head.venue[0], base + head.venue[1]) if head.venue else None
        found.tag = head.tag
        found.year = found.year or head.year
        if found.year is None and (ym := _CODE_YEAR.search(line) or _DATE_LINE.match(self.doc.lines[found.last])):
            found.year = int(ym.group(1))  # (or the date alone on the reference's last line: "2026年 3月 3日")
        found.authors = found.authors or head.authors
        if found.summary_span is None:
            found.style["summary_mode"] = "inline"
            note = note_after(line, head.after, [t for t in head.spans if t[2] >= head.after])
            if note:
                found.summary = line[note[0] : note[1]].strip()
                found.summary_span = (base + note[0], base + note[1])
            else:
                found.summary_insert = base + len(line.rstrip())

    def _next_lines(self, head_end: int, own_end: int) -> str:
        """The item's own text after its head, up to three lines (where a wrapped reference ends)."""
        return "\n".join(self.doc.lines[head_end + 1 : min(own_end, head_end + 3) + 1])

    def _last_text(self, first: int, stop: int) -> int:
        k = stop
        while k > first and not self.doc.lines[k].strip():
            k -= 1
        return k

    def _body_lines(self, lo: int, hi: int, found: Found) -> None:
        """Continuation lines of the item: links, an author line, a ``<details>`` abstract or prose."""
        doc = self.doc
        k = lo
        prose: list[int] = []
        while k <= hi:
            line = doc.lines[k]
            if not line.strip():
                k += 1
                continue
            if _DETAILS_OPEN.match(line):
                k = details_summary(self.doc, k, hi, found)
                continue
            if k < hi and line.count("[") > line.count("]") and "](" in doc.lines[k + 1]:
                line = f"{line} {doc.lines[k + 1].strip()}"  # a link's text wrapped onto the next line ("[Available\n Online](url)")
            am = _ITALIC_LINE.match(line)
            if am and found.authors is None and is_name_list(am.group("a") or am.group("b") or ""):
                found.authors = am.group("a") or am.group("b")
            elif found.venue is None and not prose and is_venue_text(line) and "](" not in line and line.count("*") % 2 == 0:
                # (not the end of an italic venue begun on the line above: "Systems* (HotOS), March 1999.")
                text = line.strip().strip("*_")
                start = doc.starts[k] + line.index(text)
                found.venue, found.venue_span = text, (start, start + len(text))
            else:
                add_links(found.ident, "" if cites_in_prose(line) else line)  # (not "[Liu et al. (2018)](url) made ...")
                if not links_only(line):
                    prose.append(k)
            k += 1
        if prose and found.summary_span is None:
            p0, p1 = prose[0], prose[-1]
            indent = len(doc.lines[p0]) - len(doc.lines[p0].lstrip())
            found.summary = "\n".join(doc.lines[x].strip() for x in range(p0, p1 + 1))
            found.summary_span = (doc.starts[p0] + indent, doc.line_end(p1) - (len(doc.lines[p1]) - len(doc.lines[p1].rstrip())))
            found.style.update(summary_mode="lines", summary_indent=doc.lines[p0][:indent])
            quoted_reference(doc, p0, p1, found)
        if hi >= lo:
            found.last = max(found.last, self._last_text(lo - 1, hi))

    def _children(self, direct: list[Item], found: Found) -> int:
        """Fold link-only, reference and note sub-items into the item; returns its last line.
        A sub-item naming a paper of its own ends the folding (it is an entry itself)."""
        doc = self.doc
        last = direct[0].line - 1 if direct else found.first
        intro = doc.lines[found.first].rstrip().endswith(":")  # ("Read more details:" over its papers' links)
        for child in direct:
            line = doc.lines[child.line]
            text = line[child.body :]
            if (intro or found.ident.papers) and titled_link_line(text) and (intro or is_own_paper(self.doc, child, found)) \
                    or not found.ident.papers and linked_child(self.doc, child, found) or papers_under(self.doc, child, found):
                return last  # (under a paper, a sub-item linking another paper by its title: a paper of its own; or a label over such)
            if (field := field_item(text)) or links_only(text) and not marked_first(text) or _ID_FIELD.match(text) and not find_links(text):
                # (or "- **DOI**: 10.1093/qje/qjad047": a field of the paper's id; or a field by its label, with the
                # items under it: "- Proceedings: Venue. LNCS 10229" over "- DOI: [10.1/x](url)", "- Preprint: [bioRxiv](url)")
                add_links(found.ident, doc.text_of(child.line, child.end).replace("\n", " ") if field else line)
                last = child.end
                continue
            if (child.line in self._templated and not found.ident.papers) or is_own_paper(self.doc, child, found):
                return last  # (under a heading item, a sub-item in its siblings' paper template is a paper)
            if "_ref_title" not in found.extra and (bold := bold_title(text)) is not None:
                found.extra["_ref_title"] = bold  # ("- `【2022-04】-【Survey】`" over "  - **Title**", "  - [Paper](url)")
                last = child.end
                continue
            ref = parse_reference(plain(text), strict=False) if not find_links(text) else None
            if ref is not None and "_ref_title" in found.extra and ref.authors is not None and ref.year is not None \
                    and not found.ident.papers:
                return last  # a second reference under an item with no paper link: each is a paper of its own
            if ref is not None and "_ref_title" not in found.extra:
                p = plain(text)
                found.extra["_ref_title"] = title_of(p[ref.title[0] : ref.title[1]])
                found.ident.add_text_ids(line)
                if found.authors is None and ref.authors:
                    found.authors = p[ref.authors[0] : ref.authors[1]]
            elif found.summary_span is None:
                found.summary = text.strip()
                found.summary_span = (doc.starts[child.line] + child.body, doc.line_end(child.line) - (len(line) - len(line.rstrip())))
                found.style.update(summary_mode="line")
                add_links(found.ident, line)
            last = child.end
        return last


#: A line of a changelog ("Add model defs and weights for ... See the [paper](url)"): no paper's title.
_CHANGELOG = re.compile(r"(?i:adds?|added|bump(?:ed)?)[ \t]++[a-z]")  # ("Support vector machines...", "Fixed point..." are titles)


def _leads_into_link(line: str, title: tuple[int, int]) -> bool:
    """Whether the plain words read as a title end with a small word that leads into the link after
    them (``which realizes [Generalized Paxos](url)``): a sentence that cites, not a title."""
    t0, t1 = title
    return line[t1 : t1 + 2].lstrip()[:1] == "[" and _LEADS_ON.search(line, max(t0, t1 - 12), t1) is not None


def _date(found: Found, line: str, head: Head, venued: bool) -> None:
    """Mark a paper known by its venue and year, not by a paper's link (a dataset's paper among datasets)."""
    if not found.ident.papers and (venued or known_venue(line, head)):
        found.style["dated"] = True


def _title_words(line: str, head: Head) -> int:
    """The words of the head's title, with its rest after the link (``[Nick](url): Rest``)."""
    return sum(len(line[a:b].split()) for a, b in (x for x in (head.title, head.title_more) if x is not None))
