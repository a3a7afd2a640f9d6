"""Paper <-> Zotero item JSON, summary notes, tags and collections (pure functions).

Nothing here does I/O or imports pyzotero, so every rule can be tested on its
own and the client stays a thin transport.  The rules follow Zotero's own
conventions (schema v41, the arXiv.org translator, Better BibTeX), so that an
item we create looks like one the user saved by hand and both tools agree.

Item type (see :func:`item_type_for`):

* a venue the mappings know as a conference or workshop -> ``conferencePaper``;
* a venue the mappings know as a journal, or no known venue but a journal DOI
  (from the digest or from arXiv's record) -> ``journalArticle``;
* everything else -> ``preprint``: no venue, venue ``arXiv``, or a venue the
  mappings do not know (kept as a tag, never guessed into a field).  With an
  arXiv id it is stored exactly as the arXiv translator stores it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import PurePath
from typing import Any

import nh3
from markdown_it import MarkdownIt

from ..ids import normalise_doi, normalise_title, parse_arxiv
from ..mappings import VenueSpec, venue_spec, zotero_settings
from ..model import Entry, Paper
from ..names import split_person

# --- Zotero's limits and fields (schema v41) ------------------------------------------------

def _words(text: str) -> list[str]:
    return text.split()


NAME_MAX_CHARS = 255  # tag, creator name, collection name
FIELD_MAX_BYTES = 65_535
NOTE_MAX_CHARS = 500_000

_COMMON = _words(
    "title abstractNote date citationKey url accessDate archive archiveLocation shortTitle language "
    "libraryCatalog callNumber rights extra"
)
FIELDS: dict[str, frozenset[str]] = {
    "preprint": frozenset(_COMMON + _words("genre repository archiveID place series seriesNumber DOI")),
    "conferencePaper": frozenset(
        _COMMON
        + _words(
            "proceedingsTitle conferenceName publisher place eventPlace volume issue numberOfVolumes pages "
            "series seriesNumber DOI ISBN ISSN"
        )
    ),
    "journalArticle": frozenset(
        _COMMON
        + _words(
            "publicationTitle publisher place volume issue section partNumber partTitle pages series "
            "seriesTitle seriesText journalAbbreviation DOI PMID PMCID ISSN"
        )
    ),
}
#: Fields every regular item type has in schema v41 (used when adopting an item of a type we do not map).
UNIVERSAL_FIELDS = frozenset(
    _words("title abstractNote date citationKey url accessDate shortTitle language rights extra DOI place")
)


def _clip_bytes(text: str, limit: int = FIELD_MAX_BYTES) -> str:
    data = text.encode("utf-8")
    if len(data) <= limit:
        return text
    return data[: limit - 3].decode("utf-8", "ignore") + "…"


def _clip_chars(text: str, limit: int = NAME_MAX_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


# --- item type --------------------------------------------------------------------------------


def _journal_doi(paper: Paper) -> str | None:
    """A DOI that is not arXiv's own DataCite DOI (the digest's, else arXiv's record)."""
    for raw in (paper.doi, paper.metadata.doi if paper.metadata else None):
        doi = normalise_doi(raw)
        if doi and not doi.startswith("10.48550/"):
            return doi
    return None


def item_type_for(paper: Paper) -> str:
    """The item type for the venue's kind (``[item_types]`` of mappings/zotero.toml);
    a paper with no known venue is a preprint, or a journal article when it
    carries a journal DOI."""
    spec = venue_spec(paper.venue)
    types = zotero_settings().item_types
    if spec is not None and spec.kind != "preprint" and spec.kind in types:
        return types[spec.kind]
    if _journal_doi(paper):
        return "journalArticle"
    return types.get("preprint", "preprint")


# --- creators ---------------------------------------------------------------------------------

