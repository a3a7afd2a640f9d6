"""A line that names two papers or more: one entry each, sharing the line.

::

    - [Owls Hear Mice](https://arxiv.org/abs/2101.00001), [Owls See Voles](https://arxiv.org/abs/2101.00002)
    - [Silent Flight](https://openreview.net/forum?id=a) / [Night Priors](https://arxiv.org/abs/2101.00003)

The line is only linked titles (each a paper's link, its text a title) and the
separators between them.  So is a table's title cell that lists its papers
(``<ul><li>[Title](url)</li><li>[Title](url)</li></ul>``, ``[Title](url)<br>[Title](url)``).  Each entry's span is its own link, so that an edit to
one title touches nothing of the other, and removing one paper takes its link
and one separator, not the line.
"""

from __future__ import annotations

import itertools
import re

from ..document import Document
from .found import Found, title_of
from .link_finder import find_links
from .links import Identity, link_class
from .prefixes import is_generic_label

#: What may stand between two linked titles of one line.
_SEPARATORS = frozenset(" \t,;/|&·•+")


#: A year in brackets after a linked title (``[Title](url) (1981)``).
_YEAR = re.compile(r"^[ \t]*+\((?:19|20)\d{2}\)")
#: Notes after the last paper of the line (``: text``, `` - text``).
_NOTES = re.compile(r"^[ \t]*+(?:\((?:19|20)\d{2}\))?[ \t]*+(?::|[-–—])[ \t]")


def _between(text: str) -> bool:
    """Only separators (``,``, ``;``, ``/``, ``|``, ``and``) between two links, after a year in brackets."""
    rest = text.strip()
    if (year := _YEAR.match(rest)) is not None:
        rest = rest[year.end() :].strip()
    if rest.lower().startswith("and "):
        rest = rest[4:]
    elif rest.lower().endswith(" and") or rest.lower() == "and":
        rest = rest[:-3]
    return all(c in _SEPARATORS for c in rest)


def _may_share(line: str, body: int) -> bool:
    """A cheap first look: the line opens with a link, and after it comes another link's text
    (not a ``[[code](url)]`` group nor a badge) after separators only."""
    k = body
    while k < len(line) and line[k] in " \t*_":
        k += 1
    if not line.startswith("[", k) or line.startswith(("[[", "[!"), k):
        return False
    close = line.find("](", k)
    end = line.find(")", close) if close >= 0 else -1
    nxt = line.find("[", end) if end >= 0 else -1
    return nxt > 0 and not line.startswith(("[[", "[!"), nxt) and _between(line[end + 1 : nxt].strip("*_"))


def line_parts(doc: Document, i: int, body: int, found: Found) -> list[Found] | None:
    """The papers of line ``i`` (text from column ``body``) when it is two linked titles
    or more and nothing else; None otherwise.  ``found`` is the line's paper as read whole."""
    line = doc.lines[i]
    if not _may_share(line, body):
        return labelled_parts(doc, i, body, found)
    links = [t for t in find_links(line, body) if t[0] != "badge"]
    tail = line[links[-1][3] :] if links else ""
    if len(links) < 2 or line[body : links[0][2]].strip(" \t*_") \
            or tail.strip(" \t*_.,;") and not _YEAR.fullmatch(tail.strip(" \t*_.,;")) and not _NOTES.match(tail):
        return None  # (the line ends after the links, a year, or notes after a colon or a dash)
    for n, (label, url, s, e) in enumerate(links):
        if (not line.startswith("[", s) or link_class(url) is None or is_generic_label(label)
                or len(label.split()) < 2 or n and not _between(line[links[n - 1][3] : s].strip("*_"))):
            return None
    out = []
    for label, url, s, e in links:
        part = _part(doc, i, found, label, url, s, e)
        if (year := _YEAR.match(line[e : e + 16])) is not None:
            part.year = int(year.group(0)[-5:-1])
        out.append(part)
    if (notes := _NOTES.match(tail)) is not None and tail[notes.end() :].strip():
        last = out[-1]  # (the notes after the last paper: its summary, as when it stands alone)
        n0 = links[-1][3] + notes.end()
        n0 += len(line[n0:]) - len(line[n0:].lstrip())
        last.summary = line[n0:].rstrip()
        last.summary_span = (doc.starts[i] + n0, doc.starts[i] + len(line.rstrip()))
        last.style["summary_mode"] = "inline"
    return _distinct(out)


