"""Papers listed as rows of an HTML table (``<table>``, ``<tr>``, ``<td>``).

::

    <table>
      <tr><th>Num</th><th>Title</th><th>Paper</th></tr>
      <tr>
        <td>1</td>
        <td>Owls Count in the Dark(2019)</td>
        <td><a href="https://arxiv.org/abs/1901.00001">paper</a></td>
      </tr>
    </table>

Columns get their roles from the last header row (``<th>`` cells) as in pipe tables;
a row is a paper when it links one (or the table states venues, years or authors, or its
Title or Paper column holds a plain title).  A table whose header names no title, paper
or name column lists papers by the rows that link one, the link's text their title.
"""

from __future__ import annotations

import bisect
import re

from ..document import Document
from ..markup import plain
from .column_names import column_roles, names_datasets
from .found import Found, title_of
from .inline import read_head
from .line_heads import add_links
from .link_finder import find_links
from .links import Identity
from .name_lists import is_name_list
from .prefixes import is_generic_label
from .references import parse_reference
from .table_template import media_only, title_like, tools_table

_TABLE_OPEN = re.compile(r"<table\b", re.IGNORECASE)
_TABLE_CLOSE = re.compile(r"</table\s*>", re.IGNORECASE)
_ROW = re.compile(r"<tr\b[^>]*>(?P<body>.*?)</tr\s*>", re.IGNORECASE | re.DOTALL)
_NICKNAME = re.compile(r"\s*[A-Za-z][^\[\]<>]{0,30}\[\d{1,3}\][ \t]+(?=\S.*\s\S)")
#: An HTML comment: never shown, so its links and text are no part of a row (blanked, columns kept).
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_CELL = re.compile(r"<(?P<tag>t[dh])\b[^>]*>(?P<body>.*?)</(?P=tag)\s*>", re.IGNORECASE | re.DOTALL)


