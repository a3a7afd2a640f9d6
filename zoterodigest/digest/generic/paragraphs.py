"""Papers written as paragraphs: a bold title line, or a numbered reference.

::

    **Title**

    - Paper: https://arxiv.org/abs/2105.02201
    - Code: https://github.com/x/y

    **(2017-01) Title** [[open access paper](https://doi.org/10.1/x)]

    A paragraph about it (the entry's summary).

    [5] Author, A. "Title." Venue, 2020. arXiv:2001.00001

A bold line is a paper when it or the link-only list right under it names
one; a reference paragraph when it names one or reads as a reference.
"""

from __future__ import annotations

import bisect
import re

from ..document import Document
from ..markup import cjk_words, plain
from ..table import is_separator, opens_table
from .byline import note_after, venue_text
from .filed_titles import filed_record
from .found import Found, title_of
from .item_template import is_list_label
from .line_heads import add_links, is_reference_line, titled_line
from .link_finder import find_links
from .link_lines import links_only
from .links import Identity
from .list_items import ITEM, opens_item
from .name_lists import is_name_list
from .names_paragraphs import dated_record, emphasis_over_names, names_reference, titled_over_names
from .paragraph_marks import (
    BOLD_LABEL,
    CLOSING_LIST,
    DASH_RULE,
    HTML_OPEN,
    LI_LINK,
    LINK_OPEN,
    NO_SUMMARY,
    NUMBER_GLUED,
    STAR_RULE,
    STARTS,
    bold_names_wrapped,
    in_prose,
    is_book,
    names_year_after,
    nicknamed,
    opens,
    titled_link,
    whole_linked_reference,
)
from .plain_blocks import names_over_links, plain_block, weak_blocks
from .prefixes import FIELD_LABELS
from .reference_marks import GBT_MARK, KEY_OPEN, NUMBER_MARK, names_then_year
from .references import parse_reference
from .shared_lines import labelled_line, line_parts
from .stacked_refs import stacked_title
from .title_runs import title_lines_in
from .wrapped_refs import ANY_YEAR, BOLD_VOLUME, next_reference, reference_end, whole_reference

_PAPER_LABEL = re.compile(r"^\s*[-*+]\s+(?:paper|pdf|论文|arxiv)\b[^:：]{0,20}[:：]", re.IGNORECASE)
_QUOTED_TITLE = re.compile(r"[\"“][^\"“”\s]++(?:[ \t]++[^\"“”\s]++){2,}[\"”]")
_LABELLED = re.compile(r"^\s*[-*+]\s+(?:\*\*|__)?[\w ()（）]{1,24}[:：]")
#: Words that lead a sentence on into the link after them, and a sentence's usual openings.
_LEADS_ON = re.compile(r"(?i)\b(?:by|in|from|of|to|see|at|the|our|a|an|paper|survey|work|and|with|for|on|here|via)[ \t:]*+$")
#: A field's label alone before the link (``Presented Paper: [Title](url)``): no sentence leading on.
_LABEL_ONLY = re.compile(r"[*_]{0,2}[A-Z][a-z]++(?:[ \t][A-Za-z]++){0,2}[*_]{0,2}[:：][*_]{0,2}")
_SENTENCE_OPEN = re.compile(r"(?:the following|for (?:more|details)|please|see|this|these|we|our|in this|here|note)\b",
                            re.IGNORECASE)
#: A block-level HTML tag opening a line: it ends a paragraph, as in CommonMark (``<ul>`` under ``<strong>Venue</strong>``).
_BLOCK_TAG = re.compile(r"[ \t]*+(?:<!--|</?(?:ul|ol|li|dl|dt|dd|table|tr|td|div|p|details|summary|h[1-6]|blockquote|section|pre|hr)\b)",
                        re.IGNORECASE)
#: First characters of a line that is no plain record (headings, quotes, tables, HTML, images, code).
_NOT_RECORD = frozenset("#>|<!`")


def _inline_note(doc: Document, i: int, after: int, found: Found) -> None:
    line = doc.lines[i]
    note = note_after(line, after, find_links(line, after))
    if note:
        found.summary = line[note[0] : note[1]].strip()
        found.summary_span = (doc.starts[i] + note[0], doc.starts[i] + note[1])
        found.style["summary_mode"] = "inline"