def _part(doc: Document, i: int, found: Found, label: str, url: str, s: int, e: int) -> Found:
    """One paper of line ``i``: its own link ``[label](url)`` at columns ``s``-``e``, titled by the link's text."""
    base = doc.starts[i]
    ident = Identity()
    ident.add_link(None, url)
    return Found(first=i, last=i, ident=ident, title=title_of(label), title_span=(base + s + 1, base + s + 1 + len(label)),
                 section=found.section, style=dict(found.style, part=True), span=(base + s, base + e))


def _distinct(parts: list[Found]) -> list[Found] | None:
    """The parts, when no two name the same paper (one paper linked twice is one paper's links)."""
    keys = {(p.ident.arxiv.id if p.ident.arxiv else None, p.ident.doi, p.title) for p in parts}
    return parts if len(keys) == len(parts) else None


#: A label before the papers of a line: a link (``[ep33](issue-url):``) or a few words, and a colon.
_LABEL = re.compile(r"[ \t*_]*+(?:\[[^\[\]]{1,40}\]\([^()\s]*\)|[^\[\]():：\n]{1,40})[ \t*_]*+[:：][ \t]*+(?=\[)")


def labelled_line(line: str) -> re.Match[str] | None:
    """The label opening a line that lists links after it (``Papers: [``), or None."""
    return _LABEL.match(line)


def labelled_parts(doc: Document, i: int, body: int, found: Found) -> list[Found] | None:
    """The papers of a line that lists them by short names after a label (``* [ep33](issue): [Gopher](pdf),
    [RETRO](pdf), [PoE-GAN](arxiv) [replay](audio)``): two paper links or more, named, with only
    separators and other links between them; each paper an entry titled by its link's text."""
    line = doc.lines[i]
    label = _LABEL.match(line, body) if "](" in line else None
    if label is None:
        return None
    links = [t for t in find_links(line, label.end()) if t[0] != "badge"]
    papers = [t for t in links if line.startswith("[", t[2]) and link_class(t[1]) and not is_generic_label(t[0])]
    lead = find_links(line[: label.end()], body)
    if len(papers) < 2 or any(link_class(url) for _, url, _, _ in lead) or line[links[-1][3] :].strip(" \t*_.,;") \
            or any(not _between(line[a[3] : b[2]].strip("*_")) for a, b in itertools.pairwise(links)):
        return None  # (a label linking a paper, prose between the links or after them)
    return _distinct([_part(doc, i, found, text, url, s, e) for text, url, s, e in papers])


#: HTML list and line-break marks between the linked titles of one table cell.
#: A label before a cell's papers: ``*Optional:*``, ``Further reading:``.
_CELL_LABEL = re.compile(r"^[ \t]*+[*_]{0,2}[A-Za-z][A-Za-z ]{0,24}[:：][*_]{0,2}[ \t]*+")
_CELL_MARKS = re.compile(r"</?(?:ul|ol|li|br|p)\s*/?>|&nbsp;", re.IGNORECASE)