class HtmlTableReader:
    def __init__(self, doc: Document) -> None:
        self.doc = doc

    def read(self, lo: int, hi: int) -> list[Found]:
        doc = self.doc
        out: list[Found] = []
        i = lo
        while i < hi:
            if doc.fenced[i] or "<table" not in doc.lines[i].lower() or not _TABLE_OPEN.search(doc.lines[i]):
                i += 1
                continue
            j = i
            while j < hi and not _TABLE_CLOSE.search(doc.lines[j]):
                j += 1
            out.extend(self._table(i, min(j, hi - 1)))
            i = j + 1
        return out

    def _table(self, first: int, last: int) -> list[Found]:
        doc = self.doc
        text = _COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), doc.text_of(first, last))  # (same columns)
        base = doc.starts[first]
        roles: dict[str, int] = {}
        header: list[str] = []
        rows: list[Found] = []
        spanned = "span" in text and _SPAN.search(text) is not None
        carried: dict[int, int] = {}  # (column -> rows a cell above still spans)
        for row in _ROW.finditer(text):
            cells = list(_CELL.finditer(text, row.start("body"), row.end("body")))
            if cells and (all(c.group("tag").lower() == "th" for c in cells) and not ({"title", "paper"} & set(roles) and _links_paper(cells))
                          or not rows and not roles and _label_row(cells)):
                cells = _aligned(text, cells, {}) if spanned else cells
                header = [plain(c.group("body")).strip().lower() for c in cells]
                roles = column_roles(header)
                if "reference" in roles and not {"title", "name"} & set(roles):
                    roles["paper"] = roles["reference"]  # ("No. | Reference | Year | Publication": the paper, its venue)
                if "paper" in roles and "name" in roles and names_datasets(header[roles["name"]]):
                    del roles["name"]  # ("Dataset Name | Paper": the dataset's name is no title of the paper its row links)
                continue
            if not cells:
                continue
            cells = _aligned(text, cells, carried) if spanned else cells  # (a cell spanning rows or columns: the rest in place)
            if cited := self._cited(text, base, cells, roles):
                rows.extend(cited)  # ("Lyu et.al (2018), Tong et.al (2007)": the papers a Papers cell cites, one entry each)
                continue
            found = self._row(text, base, row, cells, roles)
            if found is not None:
                rows.extend(self._listed(text, base, cells) or [found])  # (a cell listing its papers: one entry each)
        if not {"title", "paper", "name"} & set(roles) or not {"title", "paper"} & set(roles) and "name" in roles \
                and (names_datasets(header[roles["name"]]) or not {"venue", "authors"} & set(roles)) or tools_table(header, roles):
            return [f for f in rows if f.ident.papers]  # (no column names the paper, or datasets or models by name: the rows linking one)
        linked = sum(1 for f in rows if f.ident.papers)
        # (under a Title column, or a Paper column written as text, a title with no paper link yet is a paper still;
        # where other rows link their papers, one linking something else is none: "My notes | [review](url)")
        return [f for f in rows if f.ident.papers or (linked * 2 <= len(rows) or f.style.get("named_column") and (not f.ident.links or not linked))
                and not (linked and media_only(f))]  # (beside rows linking papers, one linking only a talk's video or slides is a talk)

    def _row(self, text: str, base: int, row: re.Match[str], cells: list[re.Match[str]],
             roles: dict[str, int]) -> Found | None:
        doc = self.doc
        span = _title_span(text, cells, roles)
        if span is None:
            return None
        t0, t1, plain_title = span
        ident = Identity()
        add_links(ident, text[row.start() : row.end()])
        first = bisect.bisect_right(doc.starts, base + row.start()) - 1
        last = bisect.bisect_right(doc.starts, base + row.end() - 1) - 1
        found = Found(first=first, last=last, ident=ident, title=title_of(text[t0:t1]),
                      title_span=(base + t0, base + t1) if t1 > t0 else None)
        found.style = {"shape": "html-row", "named_column": plain_title and title_like(found.title)}
        if not found.title and not (ident.papers and "paper" in roles and "title" not in roles) \
                or (not ident.papers and not {"venue", "year", "authors", "title"} & set(roles) and not plain_title):
            return None  # (a Paper column's link to its paper named only "paper": the row's paper, its title unknown)
        if "year" in roles and roles["year"] < len(cells):
            y = re.search(r"(?:19|20)\d{2}", cells[roles["year"]].group("body"))
            found.year = int(y.group(0)) if y else None
        return found


    def _listed(self, text: str, base: int, cells: list[re.Match[str]]) -> list[Found]:
        """The papers of a cell that lists two or more as ``<li>`` items, each opening with its paper's
        link (``<li><a href="…arxiv…">Title</a>, by Names</li>``), one entry each; else none."""
        for cell in cells:
            items = list(_LI.finditer(text, cell.start("body"), cell.end("body")))
            out = []
            for li in items:
                links = find_links(li.group("body"))
                label, url = (links[0][0], links[0][1]) if links else ("", "")
                if not _is_paper(url) or len(_WORD.findall(plain(label))) < 2 or is_generic_label(label):
                    break
                ident = Identity()
                add_links(ident, li.group(0))
                at = text.find(label, li.start("body"), li.end("body"))
                line = bisect.bisect_right(self.doc.starts, base + li.start()) - 1
                found = Found(first=line, last=bisect.bisect_right(self.doc.starts, base + li.end() - 1) - 1, ident=ident,
                              title=title_of(label), title_span=(base + at, base + at + len(label)) if at >= 0 else None)
                found.style = {"shape": "html-row", "part": True}
                out.append(found)
            else:
                if len(out) >= 2:
                    return out
        return []


    def _cited(self, text: str, base: int, cells: list[re.Match[str]], roles: dict[str, int]) -> list[Found]:
        """The papers a Paper column's cell cites by their authors and year alone, each linked to its paper
        (``<a href="https://doi.org/...">Lyu et.al (2018)</a>, <a ...>Tong et.al (2007)</a>``): one entry each, no
        title; else none."""
        if "paper" not in roles or {"title", "name"} & set(roles):
            return []
        for cell in cells:  # (its column by what it holds: cells spanning rows or columns shift the header's places)
            links = [(label, url, s) for label, url, s, _ in find_links(cell.group("body")) if label and url]
            if links and all(_AUTHOR_YEAR.fullmatch(plain(label).strip()) for label, _, _ in links):
                break
        else:
            return []
        out = []
        for label, url, s in links:
            if not _is_paper(url):
                continue
            ident = Identity()
            ident.add_link(label, url)
            at = base + cell.start("body") + s
            line = bisect.bisect_right(self.doc.starts, at) - 1
            found = Found(first=line, last=line, ident=ident, span=(at, at + len(label)))
            found.style = {"shape": "html-row", "part": True}
            out.append(found)
        return out


#: A citation by authors and year alone: ``Lyu et.al (2018)``, ``Barn and Tawny, 2019``.
_AUTHOR_YEAR = re.compile(r"[A-Z][\w'’\-]++(?:[ \t]++(?:et[ \t]*+\.?[ \t]*+al\.?|(?:and|&)[ \t]++[A-Z][\w'’\-]++))?+[ \t]*+,?[ \t]*+"
                          r"\(?(?:19|20)\d{2}[a-z]?\)?")
#: A list item inside a cell.
_LI = re.compile(r"<li\b[^>]*>(?P<body>.*?)</li\s*>", re.IGNORECASE | re.DOTALL)


