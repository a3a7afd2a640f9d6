"""The readers of a list's runs of siblings that read items as papers by what their siblings share,
asked in order once the items were read one by one (each sees what the ones before it found):
boxed tasks, a label naming papers, a venue before titles, a year and a venue before a dash, a lead in parentheses, a venue over titles, fields, delimited records, names, notes,
plain titles, comma-separated records naming the page's people, items keyed by a notes file's name and items led by a
wiki link citing the paper, and titles linked to hosts unknown among siblings linking theirs.  Pure.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..document import Document
from .cited_leads import cited_titles
from .comma_records import comma_titles
from .dated_items import dated_titles
from .delimited_items import delimited_titles
from .found import Found
from .hosted_items import hosted_titles
from .keyed_items import keyed_titles
from .led_items import led_titles
from .list_items import Item
from .named_items import named_titles
from .nicknamed_items import nicknamed_titles
from .noted_items import noted_titles
from .unlinked_items import checked_titles, field_titles, labelled_titles, plain_titles, venue_titles
from .venue_children import venued_titles

_BY_RUN = (checked_titles, labelled_titles, venue_titles, dated_titles, led_titles, venued_titles, field_titles, delimited_titles, named_titles,
           noted_titles, nicknamed_titles, plain_titles, comma_titles, keyed_titles, cited_titles, hosted_titles)


def titles_by_runs(doc: Document, items: Sequence[Item], results: dict[int, Found | None],
                   retry: Callable[[int], Found | None], papers: bool, more: list[Found]) -> list[Found]:
    """``more`` and the papers every run reader adds to it (``retry`` reads item ``n`` as templated)."""
    for by_run in _BY_RUN:
        more += by_run(doc, items, results | {f.first: f for f in more}, retry, papers=papers)
    return more
