"""A paper per heading, with the notes under it.

::

    ### [CVPR 2019] Title [[pdf]](https://arxiv.org/abs/1901.00001) [[code]](https://github.com/x/y)
    _Author One, Author Two_
    - a note

    ## English Title（2015）

A heading is a paper when it names one by a link or id, opens with a venue tag (``[CVPR 2019]``) or ends
with a year in parentheses; a heading that only names a section (``CVPR 2024``, ``Datasets``) is not.  The
entry runs to the next heading of its level or above (or the next paper heading).
"""

from __future__ import annotations

import re

from ..base import Sections
from ..document import Document
from .byline import is_venue_text, venue_text
from .bylined_headings import LINK_ONLY, bibliography_titles, bylined_titles, heading_shape
from .found import Found, title_of
from .heading_bodies import (
    HEADING_NUMBER,
    cell_end,
    field_line,
    one_paper_headings,
    papers_field,
    titled_below,
    venue_tail,
)
from .inline import Head, read_head
from .item_template import NOT_A_PAPER, OWN_PAGE, PAPER_CONTEXT
from .line_heads import add_links, titled_line
from .link_finder import find_links
from .links import PAPER_KINDS, Identity, arxiv_of, other_class
from .list_items import ITEM
from .name_lists import is_author_list, is_name_list, listed_names
from .noted_headings import cited_fields, cited_tail, keyed_heading, noted_titles, quoted_reference_below
from .prefixes import is_generic_label
from .title_parts import strip_title

_HASHES = re.compile(r"^ {0,3}#{1,6}[ \t]+")
#: What a paper heading's tag or closing date holds (a link or id is looked for as well).
_MAY_NAME_PAPER = re.compile(r"(?:19|20)\d{2}|arxiv|[A-Za-z]['’]\d{2}\]", re.IGNORECASE)
_ENDS_YEAR = re.compile(r"[(（][^()（）]*(?:19|20)\d{2}[^()（）]*[)）]?\s*$")
#: The most lines a paper heading's own text may run to when only its links name the paper.
_BODY_LINES = 60
_HTML_TAG = re.compile(r"<[A-Za-z/][^<>\n]{0,300}+>")
_WORDS = re.compile(r"[^\W\d_]{2,}")
_SIBLINGS: list[tuple[Document, set[int]]] = []
_VENUE_HEADS: list[tuple[Document, dict[int, int]]] = []
#: A heading opening with a venue's acronym and year and a bar: ``## NDSS25 | ``, ``### Sigmetric'23 | ``.
_VENUE_BAR = re.compile(r" {0,3}#{1,6}[ \t]++\[?[A-Za-z][A-Za-z&\-]{1,15}[ '’\-]?(?:19|20)?\d{2}\]?[ \t]*+\|[ \t]*+(?=\S)")
#: A heading naming a part of a paper's text, not a paper or a section of papers.
_FIELD_HEADING = re.compile(r" {0,3}#{2,6}[ \t]++(?:authors?|abstract|summary|tl;?dr|paper|links?|code|citation|cite|"
                            r"bibtex|run example|usage|example|results?|method|overview|notes?|key ideas?)[ \t:#]*+$",
                            re.IGNORECASE)
#: A bare heading about papers, not one: ``Summary of Papers``, ``Papers we read``.
_PAPERS_LABEL = re.compile(r"\b(?:papers|articles|publications|readings)\b", re.IGNORECASE)
_CLOCK = re.compile(r"(?:[\d/.\-–,]++[ \t]++)?\d{1,2}[:.]\d{2}[ \t]*+(?:[ap]\.?m\.?)?", re.IGNORECASE)
_FULL_DATE = re.compile(r"(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}")
_LONE_DATE = re.compile(r"[ \t]*+[*_]?(?:19|20)\d{2}[-/.]\d{1,2}(?:[-/.]\d{1,2})?[*_]?[ \t]*+$")
_AUTHORS = re.compile(r"^[ \t]*(?:\*{1,2}(?P<a>[^*]+)\*{1,2}|_{1,2}(?P<b>[^_]+)_{1,2})[ \t]*$")


def has_paper_link(line: str) -> bool:
    """The line's links or ids name a paper (as titled_line would find them)."""
    ident = Identity()
    add_links(ident, line)
    return bool(ident.papers)