#: A cell spanning rows or columns: ``<td rowspan="4">``, ``<th colspan=2>``.
_SPAN = re.compile(r"\b(?P<kind>row|col)span[ \t]*+=[ \t]*+[\"']?(?P<n>\d{1,3})", re.IGNORECASE)
#: An empty cell: where a cell spanning from above or from the left stands.
_BLANK = re.compile(r"(?P<tag>)(?P<body>)")


def _aligned(text: str, cells: list[re.Match[str]], carried: dict[int, int]) -> list[re.Match[str]]:
    """The row's ``cells`` in their columns: an empty cell where a cell of a row above still spans (``carried``,
    updated: column -> rows left) and for each column a cell spans past its own."""
    out: list[re.Match[str]] = []

    def carry() -> None:
        while carried.get(len(out), 0) > 0:
            carried[len(out)] -= 1
            out.append(_BLANK.match(text, cells[0].start()))  # type: ignore[arg-type]

    for cell in cells:
        carry()
        opening = text[cell.start() : cell.start("body")]
        rows = cols = 1
        for m in _SPAN.finditer(opening):
            rows, cols = (int(m.group("n")), cols) if m.group("kind").lower() == "row" else (rows, int(m.group("n")))
        for k in range(max(1, min(cols, 20))):
            if rows > 1:
                carried[len(out)] = rows - 1
            out.append(cell if k == 0 else _BLANK.match(text, cell.end()))  # type: ignore[arg-type]
    carry()
    return out


def _links_paper(cells: list[re.Match[str]]) -> bool:
    """Whether a row's cells link a paper (a row of ``<th>`` cells doing so under a Title or Paper column is a paper's,
    no header)."""
    return any(_is_paper(url) for c in cells for _, url, _, _ in find_links(c.group("body")))


def _label_row(cells: list[re.Match[str]]) -> bool:
    """A first row of ``<td>`` cells that names the columns (``Year | Paper | Link``): two roles or more, a
    paper's among them, and no link."""
    names = [plain(c.group("body")).strip().lower() for c in cells]
    roles = column_roles(names)
    return len(roles) >= 2 and bool({"title", "paper"} & set(roles)) and not any("href" in c.group("body") for c in cells)


def _title_span(text: str, cells: list[re.Match[str]], roles: dict[str, int]) -> tuple[int, int, bool] | None:
    """The title's offsets in ``text`` and whether it is plain text (no link): a Title column's text, else a
    Paper/Name column's link text or plain title; with no such column, the text of the row's paper link."""
    if not {"title", "paper", "name"} & set(roles):
        return _paper_link_span(cells)
    for role in ("title", "paper", "name"):
        if role in roles and roles[role] < len(cells) and (span := _cell_title(cells[roles[role]], role)) is not None:
            return span
    if "paper" in roles and roles["paper"] < len(cells):
        at = cells[roles["paper"]].start("body")
        return at, at, False  # (a Paper column's link named "paper", a dataset's name beside it: the paper, no title)
    return None


def _cell_title(cell: re.Match[str], role: str) -> tuple[int, int, bool] | None:
    """The title in the cell of the column named ``role`` (its offsets in the table's text, and whether it is plain
    text), or None when the title is elsewhere."""
    c0, body = cell.start("body"), cell.group("body")
    if role != "name" and (before := _text_before_links(body)) is not None:
        return c0 + before[0], c0 + before[1], False  # ("Title, TGRS, 2021. [<a ...>paper</a>], [<a ...>code</a>]")
    for label, url, s, e in find_links(body):
        if label and label != "badge" and url and not is_generic_label(label) and not label.strip("[]() ").isdigit():
            l0 = s + 1 if body[s] == "[" else e - 4 - len(label)  # (not a reference's number: "Name [<a href="#ref1">1</a>]")
            return c0 + l0, c0 + l0 + len(label), False
    if role == "paper" and ("<a" in body.lower() or "](" in body or len(plain(body).split()) < 3):
        return None  # (a Paper column of links, or of a short name: the title is elsewhere)
    lead = m.end() if (m := _LEAD_TAGS.match(body)) else 0  # (a whole reference in the cell: "Li Z, Chen X. Title[J]. Journal, 2025.")
    if "<" not in body[lead:] and (ref := parse_reference(body[lead:].strip())) is not None and ref.authors is not None:
        pad = len(body[lead:]) - len(body[lead:].lstrip())
        return c0 + lead + pad + ref.title[0], c0 + lead + pad + ref.title[1], role != "name"
    nick = _NICKNAME.match(body)  # "ResNet[2] Identity Mappings in Deep Residual Networks(2016)"
    head = read_head(body, nick.end() if nick else 0)
    if head.title is not None and head.title[1] > head.title[0]:
        return c0 + head.title[0], c0 + head.title[1], role != "name" and not find_links(body)
    return None


