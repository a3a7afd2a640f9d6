"""Which column of a table holds the titles, from what its rows hold.

A header names its columns in any wording (``Publication``, ``Title & Authors``,
``Method``); what repeats down the rows says more: the column whose cells read as
titles in most rows (a link's text or plain text of several words, no venue, date,
number or author list) holds the titles.  The header's choice stands when its
column reads so; otherwise the leftmost column that does takes the title's role, and among
those a column whose titles are links' texts first (``Subject | [Title](url)``: the subject is
a week's topic).
"""

from __future__ import annotations

import re

from ..document import Document
from ..markup import plain
from ..table import Cell, split_cells
from .byline import is_venue_text
from .citation_keys import SURNAMES
from .column_names import names_datasets
from .found import Found
from .heading_bodies import venue_tail
from .inline import read_head
from .link_finder import find_links
from .links import other_class
from .name_lists import is_name_list
from .prefixes import is_generic_label

_LETTERS = re.compile(r"[A-Za-z]{2}|[\u4e00-\u9fff]")
_NAMES_TITLE = re.compile(r"title|paper|标题|论文|標題|論文", re.IGNORECASE)
_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
_EMPHASISED = re.compile(r"(\*\*|__|\*|_)[^*_\n]{6,400}\1")
#: Roles whose columns never hold the title, however long their text.
_NOT_TITLE = ("summary", "authors", "venue", "year", "code")
#: Headers naming what no title is: a licence, a status, a task, a kind (their cells read as titles: "Research Only").
_OTHER_HEADER = re.compile(r"^(?:licen[cs]es?|status|types?|kinds?|categor(?:y|ies)|tags?|keywords?|stars?|"
                           r"citations?|metrics?|results?|modalit(?:y|ies)|affiliations?|institutions?|organi[sz]ations?|labs?|teams?|compan(?:y|ies))$",
                           re.IGNORECASE)
#: What an empty paper cell says: no paper link for this row yet.
EMPTY_CELLS = frozenset({"", "-", "—", "–", "_", "?", "...", "…", "null", "none", "n/a", "na", "tbd", "tba", "todo", "coming soon",
                         "/", "×", "x"})


def titleish(text: str, linked: bool = False) -> bool:
    """True for a cell that reads as a paper's title (``linked``: a link's text does)."""
    if text.count(" ") < 2 and not _CJK.search(text):
        return False  # (a cheap first look: a title has three words)
    label = next((lb for lb, url, _, _ in find_links(text)
                  if lb and lb != "badge" and url and not lb.startswith("![") and not is_generic_label(lb)), None)
    if label is None and linked:
        return False
    if label is None:
        head = read_head(text, 0)
        label = text[head.title[0] : head.title[1]] if head.title else text
    return title_like(plain(label).strip())


def title_like(t: str) -> bool:
    """True for plain text that reads as a title: three words or more (or a CJK title),
    no venue, address, long sentence or author list."""
    if not t or len(t) > 400 or not _LETTERS.search(t) or t.startswith("http"):
        return False
    words = len(t.split())
    if words < 3 and not (_CJK.search(t) and len(t) >= 6) or words > 30 or t.endswith((".", "。")) and words > 12:
        return False  # a name, or a description (a long sentence)
    if is_venue_text(t):
        return False
    return not ((", " in t or " and " in t) and is_name_list(t) or SURNAMES.fullmatch(t))


_WORD = re.compile(r"[^\W\d_]{2}")


def repeated_fillers(found: list[Found]) -> set[int]:
    """The rows (by ``id``) whose title, no paper linked, is written in three rows or more of the table
    (``Due to holiday``, ``TBD``): a schedule's filler, never a title."""
    seen: dict[str, list[Found]] = {}
    for f in found:
        if f.title and not f.ident.papers and _WORD.search(f.title):  # (a check mark, "[X]", is no filler: a row's status)
            seen.setdefault(f.title.strip(" ?~*.").lower(), []).append(f)
    return {id(f) for same in seen.values() if len(same) >= 3 for f in same}