def split_name(raw: str) -> dict[str, str]:
    """One author as a Zotero creator (``author``): ``firstName``/``lastName`` when a
    split is sound (:func:`zoterodigest.names.split_person`), else the single-field
    ``name`` (organisations, one-word names, names in scripts written without spaces)."""
    name = _one_line(raw)
    if not name:
        return {}
    parts = split_person(name)
    if parts is None:
        return {"creatorType": "author", "name": _clip_chars(name)}
    family, given = parts
    return _person(given, family)


def _person(first: str, last: str) -> dict[str, str]:
    return {"creatorType": "author", "firstName": _clip_chars(first), "lastName": _clip_chars(last)}


def creators_for(paper: Paper) -> list[dict[str, str]]:
    """Full author list from arXiv's record when enriched, else the digest's."""
    names = paper.metadata.authors if paper.metadata and paper.metadata.authors else paper.authors
    return [c for c in (split_name(n) for n in names) if c]


# --- the item ---------------------------------------------------------------------------------


def arxiv_extra_line(arxiv_id: str, category: str | None) -> str:
    """``arXiv:2504.18524 [cs.CV]`` as the translator writes it (old-style ids: no category)."""
    if "/" in arxiv_id or not category:
        return f"arXiv:{arxiv_id}"
    return f"arXiv:{arxiv_id} [{category}]"


def _primary_category(paper: Paper) -> str | None:
    if paper.metadata and paper.metadata.primary_category:
        return paper.metadata.primary_category
    return paper.categories[0] if paper.categories else None


def _arxiv_month(arxiv_id: str) -> str | None:
    """``YYYY-MM`` of submission read from the id, when arXiv's record is not at hand."""
    m = re.match(r"^(?:[a-z\-]+(?:\.[A-Z]{2})?/)?(\d{2})(\d{2})", arxiv_id)
    if not m:
        return None
    yy = int(m[1])
    year = 1900 + yy if "/" in arxiv_id and yy >= 91 else 2000 + yy
    return f"{year}-{m[2]}"


def _year(paper: Paper) -> int | None:
    if paper.venue and paper.venue.year:
        return paper.venue.year
    if paper.year:
        return paper.year
    if paper.metadata and paper.metadata.published:
        return paper.metadata.published.year
    return None


def _strip_braces(text: str) -> str:
    return text.replace("{", "").replace("}", "")


def conference_name(spec: VenueSpec, year: int | None) -> str:
    """``CVPR 2025`` (``conference_name`` in mappings/zotero.toml): the short name
    everyone cites, with the edition's year."""
    template = zotero_settings().fields.conference_name
    if not year:
        template = template.replace("{year}", "")
    return " ".join(template.replace("{venue}", spec.name).replace("{year}", str(year or "")).split())


def _paper_url(paper: Paper) -> str | None:
    for kind in ("paper", "website", "pdf"):
        if paper.links.get(kind):
            return paper.links[kind]
    return None