def _text_before_links(body: str) -> tuple[int, int] | None:
    """The title a Title or Paper cell writes as text before its links (three words or more, no names), if any."""
    links = find_links(body)
    if not links or "<" in body[: links[0][2]].replace("<br", "") or len(_WORD.findall(plain(body[: links[0][2]]))) < 3:
        return None
    if (end := _before_venue_year(body, links[0][2])) is not None:
        a = len(body) - len(body.lstrip())
        return (a, end) if not is_name_list(plain(body[a:end])) else None
    head = read_head(body, 0)
    if head.title is None or head.title[1] > links[0][2] or head.title[1] - head.title[0] < 8 \
            or is_name_list(plain(body[head.title[0] : head.title[1]])):
        return None
    return head.title


#: A short venue and a year closing a cell's text before its links (``, TGRS, 2021.  [``, ``. TNNLS, 2021. [``), or a
#: venue's acronym alone (``, IJRS. [``): matched from a comma or a stop to the first link.
_VENUE_YEAR_TAIL = re.compile(r"[,.][ \t]*+(?:[A-Z][\w&'’.\-]{0,30}+(?:[ \t][A-Za-z][\w&'’.\-]{0,30}+){0,4}[ \t]*+[,.][ \t]*+\(?(?:19|20)\d{2}\)?"
                              r"|[A-Z][A-Z&\-]{1,9})[ \t.,]{0,9}+(?:\[[ \t]*+)?")


def _before_venue_year(body: str, stop: int) -> int | None:
    """Where a cell's title ends before the short venue and year closing its text at ``stop`` (the first comma or stop
    that opens them, eight characters of title at least, no tag or bracket in it), else None."""
    start = len(body) - len(body.lstrip())
    for k in range(max(start + 8, stop - 90), stop):
        if body[k] in ",." and _VENUE_YEAR_TAIL.fullmatch(body, k, stop) is not None:
            end = len(body[:k].rstrip())
            return end if end - start >= 8 and not any(c in body[start:end] for c in "<>[]") else None
    return None


def _paper_link_span(cells: list[re.Match[str]]) -> tuple[int, int, bool] | None:
    """The text of the row's first paper link that reads as a title (two words or more, no names)."""
    for cell in cells:
        c0, body = cell.start("body"), cell.group("body")
        for label, url, s, e in find_links(body):
            if label and label != "badge" and url and not is_generic_label(label) and _is_paper(url) \
                    and len(plain(label).split()) >= 2 and not is_name_list(plain(label)):
                l0 = s + 1 if body[s] == "[" else e - 4 - len(label)
                return c0 + l0, c0 + l0 + len(label), False
    if not any(_is_paper(url) for cell in cells for _, url, _, _ in find_links(cell.group("body"))):
        return None
    for cell in cells:  # (the paper linked as "PDF" beside its page's link: ``<a href="/notes/x">Title</a> | <a ...x.pdf">PDF</a>``)
        c0, body = cell.start("body"), cell.group("body")
        links = find_links(body)
        if links and (label := links[0][0]) and links[0][1] and not is_generic_label(label) and label != "badge" \
                and len(_WORD.findall(plain(label))) >= 2 and not is_name_list(plain(label)):
            s, e = links[0][2], links[0][3]
            l0 = s + 1 if body[s] == "[" else e - 4 - len(label)
            return c0 + l0, c0 + l0 + len(label), False
    for cell in cells:  # (the paper linked by a badge or a label: its title is a cell of bold words alone)
        if (b := _BOLD.search(cell.group("body"))) is not None and len(_WORD.findall(plain(b.group("t")))) >= 3 \
                and plain(cell.group("body")).strip() == plain(b.group("t")).strip() \
                and not is_name_list(plain(b.group("t"))):
            inner = b.group("t")
            lead, trail = len(inner) - len(inner.lstrip()), len(inner) - len(inner.rstrip())
            return cell.start("body") + b.start("t") + lead, cell.start("body") + b.end("t") - trail, True
    return None


#: Tags and blanks opening a cell (``<font size=2>``).
_LEAD_TAGS = re.compile(r"(?:\s|<[^<>]{1,80}>)*+")
#: A word of two letters or more.
_WORD = re.compile(r"[^\W\d_]{2,}")
#: Bold words in a cell: ``<strong>Title</strong>``, ``<b>Title</b>``.
_BOLD = re.compile(r"<(?P<tag>strong|b)>(?P<t>[^<]{6,400}+)</(?P=tag)>", re.IGNORECASE)


def _is_paper(url: str) -> bool:
    ident = Identity()
    ident.add_link(None, url)
    return bool(ident.papers)
