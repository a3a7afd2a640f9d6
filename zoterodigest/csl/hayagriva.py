"""CSL JSON items -> Hayagriva YAML, Typst's bibliography format.

One mapping per paper under its citation key: ``type`` (``article``, or an
``article`` whose ``parent`` is the ``proceedings`` or ``periodical``),
``title``, ``author`` (``Family, Given``; a particle stays in the family name),
``date``, ``url``, ``serial-number`` (``doi``, ``arxiv``), and ``publisher: arXiv``
for a preprint.  Every scalar is written as a double-quoted YAML string (JSON's
quoting, which YAML reads the same), so no title can change the YAML's shape.
"""

from __future__ import annotations

import json
from typing import Any


def _q(value: object) -> str:
    return json.dumps(str(value), ensure_ascii=False)


def _person(name: dict[str, str]) -> str:
    if "literal" in name:
        return name["literal"]
    return f"{name['family']}, {name['given']}" if name.get("given") else name["family"]


def _date(issued: dict[str, Any]) -> str:
    parts = issued["date-parts"][0]
    return "-".join([f"{parts[0]:04d}", *(f"{p:02d}" for p in parts[1:])])


def hayagriva_entry(item: dict[str, Any]) -> list[str]:
    """The YAML lines of one CSL item (its key line first)."""
    lines = [f"{_q(item['id'])}:", "  type: article", f"  title: {_q(item['title'])}"]
    if item.get("author"):
        lines.append("  author: [" + ", ".join(_q(_person(a)) for a in item["author"]) + "]")
    if item.get("issued"):
        lines.append(f"  date: {_date(item['issued'])}")
    if item.get("URL"):
        lines.append(f"  url: {_q(item['URL'])}")
    serial = {k: v for k, v in (("doi", item.get("DOI")), ("arxiv", _arxiv(item))) if v}
    if serial:
        lines.append("  serial-number: {" + ", ".join(f"{k}: {_q(v)}" for k, v in serial.items()) + "}")
    if item.get("abstract"):
        lines.append(f"  abstract: {_q(item['abstract'])}")
    if item["type"] == "article" and item.get("publisher"):
        lines.append(f"  publisher: {_q(item['publisher'])}")
    elif item.get("container-title"):
        parent = "proceedings" if item["type"] == "paper-conference" else "periodical"
        fields = [f"type: {parent}", f"title: {_q(item['container-title'])}"]
        if item.get("publisher"):
            fields.append(f"publisher: {_q(item['publisher'])}")
        lines.append("  parent: {" + ", ".join(fields) + "}")
    return lines


def _arxiv(item: dict[str, Any]) -> str | None:
    number = item.get("number", "")
    if number.startswith("arXiv:"):
        return str(number[len("arXiv:"):])
    url = item.get("URL", "")
    return url.rsplit("/abs/", 1)[1] if "arxiv.org/abs/" in url else None


def hayagriva_text(items: list[dict[str, Any]]) -> str:
    return "".join("\n".join(hayagriva_entry(item)) + "\n\n" for item in items).rstrip("\n") + "\n"