def title_column(rows: list[list[str]], roles: dict[str, int], cols: list[str]) -> int | None:
    """The column holding the titles of ``rows`` (each a list of cell texts), or None
    (``cols``: the header's column names)."""
    if not rows:
        return None
    n = max(len(r) for r in rows)
    most = len(rows) / 2
    chosen = next((roles[r] for r in ("title", "paper", "name") if r in roles), None)
    if chosen is not None and chosen < n and _count(rows, chosen) > most:
        return chosen  # (the header's column reads as titles: the others need no look)
    barred = {roles[r] for r in _NOT_TITLE if r in roles and not _NAMES_TITLE.search(cols[roles[r]])} \
        | {c for c, name in enumerate(cols) if _OTHER_HEADER.match(plain(name).strip(" *_:"))}
    reading = [c for c in range(n) if c != chosen and c not in barred and _count(rows, c) > most]
    linked = [c for c in reading if _count(rows, c, linked=True) > most]
    if not linked and "title" not in roles and "paper" not in roles and chosen is not None and chosen < n \
            and _filled(rows, chosen) > most and not any(_names_inside(rows, chosen, c) * 3 >= len(rows) for c in reading):
        return chosen  # (a Name column the header names, filled: what names each row, not a column of counts or tasks;
        # but a column whose cells hold each row's name is its titles: '| WizardCoder | "WizardCoder: Empowering ..." |')
    if linked or reading:
        return linked[0] if linked else reading[0]  # (a linked title is the surer one)
    marked = [c for c in sorted(barred) if c < n and _count(rows, c, emphasised=True) > most]
    if marked:
        return marked[0]  # ("| AdaBelief | *Adapting Step-sizes by the Belief in Gradients* |": a Description column of titles)
    if chosen is not None and not _count(rows, chosen) and _venues(rows, chosen) * 2 > _filled(rows, chosen):
        return None  # ("Publication": NeurIPS 2021 in most filled rows, a title in none: venues, no title column)
    return chosen


def _venues(rows: list[list[str]], c: int) -> int:
    """How many of ``rows`` hold a venue and year in column ``c`` (``NeurIPS 2021``)."""
    return sum(1 for cells in rows if c < len(cells) and is_venue_text(plain(cells[c])))


def _filled(rows: list[list[str]], c: int) -> int:
    """How many of ``rows`` hold something in column ``c`` (not ``-``, ``null``...)."""
    return sum(1 for cells in rows if c < len(cells) and plain(cells[c]).strip().lower() not in EMPTY_CELLS)


def _count(rows: list[list[str]], c: int, linked: bool = False, emphasised: bool = False) -> int:
    """How many of ``rows`` hold a title in column ``c`` (``linked``: a link's text; ``emphasised``:
    the whole cell in italics or bold)."""
    return sum(1 for cells in rows if c < len(cells) and titleish(cells[c], linked)
               and (not emphasised or _EMPHASISED.fullmatch(cells[c].strip()) is not None))


def _names_inside(rows: list[list[str]], name: int, c: int) -> int:
    """How many of ``rows`` write their column ``name``'s text inside column ``c``."""
    return sum(1 for cells in rows if max(name, c) < len(cells) and (k := cells[name].strip(" *_`").lower())
               and k in cells[c].lower())


def cell_texts(row: str, cells: list[Cell]) -> list[str]:
    """The text of each cell of ``row``."""
    return [c.text(row) for c in cells]


def venue_column(rows: list[list[str]], roles: dict[str, int]) -> int | None:
    """A column with no role whose cells state a venue and year in most rows (``| Info |`` holding
    ``TOG 2015``): the table dates its titles, as a Venue column would."""
    n = max((len(r) for r in rows), default=0)
    taken = set(roles.values())
    return next((c for c in range(n) if c not in taken and _venues(rows, c) * 2 > len(rows) >= 2), None)


def names_only(titles: list[str | None], roles: dict[str, int], linked: bool = True) -> bool:
    """A Model or Method column of short names (two words at most in most rows) and no venue or
    authors column: a table of models and their specs (``| MobileVLM | CLIP ViT-L/14 | 336 |``).
    Where no row links anything (``linked`` off), a venue column beside the names changes nothing:
    a summary of methods by name (``| AGC | IJCAI'19 | Spectral |``) names no paper's title."""
    return "name" in roles and (not {"venue", "authors"} & set(roles) or not linked and "authors" not in roles) \
        and sum(1 for t in titles if len((t or "").split()) <= 2) * 2 > len(titles)


#: A header naming its column the papers' titles: ``Paper Title``, ``Title of Paper``, ``论文标题``.
_PAPER_TITLES = re.compile(r"(?:\*\*)?(?:paper[ \t]++(?:titles?|names?)|names?[ \t]++of[ \t]++(?:the[ \t]++)?(?:papers?|publications?|articles?)|(?:article|publication|manuscript)s?[ \t]++titles?|titles?[ \t]++of[ \t]++(?:the[ \t]++)?papers?|论文(?:名称|标题|题目)|論文(?:名稱|標題|題目))(?:\*\*)?$",
                           re.IGNORECASE)


