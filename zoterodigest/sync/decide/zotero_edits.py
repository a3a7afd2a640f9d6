"""Edits made in Zotero, read as digest fields (pure, no I/O).

* a task tag of ours renamed on an item (:func:`renamed_task`): owned by us
  (:func:`task_changes`); whether the digest takes it is the one decision's
  (:mod:`.decision`), like every note field;
* a venue tag of ours replaced by one naming another known venue: the venue
  text (:func:`venue_changes`);
* an item added to a digest's collection in Zotero: a new entry's facts
  (:func:`paper_from_item`).

A renamed tag is then owned by us (the item row's ``sent`` tags), so the next
push keeps it instead of removing it as a tag we no longer want.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from ... import zotero as zi
from ...digest import family_named
from ...digest.values import parse_venue
from ...link_schemes import is_web_link
from ...mappings import venue_spec
from ...model import Paper, Venue
from ...state import ItemRow
from .pull_plan import Listing, PlanBuilder


def one_line(text: str | None) -> str:
    return " ".join((text or "").split())

def renamed_task(row: ItemRow, data: dict[str, Any], pattern: re.Pattern[str]) -> tuple[str | None, str] | None:
    """(old task or None, new task) when the item's task tags differ from the ones we
    sent by one tag added (and at most one of ours removed); else None."""
    now = {t.get("tag", "") for t in data.get("tags") or []}
    sent = set(row.sent.get("tags") or [])
    tasks_now = {m["task"] for t in now if (m := pattern.match(t))}
    tasks_sent = {m["task"] for t in sent if (m := pattern.match(t))}
    removed, added = tasks_sent - tasks_now, tasks_now - tasks_sent
    if len(added) != 1 or len(removed) > 1:
        return None
    return (next(iter(removed)) if removed else None), next(iter(added))


def task_changes(row: ItemRow, data: dict[str, Any], pattern: re.Pattern[str], templates: dict[str, str],
                 where: list[Listing], build: PlanBuilder) -> ItemRow:
    """A task tag we wrote renamed in Zotero: a notice for the entries whose family
    has no Task field.  Returns the row owning the new tag (so push keeps it); the
    digest's Task is decided with the note (:mod:`.decision`)."""
    renamed = renamed_task(row, data, pattern)
    if renamed is None:
        return row
    old, new = renamed
    sent = set(row.sent.get("tags") or [])
    for dkey, entry in where:
        if (one_line(entry.paper.task) or None) == old and "task" not in entry.fields:
            build.notice(f"{Path(dkey).name}: '{entry.paper.title}' has a new task tag '{new}' in Zotero, "
                         f"but the {entry.family} family has no Task field; not taken")
    template = templates["task"]
    owned = sorted((sent - {template.format(task=old)} if old else sent) | {template.format(task=new)})
    return replace(row, sent={**row.sent, "tags": owned})


def renamed_venue(row: ItemRow, data: dict[str, Any], old_tag: str) -> tuple[str, Venue] | None:
    """(new tag, its venue) when the venue tag ``old_tag`` we sent was replaced in
    Zotero by one tag naming another known venue (``CVPR`` -> ``ICCV``); else None.
    Only mapped venues count, so an unrelated new tag is never read as a venue."""
    now = {t.get("tag", "") for t in data.get("tags") or []}
    sent = set(row.sent.get("tags") or [])
    if old_tag not in sent or old_tag in now:
        return None
    found = []
    for tag in now - sent:
        venue, _ = parse_venue(tag)
        spec = venue_spec(venue)
        if venue is not None and spec is not None and spec.kind != "preprint":
            found.append((tag, venue))
    return found[0] if len(found) == 1 else None


def venue_changes(row: ItemRow, data: dict[str, Any], templates: dict[str, str], where: list[Listing],
                  build: PlanBuilder) -> ItemRow:
    """A venue tag we wrote renamed in Zotero: the venue text of the entries that
    had it (year and track kept unless the new tag names them).  Returns the row
    owning the new tag, so push keeps it."""
    template = templates.get("venue") or ""
    if re.findall(r"{(\w+)}", template) != ["venue"]:
        return row
    for dkey, entry in where:
        old_tag = next((t["tag"] for t in zi.tags_for(entry, {"venue": template})), None)
        renamed = renamed_venue(row, data, old_tag) if old_tag else None
        if renamed is None:
            continue
        tag, venue = renamed
        current = entry.paper.venue
        if current is not None:
            venue = dataclasses.replace(venue, year=venue.year or current.year, track=venue.track or current.track)
        if "venue" not in entry.fields or "venue" not in family_named(entry.family).editable:
            build.notice(f"{Path(dkey).name}: '{entry.paper.title}' has a new venue tag '{tag}' in Zotero, "
                                f"but the {entry.family} family has no venue field; not taken")
            continue
        build.propose(dkey, entry, {"venue": venue}, "venue tag edited in Zotero")
        sent = set(row.sent.get("tags") or [])
        row = replace(row, sent={**row.sent, "tags": sorted((sent - {old_tag}) | {tag})})
    return row


def paper_from_item(data: dict[str, Any], pattern: re.Pattern[str] | None = None) -> Paper:
    """A digest entry's facts from a Zotero item (title, arXiv id or DOI, authors,
    venue, links, abstract, task tag), for a paper added to a collection in Zotero."""
    keys = zi.identity_keys(data)
    arxiv = next((k.split(":", 1)[1] for k in sorted(keys) if k.startswith("arxiv:")), None)
    doi = next((k.split(":", 1)[1] for k in sorted(keys) if k.startswith("doi:")), None)
    authors = []
    for c in data.get("creators") or []:
        name = c.get("name") or " ".join(x for x in (c.get("firstName"), c.get("lastName")) if x)
        if name.strip():
            authors.append(" ".join(name.split()))
    year_m = re.match(r"(\d{4})", str(data.get("date") or ""))
    year = int(year_m[1]) if year_m else None
    venue = None
    for name in ("conferenceName", "proceedingsTitle", "publicationTitle"):
        if data.get(name):
            venue, _ = parse_venue(one_line(str(data[name])))
            if venue is not None and venue.year is None and year:
                venue = dataclasses.replace(venue, year=year)
            break
    if venue is None and arxiv:
        venue, _ = parse_venue(f"arXiv {year}" if year else "arXiv")
    links: dict[str, str] = {}
    if arxiv:
        links["arxiv"] = f"https://arxiv.org/abs/{arxiv}"
    elif is_web_link(str(data.get("url") or "")):  # (a link with a line break could open an entry)
        links["paper"] = str(data["url"]).strip()
    task = None
    if pattern is not None:
        task = next((m["task"] for t in data.get("tags") or [] if (m := pattern.match(t.get("tag", "")))), None)
    return Paper(arxiv_id=arxiv, doi=None if arxiv else doi, title=one_line(data.get("title")),
                 authors=authors, authors_complete=bool(authors), venue=venue, year=year, task=task,
                 abstract=one_line(data.get("abstractNote")) or None, links=links)

