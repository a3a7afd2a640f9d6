"""Papers listed as table rows, columns read from the header by name.

::

    | Title | Venue | Date | Code |
    |:------|:-----:|:----:|:----:|
    | ![Star](badge) <br> [**Title**](https://arxiv.org/pdf/2408.04840) <br> | arXiv | 2024-08-09 | [Github](...) |
    | *Italic Title* | CNN | https://arxiv.org/abs/2007.05144 |

A column's role comes from its name in any order and wording (Title / Paper / Name; Venue / Conference /
Journal; Year / Date; Authors; Code; Link / PDF; Summary / Notes / TL;DR).  A row is a paper when it names
one by a link or id, or when the table states venues, years or authors beside its titles.
"""

from __future__ import annotations

import re

from ..document import Document
from ..markup import plain
from ..table import Cell, is_separator, split_cells
from .byline import is_venue_text
from .cell_citations import cited_parts
from .cell_segments import labelled_cell, segment_parts
from .cell_titles import book_title
from .citation_keys import CITE_KEY
from .column_names import column_roles
from .found import Found, title_of
from .heading_bodies import venue_tail
from .line_heads import add_links
from .link_finder import find_links
from .links import Identity
from .name_links import table_name_rows
from .row_columns import other_columns, read_columns, row_title, whole_citation
from .shared_lines import cell_parts, lone_link_part, named_link_parts
from .table_template import (
    PLACEHOLDER_URLS,
    blank_row,
    cell_texts,
    cited_cell,
    credited_year,
    datasets_by_name,
    empty_link,
    media_only,
    names_only,
    not_linked_yet,
    other_link,
    papers_titled,
    repeated_fillers,
    repos_by_name,
    results_table,
    shared_papers,
    title_column,
    title_like,
    titled_papers,
    tools_table,
    venue_column,
    venue_tagged,
)
from .title_trims import retitle
from .twin_columns import own_cells, twin_columns
from .venue_tails import known_venue

#: A line that is one HTML comment, never shown (``<!-- 2026-08-11 added -->``).
_NOTE_LINE = re.compile(r"^[ \t]{0,3}<!--[^\n]*-->[ \t]*$")
_DURATION = re.compile(r"^\s*\d{1,2}:\d{2}(?::\d{2})?\s*$")


def _header_names(line: str) -> list[str]:
    """Column names of a header row with empty ones kept (``| link | title | |``)."""
    return [plain(c).strip().lower() for c in line.strip().removeprefix("|").removesuffix("|").split("|")]


