"""Papers written as records of a page's YAML front matter: a static site's data, the page's template lays them out.

::

    ---
    layout: splash
    title: "Publications"
    2024_barn:
      - image_path: /assets/img/publications/barn.jpeg
        alt: "2024_barn"
        title: "The impact of owl defects on the adsorption of mice"
        excerpt: "**67.** [Barn, A. (2024). The Impact of Owl Defects. Journal of Owls.](https://doi.org/10.1021/owl.4c1)"
    2024_tawny:
      - image_path: /assets/img/publications/tawny.jpeg
        title: "Multipressure sampling for owl noses"
    ---

Each item of a list in the front matter (``- key: value`` and the fields under it) holding a ``title`` field
is a record; three of them or more are a list of papers, one per record: its title the ``title`` field's
value, its ids the links of its fields, its lines from the key naming its list (``2024_barn:``) to its last
field.  The page's own ``title`` (no list item's) is none.  Pure.
"""

from __future__ import annotations

import re

from ..document import Document
from ..markup import plain
from .found import Found
from .line_heads import add_links
from .links import Identity

_LEAST = 3
#: A record's ``title`` field, its value quoted or not.
_TITLE = re.compile(r"(?P<i>[ \t]*+)(?:-[ \t]++)?title:[ \t]++(?P<t>\S[^\n]*+)")
_KEY = re.compile(r"[ \t]*+(?:-[ \t]++)?[\w.\-]{1,40}:(?:[ \t]|$)")
#: The most lines the front matter may run to (a page's data, not a whole file of YAML).
_MOST = 20000


def front_matter_end(doc: Document) -> int | None:
    """The line closing the document's YAML front matter (``---`` first, ``---`` or ``...`` closing), else None."""
    if not doc.lines or doc.lines[0].rstrip() != "---":
        return None
    if _ENDS and _ENDS[0][0] is doc:
        return _ENDS[0][1]  # (asked once per section: looked for once per document)
    end = next((k for k in range(1, min(len(doc.lines), _MOST)) if doc.lines[k].rstrip() in ("---", "...")), None)
    _ENDS[:] = [(doc, end)]
    return end


_ENDS: list[tuple[Document, int | None]] = []


def yaml_records(doc: Document, lo: int, hi: int) -> list[Found]:
    """The papers of the front matter's records within lines ``[lo, hi)`` (see the module's text)."""
    end = front_matter_end(doc)
    if end is None or lo >= end:
        return []
    out = [f for i in range(max(lo, 1), min(hi, end)) if (f := _record(doc, i, end)) is not None]
    return out if len(out) >= _LEAST else []


def _record(doc: Document, i: int, end: int) -> Found | None:
    line = doc.lines[i]
    if "title:" not in line or (m := _TITLE.fullmatch(line)) is None:
        return None
    indent = len(m.group("i")) + 2 * line.lstrip().startswith("- ")
    first = i
    while first > 1 and not doc.lines[first].lstrip().startswith("- ") and _KEY.match(doc.lines[first - 1]) \
            and _indent(doc.lines[first - 1]) + 2 * doc.lines[first - 1].lstrip().startswith("- ") == indent:
        first -= 1  # (the record's fields above its title, to its item's mark)
    if not doc.lines[first].lstrip().startswith("- ") or _indent(doc.lines[first]) + 2 != indent:
        return None  # (no list item's: the page's own title)
    if first > 1 and doc.lines[first - 1].rstrip().endswith(":") and _indent(doc.lines[first - 1]) < indent - 2:
        first -= 1  # (the key naming the record's list: "2024_barn:")
    last = i
    while last + 1 < end and doc.lines[last + 1].strip() and _indent(doc.lines[last + 1]) >= indent:
        last += 1
    raw = m.group("t").rstrip(" \t")
    t0, t1 = m.start("t"), m.start("t") + len(raw)
    quote = ""
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "\"'":
        quote, t0, t1, raw = raw[0], t0 + 1, t1 - 1, raw[1:-1]  # (its value quoted)
    text = raw.replace("''", "'") if quote == "'" else raw.replace('\\"', '"').replace("\\\\", "\\") if quote == '"' else raw
    title = plain(text).strip()
    if len(title.split()) < 2:
        return None
    ident = Identity()
    for k in range(first, last + 1):
        add_links(ident, doc.lines[k])
    found = Found(first=first, last=last, ident=ident, title=title)
    if title == raw:
        found.title_span = (doc.starts[i] + t0, doc.starts[i] + t1)
    found.style = {"shape": "yaml", "indent": " " * (indent - 2), "quote": quote}
    return found


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


#: What a plain (unquoted) YAML value may not hold or open with.
_NEEDS_QUOTES = re.compile(r"^[-?:,\[\]{}#&*!|>'\"%@`\s]|:[ \t]|[ \t]#|\s$")


def yaml_value(text: str, quote: str) -> str:
    """``text`` written as a YAML value between the quotes its record's value has (``"``, ``'`` or none): escaped so
    the front matter stays valid (a plain value that needs quotes is given double quotes)."""
    if quote == "'":
        return text.replace("'", "''")
    if quote == '"':
        return text.replace("\\", "\\\\").replace('"', '\\"')
    return text if not _NEEDS_QUOTES.search(text) else '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
