"""Runs of plain list items, one paper's title each, known by a learnt model rather than by a shape.

::

    ## Community detection

    1. SLPA: Uncovering Overlapping Communities in Social Networks via a Listener Process

    2. Community Detection via Measure Space Embedding

A reading list may name its papers by their titles alone, with no link or id.  Read last, on the
list items no other reader took: a run of three items or more (blank lines between them allowed,
nothing else), each plain text with no link or address, is described by what its items look like
(words, capitals, full stops, sentences, names, years, pronouns) and by what the section and the
document around it hold; a logistic model learnt from the development lists' truth
(``bench/train_plain_items.py``, weights in ``plain_item_weights.json``) gives the chance that its
items are papers.  Only a run the model is sure of (:data:`THRESHOLD`) gives entries, one per item.
Pure.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..document import Document
from .bold_leads import past_bold_lead, unbold
from .child_papers import under_paper_item
from .citation_keys import cites_only
from .found import Found
from .labelled_runs import labelled, under_label
from .links import Identity
from .name_lists import is_author_list, is_name_list
from .non_papers import book_record
from .note_links import has_items_under, note_link
from .run_templates import closing_fields, document_skeletons, marked_head, skeleton, without_closing
from .table_runs import table_runs, titles_column
from .tagged_runs import tagged_runs, without_marks
from .title_features import ANY_YEAR, CJK, WORD
from .title_lines import SENTENCES, SMALL_WORDS

#: The least chance, by the model, that a run's items are papers.
THRESHOLD = 0.75
#: The least chance for a run of a document where another run is sure (file-grouped cross-validation on the
#: development lists: 54 more paper items, none that is no paper).
SECOND = 0.5
_LEAST = 3

#: A list item; check boxes and reading marks before its text (``[x]``, ``[-]``, ``[√]``, ``[*]``) are none of it.
_ITEM = re.compile(r"^([ \t]{0,12})(?:(?:[-*+]|\(?\d{1,4}[.)])[ \t]+|（\d{1,3}）[ \t]*+)(?:\[[ xX√✓✔✗*~/-]\][ \t]*+)*(?P<text>\S.*)$")
#: What may close a plain title and is no part of it: line breaks in HTML, links labelled by a word or two
#: (``[[code]](url)``, ``**[[paper]](url)**``), marks in bold (``**\\^**``, ``(**TA**)``), a venue and year in brackets
#: (``[OOPSLA '19]``, ``[Empirical Software Engineering 2022]``).
_TASK = re.compile(r"^[ \t]{0,12}(?:[-*+]|\(?\d{1,4}[.)])[ \t]+\[[ xX]\]")
_BULLET = re.compile(r"^[ \t]{0,16}(?:(?:[-*+]|\(?\d{1,4}[.)])[ \t]|（\d{1,3}）)")  # (or "（1）Title", a number in full-width brackets)
_CLOSING = re.compile(r"(?:</?br[ \t]*+/?>|\*{0,2}+\[\[?[^\[\]()\s]{1,12}(?:[ \t][^\[\]()\s]{1,12})?\]\]?\([^()\s]*+\)\*{0,2}"
                      r"|\(?\*\*[^*\w]{1,3}\*\*\)?|\(\*\*[A-Z]{1,4}\*\*\)"
                      r"|\[[A-Za-z][^\[\]()]{0,120}?[ \t](?:['’]\d{2}|(?:19|20)\d{2})\])$")
_PRONOUN = re.compile(r"(?i)\b(?:i|we|you|our|my|your|us|me|this|these|it|they)\b")
_VERB_START = re.compile(r"(?i)^(?:read|add|use|install|run|see|check|write|update|fix|make|try|learn|review|finish|"
                         r"implement|build|create|set|get|go|find|understand|study|watch|prepare|submit)\b")
_VENUE = re.compile(r"\b(?:NeurIPS|NIPS|ICML|ICLR|CVPR|ICCV|ECCV|ACL|EMNLP|NAACL|AAAI|IJCAI|KDD|SIGIR|arXiv|Proceedings|"
                    r"Conference|Journal|Transactions|Workshop)\b")
_PAPER_WORDS = re.compile(r"(?i)paper|reading|references?|bibliograph|publications?|literature|survey|论文|文献")
_MARKED = re.compile(r"\*\*|__|`|(?<!\w)[*_](?=\w)")
#: A record's title before its year written as a field of its own, maybe after its venue: ``Title, 2022, Venue``,
#: ``Title, 2019.``, ``Title, HPCA 2003.``
_TITLE_YEAR = re.compile(r"(?P<t>[^,]++(?:,[ \t]++[^,]++)*?),[ \t]++(?:[A-Z][\w&.\-]*+(?:[ \t]++[\w&.\-]++){0,7}?[ \t]++)?(?:19|20)\d{2}(?=[ \t]*+[,;(]|\.?$)")
#: A study's number in brackets opening its record, maybe marked: ``(542)\\*. ``, ``(12). ``
_NUMBER_OPEN = re.compile(r"\(\d{1,5}\)(?:\\?\*)*+\.?[ \t]++(?=\S)")

FEATURES = (
    "bias", "words_le2", "words3_5", "words6_12", "words13_25", "words26", "cap_ratio", "title_case", "upper_start",
    "ends_stop", "ends_colon", "ends_question", "sentences", "year", "venue", "names", "colon_inside", "pronoun",
    "verb_start", "digits", "cjk", "marked", "run_log", "run_title_case", "run_ends_stop", "run_pronoun",
    "run_cap_ratio", "run_colon", "heading_papers", "doc_entries", "doc_linkless", "list_taken", "doc_plain", "run_task",
)


@dataclass(frozen=True, slots=True)
class Item:
    """One plain list item: its line, and its text after the bullet or number."""

    line: int
    text: str
    noted: bool = False  # (the item is a link to the list's own page of notes, its text the link's)
    task: bool = False  # (the item opens with a task's check box, ``[ ]`` or ``[x]``: a reading list's to-do)


def item_of(line: str) -> str | None:
    """The text of a list item that holds no link, address, image or table, else None."""
    m = _ITEM.match(line)
    if m is None:
        return None
    text = m.group("text").rstrip(" \t").removesuffix("\\").rstrip(" \t")
    while text.endswith((")", ">", "*", "]")) and (c := _CLOSING.search(text, max(0, len(text) - 300))) is not None and c.start():
        text = text[: c.start()].rstrip(" \t")  # (one closing piece at a time, from the end)
    if any(mark in text for mark in ("](", "http", "www.", "<", "|", "[", "doi:", "arXiv:")):
        return None
    return text if WORD.search(text) else None


def runs(doc: Document, lo: int, hi: int, taken: bytearray) -> list[list[Item]]:
    """The runs of plain items of ``[lo, hi)`` that no reader took: items of one indent in one list (blank
    lines, an item's wrapped lines and its children between them allowed); ``taken`` has a byte per line
    from ``lo``."""
    return [run for run, _ in runs_in_lists(doc, lo, hi, taken)]


def runs_in_lists(doc: Document, lo: int, hi: int, taken: bytearray, least: int = 3) -> list[tuple[list[Item], float]]:
    """:func:`runs` (of ``least`` items or more), each with the share of its list's items at its indent that a reader took
    as papers (a title among linked papers is one more paper; a feature list beside them is a list of its own)."""
    lists = _Lists(least)
    blank = True
    for i in range(lo, hi):
        line = doc.lines[i]
        if not line.strip():
            blank = True
            continue
        was_blank, blank = blank, False
        if doc.fenced[i] or line.lstrip(" \t").startswith(("#", "|", "<h", "<H")):
            lists.end(0)
            continue
        ind = len(line.expandtabs(4)) - len(line.lstrip(" \t").expandtabs(4)) if line[:1] in " \t" else 0
        if _BULLET.match(line) is None:
            if not lists.block or (was_blank and ind <= min(lists.block)):
                lists.end(0)  # (a paragraph of its own ends every list; an item's wrapped line or paragraph does not)
            continue
        text = None if taken[i - lo] else item_of(line)
        noted = text is None and not taken[i - lo] and "[" in line and (m := _ITEM.match(line)) is not None \
            and (text := note_link(m.group("text"))) is not None  # (a link to the list's page of notes on the paper)
        lists.item(ind, Item(i, text, noted, _TASK.match(line) is not None) if text is not None else None, bool(taken[i - lo]))
    lists.end(0)
    out = sorted(lists.out, key=lambda rb: rb[0][0].line)
    return [(run, lists.counts[b][0] / lists.counts[b][1]) for run, b in out]


class _Lists:
    """The lists open at a line of a document, by indent: each its run of plain items under way and its
    counts (items taken by other readers, items)."""

    def __init__(self, least: int) -> None:
        self.least = least
        self.out: list[tuple[list[Item], int]] = []
        self.runs: dict[int, list[Item]] = {}
        self.block: dict[int, int] = {}  # (indent -> its list's number in counts)
        self.counts: list[list[int]] = []

    def close(self, d: int) -> None:
        run = self.runs.pop(d, None)
        if run is not None and len(run) >= self.least:
            self.out.append((run, self.block[d]))

    def end(self, at_least: int) -> None:
        """End the lists of indent ``at_least`` and deeper."""
        for d in [d for d in self.block if d >= at_least]:
            self.close(d)
            del self.block[d]

    def item(self, ind: int, plain: Item | None, taken: bool) -> None:
        """One item at indent ``ind``: ``plain`` when it is a plain item no reader took."""
        self.end(ind + 1)  # (an item ends the lists deeper than it)
        if ind not in self.block:
            self.block[ind] = len(self.counts)
            self.counts.append([0, 0])
        self.counts[self.block[ind]][1] += 1
        if plain is None:
            self.counts[self.block[ind]][0] += taken
            self.close(ind)
        else:
            self.runs.setdefault(ind, []).append(plain)


@lru_cache(maxsize=4096)
def _own(text: str) -> tuple[float, ...]:
    """What one item's text looks like, in :data:`FEATURES` order from ``words_le2`` to ``marked``."""
    words = WORD.findall(text)
    nw = len(words)
    letters = [w for w in words if not w.isdigit()]
    big = [w for w in letters if w.lower() not in SMALL_WORDS]
    caps = sum(w[:1].isupper() for w in big)
    last = text.rstrip(" *_")[-1:]
    return (
        float(nw <= 2), float(3 <= nw <= 5), float(6 <= nw <= 12), float(13 <= nw <= 25), float(nw > 25),
        caps / len(big) if big else 0.0, float(len(big) >= 2 and 4 * caps >= 3 * len(big)), float(text[:1].isupper()),
        float(last == "."), float(last in ":："), float(last == "?"), float(bool(SENTENCES.search(text))),
        float(bool(ANY_YEAR.search(text))), float(bool(_VENUE.search(text))),
        float(is_name_list(text) or is_author_list(text)), float(":" in text.rstrip(" :")), float(bool(_PRONOUN.search(text))),
        float(bool(_VERB_START.match(text.lstrip("*_ ")))), sum(map(str.isdigit, text)) / len(text),
        float(bool(CJK.search(text))), float(bool(_MARKED.search(text))),
    )


#: A short lead closed by a colon (``Ann Barn: Title``, ``相川修平: タイトル``): who wrote the title after it.
_LEAD = re.compile(r"^[ \t*_]*+(?:\d{1,4}[.)]?+[ \t]++[*_]*+)?+([^:：*_\n]{2,40}?)[*_]*+[ \t]*+[:：][ \t]*+(?=\S)")


def _name_lead(text: str) -> bool:
    """Whether the item opens with a person's name and a colon, and a title of some length follows."""
    m = _LEAD.match(text)
    if m is None or len(text) - m.end() < 12:
        return False
    rest = text[m.end() :]
    if not rest[:1].isalpha() or "," in rest and is_name_list(rest.rstrip(" .")):
        return False  # ("**Model Capability**: LLaVA, Qwen-VL, Mistral.", "**Strong Performance**: **+5.1%** gain": a field's value)
    lead = m.group(1)
    if CJK.search(lead):
        return 2 <= len(lead.replace(" ", "")) <= 6 and not any(c.isdigit() for c in lead)
    return len(lead.split()) >= 2 and is_name_list(lead)


def rows(run: Sequence[Item], heading_papers: bool, doc_entries: int, doc_linkless: float, list_taken: float,
         doc_plain: float) -> list[list[float]]:
    """One feature row per item of ``run`` (in :data:`FEATURES` order): its own look, the run's on
    average, what the section's headings say, what the document holds and the share of the run's list
    read as papers by other readers, and the share of the document's papers read so far that are plain items too."""
    own = [_own(it.text) for it in run]
    n = len(own)
    at = {name: k for k, name in enumerate(FEATURES[1:22])}

    def mean(name: str) -> float:
        return sum(o[at[name]] for o in own) / n

    shared = [math.log(n) / 3, mean("title_case"), mean("ends_stop"), mean("pronoun"), mean("cap_ratio"),
              mean("colon_inside"), float(heading_papers), math.log1p(doc_entries) / 5, doc_linkless, list_taken,
              doc_plain, sum(it.task for it in run) / n]
    return [[1.0, *o, *shared] for o in own]


@lru_cache(maxsize=1)
def weights() -> list[float] | None:
    """The learnt weights, in :data:`FEATURES` order (None when absent or for other features)."""
    try:
        data = json.loads(resources.files(__package__).joinpath("plain_item_weights.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    if data.get("features") != list(FEATURES):
        return None
    return [float(w) for w in data["weights"]]


def chance(row: Sequence[float], w: Sequence[float]) -> float:
    z = sum(a * b for a, b in zip(w, row, strict=True))
    return 1 / (1 + math.exp(-max(-40.0, min(40.0, z))))


_SHARE: list[tuple[Document, float]] = []  # (the last document's share: a digest read in many ranges counts it once)


def forget_share() -> None:
    _SHARE.clear()


def linkless_share(doc: Document) -> float:
    """The share of the document's non-blank lines outside code that name no address (a list of titles alone is mostly such)."""
    if _SHARE and _SHARE[0][0] is doc:
        return _SHARE[0][1]
    lines = [line for i, line in enumerate(doc.lines) if line.strip() and not doc.fenced[i]]
    share = sum("http" not in line and "](" not in line for line in lines) / len(lines) if lines else 0.0
    _SHARE[:] = [(doc, share)]
    return share


def plain_share(doc: Document, firsts: Sequence[int]) -> float:
    """The share of the papers found so far (their first lines) written as plain items: where the other readers
    read such items as papers, the items left in another section are likely papers too."""
    return sum(item_of(doc.lines[i]) is not None for i in firsts) / len(firsts) if firsts else 0.0


def read_plain_items(doc: Document, lo: int, hi: int, taken: bytearray, heading_papers: Callable[[int], bool],
                firsts: Sequence[int]) -> list[Found]:
    """The papers of ``[lo, hi)`` written as runs of plain items the model is sure of (see the module's text)."""
    w = weights()
    if w is None:
        return []
    headed = heading_papers
    heading_papers = lambda i: headed(i) or under_label(doc, i)
    all_runs = runs_in_lists(doc, lo, hi, taken, 1)
    found_runs = [(run, t) for run, t in all_runs if (len(run) >= _LEAST or _labelled(doc, run))
                  and not under_paper_item(doc.lines, run[0].line, lo, lambda k: bool(taken[k - lo]))]  # (a paper's plain sub-items: its notes)
    columns: dict[int, list[str]] = {}  # (a run of a table's title cells: its first line -> the table's column names)
    siblings: set[int] = set()  # (the first lines of table runs whose header's other tables were read as papers)
    for cells, cols, read in table_runs(doc, lo, hi, taken):
        found_runs.append(([Item(line, text) for line, text in cells], 0.0))
        columns[cells[0][0]] = cols
        if read >= _LEAST and titles_column(cols):
            siblings.add(cells[0][0])
    if not found_runs:
        return []
    linkless = linkless_share(doc)
    plain = plain_share(doc, firsts)
    chances = []
    for run, list_taken in found_runs:
        rs = rows(run, heading_papers(run[0].line), len(firsts), linkless, list_taken, plain)
        chances.append(sum(chance(r, w) for r in rs) / len(rs))
    sure = [run for kind in (False, True) for run in _sure([(run, c) for (run, _), c in zip(found_runs, chances, strict=True)
                                                            if (run[0].line in columns) == kind], heading_papers, len(firsts))]
    # (the runs of lists and those of tables are weighed apart: a table of titles says nothing of a list's labels)
    sure += [run for (run, _), c in zip(found_runs, chances, strict=True) if c >= SECOND and run[0].line in columns
             and not any(run is s for s in sure) and titles_column(columns[run[0].line])]
    # (a table whose header names its column for titles or papers says what its cells are: the model need only find it likely)
    templates = document_skeletons([skeleton(m.group("text")) for i in firsts if (m := _ITEM.match(doc.lines[i])) is not None
                                    and ("](" in m.group("text") or "http" in m.group("text"))])
    sure += [run for run, _ in found_runs if not any(run is s for s in sure) and (_led(run) and heading_papers(run[0].line)
                                                                                 or len(run) >= 5 and _year_fields(run)
                                                                                 or _templated(run, templates)
                                                                                 or _labelled(doc, run)
                                                                                 or run[0].line in siblings)]
    # (whatever the model says: under a heading naming papers or theses, a run of items each opening with its author's
    # name and a colon, "- 相川修平: Title.", "- 030 **Ann Barn**: Title", is a list of theses by student; anywhere, a run
    # of five items or more each written "Title, year, venue" is a list of studies; a table's rows whose header names titles
    # and whose other tables of that header were read as papers)
    sure += tagged_runs([run for run, _ in all_runs], sure, doc.lines, _LEAST + 2)
    out = []
    for run in sure:  # (what the run's template says, once a run: its items share it)
        shared = (_led(run), _year_fields(run), closing_fields([it.text for it in run]), _templated(run, templates))
        for it in [it for it in run if it.noted] if _notes(run) else run:  # (in a notes index, a line with no page is a note to self)
            if book_record(it.text) or ":" in it.text and cites_only(it.text.split(":", 1)[1]) or it.noted and has_items_under(doc.lines, it.line):
                continue  # (a book among papers; "**Foundation**: Barn (1987)": a label over works; a topic's page over its papers')
            found = _found(doc, it, *shared)
            if run[0].line in columns:
                found.style = {"shape": "row", "columns": columns[run[0].line]}  # (a table's row: a new paper is one more row)
            out.append(found)
    return out


def _labelled(doc: Document, run: Sequence[Item]) -> bool:
    return labelled(doc, [it.line for it in run], [it.text for it in run])


def _sure(runs: list[tuple[list[Item], float]], heading_papers: Callable[[int], bool], n_found: int) -> list[list[Item]]:
    """The runs of one kind (a document's lists, or its tables) read as papers, each with the model's chance."""
    sure = [run for run, c in runs if c >= THRESHOLD]
    if len(sure) < 2:  # (one run alone is read only where a heading says it lists papers, its records are dated or its
        # items link the list's own pages of notes, a page per paper: a list of features stands alone)
        sure = [run for run in sure if heading_papers(run[0].line) or _dated(run) or n_found >= 10 or _notes(run)]
    if sure:  # (beside a run the model is sure of, one it finds likely is read too: a list's titles across its sections)
        sure = [run for run, c in runs if c >= THRESHOLD and any(run is s for s in sure) or SECOND <= c < THRESHOLD]
    return sure


def _notes(run: Sequence[Item]) -> bool:
    """Whether four items in five of the run are links to pages of the list's own (a notes repository's index: a page per paper)."""
    return sum(it.noted for it in run) * 5 >= len(run) * 4


def _dated(run: Sequence[Item]) -> bool:
    """Whether the run is long and nine items in ten carry a year (a list of studies; features and steps carry none)."""
    return len(run) >= 10 and sum(ANY_YEAR.search(it.text) is not None for it in run) * 10 >= len(run) * 9


def _year_fields(run: Sequence[Item]) -> bool:
    """Whether four items in five write ``Title, year`` (the run's template: the title is the field before the year)."""
    return sum(_title_before_year(_NUMBER_OPEN.sub("", it.text, count=1)) is not None for it in run) * 5 >= len(run) * 4


def _title_before_year(text: str) -> str | None:
    """The title of a ``Title, [venue] year`` record (twelve characters at least), else None."""
    m = _TITLE_YEAR.match(text)
    return m.group("t") if m is not None and len(m.group("t")) >= 12 else None


def _templated(run: Sequence[Item], templates: frozenset[str]) -> bool:
    """Whether four items in five of the run are written in the markup of the document's linked papers (their links
    not added yet: ``*Title*----FAST'12`` beside ``*Title*----FAST'18 ([link](url))``)."""
    return bool(templates) and sum(skeleton(it.text) in templates for it in run) * 5 >= len(run) * 4


def _led(run: Sequence[Item]) -> bool:
    """Whether most items of the run open with their author's name and a colon (a list of theses by student)."""
    return sum(_name_lead(it.text) for it in run) * 4 >= len(run) * 3


def _found(doc: Document, it: Item, led: bool = False, year_fields: bool = False,
           closing: tuple[str, frozenset[str], int] | None = None, templated: bool = False) -> Found:
    line = doc.lines[it.line]
    title = past_bold_lead(without_marks(it.text).strip(" ")).strip("*_ ")  # ("Title &#x2705;"; "**FCN**: Title", "**Title**: Names")
    if templated and (head := marked_head(it.text)) is not None:
        title = head  # ("*Title*----HPCC'11": the title in emphasis, where the document's linked papers have theirs)
    if closing is not None:
        title = without_closing(title, closing)  # ("Title – bioRxiv (all) – 2026-01-12": the run's closing fields)
    title = title.rstrip(".").strip()
    if (m := _NUMBER_OPEN.match(title)) is not None:
        title = title[m.end() :]  # ("(542)\\*. Title": the study's number in the review)
    if year_fields and (t := _title_before_year(title)) is not None:
        title = t.strip("*_ ")  # ("Title, 2022, Journal: IEEE TSE": the run's template, title before year)
    if led and _name_lead(title) and (m := _LEAD.match(title)) is not None:
        title = title[m.end() :].strip("*_ ").rstrip(".").strip()  # ("Ann Barn: Title": the title after its author)
    t0, t1 = line.index(title), line.index(title) + len(title)
    if (shown := unbold(title)) != title and line.startswith(mark := "**" if "**" in title else "__", t0 - 2):
        t0 -= len(mark)  # ("**Network** in Network": the span holds the bold words whole)
    base = doc.starts[it.line]
    found = Found(first=it.line, last=it.line, ident=Identity(), title=shown, title_span=(base + t0, base + t1))
    found.style = {"shape": "item", "bare": True}
    return found