#: A cell of a date or a number only (``14/5/19``, ``3``).
_NUMBERS = re.compile(r"[\d\s./:,#\-]*+")


def blank_row(texts: list[str]) -> bool:
    """Whether a row's cells hold nothing but empty cells, dates and numbers (``| 14/5/19 | _ | _ |``)."""
    return all((text := plain(c).lower()) in EMPTY_CELLS or _NUMBERS.fullmatch(text) for c in texts)


#: A column headed as holding papers.
_PAPERS = re.compile(r"[ \t*]*+(?:papers?|references?|citations?|论文|論文|参考文献)[ \t*]*+", re.IGNORECASE)


def titled_papers(header: str, cells: list[str]) -> bool:
    """Whether a column headed ``Paper`` names papers in three rows of four (``| Paper | Type |`` over plain
    titles, references or authors and years): each row's title is then a paper's, linked or not."""
    return _PAPERS.fullmatch(header) is not None and sum(1 for c in cells if _names_paper(plain(c).strip())) * 4 > len(cells) * 3


#: A paper cited by its authors' surnames and year (``Hopfield 2010``, ``Joshi and Maass 2005``, ``Ponulak et al. 2006b``).
_AUTHOR_YEAR = re.compile(r"[A-Z][\w'’\-]++(?:,?+[ \t]++et\.?+[ \t]*+al\.?+|[ \t]++(?:and|&)[ \t]++[A-Z][\w'’\-]++)?+,?+[ \t]++(?:19|20)\d{2}[a-z]?+")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def cited_cell(text: str) -> bool:
    """Whether a cell cites a paper by its authors' surnames and year alone (``Joshi and Maass 2005``)."""
    return _AUTHOR_YEAR.fullmatch(plain(text).strip()) is not None


def _names_paper(t: str) -> bool:
    """A cell naming a paper: its title, its authors and year, or its reference (six words or more with a year)."""
    return title_like(t) or _AUTHOR_YEAR.fullmatch(t) is not None or len(t.split()) >= 6 and _YEAR.search(t) is not None


def papers_titled(header: str) -> bool:
    """Whether a column's header says it holds papers' titles (``Paper Title``): each row's title is
    then a paper's, linked or not (a column headed ``Title`` alone may hold talks or books)."""
    return _PAPER_TITLES.match(header.strip()) is not None


#: A first column naming libraries or tools (their rows describe software, not papers; a table of datasets
#: or benchmarks may name their papers, and is read).
_NOT_PAPERS = re.compile(r"(?:librar(?:y|ies)|tools?|frameworks?|software|packages?|"
                         r"suites?|platforms?|simulators?|toolkits?)(?:[ \t]*+(?:names?|/[ \t]*+\w+))?", re.IGNORECASE)


#: Columns of an events table: where and when a meeting is held, and its deadlines.
_EVENT_PLACE = re.compile(r"(?:locations?|cit(?:y|ies)|countr(?:y|ies)|places?|where|(?:(?:abstract|submission|registration|early)[ \t]++)?deadlines?)",
                          re.IGNORECASE)
_EVENT_DATES = re.compile(r"(?:dates?|when|(?:start|end)[ \t]++dates?)", re.IGNORECASE)


def events_table(cols: list[str]) -> bool:
    """A table of meetings (``Title | Dates | Location | Abstract Deadline``): a column of places or
    deadlines, another of dates or a second of places or deadlines, and no column headed as papers."""
    names = [plain(c).strip(" *_:") for c in cols]
    places = sum(_EVENT_PLACE.fullmatch(n) is not None for n in names)
    dates = sum(_EVENT_DATES.fullmatch(n) is not None for n in names)
    return places >= 1 and places + dates >= 2 and not any(papers_titled(n) or n.lower() in ("paper", "papers") for n in names)


#: A column of licences: what its rows name is software, a model or data.
_LICENCE = re.compile(r"licen[cs]es?", re.IGNORECASE)


#: Columns counting a dataset's parts (``Nodes``, ``# Edges``, ``Node Feature``, ``Avg. Tokens``): a table of datasets.
_STATISTIC = re.compile(r"(?:#|num(?:ber)?\.?(?:[ \t]of)?|avg\.?|average|total|mean)?[ \t]*+(?:node|edge|graph)?[ \t]*+"
                        r"(?:nodes?|edges?|graphs?|samples?|images?|videos?|classes|instances|triples|entities|relations|users|items|"
                        r"interactions|hours|clips|sentences|tokens|documents|frames|subjects|features?|labels?|size)"
                        r"(?:[ \t]*+\([^()]{1,20}\))?", re.IGNORECASE)


