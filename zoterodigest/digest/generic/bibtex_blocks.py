"""Papers written as BibTeX entries in the list (fenced or not).

::

    ## Citations
    ```bibtex
    @inproceedings{owl2021,
        title   = {Silent Flight Through Serrated Feathers},
        author  = {Ann Barn and Cy Hoot},
        year    = {2021},
        eprint  = {2103.00001},
    }
    ```

Each ``@type{key,`` entry with a title field is a paper (books excepted), its
title the field's value (braces inside it dropped from the text, the span is
the value's).  A citation of the list itself sits in a Citation section (skipped
before this reader runs) or right under "please cite" prose: no entry.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..document import Document
from .found import Found
from .item_template import NEWS_SITES
from .links import Identity

if TYPE_CHECKING:
    from ...entry import Entry

_OPEN = re.compile(r"^[ \t]*+@(?P<type>[A-Za-z]+)[ \t]*+[{(][ \t]*+[^,\s]*+[ \t]*+(?:,|$)")
#: "please cite", "BibTeX:", "Citation": a list's own citation written just above its entry.
_CITE_US = re.compile(r"\bcit(?:e|ing|ation)\b|bibtex\s*:", re.IGNORECASE)
_PAPER_TYPES = frozenset({"article", "inproceedings", "conference", "misc", "incollection", "inbook", "techreport",
                          "phdthesis", "mastersthesis", "unpublished", "online", "preprint", "thesis", "report"})
_FIELD = re.compile(r"^[ \t]*(?P<name>[A-Za-z]+)[ \t]*=[ \t]*(?P<open>&quot;|[{\"]?)", re.MULTILINE)
#: (``title = &quot;Title&quot;``: an entry shown in an HTML page's ``<pre>``, its quotes escaped)
_CLOSE = re.compile(r"^[ \t]*+[})][ \t]*+(?:,[ \t]*+)?$")
_MAX_LINES = 60
_FENCE = re.compile(r"^[ \t]*+(?:`{3,}|~{3,})[ \t]*+[A-Za-z]*+[ \t]*+$")


class BibtexReader:
    def __init__(self, doc: Document) -> None:
        self.doc = doc

    def read(self, lo: int, hi: int) -> list[Found]:
        out: list[Found] = []
        i = lo
        while i < hi:
            m = _OPEN.match(self.doc.lines[i]) if "@" in self.doc.lines[i] else None
            if m is None:
                i += 1
                continue
            end = self._end(i, hi)
            if end is None:
                i += 1
                continue
            if m.group("type").lower() in _PAPER_TYPES and not self._cites_the_list(i, lo):
                found = self._entry(i, end)
                if found is not None:
                    out.append(self._fenced(found, lo, hi))
            i = end + 1
        return out

    def _fenced(self, found: Found, lo: int, hi: int) -> Found:
        """The entry with its fence's lines, when a code fence holds this entry alone (the fence is
        the record, as a list's reader sees it)."""
        lines, a, b = self.doc.lines, found.first - 1, found.last + 1
        if lo <= a and b < hi and _FENCE.match(lines[a]) and _FENCE.match(lines[b]) and lines[b].strip().strip("`~") == "":
            found.first, found.last = a, b
        return found

    def _cites_the_list(self, i: int, lo: int) -> bool:
        """Whether the prose just above the entry (six lines, no heading) asks to cite it."""
        for k in range(i - 1, max(lo, i - 7) - 1, -1):
            line = self.doc.lines[k]
            if line.lstrip().startswith("#"):
                return False
            if _CITE_US.search(line):
                return True
        return False

    def _end(self, i: int, hi: int) -> int | None:
        """The line closing the entry opened on line ``i`` (a lone ``}``, or the last
        field's line when it ends with ``}}``)."""
        for k in range(i + 1, min(hi, i + _MAX_LINES)):
            line = self.doc.lines[k]
            if _CLOSE.match(line):
                return k
            if not line.strip() or _OPEN.match(line):
                return k - 1 if self.doc.lines[k - 1].rstrip().endswith("}") else None
        return None

    def _entry(self, first: int, last: int) -> Found | None:
        doc = self.doc
        text = doc.text_of(first, last)
        base = doc.starts[first]
        fields = _fields(text)
        if "title" not in fields:
            return None
        t0, t1 = fields["title"]
        title = re.sub(r"\s+", " ", re.sub(r"[{}]", "", text[t0:t1])).strip()
        if not title:
            return None
        ident = _identity(text, fields)
        if not ident.papers and ident.links and all(NEWS_SITES.search(url) for url in ident.links.values()):
            return None  # (a newspaper's or a magazine's article kept as @article: no scholarly paper)
        found = Found(first=first, last=last, ident=ident, title=title, title_span=(base + t0, base + t1))
        found.style = {"shape": "bibtex"}
        if "year" in fields and (y := re.search(r"(?:19|20)\d{2}", text[fields["year"][0] : fields["year"][1]])):
            found.year = int(y.group(0))
        if "author" in fields:
            names = re.sub(r"[{}]", "", text[fields["author"][0] : fields["author"][1]])
            found.authors = ", ".join(n.strip() for n in re.split(r"(?<!\s)\s++and\s+", names) if n.strip())
        for name in ("journal", "booktitle"):
            if name in fields and found.venue is None:
                found.venue = re.sub(r"[{}]", "", text[fields[name][0] : fields[name][1]]).strip() or None
        return found