def cell_parts(row: str, base: int, c0: int, c1: int, found: Found) -> list[Found] | None:
    """The papers of a table row's title cell ``row[c0:c1]`` when it lists two linked titles or more
    (three words each at least) and nothing else; None otherwise.  ``found`` is the row's paper."""
    text = row[c0:c1]
    if text.count("](") < 2:
        return None
    links = [t for t in find_links(text) if t[0] != "badge"]
    marks = _CELL_MARKS.sub(" ", "".join(text[e : links[n + 1][2]] for n, (_, _, _, e) in enumerate(links[:-1])))
    lead = _CELL_LABEL.sub("", text[: links[0][2]]) if links else ""
    if len(links) < 2 or not all(c in _SEPARATORS for c in marks.replace(" and ", " ").strip()) \
            or _CELL_MARKS.sub(" ", lead + text[links[-1][3] :]).strip(" \t*_.,;"):
        return None
    # (short names each linking a paper of its own: "[HPCC](doi); [Homa](doi)"; a short name linking the paper a
    # title before it links, "[Title](arxiv/abs/X)<br>[BOOM](arxiv/pdf/X)", names that paper again)
    papers = all(link_class(url) for _, url, _, _ in links) and len({_paper_key(url) for _, url, _, _ in links}) == len(links)
    if any(not text.startswith("[", s) or is_generic_label(label) or len(label.split()) < (1 if papers else 3)
           for label, _, s, _ in links):
        return None
    out = []
    for label, url, s, e in links:
        ident = Identity()
        ident.add_link(None, url)
        at = base + c0 + s
        out.append(Found(first=found.first, last=found.last, ident=ident, title=title_of(label),
                         title_span=(at + 1, at + 1 + len(label)), section=found.section,
                         style=dict(found.style, part=True), span=(at, base + c0 + e)))
    return out


def lone_link_part(row: str, base: int, c0: int, c1: int, found: Found) -> Found | None:
    """The paper of a table cell ``row[c0:c1]`` that starts with one link to a paper and holds no other, in a
    column whose other cells list papers by linked short names (``[Specformer](arxiv)``); None otherwise."""
    text = row[c0:c1]
    links = [t for t in find_links(text) if t[0] != "badge"]
    if len(links) != 1 or not text.lstrip().startswith("[") or not link_class(links[0][1]) or is_generic_label(links[0][0]):
        return None
    label, url, s, e = links[0]
    ident = Identity()
    ident.add_link(None, url)
    at = base + c0 + s
    return Found(first=found.first, last=found.last, ident=ident, title=title_of(label), title_span=(at + 1, at + 1 + len(label)),
                 section=found.section, style=dict(found.style, part=True), span=(at, base + c0 + e))


#: A short name and a colon before a link labelled only as a link (``PaLM-E：[link](url)``, ``LLM+P: [paper](url)``).
_NAMED_LINK = re.compile(r"(?P<n>[^\s/|;:：\[\]()][^/|;:：\[\]()]{0,30}?)[ \t]*+[:：][ \t]*+$")


def named_link_parts(row: str, base: int, c0: int, c1: int, found: Found) -> list[Found] | None:
    """The papers of a table cell ``row[c0:c1]`` that links two papers or more, each by a bare label after its
    method's short name (``PaLM-E：[link](arxiv) / DIAC：[link](arxiv)``): one entry each, its title unknown until
    its record gives it (the names are no titles).  None when the cell is not written so."""
    text = row[c0:c1]
    if text.count("](") < 2:
        return None
    links = [t for t in find_links(text) if t[0] != "badge"]
    if len(links) < 2 or not all(link_class(url) and is_generic_label(label) for label, url, _, _ in links) \
            or len({_paper_key(url) for _, url, _, _ in links}) < len(links):
        return None
    out = []
    for n, (_, url, s, e) in enumerate(links):
        before = _CELL_MARKS.sub(" ", text[links[n - 1][3] if n else 0 : s])
        if (m := _NAMED_LINK.search(before.lstrip(" \t" + "".join(_SEPARATORS)))) is None:
            return None
        ident = Identity()
        ident.add_link(None, url)
        part = Found(first=found.first, last=found.last, ident=ident, section=found.section,
                     style=dict(found.style, part=True), span=(base + c0 + s, base + c0 + e))
        part.extra["name"] = m.group("n").strip()
        out.append(part)
    return out


def _paper_key(url: str) -> str:
    """What a link names: its arXiv id or DOI, else its address."""
    ident = Identity()
    ident.add_link(None, url)
    return ident.paper_id or url