def item_for(paper: Paper, *, citation_key: str | None, tags: list[dict], collections: list[str]) -> dict:
    """The Zotero item JSON (no key/version: the caller adds them) for a paper."""
    item_type = item_type_for(paper)
    meta = paper.metadata
    arxiv = paper.arxiv_id or (meta.id if meta else None)
    fields: dict[str, str] = {
        "title": _one_line(meta.title if meta and meta.title else paper.title),
        "abstractNote": _one_line(meta.abstract if meta and meta.abstract else paper.abstract),
        "citationKey": citation_key or "",
    }
    spec = venue_spec(paper.venue)
    year = _year(paper)
    if item_type == "preprint":
        if arxiv:
            constants = zotero_settings().fields
            fields.update(
                repository=constants.preprint_repository,
                archiveID=f"arXiv:{arxiv}",
                DOI=f"10.48550/arXiv.{arxiv}",
                url=f"http://arxiv.org/abs/{arxiv}",
                date=meta.published.isoformat() if meta and meta.published else (_arxiv_month(arxiv) or ""),
                extra=arxiv_extra_line(arxiv, _primary_category(paper)),
                libraryCatalog=constants.preprint_library_catalog,
            )
        else:
            fields.update(url=_paper_url(paper) or "", date=str(year or ""), DOI=_journal_doi(paper) or "")
    else:
        if item_type == "conferencePaper" and spec is not None:
            workshop = paper.venue is not None and "workshop" in (paper.venue.track or "").casefold()
            fields["proceedingsTitle"] = _strip_braces(spec.workshop) if workshop and spec.workshop else spec.full
            fields["conferenceName"] = conference_name(spec, year)
            fields["publisher"] = spec.publisher or ""
        elif item_type == "journalArticle":
            fields["publicationTitle"] = spec.full if spec is not None and spec.kind == "journal" else ""
            fields["publisher"] = (spec.publisher or "") if spec is not None and spec.kind == "journal" else ""
        fields["date"] = str(year or "")
        fields["DOI"] = _journal_doi(paper) or ""
        if arxiv:
            fields["url"] = f"http://arxiv.org/abs/{arxiv}"
            fields["extra"] = arxiv_extra_line(arxiv, _primary_category(paper))
        else:
            fields["url"] = _paper_url(paper) or ""
    allowed = FIELDS[item_type]
    item: dict[str, Any] = {"itemType": item_type}
    for name, value in fields.items():
        if value and name in allowed:
            item[name] = _clip_bytes(value)
    item["creators"] = creators_for(paper)
    item["tags"] = [dict(t) for t in tags]
    item["collections"] = list(collections)
    item["relations"] = {}
    return item


# --- the summary note --------------------------------------------------------------------------

_MD = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
ALLOWED_TAGS = frozenset(
    _words(
        "p ul ol li strong em b i code pre a sup sub blockquote h1 h2 h3 h4 h5 h6 br span hr del s "
        "table thead tbody tr th td"
    )
)
_ALLOWED_ATTRIBUTES = {"a": {"href"}}
_MATH = re.compile(r"(?<![\\$])(\$\$.+?\$\$|\$(?!\s)[^$\n]+?(?<![\s\\])\$)", re.DOTALL)


def markdown_to_html(text: str) -> str:
    """Markdown (with ``$...$`` LaTeX and inline HTML) as sanitised HTML.

    Math is set aside before rendering so ``$x_i$ and $y_i$`` does not become
    emphasis, then put back verbatim (escaped) for a reader or a math plugin.
    """
    spans: list[str] = []

    def hide(m: re.Match[str]) -> str:
        spans.append(m.group(0))
        return f"ZDMATHX{len(spans) - 1}X"

    rendered = _MD.render(_MATH.sub(hide, text))
    rendered = re.sub(r"ZDMATHX(\d+)X", lambda m: html.escape(spans[int(m[1])], quote=False), rendered)
    return sanitise_html(rendered)


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
        return html.escape(_one_line(text), quote=False)

    title = paper.metadata.title if paper.metadata and paper.metadata.title else paper.title
    parts = [f"<h2>{esc(title) or 'Summary'}</h2>"]
    where = [f"From <i>{esc(digest_label)}</i>"] + [esc(s) for s in _sections(entry.section, title_heading)]
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


def note_item(parent_key: str, note: str) -> dict:
    """A child note's JSON (no key/version: the caller adds them).  Child notes take
    no collections (the server refuses them) and no tags of ours."""
    return {"itemType": "note", "parentItem": parent_key, "note": note, "tags": [], "relations": {}}


class _MeaningParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "div":
            return
        kept = sorted((k, v or "") for k, v in attrs if k in ("href",))
        self.out.append("<" + tag + "".join(f' {k}="{v}"' for k, v in kept) + ">")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag not in ("div", "br", "hr"):
            self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        self.out.append(" ".join(data.split()) if data.strip() else " ")


def note_meaning(note: str) -> str:
    """A canonical form for comparing notes by meaning, not bytes: the server wraps
    notes in ``<div data-schema-version>``, rewrites whitespace and entities, and
    drops attributes; none of that is a change anybody made."""
    parser = _MeaningParser()
    parser.feed(note)
    parser.close()
    text = "".join(parser.out)
    text = re.sub(r"\s*(</?[a-z0-9]+(?: [^>]*)?>)\s*", r"\1", text)
    return " ".join(text.split())


