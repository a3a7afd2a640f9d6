"""The tags an entry gets in Zotero, from the templates of ``mappings/tags.toml``
(loaded and checked by :mod:`.tag_templates`; pull reads them back by the same templates).

Tags are manual (type 0: the user's to rename or delete), except arXiv categories, which
are automatic (type 1) and named as Zotero names them (:mod:`.arxiv_categories`), like the
tags of a paper the user saved from arXiv.  Every tag is repaired text (mojibake fixed)."""

from __future__ import annotations

import re

from ..mappings import venue_spec
from ..model import Entry
from .arxiv_categories import zotero_category_name
from .collection_tree import section_names
from .text_limits import ZoteroJson, clip_chars, one_line, repaired

#: Kinds of tag that are automatic tags (type 1): facts of arXiv's record, not the user's words.
AUTOMATIC_KINDS = frozenset({"category"})


def tags_for(entry: Entry, templates: dict[str, str], *, title_heading: str | None = None) -> list[ZoteroJson]:
    """Tags for an entry from the templates of ``mappings/tags.toml``: manual (type 0),
    category tags automatic (type 1)."""
    paper = entry.paper
    spec = venue_spec(paper.venue)
    venue = None
    if paper.venue is not None and not (spec is not None and spec.kind == "preprint"):
        venue = spec.name if spec else one_line(paper.venue.name)
    year = paper.venue.year if paper.venue and paper.venue.year else None
    sections = section_names(entry.section, title_heading)
    categories = paper.metadata.categories if paper.metadata and paper.metadata.categories else paper.categories
    single = {
        "task": one_line(paper.task) or None,
        "venue": venue,
        "year": str(year) if year else None,
        "track": one_line(paper.venue.track) if venue and paper.venue and paper.venue.track else None,
        "section": sections[-1] if sections else None,
    }
    many = {"topic": [one_line(t) for t in paper.topics if one_line(t)], "category": list(categories)}
    out: list[ZoteroJson] = []
    seen: set[str] = set()
    for kind, template in templates.items():
        values_list: list[dict[str, str | None]]
        if kind in many:
            values_list = [{**single, kind: v, **_more(kind, v)} for v in many[kind]]
        else:
            values_list = [single]
        for values in values_list:
            names = re.findall(r"{(\w+)}", template)
            if any(not values.get(n) for n in names):
                continue
            tag = clip_chars(repaired(template.format(**{n: values[n] for n in names})))
            if tag and tag not in seen:
                seen.add(tag)
                out.append({"tag": tag, "type": 1 if kind in AUTOMATIC_KINDS else 0})
    return out


def _more(kind: str, value: str | None) -> dict[str, str | None]:
    """Values derived from a listed one: a category's Zotero name."""
    if kind == "category" and value:
        return {"category_name": zotero_category_name(value)}
    return {}
