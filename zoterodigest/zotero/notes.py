"""Summary notes as Zotero stores them: digest Markdown -> sanitised note HTML,
the note's JSON, and notes compared by meaning.

Why apart from :mod:`.items`: a note is built from an entry (not a paper) and is
read back by pull; :mod:`.note_markdown` is the inverse (note HTML -> Markdown)
and shares :data:`MATH` and :data:`ALLOWED_TAGS` with this module.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import nh3
from markdown_it import MarkdownIt

from ..memo import memo
from ..model import Entry
from .collection_tree import section_names
from .text_limits import NOTE_MAX_CHARS, ZoteroJson, repaired

_MARKDOWN = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
#: The HTML a note may hold (what Zotero's note editor keeps).
ALLOWED_TAGS = frozenset({
    "p", "ul", "ol", "li", "strong", "em", "b", "i", "code", "pre", "a", "sup", "sub", "blockquote",
    "h1", "h2", "h3", "h4", "h5", "h6", "br", "span", "hr", "del", "s", "table", "thead", "tbody", "tr", "th", "td",
})
_ALLOWED_ATTRIBUTES = {"a": {"href"}}
#: ``$...$`` and ``$$...$$`` math, kept verbatim in both directions.
MATH = re.compile(r"(?<![\\$])(\$\$.+?\$\$|\$(?!\s)[^$\n]+?(?<![\s\\])\$)", re.DOTALL)


@memo(maxsize=4096)
def markdown_to_html(text: str) -> str:
    """Markdown (with ``$...$`` LaTeX and inline HTML) as sanitised HTML.

    Math is set aside before rendering so ``$x_i$ and $y_i$`` does not become
    emphasis, then put back verbatim (escaped) for a reader or a math plugin.
    """
    spans: list[str] = []

    def hide(m: re.Match[str]) -> str:
        spans.append(m.group(0))
        return f"ZDMATHX{len(spans) - 1}X"

    rendered = render_markdown(MATH.sub(hide, text))
    rendered = re.sub(r"ZDMATHX(\d+)X", lambda m: html.escape(spans[int(m[1])], quote=False), rendered)
    return sanitise_html(rendered)


def render_markdown(text: str) -> str:
    """markdown-it's HTML for ``text`` (the one place notes render Markdown)."""
    rendered: str = _MARKDOWN.render(text)
    return rendered


def sanitise_html(fragment: str) -> str:
    return nh3.clean(
        fragment,
        tags=set(ALLOWED_TAGS),
        attributes={k: set(v) for k, v in _ALLOWED_ATTRIBUTES.items()},
        url_schemes={"http", "https", "mailto"},
        link_rel=None,
        strip_comments=True,
    ).strip()


def note_html(entry: Entry, digest_label: str, *, title_heading: str | None = None) -> str:
    """The child note for one digest entry: a heading naming the paper and where
    in which digest it is listed, then the task, the one-liner and the summary."""
    paper = entry.paper

    def esc(text: str | None) -> str:
        return html.escape(repaired(text), quote=False)

    title = paper.metadata.title if paper.metadata and paper.metadata.title else paper.title
    parts = [f"<h2>{esc(title) or 'Summary'}</h2>"]
    where = [f"From <i>{esc(digest_label)}</i>"] + [esc(s) for s in section_names(entry.section, title_heading)]
    parts.append(f"<p>{' › '.join(where)}</p>")
    if paper.task:
        parts.append(f"<p><strong>Task:</strong> {esc(paper.task)}</p>")
    if paper.one_liner:
        parts.append(f"<p><strong>In one line:</strong> {esc(paper.one_liner)}</p>")
    if paper.summary and paper.summary.strip():
        parts.append(markdown_to_html(paper.summary))
    note = "\n".join(parts)
    if len(note) > NOTE_MAX_CHARS:
        note = note[: NOTE_MAX_CHARS - 200]
        note = sanitise_html(note) + "\n<p>(summary cut: longer than Zotero allows in a note)</p>"
    return note


def note_item(parent_key: str, note: str) -> ZoteroJson:
    """A child note's JSON (no key/version: the caller adds them).  Child notes take
    no collections (the server refuses them) and no tags of ours."""
    return {"itemType": "note", "parentItem": parent_key, "note": note, "tags": [], "relations": {}}


#: Tags that say the same thing: a user's ``<b>`` is the ``<strong>`` Markdown renders.
_SAME_TAG = {"b": "strong", "i": "em", "strike": "s", "del": "s"}


class _MeaningParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "div":
            return
        tag = _SAME_TAG.get(tag, tag)
        kept = sorted((k, v or "") for k, v in attrs if k in ("href",))
        self.out.append("<" + tag + "".join(f' {k}="{v}"' for k, v in kept) + ">")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag not in ("div", "br", "hr"):
            self.out.append(f"</{_SAME_TAG.get(tag, tag)}>")

    def handle_data(self, data: str) -> None:
        self.out.append(" ".join(data.split()) if data.strip() else " ")


@memo(maxsize=8192)
def note_meaning(note: str) -> str:
    """A canonical form for comparing notes by meaning, not bytes: the server wraps
    notes in ``<div data-schema-version>``, rewrites whitespace and entities, and
    drops attributes; none of that is a change anybody made."""
    parser = _MeaningParser()
    parser.feed(note)
    parser.close()
    text = "".join(parser.out)
    text = re.sub(r"(?:(?<!\s)|(?!\s))\s*+(</?[a-z0-9]+(?: [^>]*)?>)\s*+", r"\1", text)
    return " ".join(text.split())
