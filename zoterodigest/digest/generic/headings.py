"""A paper per heading, with the notes under it.

::

    ### [CVPR 2019] Title [[pdf]](https://arxiv.org/abs/1901.00001) [[code]](https://github.com/x/y)
    _Author One, Author Two_
    - a note

    ## English Title（2015）

A heading is a paper when it names one by a link or id, opens with a venue
tag (``[CVPR 2019]``) or ends with a year in parentheses; a heading that only
names a section (``CVPR 2024``, ``Datasets``) is not.  The entry runs to the
next heading of its level or above (or the next paper heading).
"""

from __future__ import annotations

import re

from ..base import Sections
from ..document import Document
from .found import Found
from .inline import venue_text
from .line_heads import add_links, titled_line
from .link_finder import find_links
from .links import PAPER_KINDS, Identity, arxiv_of
from .lists import ITEM
from .prefixes import is_generic_label
from .references import is_name_list

_HASHES = re.compile(r"^ {0,3}#{1,6}[ \t]+")
#: What a paper heading's tag or closing date holds (a link or id is looked for as well).
_MAY_NAME_PAPER = re.compile(r"(?:19|20)\d{2}|arxiv", re.IGNORECASE)
_ENDS_YEAR = re.compile(r"[(（][^()（）]*(?:19|20)\d{2}[^()（）]*[)）]?\s*$")
#: The most lines a paper heading's own text may run to when only its links name the paper.
_BODY_LINES = 60
_HTML_TAG = re.compile(r"<[A-Za-z/][^<>\n]{0,300}+>")
#: A heading's number before its title (``### 12. Title``, ``## 3) Title``).
_NUMBERED = re.compile(r"[ \t]*+\d{1,3}[.)](?:[ \t]++(?=\S)|(?=[A-Z][a-z]))")
_WORDS = re.compile(r"[^\W\d_]{2,}")
_AUTHORS = re.compile(r"^[ \t]*(?:\*(?P<a>[^*]+)\*|_(?P<b>[^_]+)_)[ \t]*$")


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
            nxt = min(lines[n + 1], hi) if n + 1 < len(lines) else hi
            if h in self.not_papers:
                continue
            found = self._heading(h, nxt)
            if found is None and n + 1 < len(lines) and lines[n + 1] <= hi:
                self.not_papers.add(h)  # (only when its own lines were all looked at)
            elif found is not None:
                papers.append((n, found))
        paper_lines = {f.first for _, f in papers}
        for n, found in papers:
            level = self._level(lines[n])
            end = hi
            for k in range(n + 1, len(lines)):  # by index: a copy of the rest per heading was quadratic
                h2 = lines[k]
                if h2 >= hi or self._level(h2) <= level or h2 in paper_lines:
                    end = min(h2, hi)
                    break
            self._body(found, end, defer=True)
            out.append(found)
        return out

    def link(self, found: Found) -> None:
        """Add to a heading read here the links of its body lines (deferred by :meth:`read`)."""
        for x in self._unlinked.pop(found.first, ()):
            add_links(found.ident, self.doc.lines[x])

    def _top_headings(self) -> int:
        """How many ``# `` headings the document has (counted once)."""
        if self._tops is None:
            self._tops = sum(1 for k, line in enumerate(self.doc.lines) if line.startswith("# ") and not self.doc.fenced[k])
        return self._tops

    def _level(self, i: int) -> int:
        h = self.doc.heading(i)
        return h[0] if h else 7

    def _heading(self, i: int, nxt: int) -> Found | None:
        doc = self.doc
        line = doc.lines[i]
        m = _HASHES.match(line)
        if not m or not (_MAY_NAME_PAPER.search(line) or has_paper_link(line) or self._any_link_below(i, nxt)):
            return None  # no id, link, year or arXiv in it or below it: never a paper, whatever its title
        start = n.end() if (n := _NUMBERED.match(line, m.end())) else m.end()
        titled = titled_line(line.rstrip(" #"), start)
        if titled is None:
            return None
        head, title, (t0, t1), ident = titled
        tagged = head.tag is not None and re.search(r"(?:19|20)\d{2}|arxiv", head.tag, re.IGNORECASE)
        dated = _ENDS_YEAR.search(line) and len(title.split()) >= 4
        if not ident.papers and not tagged and not dated and not self._links_below(i, nxt, title):
            return None
        found = Found(first=i, last=i, ident=ident, title=title, title_span=(doc.starts[i] + t0, doc.starts[i] + t1))
        found.venue = venue_text(line, head)
        found.tag = head.tag
        if head.venue:
            found.venue_span = (doc.starts[i] + head.venue[0], doc.starts[i] + head.venue[1])
        found.section = self.sections.path_at(i)[:-1]
        found.style = {"shape": "heading", "level": line[: m.end()]}
        return found

    def _any_link_below(self, i: int, nxt: int) -> bool:
        """A cheap first look: a link or an address on the heading's own lines."""
        lines = self.doc.lines
        return nxt - i <= _BODY_LINES and any("](" in lines[k] or "http" in lines[k] or "rxiv" in lines[k].lower()
                                             for k in range(i + 1, nxt))

    def _links_below(self, i: int, nxt: int, title: str) -> bool:
        """A heading whose own lines (to the next heading) link one paper by labels or bare
        addresses only (``[[Paper]](url) [[Code]](url)``, ``- Paper: url``): that paper's heading."""
        if len(title.split()) < 3 or nxt - i > _BODY_LINES or (self._level(i) < 2 and self._top_headings() < 3):
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
            if len(_WORDS.findall(rest)) > 3:
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
        if k < end and (am := _AUTHORS.match(doc.lines[k])) and is_name_list(am.group("a") or am.group("b") or ""):
            found.authors = am.group("a") or am.group("b")
            found.last = k
            k += 1
        while k < end and not doc.lines[k].strip():
            k += 1
        last = end - 1
        while last >= k and not doc.lines[last].strip():
            last -= 1
        if last >= k:
            linked = [x for x in range(k, last + 1) if "](" in doc.lines[x] or "http" in doc.lines[x]]
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


def _prose_without_paper(line: str) -> bool:
    """A line of prose (an abstract, a note) whose addresses name no paper."""
    ident = Identity()
    add_links(ident, line)
    return not ident.papers and ident.arxiv is None and ident.doi is None