class TableReader:
    def __init__(self, doc: Document) -> None:
        self.doc = doc

    def read(self, lo: int, hi: int) -> list[Found]:
        doc = self.doc
        out: list[Found] = []
        i = lo
        while i < hi - 1:
            line = doc.lines[i]
            headless = is_separator(line) and (i == lo or not doc.lines[i - 1].strip()) and doc.lines[i + 1].lstrip().startswith("|")
            # (a table written with no header, its separator first: its columns are named by their rows alone)
            if not headless and ("|" not in line or doc.fenced[i] or not is_separator(doc.lines[i + 1])):
                i += 1
                continue
            cols = [""] * len(_header_names(line)) if headless else _header_names(line)
            k = i + 1 if headless else i + 2
            spans: list[tuple[int, int]] = []
            piped = line.lstrip().startswith("|") and (k >= hi or doc.lines[k].lstrip().startswith("|"))
            # (without the pipes at the edges, a row never starts with one; a header may have them and its rows not)
            while k < hi and not doc.fenced[k]:
                if _NOTE_LINE.match(doc.lines[k]) and k + 1 < hi and doc.lines[k + 1].lstrip().startswith("|") and piped:
                    k += 1  # (a one-line comment between rows is never shown: the table goes on below it)
                    continue
                if "|" not in doc.lines[k] or not doc.lines[k].strip():
                    break
                last = self._row_end(k, hi, len(cols), piped)
                spans.append((k, last))
                k = last + 1
            roles = column_roles(cols)
            out.extend([] if tools_table(cols, roles) else cited if (cited := self._cited_rows(spans, cols, roles)) is not None
                       else self._rows(spans, cols))
            i = k
        return out

    def _rows(self, spans: list[tuple[int, int]], cols: list[str]) -> list[Found]:
        """The papers of one table's rows (``spans``: each row's first and last line)."""
        doc = self.doc
        spans = [(k, last) for k, last in spans if not blank_row(cell_texts(row := doc.text_of(k, last), _cells(row)))]  # (a date with no talk yet: no row)
        roles = self._table_roles(spans, cols)
        by_name = table_name_rows(self.doc, spans, cols, roles, _cells, _fit)  # (names, each linking its paper: "[Folk-RNN (2016)](arxiv)")
        return by_name if by_name is not None else self._titled_rows(spans, cols, roles)

    def _titled_rows(self, spans: list[tuple[int, int]], cols: list[str], roles: dict[str, int]) -> list[Found]:
        """The papers of one table's rows, its columns' ``roles`` known: by the column of titles, the header's or the one
        its rows show."""
        doc = self.doc
        named = bool({"title", "paper", "name"} & set(roles))
        rows = self._read_rows(spans, cols, roles) if named else []
        inferred = False
        cited = len({f.first for f, _ in rows if f.style.get("part") and (not f.title or "paper" in roles and f.ident.papers)})
        # (rows of readings cited by names; of a Papers column's linked short names: "[MDR](url), [Baleen](url)")
        if not named or "papers_titled" not in roles and sum(1 for f, _ in rows if title_like(f.title)) * 2 <= len(spans) \
                and cited * 2 <= len(spans):
            # The header's column does not hold the titles: the column that does, by its rows.
            texts = [cell_texts(row, _fit(_cells(row), len(cols), roles))
                     for row in (doc.text_of(k, last) for k, last in spans)]
            column = title_column(texts, roles, cols)
            if column is None and not named:
                return self._listed_columns(spans, cols)
            if column is None and not self._cited_column(spans, roles) and not self._labelled_column(spans, cols, roles):
                return []  # (the header's title column holds venues: no title to take)
            if column is not None and column not in (roles.get("title"), roles.get("paper"), roles.get("name")):
                roles = {r: n for r, n in roles.items() if n != column and r not in ("title", "paper")} | {"title": column}
                rows = self._read_rows(spans, cols, roles)
                inferred = not named
        fillers = repeated_fillers([f for f, _ in rows])  # ("Due to holiday" in six rows: no title)
        titled = sum(1 for f, _ in rows if title_like(f.title) and id(f) not in fillers) * 2 >= len(rows)
        if not titled and self._cites_papers(spans) * 2 > len(spans) and not self._cited_column(spans, roles) \
                or datasets_by_name(cols, roles, rows) or repos_by_name(doc, roles, [f for f, _ in rows]):
            return []  # datasets or models by name, each citing its paper by author and year (or none): no paper's title
        if not any(f.ident.papers for f, _ in rows) and not (titled and {"title", "paper"} & set(roles)) \
                and (bool(fillers) or results_table([[c.text(r) for c in _cells(r)] for r in (doc.text_of(k, last) for k, last in spans)], len(cols), named=titled) or names_only([f.title for f, _ in rows], roles, any(f.ident.links for f, _ in rows))):
            return []  # a table of results or of models: names (not titles), their scores or specs, no paper linked;
            # a schedule's Paper column of fillers ("Due to holiday" in three rows or more), no paper linked
        # In a table whose rows mostly link their papers, a row without one is a tool or a model,
        # unless its link cell is empty ("-", "null"): a paper not linked yet.
        linked = sum(1 for f, _ in rows if f.ident.papers)
        if named and not inferred and linked * 2 > len(spans) and {"title", "paper"} & set(roles) \
                and len({f.first for f, _ in rows}) < len(spans):
            # The column links a paper in most rows: a row whose cell is a plain title, no address at all, is
            # a paper not linked yet ("| Title | poster |" among "| [Title](arxiv) | oral |").
            rows = self._read_rows(spans, cols, roles | {"linked_papers": roles.get("title", roles.get("paper", 0))})
        if inferred:  # (titles found by their column's look: linked rows only, or, with no header, rows crediting names and a year)
            rows = [(f, e) for f, e in rows if f.ident.papers or not any(cols) and f.year is not None]
        videos = sum(1 for f, _ in rows if any(k.startswith("video") for k in f.ident.links))
        if videos * 2 > len(rows) and self._timed(spans) * 2 > len(rows):
            return []  # recorded talks (a video and its length in most rows), some about a linked paper
        rows = self._twins(spans, cols, roles, rows)  # ("Group A Paper | Group B Paper": two papers a row)
        shared = shared_papers([f for f, _ in rows])
        credited = bool({"venue", "year"} & set(roles)) and ("authors" in roles or "title" in roles and not inferred)
        # (each row's authors and venue or year; or its title, in the column the header names for titles, and its
        # year or venue: papers, whatever page they link)
        return [f for f, empty in rows if (f.ident.papers or (linked * 2 <= len(rows) or empty or "cited" in f.extra
                                            or credited and ("authors" in roles or self._dated_title(f, roles))
                                            and not any(k.startswith(("code", "video", "summary", "slides")) for k in f.ident.links))
                                           and not (linked and media_only(f)))
                and id(f) not in shared and id(f) not in fillers]  # (a reading cited by names and year is a paper whatever its link)

    def _dated_title(self, f: Found, roles: dict[str, int]) -> bool:
        """Whether a row's linked title is dated by its year or venue column, its venue cell (when it has one) naming a
        venue the reader knows (not ``Blog``, ``HuggingFace``, a company)."""
        if not (f.year or f.venue) or not title_like(f.title) or not f.ident.links:
            return False
        cells = _cells(row := self.doc.text_of(f.first, f.last))
        venue = plain(cells[at].text(row)).strip(" -–—") if (at := roles.get("venue", len(cells))) < len(cells) else ""
        return not venue or is_venue_text(venue) or any(known_venue(w) for w in _VENUE_WORD.findall(venue))

    def _table_roles(self, spans: list[tuple[int, int]], cols: list[str]) -> dict[str, int]:
        """Each column's role, by the header and by what the rows hold."""
        roles = self._roles(spans, cols)
        texts = [cell_texts(row, _cells(row)) for row in (self.doc.text_of(k, last) for k, last in spans)]
        if not {"venue", "year"} & set(roles) and (dated := venue_column(texts, roles)) is not None:
            roles["venue"] = roles["year"] = roles["venue_read"] = dated  # ("Info": "TOG 2015"; a cell of no venue gives none)
        if "title" in roles and papers_titled(cols[roles["title"]]):
            roles["papers_titled"] = roles["title"]  # ("Paper Title": each row's title is a paper's, linked or not)
        elif (column := roles.get("paper", roles.get("title"))) is not None \
                and titled_papers(cols[column], [r[column] if column < len(r) else "" for r in texts]):
            roles["papers_titled"] = column  # ("| Paper | Type |" over plain titles: each a paper's, linked or not)
        return roles

    def _listed_columns(self, spans: list[tuple[int, int]], cols: list[str]) -> list[Found]:
        """With no column of titles, the papers of the columns whose cells list papers by linked short names in
        most rows (``| 2017 | [MPNN](arxiv), [GraphSAGE](neurips) | [GCN](arxiv) |``): each link a paper."""
        out: list[Found] = []
        for column in range(len(cols)):
            rows = [f for f, _ in self._read_rows(spans, cols, {"paper": column})]
            if len({f.first for f in rows if f.style.get("part")}) * 2 > len(spans):
                out.extend(f for f in (f if f.style.get("part") else self._lone_link(f, column) for f in rows) if f is not None)
        return sorted(out, key=lambda f: (f.first, f.span or (0, 0)))

    def _lone_link(self, found: Found, column: int) -> Found | None:
        """The paper a row's cell links alone (``| [Specformer](arxiv) |``) in a column listing papers."""
        row = self.doc.text_of(found.first, found.last)
        cells = _cells(row)
        return lone_link_part(row, self.doc.starts[found.first], cells[column].start, cells[column].end, found) \
            if column < len(cells) else None

    def _cited_rows(self, spans: list[tuple[int, int]], cols: list[str], roles: dict[str, int]) -> list[Found] | None:
        """``| first author | year | journal | DOI |``: with no column of titles, each row linking a paper is one by its
        address alone; None for a table of another header."""
        if {"title", "paper", "name"} & set(roles) or not ("authors" in roles and {"year", "venue"} & set(roles) and "link" in roles):
            return None
        return [f for f, _ in self._read_rows(spans, cols, roles | {"paper": roles["link"]}) if f.ident.papers]

    def _twins(self, spans: list[tuple[int, int]], cols: list[str], roles: dict[str, int],
               rows: list[tuple[Found, bool]]) -> list[tuple[Found, bool]]:
        """The rows' papers, with those of the columns that hold linked titles as the title column does."""
        if (column := roles.get("title", roles.get("paper"))) is None or len(rows) < 2:
            return rows
        twins = twin_columns([cell_texts(row, _cells(row)) for row in (self.doc.text_of(k, last) for k, last in spans)], column, cols)
        for twin in twins:
            more = self._read_rows(spans, cols, {r: n for r, n in roles.items() if r not in ("title", "paper")} | {"title": twin})
            rows = rows + [(f, e) for f, e in more if f.title and f.title_span]
        for f, _ in rows if twins else []:
            own_cells(self.doc, f, _cells(self.doc.text_of(f.first, f.last)), {column, *twins})
        return sorted(rows, key=lambda fe: (fe[0].first, fe[0].title_span or (0, 0))) if twins else rows

    def _read_rows(self, spans: list[tuple[int, int]], cols: list[str], roles: dict[str, int]) -> list[tuple[Found, bool]]:
        """Each row's paper (when it names one) and whether its link cell is empty."""
        out: list[tuple[Found, bool]] = []
        for k, last in spans:
            row = self.doc.text_of(k, last)  # offsets stay the document's
            cells = _fit(_cells(row), len(cols), roles)
            found = self._row(k, last, row, cells, cols, roles)
            if found is None:
                continue
            texts = cell_texts(row, cells)
            empty = empty_link(texts, roles) or other_link(texts, roles) or not_linked_yet(found)
            column = next((roles[r] for r in ("title", "paper") if r in roles and roles[r] < len(cells)), None)
            parts = (cell_parts(row, self.doc.starts[k], cells[column].start, cells[column].end, found)
                     or segment_parts(row, self.doc.starts[k], cells[column].start, cells[column].end, found,
                                      labelled="title" not in roles)
                     or cited_parts(row, self.doc.starts[k], cells[column].start, cells[column].end, found)) \
                if column is not None else None
            if not parts and found.ident.papers >= 2:  # ("PaLM-E：[link](arxiv) / DIAC：[link](arxiv)": a paper each)
                parts = next((p for c in cells if (p := named_link_parts(row, self.doc.starts[k], c.start, c.end, found))), None)
            out.extend((part, empty) for part in parts or [found])  # (a cell listing papers: one entry each)
        return out

    def _cites_papers(self, spans: list[tuple[int, int]]) -> int:
        """How many rows link a paper by a citation's text (``[Bordes *et al*., 2013](url)``)."""
        return sum(1 for k, last in spans
                   if any(CITE_KEY.fullmatch(label.replace("*", "").replace("_", "").strip())
                          for label, _, _, _ in find_links(self.doc.text_of(k, last))))

    def _cited_column(self, spans: list[tuple[int, int]], roles: dict[str, int]) -> bool:
        """Whether the header's paper column cites its papers by names and year in most rows (a
        seminar's readings), no column naming a dataset or a model they are the papers of."""
        return "name" not in roles and bool({"title", "paper"} & set(roles)) and self._cites_papers(spans) * 2 > len(spans)

    def _roles(self, spans: list[tuple[int, int]], cols: list[str]) -> dict[str, int]:
        """The columns' roles by their names; a Reference column of labelled paper links holds the papers."""
        roles = column_roles(cols)
        if "reference" in roles and not {"title", "paper", "name"} & set(roles) \
                and self._labelled_column(spans, cols, roles | {"paper": roles["reference"]}):
            roles["paper"] = roles["reference"]  # ("| species | reference |" over "[PMC](…); [doi](…)": a paper a link)
        elif "reference" in roles and not {"title", "paper", "name"} & set(roles) and titled_papers(
                cols[col := roles["reference"]], [c[col] if col < len(c) else "" for c in
                                                   (cell_texts(r, _cells(r)) for r in (self.doc.text_of(k, last) for k, last in spans))]):
            roles["paper"] = col  # ("| citation | Tag |" over "Names. 2013. **Title.** In Venue.": the papers, each cited whole)
        return roles

    def _labelled_column(self, spans: list[tuple[int, int]], cols: list[str], roles: dict[str, int]) -> bool:
        """Whether the header's paper column (no title column) holds, in most rows, only links to papers under
        labels (``[PMC](…); [doi](…)``): each a paper whose title the list does not give."""
        if "title" in roles or (column := roles.get("paper")) is None:
            return False
        labelled = 0
        for k, last in spans:
            cells = _fit(_cells(row := self.doc.text_of(k, last)), len(cols), roles)
            labelled += column < len(cells) and labelled_cell(cells[column].text(row))
        return labelled * 2 > len(spans)

    def _timed(self, spans: list[tuple[int, int]]) -> int:
        """How many rows hold a duration (``1:23:45``) in a cell."""
        return sum(1 for k, last in spans if any(_DURATION.match(c) for c in self.doc.text_of(k, last).split("|")))

    def _row_end(self, k: int, hi: int, n_cols: int, piped: bool = True) -> int:
        """The last line of a row that wraps: its cells run on over lines that do not
        start a row of their own (at most three).  In a table written without edge pipes, a line
        holding a pipe is a row of its own (one short of cells, its last ones left empty)."""
        doc = self.doc
        last = k
        while (len(_cells(doc.text_of(k, last))) < n_cols and last + 1 < hi and last < k + 3
               and doc.lines[last + 1].strip() and not doc.lines[last + 1].lstrip().startswith("|")
               and (piped or "|" not in doc.lines[last + 1]) and not doc.fenced[last + 1]):
            last += 1
        return last

    def _row(self, i: int, last: int, row: str, cells: list[Cell], cols: list[str], roles: dict[str, int]) -> Found | None:
        doc = self.doc
        base = doc.starts[i]
        ident = Identity()
        add_links(ident, row)
        found = Found(first=i, last=last, ident=ident)
        found.style = {"shape": "row", "columns": cols, "dated": bool({"venue", "year"} & set(roles) and {"title", "paper"} & set(roles))}
        title = row_title(row, cells, roles)
        if title is not None and (at := roles.get("papers_titled", len(cells))) < len(cells) and cited_cell(cells[at].text(row)):
            title = None  # ("| Joshi and Maass 2005 |" in a column of papers: names and a year, no title)
        if (book := book_title(row, title)) is not None:
            title = book  # (a work's title by its book-title marks: evidence, as a paper link is)
        if title is None:
            column = roles.get("paper", roles.get("title", len(cells)))
            if column < len(cells) and "paper" in roles and ident.papers and (
                    _ADDRESS_ONLY.fullmatch(text := cells[column].text(row)) or "title" not in roles and labelled_cell(text)):
                pass  # ("| Acer | https://doi.org/10.1111/tpj.14954 |": the paper by its address alone, its record gives the title)
            elif column < len(cells) and "papers_titled" in roles and cited_cell(cells[column].text(row)):
                found.extra["cited"] = "1"  # ("| Hopfield 2010 | navigation |" in a column of papers: one cited by names and year, no title given)
            elif column >= len(cells) or not cited_parts(row, base, cells[column].start, cells[column].end, found):
                return None  # (else a cell of readings, each cited by names and year: their parts are read)
        else:
            found.title = title_of(row[title[0] : title[1]])
            found.title_span = (base + title[0], base + title[1])
            if not found.title or found.title.strip(" .").lower() in PLACEHOLDERS:
                return None  # ("TBA", "TBD", "None": a row waiting for its paper)
            if (cut := venue_tail(found.title)) is not None and len(found.title[:cut].split()) >= 3:
                retitle(doc, found, found.title[:cut].rstrip())  # ("Title [CVPR2020]": the venue's tag is no title)
        read_columns(row, base, cells, roles, found)
        other_columns(row, cells, cols, roles, found)
        credited = not any(cols) and title_like(found.title) and (year := credited_year(row, found.title)) is not None
        found.year = found.year or (year if credited else None)  # (no header: "| Title | Venue | Ann Barn - 2015 |")
        if not ident.papers and not ({"venue", "year", "authors", "papers_titled"} & set(roles)) and book is None \
                and not other_link(texts := cell_texts(row, cells), roles) and not (empty_link(texts, roles) and title_like(found.title)) and not venue_tagged(row, cells, roles) \
                and not any(u.strip().lower() in PLACEHOLDER_URLS for u in ident.links.values()) \
                and not whole_citation(row, base, cells, roles, found) and not credited \
                and not ("linked_papers" in roles and not_linked_yet(found)):
            return None  # (no paper linked, no venue or authors: unless a title waits for its link, "| Title | — |", or is credited)
        return found


