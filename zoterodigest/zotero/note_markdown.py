"""Zotero note HTML -> the digest's Markdown (pure; the inverse of
:func:`zoterodigest.zotero.notes.note_html`).

Why: ``pull`` brings a note edited in Zotero back into the digest.  The
server rewrites every note it stores (a ``<div data-schema-version>``
wrapper, whitespace, entities), so the text here is rebuilt from the HTML's
structure, never copied byte for byte, and the guarantee that matters is
*by meaning*: ``markdown_to_html(html_to_markdown(h))`` has the same
:func:`~zoterodigest.zotero.notes.note_meaning` as ``h`` for the HTML our
own notes hold (tests/test_pull.py checks it with Hypothesis).

Handled: the tags of :data:`.notes.ALLOWED_TAGS` (``p``, nested ``ul``/``ol``/
``li``, ``strong``/``b``, ``em``/``i``, ``code``, ``pre``, ``a``, ``br``,
``h1``-``h6``, ``blockquote``, ``del``/``s``, ``hr``; ``sup``/``sub`` stay
inline HTML; ``span`` and ``div`` are transparent).  ``$...$`` math is kept
verbatim, as :func:`.notes.markdown_to_html` keeps it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from .notes import MATH

__all__ = ["NoteFields", "html_to_markdown", "split_note"]

_BLOCKS = frozenset(["p", "ul", "ol", "li", "pre", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "div", "table", "thead", "tbody", "tr"])
_VOID = frozenset({"br", "hr", "img"})
_INLINE_MARK = {"strong": "**", "b": "**", "em": "*", "i": "*", "del": "~~", "s": "~~"}


@dataclass
class _Node:
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[_Node | str] = field(default_factory=list)


#: Deepest nesting kept: a tag opened deeper adds no level (its text goes to the level
#: above), so a note nested 1,000 deep (from anyone who can edit the library) reads
#: without running out of Python's recursion.
MAX_DEPTH = 64


class _TreeBuilder(HTMLParser):
    """A forgiving tree: unknown end tags are ignored, open ones closed at the end, and
    nothing deeper than :data:`MAX_DEPTH`."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("root")
        self.stack = [self.root]
        #: Tags opened past the depth limit and not closed yet, by name.
        self.flat: dict[str, int] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _VOID and len(self.stack) > MAX_DEPTH:
            self.flat[tag] = self.flat.get(tag, 0) + 1
            return
        node = _Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in _VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(_Node(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        if self.flat.get(tag):
            self.flat[tag] -= 1
            return
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def _parse(html_text: str) -> _Node:
    builder = _TreeBuilder()
    builder.feed(html_text)
    builder.close()
    return builder.root


def _unwrap(node: _Node) -> list[_Node | str]:
    """Top-level children, the server's ``<div data-schema-version>`` wrappers removed."""
    out: list[_Node | str] = []
    for child in node.children:
        if isinstance(child, _Node) and child.tag == "div":
            out.extend(_unwrap(child))
        else:
            out.append(child)
    return out


# --- inline ----------------------------------------------------------------------------------

_PUNCT = r"!\"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~"


def _escape_text(text: str) -> str:
    """Backslash-escape what Markdown would read as syntax, leaving math verbatim."""
    out: list[str] = []
    pos = 0
    for m in MATH.finditer(text):
        out.append(_escape_plain(text[pos : m.start()]))
        out.append(m.group(0))
        pos = m.end()
    out.append(_escape_plain(text[pos:]))
    return "".join(out)


def _escape_plain(text: str) -> str:
    text = re.sub(rf"\\(?=[{_PUNCT}]|$)", r"\\\\", text)
    text = re.sub(r"([*`])", r"\\\1", text)
    text = re.sub(r"(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])", r"\\_", text)
    text = re.sub(r"\](?=[(\[:])", r"\\]", text)
    text = text.replace("~~", r"\~\~")
    text = re.sub(r"<(?=[A-Za-z/!?])", r"\\<", text)
    return re.sub(r"&(?=#?\w+;)", r"\\&", text)


def _code_span(text: str) -> str:
    text = " ".join(text.split("\n"))
    longest = max((len(r) for r in re.findall(r"`+", text)), default=0)
    ticks = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or (text.startswith(" ") and text.endswith(" ") and
                                                                  text.strip()) else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


def _inline(children: list[_Node | str]) -> str:
    parts: list[str] = []
    for child in children:
        piece = _inline_one(child)
        if parts and piece.startswith("[") and parts[-1].endswith("!"):
            parts[-1] = parts[-1][:-1] + "\\!"
        parts.append(piece)
    return "".join(parts)


def _inline_one(node: _Node | str) -> str:
    if isinstance(node, str):
        return _escape_text(re.sub(r"\s+", " ", node))
    tag = node.tag
    if tag == "br":
        return "<br>"
    if tag == "code":
        return _code_span(_text_of(node))
    inner = _inline(node.children)
    if tag in _INLINE_MARK:
        mark = _INLINE_MARK[tag]
        core = inner.strip()
        if not core:
            return inner
        lead = " " if inner[:1].isspace() else ""
        trail = " " if inner[-1:].isspace() else ""
        return f"{lead}{mark}{core}{mark}{trail}"
    if tag == "a":
        href = node.attrs.get("href", "")
        if not href:
            return inner
        target = f"<{href}>" if re.search(r"[\s()<>]", href) else href
        return f"[{inner.strip()}]({target})"
    if tag in ("sup", "sub"):
        return f"<{tag}>{inner}</{tag}>"
    return inner  # span, unknown inline tags: their text


def _text_of(node: _Node | str) -> str:
    if isinstance(node, str):
        return node
    if node.tag == "br":
        return "\n"
    return "".join(_text_of(c) for c in node.children)


def _start_safe(line: str) -> str:
    """Escape what would make a paragraph's first characters a block marker."""
    m = re.match(r"^(\s*)(#{1,6}(?=\s|$)|>|[-+*](?=\s|$)|\d{1,9}(?=[.)](?:\s|$))|={2,}|-{3,})", line)
    if not m:
        return line
    lead, marker = m.group(1), m.group(2)
    if marker[0].isdigit():
        return f"{lead}{marker}\\{line[m.end():]}"
    return f"{lead}\\{line[m.end(1):]}"


# --- blocks ----------------------------------------------------------------------------------


def _blocks(children: list[_Node | str]) -> list[str]:
    """Markdown blocks for a sequence of nodes (inline runs become paragraphs)."""
    out: list[str] = []
    run: list[_Node | str] = []

    def flush() -> None:
        text = _inline(run).strip()
        run.clear()
        if text:
            out.append(_start_safe(text))

    for child in children:
        if isinstance(child, _Node) and child.tag in _BLOCKS:
            flush()
            block = _block(child)
            if block.strip():
                out.append(block)
        else:
            run.append(child)
    flush()
    return out


def _block(node: _Node) -> str:
    tag = node.tag
    if tag == "p":
        return _start_safe(_inline(node.children).strip())
    if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
        text = _inline(node.children).strip()
        return f"{'#' * int(tag[1])} {text}" if text else ""
    if tag == "hr":
        return "---"
    if tag == "pre":
        text = _text_of(node)
        longest = max((len(r) for r in re.findall(r"`{3,}", text)), default=2)
        fence = "`" * (longest + 1)
        return f"{fence}\n{text.rstrip(chr(10))}\n{fence}"
    if tag == "blockquote":
        inner = "\n\n".join(_blocks(node.children))
        return "\n".join(f"> {line}" if line else ">" for line in inner.split("\n"))
    if tag in ("ul", "ol"):
        return _list(node)
    if tag == "table":
        return _table(node)
    return "\n\n".join(_blocks(node.children))  # div, li out of a list, table parts


def _list(node: _Node) -> str:
    items = [c for c in node.children if isinstance(c, _Node) and c.tag == "li"]
    loose = any(isinstance(g, _Node) and g.tag == "p" for li in items for g in li.children)
    rendered = []
    for n, li in enumerate(items, 1):
        marker = f"{n}. " if node.tag == "ol" else "- "
        blocks = _blocks(li.children) or [""]
        body = ("\n\n" if loose else "\n").join(blocks)
        pad = " " * len(marker)
        lines = body.split("\n")
        rendered.append("\n".join([marker + lines[0]] + [pad + line if line else "" for line in lines[1:]]))
    return ("\n\n" if loose else "\n").join(rendered)


def _table(node: _Node) -> str:
    rows: list[list[str]] = []

    def walk(n: _Node) -> None:
        for c in n.children:
            if isinstance(c, _Node):
                if c.tag == "tr":
                    rows.append([_inline(cell.children).strip().replace("|", "\\|") for cell in c.children
                                 if isinstance(cell, _Node) and cell.tag in ("td", "th")])
                else:
                    walk(c)

    walk(node)
    if not rows:
        return ""
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * width]
    lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    return "\n".join(lines)


def html_to_markdown(html_text: str) -> str:
    """Markdown for a note fragment (the whole of it, heading included)."""
    return "\n\n".join(_blocks(_unwrap(_parse(html_text)))).strip()


# --- our notes -------------------------------------------------------------------------------


@dataclass
class NoteFields:
    """What a note of ours says about its entry (None: the note does not say)."""

    task: str | None = None
    one_liner: str | None = None
    summary: str = ""


_LABELS = {"task:": "task", "in one line:": "one_liner"}


def _label_of(node: _Node) -> tuple[str, list[_Node | str]] | None:
    """``<p><strong>Task:</strong> x</p>`` -> ("task", rest of the paragraph)."""
    kids = [c for c in node.children if not (isinstance(c, str) and not c.strip())]
    if node.tag != "p" or not kids or not isinstance(kids[0], _Node) or kids[0].tag not in ("strong", "b"):
        return None
    name = _LABELS.get(" ".join(_text_of(kids[0]).split()).casefold())
    if name is None:
        return None
    start = node.children.index(kids[0]) + 1
    return name, node.children[start:]


def split_note(html_text: str) -> NoteFields:
    """Split a note made by :func:`.notes.note_html` (as the server stores it) into the
    task, the one-liner and the summary as Markdown.  The heading (``<h2>`` title)
    and the ``From <i>digest</i> › section`` line are skipped: they name the entry,
    they are not its content."""
    nodes = [n for n in _unwrap(_parse(html_text)) if not (isinstance(n, str) and not n.strip())]
    out = NoteFields()
    if nodes and isinstance(nodes[0], _Node) and nodes[0].tag == "h2":
        nodes = nodes[1:]
        if nodes and isinstance(nodes[0], _Node) and nodes[0].tag == "p" and _text_of(nodes[0]).lstrip().startswith(
                "From "):
            nodes = nodes[1:]
    rest: list[_Node | str] = []
    for node in nodes:
        labelled = _label_of(node) if isinstance(node, _Node) and not rest else None
        if labelled is not None and getattr(out, labelled[0]) is None:
            value = " ".join(_plain_inline(labelled[1]).split())
            setattr(out, labelled[0], value or None)
            continue
        rest.append(node)
    out.summary = "\n\n".join(_blocks(rest)).strip()
    return out


def _plain_inline(children: list[_Node | str]) -> str:
    """Task and one-liner are plain text in the digest (one line, no markup)."""
    return "".join(_text_of(c) if isinstance(c, _Node) else c for c in children)