# --- tags -------------------------------------------------------------------------------------


def _sections(section: list[str], title_heading: str | None) -> list[str]:
    names = [_one_line(s) for s in section if _one_line(s)]
    if names and title_heading is not None and names[0] == _one_line(title_heading):
        names = names[1:]
    return names


def tags_for(entry: Entry, templates: dict[str, str], *, title_heading: str | None = None) -> list[dict]:
    """Manual tags (type 0) for an entry from the templates of ``mappings/tags.toml``."""
    paper = entry.paper
    spec = venue_spec(paper.venue)
    venue = None
    if paper.venue is not None and not (spec is not None and spec.kind == "preprint"):
        venue = spec.name if spec else _one_line(paper.venue.name)
    year = paper.venue.year if paper.venue and paper.venue.year else None
    sections = _sections(entry.section, title_heading)
    categories = paper.metadata.categories if paper.metadata and paper.metadata.categories else paper.categories
    single = {
        "task": _one_line(paper.task) or None,
        "venue": venue,
        "year": str(year) if year else None,
        "track": _one_line(paper.venue.track) if venue and paper.venue and paper.venue.track else None,
        "section": sections[-1] if sections else None,
    }
    many = {"topic": [_one_line(t) for t in paper.topics if _one_line(t)], "category": list(categories)}
    out: list[dict] = []
    seen: set[str] = set()
    for kind, template in templates.items():
        values_list: list[dict[str, str | None]]
        if kind in many:
            values_list = [{**single, kind: v} for v in many[kind]]
        else:
            values_list = [single]
        for values in values_list:
            names = re.findall(r"{(\w+)}", template)
            if any(not values.get(n) for n in names):
                continue
            tag = _clip_chars(_one_line(template.format(**{n: values[n] for n in names})))
            if tag and tag not in seen:
                seen.add(tag)
                out.append({"tag": tag, "type": 0})
    return out


# --- collections ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlannedCollection:
    """A collection to have: its names from the digest's collection down."""

    path: tuple[str, ...]

    @property
    def name(self) -> str:
        return self.path[-1]

    @property
    def parent(self) -> tuple[str, ...] | None:
        return self.path[:-1] or None


def title_heading(markdown: str) -> str | None:
    """The digest's first level-1 heading (ATX or setext, never inside code), as text."""
    tokens = _MD.parse(markdown)
    for i, token in enumerate(tokens):
        if token.type == "heading_open" and token.tag == "h1" and i + 1 < len(tokens):
            parts = [c.content for c in tokens[i + 1].children or [] if c.type in ("text", "code_inline")]
            return _one_line("".join(parts)) or None
    return None


def digest_collection_name(digest_path: str, title_heading: str | None, name: str | None = None) -> str:
    """The digest's collection: the given name, else its first level-1 heading, else the file stem."""
    chosen = _one_line(name) or _one_line(title_heading) or PurePath(digest_path).stem
    return _clip_chars(chosen)


def collection_path(
    digest_path: str,
    title_heading: str | None,
    section: list[str],
    *,
    flatten: bool = False,
    name: str | None = None,
) -> tuple[str, ...]:
    """The collection an entry listed under ``section`` belongs in."""
    root = digest_collection_name(digest_path, title_heading, name)
    if flatten:
        return (root,)
    return (root, *(_clip_chars(s) for s in _sections(section, title_heading)))


def collection_plan(
    digest_path: str,
    title_heading: str | None,
    sections: Iterable[list[str]],
    *,
    flatten: bool = False,
    name: str | None = None,
) -> list[PlannedCollection]:
    """One collection per digest and one nested sub-collection per section path,
    parents before children (the order they must be created in)."""
    seen: dict[tuple[str, ...], None] = {}
    for section in [[], *sections]:
        path = collection_path(digest_path, title_heading, section, flatten=flatten, name=name)
        for depth in range(1, len(path) + 1):
            seen.setdefault(path[:depth], None)
    return [PlannedCollection(p) for p in seen]


