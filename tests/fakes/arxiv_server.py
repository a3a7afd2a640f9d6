"""A local stand-in for the arXiv query API (``/api/query``), for tests and benches.

It answers the way export.arxiv.org does, from records the tests write
themselves (:class:`FakeRecord`, or :func:`synthetic_record` for any id):

* ``id_list`` (comma-separated, versioned or not), ``search_query`` (``ti:``,
  ``au:``, ``abs:``, ``cat:``, ``id:``, ``all:`` ... joined by ``AND``/``OR``/
  ``ANDNOT``, with parentheses and quoted phrases), ``start``, ``max_results``,
  ``sortBy`` and ``sortOrder``;
* ids it does not know are dropped silently from a multi-id answer (and
  ``opensearch:totalResults`` counts only the ones found);
* a malformed id gets HTTP 400 and a single ``Error`` entry
  (``incorrect id format for abc``);
* a versioned id (``2104.12255v1``) gets that version's entry;
* two requests closer than ``min_interval`` seconds get HTTP 503 (arXiv's
  courtesy delay is 3 s; tests use a few milliseconds);
* faults can be injected: ``"503"`` answers HTTP 503, ``"drop"`` closes the
  connection without answering, ``"garbage"`` answers 200 with HTML.

Entries use the 2026 Atom layout (``layout="2016"`` gives the older layout with
per-element namespace declarations, hard-wrapped titles and a DOI link).

Every request is logged in :attr:`FakeArxiv.log` for counting.

>>> with FakeArxiv([synthetic_record("2401.00001")]) as server:   # doctest: +SKIP
...     requests.get(server.url, params={"id_list": "2401.00001"})
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import re
import threading
import time
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Self
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape, quoteattr

# What arXiv accepts as an id in id_list (format only: 0000.0000 passes, abc does not).
_ID_FORMAT = re.compile(r"^(?:\d{4}\.\d{4,5}|[a-z][a-z\-]*(?:\.[A-Za-z]{2})?/\d{7})(?:v\d+)?$")
_VERSION = re.compile(r"^(?P<id>.+?)(?:v(?P<v>\d+))?$")

PAGE_CAP = 2000  # arXiv serves at most this many entries per call


@dataclass
class FakeRecord:
    """One paper as the fake arXiv knows it (its latest version is ``version``)."""

    id: str
    title: str
    authors: list[str]
    abstract: str = ""
    primary_category: str = "cs.LG"
    categories: list[str] = field(default_factory=list)
    published: dt.datetime = dt.datetime(2024, 1, 2, 10, 0, 0)
    updated: dt.datetime | None = None
    version: int = 1
    doi: str | None = None
    journal_ref: str | None = None
    comment: str | None = None
    affiliations: dict[str, str] = field(default_factory=dict)

    @property
    def all_categories(self) -> list[str]:
        cats = [self.primary_category] + [c for c in self.categories if c != self.primary_category]
        return cats


@dataclass
class LoggedRequest:
    """One request as the fake server saw it."""

    url: str
    params: dict[str, list[str]]
    status: int
    at: float
    fault: str | None = None

    @property
    def id_list(self) -> list[str]:
        raw = self.params.get("id_list", [""])[0]
        return [i for i in raw.split(",") if i]


# --------------------------------------------------------------------------- records


_WORDS = [
    "diffusion",
    "transformer",
    "latent",
    "video",
    "world",
    "model",
    "consistent",
    "geometry",
    "scalable",
    "sparse",
    "attention",
    "policy",
    "reward",
    "alignment",
    "multimodal",
    "reasoning",
    "benchmark",
    "editing",
    "controllable",
    "efficient",
    "distillation",
    "generation",
    "spatial",
    "temporal",
    "memory",
    "agent",
    "robust",
]
_GIVEN = ["Wei", "Anna", "José", "Zoë", "Ravi", "Mei", "Lukas", "Chloé", "Hiroshi", "Ana", "Jörg", "Olu"]
_FAMILY = ["Zhang", "Müller", "García", "Nguyen", "Okafor", "Tanaka", "Dubois", "Kowalski", "Li", "Øster"]
_SYLLABLES = ["ka", "lo", "mi", "ra", "to", "su", "be", "do", "fi", "ha", "je", "ni", "po", "vu", "ze", "ar", "el", "os"]
_ENDINGS = ["", "n", "r", "s", "ez", "ić", "ová", "sen", "ström", "ger"]
_CATS = ["cs.CV", "cs.LG", "cs.AI", "cs.CL", "cs.RO", "eess.IV", "stat.ML"]


def _family_name(rng: random.Random) -> str:
    """A family name: a common one, or one of thousands built from syllables
    (real author lists rarely share a first author, and BibTeX styles choke on
    more than 26 "same author, same year" entries)."""
    if rng.random() < 0.2:
        return rng.choice(_FAMILY)
    name = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))) + rng.choice(_ENDINGS)
    return name.capitalize()


def synthetic_record(arxiv_id: str, *, version: int | None = None) -> FakeRecord:
    """A deterministic made-up record for ``arxiv_id`` (same id, same record)."""
    rng = random.Random(hashlib.sha256(arxiv_id.encode()).digest())
    words = [rng.choice(_WORDS) for _ in range(rng.randint(3, 7))]
    title = " ".join(words).capitalize() + f" ({arxiv_id})"
    authors = [f"{rng.choice(_GIVEN)} {_family_name(rng)}" for _ in range(rng.randint(1, 9))]
    cats = sorted({rng.choice(_CATS) for _ in range(rng.randint(1, 3))})
    m = re.match(r"^(\d{2})(\d{2})\.", arxiv_id)
    year, month = (2000 + int(m.group(1)), int(m.group(2))) if m else (2005, 6)
    published = dt.datetime(year, max(1, min(month, 12)), rng.randint(1, 27), 17, 59, 1)
    ver = version if version is not None else rng.randint(1, 3)
    has_doi = rng.random() < 0.25
    return FakeRecord(
        id=arxiv_id,
        title=title,
        authors=authors,
        abstract=f"We study {' '.join(words)}.  This record is synthetic.",
        primary_category=cats[0],
        categories=cats,
        published=published,
        updated=published + dt.timedelta(days=30 * (ver - 1)),
        version=ver,
        doi=f"10.5555/synthetic.{arxiv_id.replace('/', '.')}" if has_doi else None,
        journal_ref=f"Synthetic Journal {year % 100}, {rng.randint(1, 999)} ({year})" if has_doi else None,
    )


# --------------------------------------------------------------------------- search_query


_TOKEN = re.compile(r'\s*(\(|\)|ANDNOT\b|AND\b|OR\b|[a-z]+:"[^"]*"|[a-z]+:[^\s()]+|"[^"]*"|[^\s()]+)')


def _tokens(query: str) -> list[str]:
    out, pos = [], 0
    query = query.strip()
    while pos < len(query):
        m = _TOKEN.match(query, pos)
        if not m:
            break
        out.append(m.group(1))
        pos = m.end()
    return out


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _field_texts(rec: FakeRecord, name: str) -> list[str]:
    return {
        "ti": [rec.title],
        "au": rec.authors,
        "abs": [rec.abstract],
        "co": [rec.comment or ""],
        "jr": [rec.journal_ref or ""],
        "cat": rec.all_categories,
        "id": [rec.id],
        "rn": [""],
    }.get(name, [rec.title, rec.abstract, " ".join(rec.authors), rec.comment or ""])


def _term_matches(rec: FakeRecord, term: str) -> bool:
    name, _, value = term.partition(":") if ":" in term else ("all", "", term)
    value = value.strip('"').replace("_", " ")
    if name == "cat":
        return any(c == value or c.startswith(value + ".") for c in rec.all_categories)
    if name == "id":
        return rec.id == _VERSION.match(value).group("id")
    wanted = _words(value)
    if not wanted:
        return False
    for text in _field_texts(rec, name):
        have = _words(text)
        if len(wanted) == 1 and wanted[0] in have:
            return True
        if len(wanted) > 1 and f" {' '.join(wanted)} " in f" {' '.join(have)} ":
            return True
    return False


def _evaluate(tokens: deque[str], rec: FakeRecord) -> bool:
    """Left-to-right boolean evaluation, as arXiv's documentation describes it."""
    result = _operand(tokens, rec)
    while tokens and tokens[0] in ("AND", "OR", "ANDNOT"):
        op = tokens.popleft()
        right = _operand(tokens, rec)
        result = {"AND": result and right, "OR": result or right, "ANDNOT": result and not right}[op]
    return result