#: Columns that name talks (``Presentation Title``, ``Podcast``): a table of talks (a column of speakers is a reading
#: group's too, who presents each paper).
_TALKS = re.compile(r"(?:(?:presentation|talk|lecture|webinar|podcast|episode|keynote)s?(?:[ \t]++(?:titles?|names?))?)",
                    re.IGNORECASE)
#: A first column naming products, clients or companies: a firm's work for them, no paper.
_FIRMS = re.compile(r"(?:products?|clients?|customers?|compan(?:y|ies)|vendors?)", re.IGNORECASE)


def names_products(cols: list[str]) -> bool:
    """Whether a column is headed as products, clients or companies."""
    return any(_FIRMS.fullmatch(plain(c).strip(" *_:")) for c in cols)


def tools_table(cols: list[str], roles: dict[str, int]) -> bool:
    """A table whose first column names libraries or tools, with no column of titles, venues or dates
    (a "Resources" column of links names no venue); a table of meetings (:func:`events_table`) or of talks
    (a column of talks, and none of the papers' links); one whose first column names products or clients; or one with a
    column of licences and none of titles or papers."""
    names = [plain(c).strip(" *_:") for c in cols]
    if events_table(cols) or not {"title", "paper"} & set(roles) and any(_LICENCE.fullmatch(n) for n in names):
        return True  # (a column of licences: models, tools or data, each row under its name)
    if "paper" not in roles and (any(_TALKS.fullmatch(n) for n in names) and "link" not in roles or names and _FIRMS.fullmatch(names[0])):
        return True  # (talks; products reviewed or clients served, each with its report)
    if "title" not in roles and sum(1 for n in names if _STATISTIC.fullmatch(n)) >= 3:
        return True  # (a dataset's statistics, "Name | Nodes | Edges | Graphs | [Paper]": datasets, each with its source)
    venue = roles.get("venue")
    dated = "year" in roles or venue is not None and "source" not in cols[venue]
    return not ({"title", "paper"} & set(roles) or dated) and bool(cols) and _NOT_PAPERS.fullmatch(cols[0].strip(" *_")) is not None


def empty_link(cells: list[str], roles: dict[str, int]) -> bool:
    """True when the row's link (or paper) column, apart from its title's, is empty."""
    at = roles.get("link", roles.get("paper"))
    if at is None or at == roles.get("title") or at >= len(cells):
        return False
    return plain(cells[at]).strip().lower() in EMPTY_CELLS


#: Link targets that stand for no address yet (a spreadsheet's empty cell exported as ``nan``).
PLACEHOLDER_URLS = frozenset({"nan", "null", "none", "#", "tbd", "todo", ""})


def not_linked_yet(found: Found) -> bool:
    """A row with a title and no address at all (or only a placeholder: ``[Title](nan)``): a paper not
    linked yet, where the other rows link theirs."""
    urls = [url.strip().lower() for url in found.ident.links.values()]
    placeholder = any(u in PLACEHOLDER_URLS for u in urls)  # ("[Title](nan) | NIPS | [code](url)": the paper's cell waits)
    title = found.title or ""
    return title_like(title) and (placeholder or not urls and (title[:1].isupper() or not title.isascii()))


def venue_tagged(row: str, cells: list[Cell], roles: dict[str, int]) -> bool:
    """Whether the row's title cell closes with tags in brackets, one a known venue and its year
    (``Owl Pose Estimation [CVPR2020]``): the list dates its paper, linked or not."""
    at = roles.get("title")
    return at is not None and at < len(cells) and "[" in (text := plain(cells[at].text(row)).strip()) \
        and (tail := venue_tail(text)) is not None and len(text[:tail].split()) >= 3


_URL_CELL = re.compile(r"https?://\S++")


def other_link(cells: list[str], roles: dict[str, int]) -> bool:
    """True when the row's link column, apart from its title's, holds an address to no paper host, no
    code or video: a paper on its publisher's or author's page, where the other rows link their papers (the
    link's text a label, or anything under a header saying its rows are papers: ``Article Link``)."""
    at = roles.get("link")
    if at is None or at == roles.get("title") or at >= len(cells):
        return False
    url = _URL_CELL.fullmatch(plain(cells[at]).strip())
    if url is None and len(links := find_links(cells[at])) == 1 and (is_generic_label(links[0][0]) or "papers_titled" in roles) \
            and not cells[at].replace(cells[at][links[0][2] : links[0][3]], "").strip(" \t*_"):
        return other_class(links[0][1].strip()) in (None, "website")  # ("[link](https://journal.example/…)")
    return url is not None and other_class(url.group(0)) in (None, "website")


