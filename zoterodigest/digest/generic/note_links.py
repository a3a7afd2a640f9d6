"""Links to a list's own pages: a paper named by the link to its notes, no paper link.

::

    - [Time, Clocks, and the Ordering of Events in a Distributed System](time_clocks)
    - [[papers/2603.02642|GPU-Accelerated Owl Trajectory Optimization]] (2026) — [[topics/owls|Owls]]
    | [From Tokens to Concepts: Leveraging SAE for SPLADE](papers/2604.21511-sae-splade.md) | 一言 |

A reading log or notes repository names each paper it read by a link to the page of its notes, a
path within the repository rather than an address, or a wiki's link to a page of the vault.  Such a link says nothing of where the paper
is; its text is the paper's name, as a plain item's text is.  :func:`note_link` gives that text
when a piece of Markdown is one such link (a closing mark or a short note after it allowed), so
that the readers of plain titles (:mod:`.plain_items`, :mod:`.table_runs`) weigh it as they weigh
a title written alone.  An anchor (``#section``), an address with a scheme (``https:``,
``mailto:``), a protocol-relative one (``//host``), an image and a link whose text is itself a
link are none; a link to a code repository (GitHub, GitLab) is one, its text the paper's name.  :func:`has_items_under` tells an index's topic page (items under it) from a paper's.  Pure.
"""

from __future__ import annotations

import re

from .title_parts import strip_title

#: A link to a relative path: its text (no brackets in it) and its target (no scheme, no anchor alone, no spaces).
_LINK = re.compile(r"\[(?P<text>[^\[\]\n]{2,400}+)\]\((?P<url>(?![a-zA-Z][\w+.-]{0,20}+:|/|#)[^()\s]{1,400}+)\)")
_BULLET = re.compile(r"[ \t]{0,16}(?:[-*+]|\(?\d{1,4}[.)])[ \t]")
#: A link to a code repository (``[Title](https://github.com/owl/barn)``): it names the paper by its code's page, and
#: says nothing more of where the paper is than a link to notes does.
_CODE_LINK = re.compile(r"\[(?P<text>[^\[\]\n]{2,400}+)\]\((?P<url>https?://(?:www\.)?(?:github|gitlab)\.com/[\w.\-]{1,100}+"
                        r"(?:/[\w.\-]{1,100}+)?/?)\)")
#: A wiki link (``[[papers/2603.02642|Title]]``, ``[[Title]]``): its text after the page's name, or the name alone.
_WIKI = re.compile(r"\[\[(?:[^\[\]|\n]{1,400}+\|)?+(?P<text>[^\[\]|\n]{2,400}+)\]\](?!\()")
#: What may follow the link and is no part of the name: an emoji or mark, a line break, a year in parentheses, a note
#: after a dash or colon holding no link with an address (wiki links to topics allowed).
_AFTER = re.compile(r"[ \t]*+(?:(?:<br[ \t]*+/?>|[^\w\s\[\]()<>\-–—:：]{1,3}+)[ \t]*+)*+(?:\([^()\n]{1,40}+\)[ \t]*+)?+"
                    r"(?:[-–—:：][ \t]++[^<>]*+)?$")


def note_link(text: str) -> str | None:
    """The text of ``text`` when it is a link to a page of the list's own (see the module's text), else None."""
    text = text.strip(" \t*_")
    if not text.startswith("["):
        return None
    if "http" in text or "www." in text:
        m = _CODE_LINK.match(text) if "github.com/" in text or "gitlab.com/" in text else None
    else:
        m = _WIKI.match(text) or _LINK.match(text)
    if m is None or "](" in text[m.end() :] or _AFTER.match(text, m.end()) is None:
        return None
    t0, t1 = strip_title(text, m.start("text"), m.end("text"))  # ("[CVPR 2019] Title (2019)": the title alone)
    name = text[t0:t1].strip(" \t*_")
    if m.re is _CODE_LINK and len(name.split()) < 4:
        return None  # (a code repository named by a word or three is a project: "[Text To Speech](github)", "[SimCLR](github)")
    return name if any(c.isalpha() for c in name) else None


def has_items_under(lines: list[str], i: int) -> bool:
    """Whether list item ``i`` has items of its own under it (the next line written is an item indented deeper): an
    index's topic page over its papers' pages."""
    k = next((k for k in range(i + 1, min(i + 4, len(lines))) if lines[k].strip()), None)
    indent = len(lines[i]) - len(lines[i].lstrip(" \t"))
    return k is not None and _BULLET.match(lines[k]) is not None and len(lines[k]) - len(lines[k].lstrip(" \t")) > indent