def _operand(tokens: deque[str], rec: FakeRecord) -> bool:
    if not tokens:
        return False
    tok = tokens.popleft()
    if tok == "(":
        value = _evaluate(tokens, rec)
        if tokens and tokens[0] == ")":
            tokens.popleft()
        return value
    return _term_matches(rec, tok)


def matches_query(rec: FakeRecord, query: str) -> bool:
    """Whether a record satisfies an arXiv ``search_query`` expression."""
    return _evaluate(deque(_tokens(query)), rec)


# --------------------------------------------------------------------------- Atom


_FEED_OPEN = (
    '<feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" '
    'xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom">'
)


def _stamp(t: dt.datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def _entry_2026(rec: FakeRecord, version: int, updated: dt.datetime) -> str:
    vid = f"{rec.id}v{version}"
    parts = [
        "  <entry>",
        f"    <id>http://arxiv.org/abs/{vid}</id>",
        f"    <title>{escape(rec.title)}</title>",
        f"    <updated>{_stamp(updated)}</updated>",
        f'    <link href="https://arxiv.org/abs/{vid}" rel="alternate" type="text/html"/>',
        f'    <link href="https://arxiv.org/pdf/{vid}" rel="related" type="application/pdf" title="pdf"/>',
        f"    <summary>{escape(rec.abstract)}</summary>",
    ]
    parts += [f'    <category term="{c}" scheme="http://arxiv.org/schemas/atom"/>' for c in rec.all_categories]
    parts.append(f"    <published>{_stamp(rec.published)}</published>")
    if rec.comment:
        parts.append(f"    <arxiv:comment>{escape(rec.comment)}</arxiv:comment>")
    parts.append(f'    <arxiv:primary_category term="{rec.primary_category}"/>')
    if rec.journal_ref:
        parts.append(f"    <arxiv:journal_ref>{escape(rec.journal_ref)}</arxiv:journal_ref>")
    if rec.doi:
        parts.append(f"    <arxiv:doi>{escape(rec.doi)}</arxiv:doi>")
    for name in rec.authors:
        parts.append("    <author>")
        parts.append(f"      <name>{escape(name)}</name>")
        if name in rec.affiliations:
            parts.append(f"      <arxiv:affiliation>{escape(rec.affiliations[name])}</arxiv:affiliation>")
        parts.append("    </author>")
    parts.append("  </entry>")
    return "\n".join(parts)


def _wrap(text: str, width: int = 72, indent: str = "  ") -> str:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return f"\n{indent}".join(lines)


def _entry_2016(rec: FakeRecord, version: int, updated: dt.datetime) -> str:
    ns = 'xmlns:arxiv="http://arxiv.org/schemas/atom"'
    vid = f"{rec.id}v{version}"
    parts = [
        "  <entry>",
        f"    <id>http://arxiv.org/abs/{vid}</id>",
        f"    <updated>{_stamp(updated)}</updated>",
        f"    <published>{_stamp(rec.published)}</published>",
        f"    <title>{escape(_wrap(rec.title))}</title>",
        f"    <summary>  {escape(_wrap(rec.abstract, indent=''))}\n</summary>",
    ]
    for name in rec.authors:
        parts += ["    <author>", f"      <name>{escape(name)}</name>", "    </author>"]
    if rec.doi:
        parts.append(f"    <arxiv:doi {ns}>{escape(rec.doi)}</arxiv:doi>")
        parts.append(f'    <link title="doi" href="http://dx.doi.org/{escape(rec.doi)}" rel="related"/>')
    if rec.comment:
        parts.append(f"    <arxiv:comment {ns}>{escape(rec.comment)}</arxiv:comment>")
    if rec.journal_ref:
        parts.append(f"    <arxiv:journal_ref {ns}>{escape(rec.journal_ref)}</arxiv:journal_ref>")
    parts.append(f'    <link href="http://arxiv.org/abs/{vid}" rel="alternate" type="text/html"/>')
    parts.append(f'    <link title="pdf" href="http://arxiv.org/pdf/{vid}" rel="related" type="application/pdf"/>')
    parts.append(
        f'    <arxiv:primary_category {ns} term="{rec.primary_category}" scheme="http://arxiv.org/schemas/atom"/>'
    )
    parts += [f'    <category term="{c}" scheme="http://arxiv.org/schemas/atom"/>' for c in rec.all_categories]
    parts.append("  </entry>")
    return "\n".join(parts)


def _feed(query_text: str, entries: list[str], total: int, start: int, per_page: int, self_href: str) -> str:
    now = _stamp(dt.datetime.now(dt.UTC))
    head = [
        "<?xml version='1.0' encoding='UTF-8'?>",
        _FEED_OPEN,
        f"  <id>https://arxiv.org/api/{hashlib.sha1(query_text.encode()).hexdigest()[:27]}</id>",
        f"  <title>arXiv Query: {escape(query_text)}</title>",
        f"  <updated>{now}</updated>",
        f'  <link href={quoteattr(self_href)} type="application/atom+xml"/>',
        f"  <opensearch:itemsPerPage>{per_page}</opensearch:itemsPerPage>",
        f"  <opensearch:totalResults>{total}</opensearch:totalResults>",
        f"  <opensearch:startIndex>{start}</opensearch:startIndex>",
    ]
    return "\n".join(head + entries + ["</feed>", ""])


def _error_feed(slug: str, message: str) -> str:
    now = _stamp(dt.datetime.now(dt.UTC))
    return "\n".join(
        [
            "<?xml version='1.0' encoding='UTF-8'?>",
            _FEED_OPEN,
            "  <id>https://arxiv.org/</id>",
            "  <title>arXiv Search Results</title>",
            f"  <updated>{now}</updated>",
            "  <opensearch:itemsPerPage>1</opensearch:itemsPerPage>",
            "  <opensearch:totalResults>1</opensearch:totalResults>",
            "  <opensearch:startIndex>0</opensearch:startIndex>",
            "  <entry>",
            f"    <id>https://arxiv.org/api/errors#{slug}</id>",
            "    <title>Error</title>",
            f"    <updated>{now}</updated>",
            f'    <link href="https://arxiv.org/api/errors#{slug}" rel="alternate" type="text/html"/>',
            f"    <summary>{escape(message)}</summary>",
            "    <author>",
            "      <name>arXiv api core</name>",
            "    </author>",
            "  </entry>",
            "</feed>",
            "",
        ]
    )


# --------------------------------------------------------------------------- server


class FakeArxiv:
    """A real HTTP server on 127.0.0.1 (ephemeral port) answering like arXiv's API.

    Use it as a context manager; :attr:`url` is the query endpoint to give
    to the client.  ``min_interval`` is the courtesy delay it enforces (HTTP 503
    for a request arriving sooner than that after the previous one).
    """

    def __init__(
        self,
        records: Iterable[FakeRecord] = (),
        *,
        min_interval: float = 0.005,
        layout: str = "2026",
        id_format: re.Pattern[str] = _ID_FORMAT,
        page_cap: int = PAGE_CAP,
    ) -> None:
        self.records: dict[str, FakeRecord] = {}
        self.add(*records)
        self.min_interval = min_interval
        self.layout = layout
        self.id_format = id_format
        self.page_cap = page_cap
        self.log: list[LoggedRequest] = []
        #: Added to ``opensearch:totalResults`` (arXiv sometimes counts more than it serves).
        self.inflate_total = 0
        self._faults: deque[str | None] = deque()
        self._lock = threading.Lock()
        self._last_arrival: float | None = None
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- set-up --------------------------------------------------------------
    def add(self, *records: FakeRecord) -> None:
        for rec in records:
            self.records[rec.id] = rec

    def inject(self, fault: str, times: int = 1, *, after: int = 0) -> None:
        """Make ``times`` requests fail, once ``after`` more have been answered normally.

        ``fault`` is ``"503"`` (HTTP 503), ``"drop"`` (connection closed without
        an answer) or ``"garbage"`` (HTTP 200 with an HTML page).
        """
        if fault not in ("503", "drop", "garbage"):
            raise ValueError(f"unknown fault {fault!r}")
        with self._lock:
            self._faults.extend([None] * after + [fault] * times)

    # -- lifecycle -----------------------------------------------------------
    def start(self) -> Self:
        handler = _make_handler(self)
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.01}, name="fake-arxiv", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._httpd is not None, "server not started"
        return self._httpd.server_address[1]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/query"

    # -- counting ------------------------------------------------------------
    @property
    def requests(self) -> int:
        return len(self.log)

    def sent_ids(self) -> list[str]:
        """Every id that reached the server, in order, over all requests."""
        return [i for r in self.log for i in r.id_list]

    def reset_log(self) -> None:
        with self._lock:
            self.log.clear()

    # -- answering -----------------------------------------------------------
    def _admit(self, url: str, params: dict[str, list[str]]) -> tuple[LoggedRequest, str | None]:
        """Log the request; decide on a fault or a courtesy-delay 503."""
        now = time.monotonic()
        with self._lock:
            fault = self._faults.popleft() if self._faults else None
            if fault is None and self._last_arrival is not None and now - self._last_arrival < self.min_interval:
                fault = "too-fast"
            self._last_arrival = now
            entry = LoggedRequest(url=url, params=params, status=0, at=now, fault=fault)
            self.log.append(entry)
        return entry, fault

    def answer(self, params: dict[str, list[str]], self_href: str) -> tuple[int, str]:
        """The status and Atom body for a query (no faults, no rate limit)."""

        def one(name: str, default: str) -> str:
            return params.get(name, [default])[0]

        query = one("search_query", "")
        raw_ids = [i.strip() for i in one("id_list", "").split(",") if i.strip()]
        try:
            start = int(one("start", "0"))
            max_results = int(one("max_results", "10"))
        except ValueError:
            return 400, _error_feed("start_must_be_an_integer", "start and max_results must be integers")
        if start < 0 or max_results < 0:
            return 400, _error_feed("start_must_be_non_negative", "start must be non-negative")
        for raw in raw_ids:
            if not self.id_format.match(raw):
                return 400, _error_feed(f"incorrect_id_format_for_{raw}", f"incorrect id format for {raw}")

        found: list[tuple[FakeRecord, int, dt.datetime]] = []
        if raw_ids:
            for raw in raw_ids:
                m = _VERSION.match(raw)
                base, v = m.group("id"), m.group("v")
                rec = self.records.get(base)
                if rec is None:
                    rec = self.records.get(re.sub(r"\.[A-Za-z]{2}/", "/", base))  # math.GT/... -> math/...
                if rec is None or (v is not None and not 1 <= int(v) <= rec.version):
                    continue  # arXiv drops ids it does not know, silently
                version = int(v) if v else rec.version
                updated = (rec.updated or rec.published) if version == rec.version else rec.published
                if not query or matches_query(rec, query):
                    found.append((rec, version, updated))
        elif query:
            found = [(r, r.version, r.updated or r.published) for r in self.records.values() if matches_query(r, query)]

        sort_by = one("sortBy", "relevance")
        if sort_by in ("submittedDate", "lastUpdatedDate"):
            key = (lambda t: t[0].published) if sort_by == "submittedDate" else (lambda t: t[2])
            found.sort(key=key, reverse=one("sortOrder", "descending") == "descending")

        page = found[start : start + min(max_results, self.page_cap)]
        render = _entry_2016 if self.layout == "2016" else _entry_2026
        entries = [render(rec, version, updated) for rec, version, updated in page]
        query_text = f"search_query={query}&id_list={','.join(raw_ids)}&start={start}&max_results={max_results}"
        total = len(found) + self.inflate_total
        return 200, _feed(query_text, entries, total, start, max_results, self_href)