def collection_item(planned: PlannedCollection, parent_key: str | None) -> dict:
    """A collection's JSON (no key/version: the caller adds them)."""
    return {"name": planned.name, "parentCollection": parent_key or False}


def existing_collection_paths(collections: Iterable[dict]) -> dict[tuple[str, ...], str]:
    """Path of names -> key of the library's collections (as the API lists them),
    so a plan reuses collections that exist instead of creating twins."""
    by_key = {}
    for c in collections:
        data = c.get("data", c)
        if not data.get("deleted"):
            by_key[data["key"]] = (data.get("name", ""), data.get("parentCollection") or None)
    out: dict[tuple[str, ...], str] = {}
    for key in by_key:
        names: list[str] = []
        cur: str | None = key
        seen: set[str] = set()
        while cur and cur in by_key and cur not in seen:
            seen.add(cur)
            names.insert(0, by_key[cur][0])
            cur = by_key[cur][1]
        if cur is None:
            out.setdefault(tuple(names), key)
    return out


# --- identity and adoption ---------------------------------------------------------------------

_EXTRA_ARXIV = re.compile(r"^\s*arxiv\s*:\s*(\S+)", re.IGNORECASE | re.MULTILINE)


def identity_keys(item_data: dict) -> set[str]:
    """Every identity under which an existing item matches a paper, in the form of
    :attr:`Paper.identity` (``arxiv:ID``, ``doi:...``, ``title:...``)."""
    data = item_data.get("data", item_data)
    keys: set[str] = set()
    ids = []
    if re.search(r"arxiv", data.get("repository", "") or "", re.IGNORECASE) or str(
        data.get("archiveID", "")
    ).lower().startswith("arxiv:"):
        ids.append(parse_arxiv(data.get("archiveID", "")))
    ids += [parse_arxiv(m) for m in _EXTRA_ARXIV.findall(data.get("extra", "") or "")]
    ids.append(parse_arxiv(data.get("url", "") or ""))
    doi = normalise_doi(data.get("DOI", "") or "")
    if doi:
        arxiv_from_doi = parse_arxiv(doi)
        if arxiv_from_doi:
            ids.append(arxiv_from_doi)
        else:
            keys.add(f"doi:{doi}")
    keys |= {f"arxiv:{a.id}" for a in ids if a}
    title = normalise_title(data.get("title", "") or "")
    if title:
        keys.add(f"title:{title}")
    return keys


def paper_identity_keys(paper: Paper) -> set[str]:
    """The identities of a paper to look up in :func:`identity_keys` of the library."""
    keys = {paper.identity}
    if paper.arxiv_id:
        keys.add(f"arxiv:{paper.arxiv_id}")
    doi = _journal_doi(paper)
    if doi:
        keys.add(f"doi:{doi}")
    title = paper.metadata.title if paper.metadata and paper.metadata.title else paper.title
    if normalise_title(title):
        keys.add(f"title:{normalise_title(title)}")
    return keys


def index_by_identity(items: Iterable[dict]) -> dict[str, dict]:
    """Identity -> existing item, for the library's regular top-level items (as the
    API lists them; notes, attachments and trashed items left out).  When two items
    share an identity the first listed wins, so the choice is stable."""
    index: dict[str, dict] = {}
    for obj in items:
        data = obj.get("data", obj)
        if data.get("itemType") in ("note", "attachment", "annotation") or data.get("parentItem"):
            continue
        if data.get("deleted"):
            continue
        for key in sorted(identity_keys(data)):
            index.setdefault(key, obj)
    return index


def find_existing(paper: Paper, index: dict[str, dict]) -> dict | None:
    """The library's item for a paper: by arXiv id, else DOI, else normalised title."""
    keys = paper_identity_keys(paper)
    for prefix in ("arxiv:", "doi:", "title:"):
        for key in sorted(k for k in keys if k.startswith(prefix)):
            if key in index:
                return index[key]
    return None
