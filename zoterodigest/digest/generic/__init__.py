"""generic: any other Markdown list of papers.

::

    - [Scaling Laws](https://arxiv.org/abs/2001.08361) (2020) — a note about it
    * **Title.** *A. Author et al. NeurIPS 2023.* [[paper](https://openreview.net/forum?id=x)]
    | Title | Venue | Year | Links |            ### [CVPR 2019] Title [[pdf]](https://...)
    1. Author, A. "Title." *Journal* 75 (2020): 1-9.      **Title**  then  - Paper: https://arxiv.org/abs/...

Papers are found wherever a list names them: list items (:mod:`.lists`),
table rows (:mod:`.tables`), a paper per heading (:mod:`.headings`) and bold
or reference paragraphs (:mod:`.paragraphs`); what identifies a paper is in
:mod:`.links`.  Every entry keeps exact spans for its title, note and venue.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from typing import Any

from ...model import Entry, Paper
from ..base import Family, Sections, single_line
from ..document import Document, Problem
from ..markup import plain
from ..table import escape_cell
from ..values import render_venue
from .bare_ids import bare_id_papers
from .bibtex_blocks import BibtexReader, without_repeated_entries, without_repeats
from .block_titles import agree
from .byline import is_venue_text
from .cards import DetailsCardReader
from .csl_refs import with_csl_references
from .definitions import DefinitionReader
from .fenced_refs import fenced_references
from .field_lines import with_field_lines
from .footnote_refs import footnote_papers
from .found import Found, to_entry
from .heading_bodies import linked_rows
from .heading_scopes import scope_ends, starts_in
from .headings import HeadingReader
from .hidden_lines import commented
from .html_records import HtmlRecordReader
from .html_tables import HtmlTableReader
from .id_records import id_papers, known_ids
from .inline import clear_heads
from .leftovers import leftover_papers
from .link_definitions import read_definitions
from .link_finder import DEFINITIONS
from .links import forget_urls
from .lists import ListReader
from .news_items import NEWS, hide_news, news_doi, news_item
from .non_papers import ISBN, WAITING, book_or_part, date_label, labelled_or_online, talk_material
from .paragraph_runs import title_runs
from .paragraph_shapes import templated_paragraphs
from .paragraphs import ParagraphReader
from .pdf_names import pdf_names
from .plain_items import forget_share, read_plain_items
from .quoted_refs import quoted_references
from .reference_lines import reference_lines
from .render import render
from .section_kinds import books_section, datasets_section, names_papers, notes_contents, other_kind
from .skipped_sections import ADVICE, CONTENTS, NEVER_PAPERS, PAPERS, heading_skipped, skipped_by, skipped_section
from .split_records import without_split_records
from .tab_tables import tab_tables
from .tables import TableReader
from .title_choice import second_looks
from .title_cuts import cut_nicknames, cut_spaced_years, cut_titles, nicknames_template
from .title_lines import labelled_lines, title_lines
from .title_records import title_records
from .unread_lines import names_paper, unread_lines
from .yaml_records import yaml_records, yaml_value

#: A title holds a letter (of any script): a cell of digits is a count, never a paper's title.
_LETTER = re.compile(r"[^\W\d_]")


def _candidates(doc: Document, lo: int, hi: int, sections: Sections) -> list[Found]:
    """Papers of one section range (between two headings) other than paper headings."""
    path = sections.path_at(lo)
    notes = bool(path) and CONTENTS.match(path[-1]) is not None and notes_contents(doc.lines[lo:hi])
    skipped = (by := skipped_by(path)) is not None and not (notes and by == len(path) - 1)  # (a notes book's contents: its papers)
    if skipped and (not path or CONTENTS.match(path[-1]) or ADVICE.match(path[-1]) or any(NEVER_PAPERS.search(h) for h in path[by or 0 :])):
        return []
    papers = names_papers(path)
    found = [*TableReader(doc).read(lo, hi), *ListReader(doc, papers).read(lo, hi), *ParagraphReader(doc).read(lo, hi),
             *BibtexReader(doc).read(lo, hi), *HtmlTableReader(doc).read(lo, hi), *DetailsCardReader(doc).read(lo, hi),
             *DefinitionReader(doc).read(lo, hi), *fenced_references(doc, lo, hi), *yaml_records(doc, lo, hi)]
    found = with_csl_references(doc, lo, hi, found)
    found = without_repeats(found)  # (a table's papers, then their BibTeX in a block below: read once)
    if (hidden := _cache(doc).hidden) and any(hidden[lo:hi]):
        found = [f for f in found if not hidden[f.first]]  # (a list commented out is not shown: no papers)
    if skipped:  # news, updates, related lists: the papers they link (never a dated news item: "2024/05/24: Title")
        news = bool(path) and NEWS.search(path[-1]) is not None
        # (a file of the list's own, "./conference/talk.pdf", is a talk's slides or a report: no paper of a skipped section)
        return [f for f in found if f.ident.papers and (f.ident.arxiv or f.ident.doi or any("://" in u for u in f.ident.links.values()))
                and not news_item(plain(doc.lines[f.first]), news) and not news_doi(f.ident.doi)]
    venue = bool(path) and is_venue_text(path[-1])
    found += [f for f in HtmlRecordReader(doc).read(lo, hi, _Taken(found), papers or venue) if not _cache(doc).hidden[f.first]]  # (none commented out)
    if other_kind(path):
        # books, tools: what links a paper, or what a table dates; datasets: what links a paper, or what a
        # Paper column names (a table of datasets dates each by its paper's venue: "KITTI | CVPR'12")
        datasets, books = datasets_section(path), books_section(path)
        return [f for f in found if f.ident.papers or f.style.get("named_column") or f.style.get("dated") and not books and (datasets if _item(f) else not (datasets and _unnamed(f)))]
    return found


def _item(f: Found) -> bool:
    """A list item dated by a known venue (a dataset's paper among datasets; a tutorial among tutorials is none)."""
    return f.style.get("shape") is None


def _unnamed(f: Found) -> bool:
    """Whether a row's table names no column after papers (``| Dataset | Venue |``, not ``| Paper | Date |``)."""
    return not any(PAPERS.search(str(c)) or c == "title" for c in f.style.get("columns") or ())


class _Taken:
    """The lines the papers found so far hold: whether a span touches one of them."""

    def __init__(self, found: list[Found]) -> None:
        self.spans = sorted((f.first, f.last) for f in found)
        self.firsts = [a for a, _ in self.spans]
        self.reach = list(itertools.accumulate((b for _, b in self.spans), max))  # furthest line so far

    def __call__(self, first: int, last: int) -> bool:
        k = bisect.bisect_right(self.firsts, last) - 1
        return k >= 0 and self.reach[k] >= first


#: A paper found: already its entry, or (a paper heading, whose notes may be cut) what was found.
Placed = Entry | Found


def _first(f: Placed) -> int:
    """The paper's first line (0-based)."""
    return f.first if isinstance(f, Found) else f.lines[0] - 1


def _last(f: Placed) -> int:
    """The paper's last line (0-based, inclusive)."""
    return f.last if isinstance(f, Found) else f.lines[1] - 1


class _Cache:
    """What scoring found per section range, reused when the ranges are read
    (each range is read once, so reading stays linear).  Kept as entries: what
    a paper's entry keeps is a fraction of what finding it took, and a long
    list holds tens of thousands of papers until they are read."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.sections = Sections(doc)
        self.ranges = self.sections.ranges(len(doc.lines))
        self.found: dict[tuple[int, int], list[Entry]] = {}
        self.not_paper_headings: set[int] = set()
        self.hidden = hide_news(doc, commented(doc))  # (commented out, or announced in a "News" card)

    def within(self, lo: int, hi: int) -> Iterator[tuple[int, int]]:
        """The section ranges inside ``[lo, hi)``, found by bisection (the ranges are in
        file order and do not overlap): a digest of many headings stays linear."""
        ranges = self.ranges
        for k in range(bisect.bisect_left(ranges, (lo, -1)), len(ranges)):
            r_lo, r_hi = ranges[k]
            if r_lo >= hi:
                return
            if r_hi <= hi:
                yield r_lo, r_hi

    def candidates(self, lo: int, hi: int) -> list[Entry]:
        key = (lo, hi)
        if key not in self.found:
            self.found[key] = _entries(self.doc, _candidates(self.doc, lo, hi, self.sections), self.sections)
        return self.found[key]


def _entries(doc: Document, found: list[Found] | list[Placed], sections: Sections) -> list[Entry]:
    """The entries of papers found (``found`` is emptied as they are made: what finding a paper took outweighs its entry)."""
    agree(doc, [f for f in found if isinstance(f, Found)])
    found.reverse()
    out: list[Entry] = []
    nicknames = nicknames_template([f.title for f in found if not isinstance(f, Entry)], len(found))
    # (a template closing titles with a name, "(ResNet)", or a quarter of them with an aside, "(frames)": no title's words)
    while found:
        f = found.pop()
        if isinstance(f, Entry):
            out.append(f)
        elif WAITING.match(f.title) and not (f.ident.arxiv or f.ident.doi or any(f.ident.links.values())):
            pass  # a template's record waiting for its paper (its links empty)
        elif book_or_part(f.title, doc.text_of(f.first, f.last), bool(f.ident.arxiv), f.ident.doi):
            pass  # a part of a book, or the list's own handout ("Chapter 2, Title", "Preface", "Pre-read"); a paper's figure, its review
        elif not (f.ident.arxiv or f.ident.doi) and f.last - f.first < 3 and talk_material(f.title, doc.text_of(f.first, f.last)):
            pass  # a talk's slides or handout, a class's notes, cited as a paper is ("Title. Slides from a talk at ...")
        elif not f.ident.papers and labelled_or_online(f.title, doc.lines[f.first]):
            pass  # a program or a web page cited as GB/T 7714 cites them ("Title[EB/OL]. 2013. https://github.com/..."); a field's label ("**Citation:** ...")
        elif f.extra.pop("cited", "") or f.ident.papers or _LETTER.search(f.title) and not ISBN.search(doc.text_of(f.first, f.last)):
            out.append(to_entry(doc, f, sections, GenericList.name, nicknames))  # (an ISBN and no paper's link or id: a book)
        # else: no paper link and a title without a letter ("42" under a Papers header) is no paper
    return out


_LAST: list[_Cache] = []


def forget() -> None:
    """Drop what scoring found (once a document is read, nothing needs it)."""
    _LAST.clear()
    DEFINITIONS.clear()
    forget_urls()
    forget_share()


def _cache(doc: Document) -> _Cache:
    if not _LAST or _LAST[0].doc is not doc:
        _LAST[:] = [_Cache(doc)]
        clear_heads()  # (what a line says depends on the document's link definitions)
        read_definitions(doc, _LAST[0].hidden)
    return _LAST[0]


def read_found(doc: Document, lo: int, hi: int, sections: Sections) -> list[Placed]:
    """Every paper in lines ``[lo, hi)``, in file order, none inside another."""
    cache = _cache(doc)
    found: list[Placed] = []
    covered = lo
    for r_lo, r_hi in cache.within(lo, hi):
        found.extend(cache.candidates(r_lo, r_hi))
        covered = max(covered, r_hi)
    if covered < hi or not cache.ranges:
        found.extend(_candidates(doc, covered, hi, sections))
    reader = HeadingReader(doc, sections, cache.not_paper_headings)
    headings = [h for h in reader.read(lo, hi) if not heading_skipped(sections.path_at(h.first)[:-1])]
    starts: list[int] = []  # (the papers' first lines, sorted: needed only under paper headings)
    if headings:  # a heading known by the links below it is no paper when papers are listed below it; nor is one
        # linking no paper over two papers or more ("### [Session B4: Privacy](tree/...)": a session's label)
        own = sorted(_first(f) for f in found if not (isinstance(f, Found | Entry) and f.style.get("shape") == "bibtex"))
        lines = sections.heading_lines  # (the headings of lines [lo, hi) only: read_found runs once per section)
        scopes = scope_ends(reader, lines[bisect.bisect_left(lines, lo) : bisect.bisect_left(lines, hi)], hi)
        headings = [h for h in headings if (h.first not in reader.bodied or not starts_in(own, h.first, h.last))
                    and (h.ident.papers or h.style.get("absorbs") or not starts_in(own, h.first, scopes.get(h.first, h.last), 2)
                         and not linked_rows(doc, h.first, scopes.get(h.first, h.last)))]
    if headings:  # a BibTeX block under a paper heading is that paper's, no entry of its own; so are
        found = _outside(found, headings)  # the bare titles of its notes
        starts = sorted(_first(f) for f in found)
    for h in headings:
        reader.link(h)  # (the links below a heading, taken only by the headings kept)
    for h in headings:  # a paper heading over a list of papers keeps only its own notes
        k = bisect.bisect_right(starts, h.first)
        if k < len(starts) and starts[k] <= h.last:
            reader.cut(h, starts[k])
    found.extend(headings)
    n = len(doc.lines) + 1  # first line, then the longest first, in one int (no tuple a paper):
    keys = [_first(f) * n + n - _last(f) for f in found]
    out: list[Placed] = []
    end = out_first = -1
    for k in sorted(range(len(found)), key=keys.__getitem__):  # (stable, as sorting the papers by key)
        first, rest = divmod(keys[k] - 1, n)  # (key - 1 = first * n + n - 1 - last)
        f = found[k]
        if out and first <= end and not (_part(f) and _part(out[-1]) and first == out_first):
            continue  # (papers of one line, each its own link, share it)
        out.append(f)
        end, out_first = n - 1 - rest, first
    return out


def _with_leftovers(doc: Document, lo: int, hi: int, sections: Sections, found: list[Placed]) -> list[Placed]:
    """``found`` with the papers of the lines no reader took, in file order: quoted references, paper links (:mod:`.leftovers`),
    records whose template names papers (:mod:`.title_records`), plain titles and headings, records naming a paper's id."""
    taken = bytearray(_cache(doc).hidden[lo:hi])
    for f in found:
        a, b = max(_first(f), lo), min(_last(f), hi - 1)
        if b >= a:
            taken[a - lo : b - lo + 1] = b"\x01" * (b - a + 1)

    def skipped(i: int) -> bool:
        return skipped_section(sections.path_at(i))

    def listed(i: int) -> bool:
        return not skipped(i) and names_papers(sections.path_at(i))

    def take(papers: list[Found]) -> list[Found]:
        for f in papers:
            taken[f.first - lo : f.last - lo + 1] = b"\x01" * (f.last - f.first + 1)
        return papers

    more = take(quoted_references(doc, lo, hi, taken, skipped)) + take(leftover_papers(doc, lo, hi, taken, skipped))
    more += take([f for f in title_records(doc, lo, hi, taken, skipped) if f.ident.papers or not other_kind(sections.path_at(f.first))])
    more += take(templated_paragraphs(doc, lo, hi, taken, skipped, [(_first(f), _last(f)) for f in (*found, *more)]))
    more += take(title_lines(doc, lo, hi, taken, listed) + labelled_lines(doc, lo, hi, taken, skipped) + reference_lines(doc, lo, hi, taken, skipped)
                 + pdf_names(doc, lo, hi, taken, skipped) + tab_tables(doc, lo, hi, taken, skipped)) + take(footnote_papers(doc, lo, hi, taken, skipped, sections.path_at))
    firsts = [_first(f) for f in (*found, *more)]
    plain = [f for f in read_plain_items(doc, lo, hi, taken, lambda i: names_papers(sections.path_at(i)), firsts) if not skipped(f.first)]
    more += plain + take([f for f in title_runs(doc, lo, hi, taken, sections.path_at, [*firsts, *(f.first for f in plain)]) if not skipped(f.first)])
    more += id_papers(doc, lo, hi, taken, skipped, known_ids([*found, *more])) + bare_id_papers(doc, lo, hi, taken, skipped)
    return sorted([*found, *more], key=_first) if more else found


def _part(f: Placed) -> bool:
    return bool(f.style.get("part"))


def _outside(found: list[Placed], headings: list[Found]) -> list[Placed]:
    """``found`` without the BibTeX entries and the bare titles that lie under one of the paper ``headings``,
    and without anything under a heading that heads one paper's text (:mod:`.heading_bodies`)."""
    firsts = [h.first for h in headings]
    out: list[Placed] = []
    for f in found:
        style = f.style if isinstance(f, Found | Entry) else {}
        k = bisect.bisect_right(firsts, _first(f)) - 1
        if k >= 0 and headings[k].last >= _first(f) and (style.get("shape") == "bibtex" or style.get("bare")
                                                          or headings[k].style.get("absorbs")):
            continue
        out.append(f)
    return out


def _unread(doc: Document, lo: int, hi: int, sections: Sections, found: list[Placed]) -> list[Placed]:
    """``found`` with an entry per line linking a paper in each run of adjacent sections of which none could
    be read while they name papers (:mod:`.unread_lines`); one warning per section that names papers (three
    lines or more with a paper link or id) where even that finds none."""
    # (``found`` is in file order and its papers do not overlap: their first and
    # last lines both rise)
    more: list[Placed] = []
    run: list[tuple[int, int, list[int]]] = []  # (the run's sections, each with its lines naming a paper)

    def flush() -> None:
        if run and (read := unread_lines(doc, [i for _, _, lines in run for i in lines])):
            more.extend(read)
        else:
            for r_lo, _, lines in run:
                if len(lines) >= 3:
                    doc.problems.append(Problem(doc.path, r_lo + 1, (
                        f"this section has {len(lines)} lines with paper links or ids but no entry could be read in it"
                        " (tried table rows, list items, references, paper headings and bold paragraphs); give each"
                        " paper a title and its own line, or force a family with --family")))
        run.clear()

    for r_lo, r_hi in _cache(doc).within(lo, hi):
        if skipped_section(sections.path_at(r_lo)) or \
                bisect.bisect_left(found, r_hi, key=_first) > bisect.bisect_left(found, r_lo, key=_last):
            flush()  # (a section listing no papers, or one where some paper starts or runs into it)
            continue
        hidden = _cache(doc).hidden  # (a list commented out is not shown: no papers)
        run.append((r_lo, r_hi, [i for i in range(r_lo, r_hi) if not doc.fenced[i] and names_paper(doc.lines[i])
                                 and not (hidden and hidden[i])]))
    flush()
    return sorted([*found, *more], key=_first) if more else found


class GenericList(Family):
    name = "generic"
    editable = frozenset({"title", "summary", "venue"})

    def score(self, doc: Document, lo: int, hi: int) -> int:
        return len(read_found(doc, lo, hi, _cache(doc).sections))

    def read(self, doc: Document, lo: int, hi: int, sections: Sections) -> list[Entry]:
        found = _unread(doc, lo, hi, sections, _with_leftovers(doc, lo, hi, sections, read_found(doc, lo, hi, sections)))
        found = with_field_lines(doc, without_split_records(doc, found))  # (one paper read twice in a record: one entry)
        entries = second_looks(doc, without_repeated_entries(_entries(doc, found, sections)))  # (BibTeX repeating the papers: once)
        return [e for e in cut_spaced_years(doc, cut_nicknames(doc, cut_titles(doc, entries))) if e.paper.arxiv_id or e.paper.doi or not date_label(e.paper.title)]

    def render_field(self, doc: Document, entry: Entry, field: str, paper: Paper) -> str:
        cell = entry.style.get("shape") == "row"
        if field == "title":
            text = single_line(paper.title)
            if entry.style.get("shape") == "yaml":
                return yaml_value(text, str(entry.style.get("quote", "")))  # (a front matter's record: valid YAML)
            return escape_cell(text) if cell else text
        if field == "venue":
            return render_venue(paper.venue, "")
        if field == "summary":
            return self._render_summary(doc, entry, paper, cell)
        return super().render_field(doc, entry, field, paper)

    @staticmethod
    def _render_summary(doc: Document, entry: Entry, paper: Paper, cell: bool) -> str:
        text = (paper.summary or "").strip()
        if cell:
            return escape_cell(text)
        mode = entry.style.get("summary_mode", "inline")
        if entry.fields["summary"].insert:
            return f" — {single_line(text)}" if text else ""
        if mode == "lines":
            eol = doc.eol(entry.lines[0] - 1)
            indent = str(entry.style.get("summary_indent", ""))
            return (eol + indent).join(line.rstrip() for line in text.split("\n"))
        return single_line(text)

    def render_entry(self, paper: Paper, style: dict[str, Any], eol: str) -> str:
        return render(paper, style).replace("\n", eol)