def _make_handler(server: FakeArxiv) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # quiet
            pass

        def do_GET(self) -> None:
            host = self.headers.get("Host", f"127.0.0.1:{server.port}")
            url = f"http://{host}{self.path}"
            parts = urlsplit(self.path)
            params = parse_qs(parts.query, keep_blank_values=True)
            logged, fault = server._admit(url, params)
            if fault == "drop":
                logged.status = -1
                self.close_connection = True
                try:
                    self.connection.shutdown(2)
                except OSError:
                    pass
                return
            if fault in ("503", "too-fast"):
                logged.status = 503
                self._send(503, "text/plain; charset=utf-8", "Rate exceeded.\n")
                return
            if fault == "garbage":
                logged.status = 200
                self._send(200, "text/html; charset=utf-8", "<html><body>Maintenance</body></html>\n")
                return
            if parts.path.rstrip("/") != "/api/query":
                logged.status = 404
                self._send(404, "text/plain; charset=utf-8", "Not found\n")
                return
            status, body = server.answer(params, f"https://arxiv.org/api/query?{parts.query}")
            logged.status = status
            self._send(status, "application/atom+xml; charset=UTF-8", body)

        def _send(self, status: int, ctype: str, body: str, headers: dict[str, str] | None = None) -> None:
            data = body.encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)

    return Handler
