"""CSL JSON and Hayagriva YAML exports: the same papers and citation keys as the .bib.

>>> text = csl_json(export_bib(papers).entries ...)   # doctest: +SKIP

The key step is the export's own (:func:`zoterodigest.bibtex.export_bib` gives the
keys, pinned in the state), so ``[@key]`` finds the same paper in every format.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from ..model import Paper
from .hayagriva import hayagriva_text
from .items import csl_item, plain

__all__ = ["csl_item", "csl_items", "csl_json", "hayagriva_text", "plain"]


def csl_items(papers: Sequence[Paper], keys: Mapping[str, str], *, abstracts: bool = False,
              keywords: Mapping[str, list[str]] | None = None) -> list[dict[str, Any]]:
    """One item per paper (listings merged already), in key order."""
    items = [csl_item(p, keys[p.identity], abstracts=abstracts, keywords=(keywords or {}).get(p.identity))
             for p in papers]
    return sorted(items, key=lambda i: (i["id"].casefold(), i["id"]))


def csl_json(items: list[dict[str, Any]]) -> str:
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"
