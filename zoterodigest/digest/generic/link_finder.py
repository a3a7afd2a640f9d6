"""Every link of one line: Markdown links, badges, ``<a href>`` tags, bare URLs and
``[Title][name]`` links through the document's definitions (columns kept)."""

from __future__ import annotations

import re

from .links import BARE_URL, clean_url

_LINK = re.compile(
    r"\[!\[[^\]]*\]\([^)]*\)(?:\{:[^{}\n]*+\})?+\]\((?P<burl>[^()\s]*)\)"  # a badge: an image inside a link (a kramdown
    # attribute list after the image, ``{: #pdf-icon }``, is the image's)
    r"|!\[[^\]]*\]\([^)]*\)"  # an image
    r"|\[(?P<label>[^\[\]]*(?:\[[^\[\]]*\][^\[\]]*)*)\]\([ \t]?(?P<url>(?:\{\{[^{}()\n]{1,60}\}\})?[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:\s+\"[^\"]*\")?[ \t]?\)"
    r"|<a\s[^>]*?href[ \t]*+=[ \t]*+(?:[\"'](?P<aurl>[^\"']+)[\"']|(?P<bare>[^\s\"'<>=`]++))[^>]*>(?P<alabel>[^<]*+(?:<(?!/a>|a\s)[^<]*+)*+)</a>",
    # (no scan past the next anchor; an address unquoted, as HTML allows: ``<a href=https://doi.org/10.1/x>``; an address
    # opening with a site generator's variable, ``({{ site.baseurl }}/papers/x.pdf)``)
    re.IGNORECASE,
)
_AUTOLINK = re.compile(r"<(https?://[^\s<>]++)>")
_LABEL_BEFORE = re.compile(r"([\w][\w()\- ]{0,30})[ \t]*[:：][ \t]*$")


def find_links(line: str, start: int = 0) -> list[tuple[str, str, int, int]]:
    """(label, url, start, end) of every link of a line, badges and bare URLs included."""
    out: list[tuple[str, str, int, int]] = []
    if "](" in line or "<a" in line:
        for m in _LINK.finditer(line, start):
            if m.group("burl") is not None:
                out.append(("badge", m.group("burl"), m.start(), m.end()))
            elif m.group("url") is not None:
                out.append((m.group("label"), m.group("url"), m.start(), m.end()))
            elif (url := m.group("aurl") or m.group("bare")) is not None:
                out.append((m.group("alabel"), url, m.start(), m.end()))
    if "<http" in line:
        _autolinks(line, start, out)
    if DEFINITIONS and "]" in line:
        _reference_links(line, start, out)
    if "http" in line and line.count("http", start) > sum(1 for _, url, _, _ in out if url.startswith("http")):
        _bare_urls(line, start, out)
    return out


def _bare_urls(line: str, start: int, out: list[tuple[str, str, int, int]]) -> None:
    """Bare addresses not inside a link already found, labelled by the word before them."""
    taken = [(s, e) for _, _, s, e in out]
    for m in BARE_URL.finditer(line, start):
        if not any(s <= m.start() < e for s, e in taken):
            label = _LABEL_BEFORE.search(line, max(0, m.start() - 40), m.start())
            out.append((label.group(1) if label else "", clean_url(m.group(0)), m.start(), m.end()))
    out.sort(key=lambda t: t[2])


#: The reference-style link definitions (``[name]: url``) of the document being read
#: (set and cleared by the generic reader around each document).
DEFINITIONS: dict[str, str] = {}
#: ``[Title][name]``, ``[Title][]`` and the shortcut ``[Title]`` (CommonMark: a link when a definition names it; never
#: an inline link's label nor a definition itself).
REF_LINK = re.compile(r"\[(?P<label>[^\[\]]+|[^\[\]]*+\[[^\[\]]++\][^\[\]]*+)\](?:\[(?P<ref>[^\[\]]*)\]|(?![(:\[]))")


def _autolinks(line: str, start: int, out: list[tuple[str, str, int, int]]) -> None:
    """``<https://...>`` links (``PDF: <https://arxiv.org/abs/2101.00001>``), labelled by the word before them."""
    for m in _AUTOLINK.finditer(line, start):
        label = _LABEL_BEFORE.search(line, max(0, m.start() - 40), m.start())
        out.append((label.group(1) if label else "", m.group(1), m.start(), m.end()))
    out.sort(key=lambda t: t[2])


def _reference_links(line: str, start: int, out: list[tuple[str, str, int, int]]) -> None:
    """``[Title][name]``, ``[Title][]`` and ``[Title]`` links, resolved through the document's definitions."""
    for m in REF_LINK.finditer(line, start):
        url = DEFINITIONS.get((m.group("ref") or m.group("label")).strip().lower())
        if url:
            out.append((m.group("label"), url, m.start(), m.end()))
    out.sort(key=lambda t: t[2])