def _identity(text: str, fields: dict[str, tuple[int, int]]) -> Identity:
    """The paper's ids and links from its url, doi, eprint (and ids written in journal or note)."""
    ident = Identity()
    for name in ("url", "doi", "eprint", "journal", "note", "howpublished"):
        if name not in fields:
            continue
        value = text[fields[name][0] : fields[name][1]].strip()
        if name == "doi" and not value.startswith("http"):
            value = "https://doi.org/" + value
        elif name == "eprint" and re.fullmatch(r"\d{4}\.\d{4,5}(?:v\d+)?|[a-z\-]+/\d{7}", value):
            value = "https://arxiv.org/abs/" + value
        if value.startswith("http"):
            ident.add_link(None, value)
        else:
            ident.add_text_ids(value)
    return ident


def _fields(text: str) -> dict[str, tuple[int, int]]:
    """Field name -> the value's offsets in ``text`` (inside its braces or quotes)."""
    out: dict[str, tuple[int, int]] = {}
    for m in _FIELD.finditer(text):
        name, opener, start = m.group("name").lower(), m.group("open"), m.end()
        if opener == "{":
            depth, k = 1, start
            while k < len(text) and depth:
                depth += {"{": 1, "}": -1}.get(text[k], 0)
                k += 1
            end = k - 1 if depth == 0 else None
        elif opener in ('"', "&quot;"):
            end = text.find(opener, start)
            end = None if end < 0 else end
        else:
            bare = re.match(r"[^,\n}]*", text[start:])
            end = start + (bare.end() if bare else 0)
        if end is not None and name not in out:
            out[name] = (start, end)
    return out


def without_repeats(found: list[Found]) -> list[Found]:
    """``found`` without its BibTeX entries that repeat a paper another record of the same range reads
    (the same arXiv id or DOI, or the same title's letters and digits): a list's table of papers, then
    their BibTeX collected in a block below it, holds each paper once."""
    if not any(f.style.get("shape") == "bibtex" for f in found):
        return found
    seen = {k for f in found if f.style.get("shape") != "bibtex" for k in _keys((f.ident.arxiv, f.ident.doi), f.title)}
    return [f for f in found if f.style.get("shape") != "bibtex" or seen.isdisjoint(_keys((f.ident.arxiv, f.ident.doi), f.title))]


def without_repeated_entries(entries: list[Entry]) -> list[Entry]:
    """``entries`` (a document's, in file order) without the BibTeX entries that repeat papers read above
    them in another section (the same arXiv id or DOI, or the same title's letters and digits, as an earlier
    entry of another shape), when two in three of its BibTeX entries do so: a page's papers, then
    "## BibTeX File" holding them all again (not a paper listed twice, its BibTeX under the second)."""
    bib = [e.style.get("shape") == "bibtex" for e in entries]
    if not any(bib):
        return entries
    seen: set[str] = set()
    repeats: list[bool] = []
    for e, is_bib in zip(entries, bib, strict=True):
        keys = _keys((e.paper.arxiv_id, e.paper.doi), e.paper.title)
        repeats.append(is_bib and not seen.isdisjoint(keys))
        if not is_bib:
            seen.update(keys)
    if 3 * sum(repeats) < 2 * sum(bib):
        return entries
    return [e for e, repeat in zip(entries, repeats, strict=True) if not repeat]


def _keys(ids: tuple[object, ...], title: str | None) -> set[str]:
    """What names one paper for finding it again: its ids, and its title's letters and digits."""
    keys = {str(x) for x in ids if x}
    if title and (letters := _LETTERS.sub("", title.casefold())):
        keys.add("title:" + letters)
    return keys


_LETTERS = re.compile(r"[\W_]+")