class HeadingReader:
    def __init__(self, doc: Document, sections: Sections, not_papers: set[int] | None = None) -> None:
        self.doc = doc
        self.sections = sections
        #: Heading lines known to be no paper (kept by the caller across the passes over a document).
        self.not_papers = set() if not_papers is None else not_papers
        #: Paper headings known by the links below them only (not by their own line).
        self.bodied: set[int] = set()
        self._tops: int | None = None
        #: The body lines whose links a paper heading read here has not taken yet (by its first line):
        #: taken by :meth:`link` once the heading is kept (a heading over a long list is often dropped).
        self._unlinked: dict[int, list[int]] = {}

    def read(self, lo: int, hi: int) -> list[Found]:
        import bisect

        lines = self.sections.heading_lines
        out: list[Found] = []
        start = bisect.bisect_left(lines, lo)
        papers = []
        for n in range(start, len(lines)):
            h = lines[n]
            if h >= hi:
                break
            past = self._past_fields(n) if n + 1 < len(lines) else len(lines)
            nxt = cell_end(self.doc, h, min(lines[past], hi) if past < len(lines) else hi)
            if h in self.not_papers:
                found = self._bare(h) if h in self._by_siblings() else None
                if found is not None:
                    papers.append((n, found))
                continue
            found = self._heading(h, nxt) or (self._bare(h) if h in self._by_siblings() else None)
            if found is None and past < len(lines) and lines[past] <= hi:
                self.not_papers.add(h)  # (only when its own lines were all looked at)
            elif found is not None:
                papers.append((n, found))
        paper_lines = {f.first for _, f in papers}
        for n, found in papers:
            level = self.level(lines[n])
            end = hi
            for k in range(n + 1, len(lines)):  # by index: a copy of the rest per heading was quadratic
                h2 = lines[k]
                if h2 >= hi or self.level(h2) <= level or h2 in paper_lines:
                    end = min(h2, hi)
                    break
            self._body(found, cell_end(self.doc, found.first, end), defer=True)
            titled_below(self.doc, found)  # ("### 1.1 Original RAG Paper" over '**Title:** "Title"')
            out.append(found)
        return out

    def _past_fields(self, n: int) -> int:
        """The index of the heading after heading ``n`` that is no field of it (``#### Authors``, ``#### Abstract``)."""
        lines, level = self.sections.heading_lines, self.level(self.sections.heading_lines[n])
        k = n + 1
        while k + 1 < len(lines) and self.level(lines[k]) > level and _FIELD_HEADING.match(self.doc.lines[lines[k]]):
            k += 1
        return k

    def _by_siblings(self) -> set[int]:
        """The headings that are no paper by their own lines in a run of three sibling headings or more
        (one level, nothing above them between), two in three of which are papers (counted once per
        document): their titles are papers too (``#### [Title]()``, its link left empty)."""
        if _SIBLINGS and _SIBLINGS[0][0] is self.doc:
            return _SIBLINGS[0][1]
        lines = self.sections.heading_lines
        out: set[int] = set()
        runs: dict[int, list[tuple[int, bool, str]]] = {}  # open run of sibling headings per level
        seen: list[tuple[int, bool, str]] = []
        for n, h in enumerate(lines):
            level = self.level(h)
            for deeper in [k for k in runs if k > level]:
                _close_run(runs.pop(deeper), out)
            nxt = lines[n + 1] if n + 1 < len(lines) else len(self.doc.lines)
            paper = self._heading(h, nxt) is not None
            if paper and h in self.bodied:  # (known by the links below it: not when those are a list's items)
                paper = not any(ITEM.match(self.doc.lines[k]) for k in range(h + 1, nxt))
            seen.append((h, paper, heading_shape(self.doc.lines[h])))
            runs.setdefault(level, []).append(seen[-1])
        for run in runs.values():
            _close_run(run, out)
        levels = {h: self.level(h) for h, _, _ in seen}
        out |= noted_titles(self.doc, seen, levels) | bylined_titles(self.doc, seen, levels) | bibliography_titles(self.doc, seen, levels)
        linked = [(h, paper) for h, paper, _ in seen if LINK_ONLY.match(self.doc.lines[h])]
        if len(linked) >= 5 and 3 * sum(1 for _, paper in linked if paper) >= 2 * len(linked):
            out.update(h for h, paper in linked if not paper)  # headings that are one link each: papers throughout
        _SIBLINGS[:] = [(self.doc, out)]
        return out

    def _bare(self, i: int) -> Found | None:
        """A heading read by its title alone (its siblings are papers)."""
        doc = self.doc
        line = doc.lines[i]
        m = _HASHES.match(line)
        if not m:
            return None
        start = n.end() if (n := HEADING_NUMBER.match(line, m.end())) else m.end()
        cut = cited_tail(line) or len(line)  # ("### Title, CVPR, 2017": the title before its citation's tail)
        if (titled := titled_line(line[:cut].rstrip(" #"), start) or _empty_link(line, start)) is None:
            return None
        head, title, (t0, t1), ident = titled
        words = len(title.split()) if title.isascii() else max(len(title.split()), sum(1 for c in title if ord(c) > 0x2e80) // 3)
        if words < (2 if keyed_heading(doc, i) else 3) or NOT_A_PAPER.search(title) or OWN_PAGE.search(title) or is_author_list(title) or is_venue_text(title) \
                or _PAPERS_LABEL.search(title):
            return None
        if any(other_class(url) or url.startswith("#") for _, url, _, _ in head.spans):
            return None  # (a heading linking code or a place in the page: a tool, a line of contents)
        found = self._found(i, head, title, (t0, t1), ident, m.end())
        found.style["bare"] = True
        found.venue, found.year = cited_fields(line[cut:]) if cut < len(line) else (found.venue, found.year)
        return found

    def link(self, found: Found) -> None:
        """Add to a heading read here the links of its body lines (deferred by :meth:`read`)."""
        for x in self._unlinked.pop(found.first, ()):
            add_links(found.ident, self.doc.lines[x])

    def _top_headings(self) -> int:
        """How many ``# `` headings the document has (counted once)."""
        if self._tops is None:
            self._tops = sum(1 for k, line in enumerate(self.doc.lines) if line.startswith("# ") and not self.doc.fenced[k])
        return self._tops

    def level(self, i: int) -> int:
        h = self.doc.heading(i)
        return h[0] if h else 7

    def _heading(self, i: int, nxt: int) -> Found | None:
        doc = self.doc
        line = doc.lines[i]
        m = _HASHES.match(line)
        if m and (after := self._venue_headed().get(i)) is not None:
            return self._venue_head(i, after, m.end())
        if not m or not (_MAY_NAME_PAPER.search(line) or has_paper_link(line) or self._any_link_below(i, nxt)
                         or i in one_paper_headings(doc, self.sections)):
            return None  # no id, link, year or arXiv in it or below it: never a paper, whatever its title
        start = n.end() if (n := HEADING_NUMBER.match(line, m.end())) else m.end()
        titled = titled_line(line.rstrip(" #"), start)
        if titled is None or _CLOCK.fullmatch(titled[1]):
            return None  # (a meeting's date and time: "## 2020-02-13, 3:00pm")
        head, title, (t0, t1), ident = titled
        below = self._italic_title(i, nxt) or quoted_reference_below(doc, i, nxt) if len(title.split()) <= 4 else None
        if below is not None and (len(below[0].split()) > len(title.split()) or below[0] == title
                                  or is_name_list(doc.lines[doc.line_of(below[1][0]) - 2].strip())):
            # ("### Owl GAN" over "_Owl Generative Adversarial Network_": the heading is its name; an award over names and a title)
            return self._named(i, head, title, below[0], below[1], ident, nxt, m.end())
        if i in one_paper_headings(doc, self.sections):
            found = self._found(i, head, title, (t0, t1), ident, m.end())
            found.style["absorbs"] = True  # (the paper links below are its own, no entries)
            return found
        tagged = head.tag is not None and re.search(r"(?:19|20)\d{2}|arxiv", head.tag, re.IGNORECASE) is not None \
            and not (_FULL_DATE.fullmatch(head.tag) and (len(title.split()) <= 2 or PAPER_CONTEXT.search(title)))
        # ("## 2026-06-16 Andy": a meeting's day and speaker; "## 2026-04-10 注目論文：…", "Papers of the day": a day's papers, below)
        if (tail := venue_tail(title)) is not None and len(title[:tail].split()) >= 3:
            title, t1, tagged = title[:tail].rstrip(), t1 - (len(title) - tail), True  # ("Title[NIPS'19][Baidu]")
        dated = _ENDS_YEAR.search(line) and len(title.split()) >= 4
        if not ident.papers and not tagged and not dated and not self._links_below(i, nxt, title) \
                or not ident.papers and papers_field(doc, i, nxt):
            return None  # (no paper of its own; or a talk's, its text labelling the papers: "Papers: [A](…)+[B](…)")
        return self._found(i, head, title, (t0, t1), ident, m.end())

    def _venue_headed(self) -> dict[int, int]:
        """The headings written ``VENUE'YY | Title`` (``## NDSS25 | [Title](pdf)``, ``### Sec24 | Title``) when
        three or more of the document are: that repeated template names a paper per heading, its venue's
        acronym and year before a bar; each heading's line and where its title starts (counted once)."""
        if _VENUE_HEADS and _VENUE_HEADS[0][0] is self.doc:
            return _VENUE_HEADS[0][1]
        out = {}
        for h in self.sections.heading_lines:
            line = self.doc.lines[h]
            if "|" in line and (vm := _VENUE_BAR.match(line)) is not None:
                out[h] = vm.end()
        _VENUE_HEADS[:] = [(self.doc, out if len(out) >= 3 else {})]
        return _VENUE_HEADS[0][1]

    def _venue_head(self, i: int, after: int, marks: int) -> Found | None:
        line = self.doc.lines[i]
        titled = titled_line(line.rstrip(" #"), after)
        if titled is None or len(titled[1].split()) < 2:
            return None
        head, title, span, ident = titled
        found = self._found(i, head, title, span, ident, marks)
        found.tag = line[marks:after].rstrip(" \t|")
        return found

    def _italic_title(self, i: int, nxt: int) -> tuple[str, tuple[int, int]] | None:
        """The title in italics alone on the first line under heading ``i`` (names in italics are authors);
        its text and span in the document."""
        k = i + 1
        while k < nxt and (not self.doc.lines[k].strip() or k + 1 < nxt and is_name_list(self.doc.lines[k].strip()) and _AUTHORS.match(self.doc.lines[k + 1])):
            k += 1  # (blank lines, and a line of names over the title: "Ann Barn, Bob Owl" over "**Title**")
        am = _AUTHORS.match(self.doc.lines[k]) if k < nxt else None
        if am is None:
            return None
        key = "a" if am.group("a") is not None else "b"
        text = am.group(key).strip()
        if len(text.split()) < 2 or listed_names(text) or is_author_list(text):
            return None  # (names: the authors)
        start = self.doc.starts[k] + am.start(key)
        return title_of(text), (start, start + len(am.group(key).rstrip()))

    def _named(self, i: int, head: Head, name: str, title: str, span: tuple[int, int], ident: Identity, nxt: int,
               marks: int) -> Found | None:
        """The paper of a heading that names it over its title in italics, when its links name it too."""
        if not ident.papers and not self._links_below(i, nxt, title, least=2):
            return None
        base = self.doc.starts[i]
        found = self._found(i, head, title, (span[0] - base, span[1] - base), ident, marks)
        found.extra["name"] = name
        return found

    def _found(self, i: int, head: Head, title: str, span: tuple[int, int], ident: Identity, marks: int) -> Found:
        """The paper of heading ``i``: its title, venue and tag, its section above it."""
        line, base = self.doc.lines[i], self.doc.starts[i]
        found = Found(first=i, last=i, ident=ident, title=title, title_span=(base + span[0], base + span[1]))
        found.venue = venue_text(line, head)
        found.tag = head.tag
        if head.venue:
            found.venue_span = (base + head.venue[0], base + head.venue[1])
        found.section = self.sections.path_at(i)[:-1]
        found.style = {"shape": "heading", "level": line[:marks]}
        return found

    def _any_link_below(self, i: int, nxt: int) -> bool:
        """A cheap first look: a link or an address on the heading's own lines."""
        lines = self.doc.lines
        return nxt - i <= _BODY_LINES and any("](" in lines[k] or "http" in lines[k] or "rxiv" in lines[k].lower()
                                             for k in range(i + 1, nxt))

    def _links_below(self, i: int, nxt: int, title: str, least: int = 3) -> bool:
        """A heading whose own lines (to the next heading) link one paper by labels or bare
        addresses only (``[[Paper]](url) [[Code]](url)``, ``- Paper: url``): that paper's heading."""
        if len(title.split()) < least or nxt - i > _BODY_LINES or (self.level(i) < 2 and self._top_headings() < 3):
            return False  # (a lone "# Title" is the document's; a run of them, one paper each, is a digest)
        doc = self.doc
        ident = Identity()
        for k in range(i + 1, nxt):
            line = doc.lines[k]
            if doc.fenced[k] or ("](" not in line and "http" not in line and "rxiv" not in line.lower()):
                continue
            m = ITEM.match(line)
            text = line[m.end() :] if m else line
            links = find_links(text)
            rest = text
            for _, _, s0, e0 in reversed(links):
                rest = rest[:s0] + " " + rest[e0:]
            rest = _HTML_TAG.sub(" ", rest) if "<" in rest else rest  # ("<img src=pdf.png>[Paper](url)": an icon)
            if line.lstrip()[:1] in ("|", "<") or any(len(lb.split()) > 2 and lb != "badge" and not is_generic_label(lb)
                                                     for lb, _, _, _ in links):
                return False  # a titled link: a list of papers, not this heading's links
            if len(_WORDS.findall(rest)) > 3 and not field_line(line):
                if _prose_without_paper(line):
                    continue  # "**Abstract**: ... code at https://github.com/...": the paper's text, no link of it
                return False  # a paper link in prose: a paper cited, not this heading's
            add_links(ident, line)
        named = ident.arxiv is not None or ident.doi is not None or any(
            k.split("-")[0] in PAPER_KINDS and not k.startswith("arxiv") for k in ident.links)
        if not named or len({a.id for u in ident.links.values() if (a := arxiv_of(u))}) > 1:
            return False
        self.bodied.add(i)
        return True

    def cut(self, found: Found, end: int) -> None:
        """End a heading's entry before line ``end`` (where another paper starts)."""
        self.link(found)
        found.last = found.first
        found.authors = None
        found.summary, found.summary_span = None, None
        self._body(found, end)

    def _body(self, found: Found, end: int, defer: bool = False) -> None:
        doc = self.doc
        k = found.first + 1
        while k < end and not doc.lines[k].strip():
            k += 1
        if k < end and (am := _AUTHORS.match(doc.lines[k])) and is_name_list(am.group("a") or am.group("b") or "") \
                and "name" not in found.extra:  # (a heading naming its paper has its title in italics there)
            found.authors = am.group("a") or am.group("b")
            found.last = k
            k += 1
        while k < end and not doc.lines[k].strip():
            k += 1
        last = end - 1
        dated = False
        while last >= k and (not doc.lines[last].strip() or not dated and (dated := bool(_LONE_DATE.match(doc.lines[last])))):
            last -= 1  # (blank lines; a date alone over the next heading is that heading's: "*2026-01-04*")
        if last >= k:
            linked = [x for x in range(k, last + 1) if any(m in doc.lines[x] for m in ("](", "http", "rXiv", "rxiv", "doi:", "DOI:"))]
            if defer:
                self._unlinked[found.first] = linked
            else:
                for x in linked:
                    add_links(found.ident, doc.lines[x])
            found.summary = "\n".join(doc.lines[x] for x in range(k, last + 1))
            found.summary_span = (doc.starts[k], doc.line_end(last))
            found.style.update(summary_mode="lines", summary_indent="")
            found.last = last
        else:
            found.summary_insert = None


def _empty_link(line: str, start: int) -> tuple[Head, str, tuple[int, int], Identity] | None:
    """A heading that is one link to nowhere (``#### [（9）Title]()``): its text, as a title."""
    head = read_head(line, start)
    if len(head.spans) != 1 or head.spans[0][1] not in ("", "#") or line[head.spans[0][3] :].strip(" #"):
        return None
    t0, t1 = strip_title(line, head.spans[0][2] + 1, head.spans[0][2] + 1 + len(head.spans[0][0]))
    head.spans, head.links = [], []
    return head, title_of(line[t0:t1]), (t0, t1), Identity()


def _close_run(run: list[tuple[int, bool, str]], out: set[int]) -> None:
    """A run of sibling headings two in three of which are papers: the others written as those
    papers are (:func:`heading_shape`) are papers too."""
    shapes = [shape for _, paper, shape in run if paper]
    if len(run) < 3 or 3 * len(shapes) < 2 * len(run) or len(shapes) == len(run):
        return
    common = max(dict.fromkeys(shapes), key=shapes.count)  # (ties to the first shape seen: never to a set's order, which varies by run)
    out.update(h for h, paper, shape in run if not paper and shape == common)


def _prose_without_paper(line: str) -> bool:
    """A line of prose (an abstract, a note) whose addresses name no paper."""
    ident = Identity()
    add_links(ident, line)
    return not ident.papers and ident.arxiv is None and ident.doi is None
