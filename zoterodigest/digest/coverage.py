"""Which paper links of a digest no entry took: what ``parse --explain`` lists, and the
one-line notice ``parse``, ``push`` and ``export`` end with.

Pure: reads a parsed :class:`~zoterodigest.digest.Digest` only.  A paper link is a link
to a paper host or a PDF, or an ``arXiv:ID`` written as text; links inside an entry's
lines, in fenced code, in HTML comments, and in the sections that list no papers of the list (contents,
news, citation...) do not count.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .base import Sections
from .generic.hidden_lines import commented
from .generic.link_finder import REF_LINK, find_links
from .generic.links import link_class
from .generic.skipped_sections import skipped_section

if TYPE_CHECKING:
    from . import Digest

_DEFINITION = re.compile(r" {0,3}\[([^\[\]]{1,200})\]:[ \t]")
_ARXIV_TEXT = re.compile(r"(?<![\w/.])arxiv\s*:\s*(\d{4}\.\d{4,5}(?:v\d+)?)", re.IGNORECASE)


def unread_links(digest: Digest) -> list[tuple[int, str]]:
    """(1-based line, link or id) of every paper link outside the digest's entries."""
    doc = digest.doc
    covered = commented(doc)  # (a link in an HTML comment is not shown: nothing to read)
    for e in digest.entries:
        covered[e.lines[0] - 1 : e.lines[1]] = b"\x01" * (e.lines[1] - e.lines[0] + 1)
    sections: Sections | None = None
    out: list[tuple[int, str]] = []
    used: set[str] | None = None
    for i, line in enumerate(doc.lines):
        if covered[i] or doc.fenced[i] or ("http" not in line and "rxiv" not in line.lower()):
            continue
        if (d := _DEFINITION.match(line)) is not None:
            used = _used_names(digest) if used is None else used
            if d.group(1).strip().lower() in used:
                continue  # (a link definition an entry's ``[pdf][name]`` uses: read with that entry)
        found = [url for label, url, _, _ in find_links(line) if label != "badge" and link_class(url)]
        found += [f"arXiv:{m.group(1)}" for m in _ARXIV_TEXT.finditer(line)]
        if not found:
            continue
        sections = sections or Sections(doc)
        if skipped_section(sections.path_at(i)):
            continue
        out.extend((i + 1, url) for url in found)
    return out


def _used_names(digest: Digest) -> set[str]:
    """The reference names (``[text][name]``, ``[text]``) used on the entries' lines, lower-cased."""
    lines = digest.doc.lines
    return {(m.group("ref") or m.group("label")).strip().lower()
            for e in digest.entries for k in range(e.lines[0] - 1, e.lines[1]) if "]" in lines[k]
            for m in REF_LINK.finditer(lines[k])}


def unread_notice(path: str, n: int) -> str:
    """The line a command ends with when some paper links were not read."""
    links = "paper link" if n == 1 else "paper links"
    verb = "was" if n == 1 else "were"
    return f"{n} {links} in {path} {verb} not read as {'an entry' if n == 1 else 'entries'}: parse --explain {path}"