def _repeated(doc: Document, records: list[Found], others: list[Found]) -> list[Found]:
    """The one-line record paragraphs that have another right before or after them (one blank line between), or,
    not being list items, another paper paragraph: a list written as paragraphs repeats its shape; a lone one is
    a note, unless it is a whole reference whose title links its paper by id (``[Title](arxiv) (Barn et al., 2026)``)."""
    mine = [r.first for r in records]
    papers = sorted({*mine, *(f.first for f in others if not ITEM.match(doc.lines[f.first]))})
    return [r for r in records
            if r.style.get("filed") or whole_linked_reference(doc, r) or _near(r.first, mine)
            or not ITEM.match(doc.lines[r.first]) and _near(r.first, papers)]


def _near(line: int, firsts: list[int]) -> bool:
    """Whether another of the sorted ``firsts`` is within three lines of ``line`` (one of them)."""
    at = bisect.bisect_left(firsts, line)
    return any(0 < abs(line - k) <= 3 for k in firsts[max(0, at - 1) : at + 2])


def _words(title: str) -> int:
    """A title's words; two CJK characters count as one (a Chinese title has no spaces)."""
    return max(len(title.split()), cjk_words(title))


class ParagraphReader:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        #: Lines where a reference starts right under another (no blank line between).
        self._split_at: set[int] = set()
        #: Lines of runs of linked titles (a reading list linking notes): each a paper.
        self._titles: set[int] = set()

    def read(self, lo: int, hi: int) -> list[Found]:
        doc = self.doc
        self._titles = title_lines_in(doc, lo, hi)
        out: list[Found] = []
        records: list[Found] = []
        for i in range(lo, hi):
            line = doc.lines[i]
            if doc.fenced[i] or not line.strip():
                continue
            prev = doc.lines[i - 1] if i > lo and not STAR_RULE.fullmatch(doc.lines[i - 1]) else ""
            named = not (opening := opens(line) or emphasis_over_names(doc, i, hi)) and not prev.strip() and self._names_first(i, hi)
            if not (opening or named):
                self._unopened(i, hi, not prev.strip(), out, records)
                continue
            if prev.strip() and not (prev.lstrip().startswith("#") or out and out[-1].last == i - 1
                                     and (out[-1].style.get("one_line") or i in self._split_at)
                                     or line.lstrip().startswith("<li") or i in self._titles
                                     or NUMBER_MARK.match(line) and NUMBER_MARK.match(prev)):
                continue  # (a paragraph's first line, an HTML list item, the line after a one-line reference or a numbered one)
            if ITEM.match(line) or "|" in line and i + 1 < hi and is_separator(doc.lines[i + 1]):
                continue  # (a list item; a table's header, with or without pipes at its edges)
            found = self.paragraph(i, hi)
            if found is not None:
                out.append(found)
            elif named:
                self._unopened(i, hi, True, out, records)
        if any(f.style.get("plain") for f in out):
            out = [f for f in out if not f.style.get("plain")] + weak_blocks([f for f in out if f.style.get("plain")])
            out.sort(key=lambda f: f.first)
        if records:
            out = sorted(out + _repeated(doc, records, out), key=lambda f: f.first)
        return out

    def paragraph(self, i: int, hi: int, any_record: bool = False) -> Found | None:
        """The paper paragraph opening at line ``i``, else None (``any_record``: a record with no evidence of a paper too)."""
        doc = self.doc
        line = self._head_text(i, hi)
        start = len(line) - len(line.lstrip())
        if (tag := HTML_OPEN.match(line, start) or NUMBER_GLUED.match(line, start)) is not None:
            start = tag.end()  # ("<p><b>Title</b>", "1.[Title](url)": a tag or a number glued to the link)
        titled = titled_line(line, start)
        if titled is None or in_prose(line, titled[2][1], titled[0].spans) or not any(c.isalpha() for c in titled[1]) \
                or titled[1].strip(" :：").lower() in FIELD_LABELS or is_list_label(titled[1]) and not titled[3].papers:
            return None  # ("**2.14**" over a paper's link: a date; "**Heading.** Prose that cites [a paper](url) along the way"; "**Authors**: Names"; "**Readings**")
        head, title, (t0, t1), ident = titled
        found = Found(first=i, last=i, ident=ident, title=title, title_span=(doc.starts[i] + t0, doc.starts[i] + t1))
        found.venue = venue_text(line, head)
        found.tag = head.tag
        if head.venue:
            found.venue_span = (doc.starts[i] + head.venue[0], doc.starts[i] + head.venue[1])
        found.authors = head.authors
        found.year = head.year
        found.style = {"shape": "paragraph"}
        self._author_date(line, start, found)
        self._below(line, self._continuation(i, hi, found), hi, found)
        if not ident.papers and (not (any_record or head.authors and head.year) and i not in self._titles
                                 and not self._as_reference(line, start, found) and not self._byline_below(i, found.last)
                                 and not names_year_after(line, head.after, found) or is_book(doc.lines[i])):
            return None  # (no paper's link and no reference; or a book: "Title[M]", "(Eds.)")
        if found.summary_span is None:
            _inline_note(doc, i, head.after, found)
        return found

    def _below(self, line: str, j: int, hi: int, found: Found) -> None:
        """What follows the paragraph opening ``found`` (its first ``line``) after blank lines from ``j``:
        its links as list items or as a paragraph of their own (after a byline or not), or its summary."""
        doc, i, ident = self.doc, found.first, found.ident
        while j < hi and not doc.lines[j].strip():
            j += 1
        alone = found.last == i and not ident.papers and STARTS.match(line) is not None and (j + 1 >= hi or not doc.lines[j + 1].strip())
        if j < hi and ITEM.match(doc.lines[j]):
            found.last = max(found.last, self._link_items(j, hi, ident))
        elif j < hi and alone and (byline := names_over_links(doc.lines[j])) is not None:
            add_links(ident, doc.lines[j])  # "**Title.**", a blank line, then "*Names. Venue, 2020.* [[paper](url)]"
            found.last, found.authors, found.venue = j, byline.get("names"), byline.get("venue") or found.venue
        elif j < hi and alone and links_only(doc.lines[j]):
            add_links(ident, doc.lines[j])  # "**Title**", a blank line, then its links: "[arXiv](url)"
            found.last = j
        elif j < min(hi, found.last + 3) and line.lstrip().startswith(("**", "__", "<b", "<strong")) and not NO_SUMMARY.match(doc.lines[j]) \
                and not self._names_first(j, hi):
            self._summary(j, hi, found)  # (one blank line at most between the record and its summary)

    def _unopened(self, i: int, hi: int, first: bool, out: list[Found], records: list[Found]) -> None:
        """Line ``i``, opening with plain text (``first``: a paragraph's first line): a label and two linked
        titles or more (``Papers: [Owl Eyes](…) + [Barn Hoots](…)``, a reading group's field) give one entry each."""
        line = self.doc.lines[i]
        if first and line.count("](") >= 2 and labelled_line(line) and (found := self.paragraph(i, hi)) is not None \
                and found.last == i and (parts := line_parts(self.doc, i, len(line) - len(line.lstrip()), found)):
            out.extend(parts)
        elif first or out and out[-1].last == i - 1 and out[-1].style.get("plain"):
            self._plain(i, hi, out, records)  # (a paragraph's first line, or a record's after one)

    def _plain(self, i: int, hi: int, out: list[Found], records: list[Found]) -> None:
        """A paragraph opening with plain text: a title over its fields, or a one-line record."""
        block = plain_block(self.doc, i, hi)
        if block is not None and not block.style.get("weak"):
            out.append(block)  # "Title", then its authors and links on the lines under it
        elif (record := self._record(i, hi)) is not None:
            records.append(record)  # (a reference over its address reads as one before as a weak title)
        elif block is not None:
            out.append(block)

    def _record(self, i: int, hi: int) -> Found | None:
        """A paragraph of one line read as a list item is: ``Title. Names. Venue 2021. [PDF](url)``
        (a paper link, and names, a venue or a year after the title; never prose)."""
        doc = self.doc
        line = doc.lines[i]
        below = self._link_below(i, hi)  # ("Names. "Title" Journal (2008)." over its bare URL)
        if (i + 1 < hi and doc.lines[i + 1].strip() and not below) or line.lstrip()[:1] in _NOT_RECORD:
            return None
        if "http" not in line and not below and not (GBT_MARK.search(line) and "[" in line):
            # (a link-less line is a record only dated, filed by its venue, or as GB/T 7714 cites: "Title[J]")
            return dated_record(doc, i) or filed_record(doc, i)
        start = len(line) - len(line.lstrip())
        titled = titled_line(line, start)
        if titled is not None and below:
            add_links(titled[3], doc.lines[i + 1])
        if titled is None or not (titled[3].papers or is_reference_line(line, start, titled[0]) and not is_book(line)) \
                or in_prose(line, titled[2][1], titled[0].spans):
            return None  # (a paper's link, or names, a title and a year: a reference linking a publisher's page; no book)
        head, title, (t0, t1), ident = titled
        first_link = next((s for label, _, s, _ in head.spans if label != "badge"), len(line))
        if not (head.authors or head.venue or head.year) or not 3 <= _words(title) <= 40 \
                or len(line[: head.after].split()) > 80 or title.strip(" :：").lower() in FIELD_LABELS \
                or _LEADS_ON.search(line, 0, first_link) and not _LABEL_ONLY.fullmatch(line[:first_link].strip()) \
                or _SENTENCE_OPEN.match(title):
            return None  # ("The dataset was introduced by [Names (2016)](url)": a sentence citing a paper)
        found = Found(first=i, last=i + below, ident=ident, title=title, title_span=(doc.starts[i] + t0, doc.starts[i] + t1))
        found.venue, found.tag, found.authors, found.year = venue_text(line, head), head.tag, head.authors, head.year
        if head.venue:
            found.venue_span = (doc.starts[i] + head.venue[0], doc.starts[i] + head.venue[1])
        found.style = {"shape": "paragraph"}
        _inline_note(doc, i, head.after, found)
        return found

    def _byline_below(self, i: int, last: int) -> bool:
        """A bold title over its authors' names and a line dating its venue (``[Journal (2023)](url)``):
        a reference linking its publisher's page."""
        doc = self.doc
        if NUMBER_MARK.match(doc.lines[i]) and last == i + 1:
            return names_then_year(plain(doc.lines[last]).strip())  # ("[7] **Title**" over "Ann Barn. In *Venue*. 2019.")
        if titled_over_names(doc, i, last):
            return True  # ("[Title](url)." over "Barn, Ann, Tawny, Bob"; "*Title*" over "<br/>" and "Ann Barn")
        if not STARTS.match(doc.lines[i]) or not doc.lines[i].lstrip().startswith(("**", "__", "<b")) or last - i not in (2, 3):
            return False
        names = plain(doc.lines[i + 1]).strip().rstrip(".")
        return names.count(",") >= 1 and is_name_list(names) and ANY_YEAR.search(doc.text_of(i + 2, last)) is not None

    def _link_below(self, i: int, hi: int) -> bool:
        """Line ``i`` is a paragraph's first line over one line of links only, the paragraph's last."""
        doc = self.doc
        return i + 1 < hi and "http" in doc.lines[i + 1] and (i + 2 >= hi or not doc.lines[i + 2].strip()) \
            and links_only(doc.lines[i + 1])

    def _continuation(self, i: int, hi: int, found: Found) -> int:
        """Take the paragraph's own continuation lines into ``found``; the line after them."""
        doc = self.doc
        k = i + 1
        linked = bool(LINK_OPEN.match(doc.lines[i]))
        if k < hi and (linked and LINK_OPEN.match(doc.lines[k])
                       or opens(doc.lines[k]) and whole_reference(doc.lines[i]) and whole_reference(doc.lines[k])
                       or nicknamed(doc.lines[i]) and nicknamed(doc.lines[k])):
            found.style["one_line"] = True  # records one per line, no blank line between: each line is one
            return k
        while k < hi and doc.lines[k].strip() and not (STARTS.match(doc.lines[k]) and not BOLD_LABEL.match(doc.lines[k])
                                                        and not BOLD_VOLUME.match(doc.lines[k])) \
                and not opens_item(doc, k) and not opens_table(doc.lines, k) \
                and not LI_LINK.match(doc.lines[k]) and not self._next_reference(i, k) \
                and not (linked and doc.lines[k].lstrip().startswith(("|", "#", "<", "[!["))) \
                and not CLOSING_LIST.match(doc.lines[k]) and not _BLOCK_TAG.match(doc.lines[k]) and not DASH_RULE.fullmatch(doc.lines[k]) and not STAR_RULE.fullmatch(doc.lines[k]):
            add_links(found.ident, doc.lines[k])
            found.last = k
            k += 1
        if k < hi and NUMBER_MARK.match(doc.lines[i]) and NUMBER_MARK.match(doc.lines[k]):
            self._split_at.add(k)  # ("[1] **Title**" / its names / "[2] **Title**": the next numbered record)
        return k

    def _head_text(self, i: int, hi: int) -> str:
        """The paragraph's opening text: its bold or numbered first line (with the next when
        a link's text wraps onto it), or a reference over its lines."""
        doc = self.doc
        if not (STARTS.match(doc.lines[i]) or LI_LINK.match(doc.lines[i]) or LINK_OPEN.match(doc.lines[i])) \
                or NUMBER_MARK.match(plain_mark := HTML_OPEN.sub(lambda m: m.group("n") or "", doc.lines[i], 1) if "<" in doc.lines[i] else doc.lines[i]) and "**" not in plain_mark and "](" not in plain_mark:
            return self._reference_text(i, hi)  # (a reference, numbered or not, over its lines: "[1] Names. 2015. Title wrapped")
        if i + 1 < hi and bold_names_wrapped(doc.text_of(i, min(i + 2, hi - 1)), doc.lines[i + 1]):
            return self._reference_text(i, hi)  # ("**Barn, A., & Owl, B. (2016).** Title wrapped" / "onto lines. _Journal_")
        line = doc.lines[i]
        if (line.count("[") > line.count("]") or line.count("**") % 2) and i + 1 < hi and doc.lines[i + 1].strip() \
                and not opens_table(doc.lines, i + 1):
            return doc.text_of(i, i + 1)  # "**[Title that wraps" / "onto the next line](url)**", "**Title" / "wrapped**"
        return line

    def _next_reference(self, i: int, k: int) -> bool:
        """True when line ``k`` opens another reference after the one opening at line ``i`` (:func:`.wrapped_refs.next_reference`)."""
        if next_reference(self.doc, i, k):
            self._split_at.add(k)
            return True
        return False

    def _names_first(self, i: int, hi: int) -> bool:
        """A paragraph of two lines or more that reads as a whole reference opening with its
        authors' full names (``Ann Barn, Bob Tawny, and Cy Hoot. Title wrapped`` / ``onto lines. *Journal*, 2020.``);
        not one line over its bare URL (a one-line record, :meth:`_record`)."""
        doc = self.doc
        if i + 1 >= hi or not doc.lines[i + 1].strip() or not doc.lines[i][:1].isupper() or self._link_below(i, hi):
            return False
        text = self._reference_text(i, hi)
        return ANY_YEAR.search(text) is not None and names_reference(text.replace("\n", " "))  # (a year first: cheap)

    def _reference_text(self, i: int, hi: int) -> str:
        """A reference paragraph's text over its lines (:func:`.wrapped_refs.reference_end`)."""
        return self.doc.text_of(i, reference_end(self.doc, i, hi))

    def _author_date(self, text: str, start: int, found: Found) -> None:
        """A paragraph opening with surnames and a year (``Barn et al. 2019. Title. Journal. https://doi.org/...``)
        takes its parts as the reference writes them, links or not."""
        if KEY_OPEN.match(text):
            self._as_reference(text, start, found)
        elif (stacked := stacked_title(self.doc, found.first)) is not None:  # "Barn, A., Tawny, B." / "*Title*" / "Journal"
            found.title, found.title_span, found.authors = stacked

    def _as_reference(self, text: str, start: int, found: Found) -> bool:
        """A paragraph whose title is marked (quoted, bold) but reads as a whole reference:
        ``"Title!" Author AB, Author C. Journal 2002: 1-9.``"""
        ref = parse_reference(text[start:].replace("\n", " "))  # (a reference wrapped over lines: the same columns)
        if ref is None or ref.authors is None or ref.year is None:
            return False
        base = self.doc.starts[found.first]
        found.title = title_of(text[start + ref.title[0] : start + ref.title[1]])
        found.title_span = (base + start + ref.title[0], base + start + ref.title[1])
        found.authors, found.year = text[start + ref.authors[0] : start + ref.authors[1]], ref.year
        if found.tag and found.authors.strip(" .,") in found.tag:
            found.venue, found.venue_span, found.tag = None, None, None  # (no tag: "**Barn, A. (1974).** Title" marks the names)
        return bool(found.title)

    def _link_items(self, j: int, hi: int, ident: Identity) -> int:
        """The link-only list right under a bold title (``- Paper: URL``), blank lines
        between its items allowed; its last line."""
        doc = self.doc
        last = -1
        while j < hi:
            line = doc.lines[j]
            if not line.strip():
                j += 1
                continue
            m = ITEM.match(line)
            if not m or not (links_only(line[m.end() :]) or _LABELLED.match(line) or len(line[m.end() :].split()) <= 2) \
                    or _QUOTED_TITLE.search(line, m.end()) or titled_link(line, m.end()):
                break  # (an item quoting or linking a title of its own is a paper: the bold line over it names a group)
            add_links(ident, line)
            if _PAPER_LABEL.match(line):
                ident.papers += 1  # "- Paper: None" still lists a paper
            last = j
            j += 1
        return last

    def _summary(self, j: int, hi: int, found: Found) -> None:
        doc = self.doc
        k = j
        while k + 1 < hi and doc.lines[k + 1].strip() and not STARTS.match(doc.lines[k + 1]):
            k += 1
        found.summary = "\n".join(doc.lines[x].strip() for x in range(j, k + 1))
        indent = len(doc.lines[j]) - len(doc.lines[j].lstrip())
        found.summary_span = (doc.starts[j] + indent, doc.line_end(k) - (len(doc.lines[k]) - len(doc.lines[k].rstrip())))
        found.style.update(summary_mode="lines", summary_indent="")
        found.last = k