#: The year after the names in a cell crediting a paper's authors (``Ann Barn & Bob Owl - 2015 _- Springer_``).
_YEAR_ON = re.compile(r"(?<![\d\w])((?:19|20)\d{2})\b")


def credited_year(row: str, title: str | None) -> int | None:
    """The year of a cell of ``row`` other than the one holding ``title`` that credits people by name and a year after
    them (``Ann Barn & Bob Owl - 2015``, ``AB Owl..., 2013``, ``Ann Barn et al., 2022``): a row citing a paper, whatever
    its link; else None."""
    for c in split_cells(row):
        text = plain(row[c.start : c.end]).strip()
        if not text or title and title in text or (m := _YEAR_ON.search(text)) is None:
            continue
        names = text[: m.start()].replace("...", "").replace("…", "").replace(" & ", ", ").strip(" \t,.-–_*")
        if len(names) >= 4 and is_name_list(names):
            return int(m.group(1))
    return None


def datasets_by_name(cols: list[str], roles: dict[str, int], rows: list[tuple[Found, bool]]) -> bool:
    """``| Task | Dataset | Source |``: datasets by name, their pages linked, no paper's; ``| Name | Product | Year |``:
    flaws or features of products by name, none credited to authors or a venue."""
    return not {"title", "paper"} & set(roles) and "name" in roles and not any(f.ident.papers for f, _ in rows) \
        and (names_datasets(cols[roles["name"]]) or not {"authors", "venue"} & set(roles) and names_products(cols))


#: A link to a code or model repository, right after a link's text: ``](https://github.com/...``.
_REPOSITORY = re.compile(r"\]\([ \t]*+<?https?://(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|pypi\.org|sourceforge\.net)/", re.IGNORECASE)


def repos_by_name(doc: Document, roles: dict[str, int], rows: list[Found]) -> bool:
    """``| [OpenSfM](https://github.com/...) | 2016 | [CVPR](...) |``: tools or datasets by name (a Name column, no
    Title or Paper column), three in four linking their repository from the name; a paper cited beside one is the
    tool's, no entry of the list."""
    if {"title", "paper"} & set(roles) or "name" not in roles or len(rows) < 3:
        return False
    text = doc.text
    return sum(1 for f in rows if f.title_span is not None and _REPOSITORY.match(text, f.title_span[1])) * 4 >= len(rows) * 3


def shared_papers(found: list[Found]) -> set[int]:
    """The rows (by ``id``) that link one paper under three names or more, most of them short: the
    paper metrics or models cite, not each row's own (three long titles sharing a link are a list's
    copying slip, each still a paper)."""
    by_paper: dict[str, list[Found]] = {}
    for f in found:
        key = f.ident.paper_id
        if key:
            by_paper.setdefault(key, []).append(f)
    return {id(f) for group in by_paper.values()
            if len({g.title for g in group}) >= 3 and 2 * sum(1 for g in group if len((g.title or "").split()) <= 4) > len(group)
            for f in group}


def media_only(found: Found) -> bool:
    """Whether a row links only recorded talks or slides (``(Video)``, ``(Slides)``): beside rows linking papers, a talk."""
    return bool(found.ident.links) and all(k.startswith(("video", "slides")) for k in found.ident.links)


#: A cell holding a score: a number, a percentage, a ``± deviation``.
_SCORE = re.compile(r"[ \t]*+[\d.,]++[ \t]*+%?+(?:[ \t]*+(?:±|\+-|\+/-)[ \t]*+[\d.,]++[ \t]*+%?+)?[ \t]*+")
#: A score that measures: a decimal fraction, a percentage or a deviation.
_MEASURE = re.compile(r"\d\.\d|%|±|\+-|\+/-")


def results_table(rows: list[list[str]], n_cols: int, *, named: bool) -> bool:
    """Two columns or more hold scores in most ``rows`` (each its cells' texts): a table of results, not of
    papers.  When most rows name a paper by its title, the scores must be measures (a decimal point, a
    percentage, a deviation), not a year and a count of citations."""
    scores = [0] * n_cols
    for cells in rows:
        for n, cell in enumerate(cells[:n_cols]):
            text = cell.replace("*", "")
            if text.strip() and _SCORE.fullmatch(text) and (not named or _MEASURE.search(text)):
                scores[n] += 1
    return sum(1 for c in scores if c * 2 > len(rows)) >= 2