#: A word of a Venue cell that may be a venue's name (``NeurIPS``, ``TPAMI``).
_VENUE_WORD = re.compile(r"[A-Za-z][\w&.-]++")
#: A Paper cell that is one bare address or DOI and nothing else.
_ADDRESS_ONLY = re.compile(r"[ \t]*+(?:https?://[^\s|]++|doi:[ \t]?+10\.\S++|10\.\d{4,9}/[^\s|]++)[ \t]*+", re.IGNORECASE)
#: Title cells that hold no title yet.
PLACEHOLDERS = frozenset({"tba", "tbd", "todo", "none", "null", "n/a", "na", "coming soon", "?", "-", "—", "–"})
_PIPE = re.compile(r"\\.|\|")


def _cells(row: str) -> list[Cell]:
    """Cells of a row: pipes inside ``<details>`` (as the families split) and inside
    inline math (``$|x|$``) or code spans do not separate cells."""
    cells = split_cells(row, protect_details=True)
    if "$" not in row and "`" not in row:
        return cells
    guarded = [(m.start(), m.end()) for m in re.finditer(r"\$[^$\n]+\$|`[^`\n]+`", row)]
    if not guarded:
        return cells
    out: list[Cell] = []
    start = len(row) - len(row.lstrip(" \t"))
    start += row.startswith("|", start)
    for m in _PIPE.finditer(row, start):
        if m.group(0) == "|" and not any(g0 < m.start() < g1 for g0, g1 in guarded):
            out.append(_trim(row, start, m.start()))
            start = m.end()
    tail = _trim(row, start, len(row))
    if tail.end > tail.start:
        out.append(tail)
    return out


def _trim(row: str, start: int, end: int) -> Cell:
    while start < end and row[start] in " \t":
        start += 1
    while end > start and row[end - 1] in " \t\r":
        end -= 1
    return Cell(start, end)


def _fit(cells: list[Cell], n: int, roles: dict[str, int]) -> list[Cell]:
    """A row with a stray pipe (math such as ``$|x|$``) has cells too many: the
    overflow folds into the title cell when the pipes sit in math, else the last."""
    if len(cells) <= n:
        return cells
    extra = len(cells) - n
    at = roles.get("summary", n - 1)
    if at + extra >= len(cells):
        at = len(cells) - 1 - extra
    merged = Cell(cells[at].start, cells[at + extra].end)
    return cells[:at] + [merged] + cells[at + extra + 1 :]
