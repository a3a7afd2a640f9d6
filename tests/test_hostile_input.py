"""Hostile input stays inert (issue 28, the parts done so far): a note nested a
thousand deep, written by anyone who can edit a shared library, does not break any
command."""

from __future__ import annotations

import contextlib
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from cli_env import KEY, cli_runner
from digest_texts import TWO_PAPERS as DIGEST
from fakes.zotero_server import ZoteroHTTPServer, ZoteroLibraryServer

from zoterodigest.zotero.note_markdown import MAX_DEPTH, html_to_markdown

LIB = "users/1"


@contextlib.contextmanager
def pushed(tmp_path, text: str) -> Iterator[tuple[ZoteroLibraryServer, Callable[..., subprocess.CompletedProcess], Path]]:
    """A digest of ``text`` pushed to a fake Zotero served over HTTP: (server, run, digest),
    ``run`` pointed at that server while the block lasts."""
    server = ZoteroLibraryServer.single_user(user_id=1, api_key=KEY)
    env, run = cli_runner(tmp_path)
    digest = tmp_path / "d.md"
    digest.write_text(text)
    with ZoteroHTTPServer(server) as url:
        env["ZOTERO_API_URL"] = url
        assert run("push", str(digest), "--offline", "--no-resolve", "-q").returncode == 0
        yield server, run, digest


def test_deep_html_reads_flat_below_the_limit():
    deep = "<div>" * 5000 + "<p>deep text</p>" + "</div>" * 5000 + "<p>after</p>"
    assert html_to_markdown(deep) == "deep text\n\nafter"
    lists = "<ul>" + "<li><ul>" * 2000 + "<li>x</li>" + "</ul></li>" * 2000 + "</ul>"
    assert html_to_markdown(lists).endswith("x") and html_to_markdown(lists).count("- ") <= MAX_DEPTH


@pytest.mark.parametrize("command", ["pull", "sync", "status", "push"])
def test_a_note_nested_a_thousand_deep_breaks_no_command(tmp_path, command):
    with pushed(tmp_path, DIGEST) as (server, run, digest):
        note = next(i for i in server.library(LIB).items.values() if i.item_type == "note")
        server.write(LIB, [{"key": note.key, "version": note.version,
                            "note": "<div>" * 1000 + "<p>Deep words.</p>" + "</div>" * 1000}])
        args = [command, str(digest)] + (["--offline", "--no-resolve"] if command == "push" else [])
        for _ in range(2):  # and again: nothing left behind makes the next run fail
            r = run(*args)
            assert "Traceback" not in r.stderr and "RecursionError" not in r.stderr, r.stderr
            assert r.returncode in (0, 3), r.stderr


def test_escape_sequences_never_reach_the_terminal(tmp_path):
    from zoterodigest.terminal_text import printable

    assert printable("a\x1b[2Jb\x07c\u202ed\ttab\nline") == "a\\x1b[2Jb\\x07c\\u202ed\ttab\nline"
    _, run = cli_runner(tmp_path)
    path = tmp_path / "evil.md"
    path.write_bytes("- [Evil \x1b]0;pwned\x07 Title\x1b[2J](https://arxiv.org/abs/2401.00001) \u202eenil\n"
                     "\x1b[31m\xff\n".encode("utf-8", "surrogateescape").replace(b"\xc3\xbf", b"\xff"))
    for args in (["parse", str(path)], ["parse", str(path), "-v"], ["resolve", str(path), "--offline"],
                 ["export", str(path), "--offline"]):
        r = run(*args)
        for stream in (r.stdout, r.stderr):
            assert not any(ch in stream for ch in "\x1b\x07\u202e"), (args, stream)


@pytest.mark.parametrize("char", ["\x7f", "\ufffe", "\uffff", "\x85", "\x1b"])
def test_no_output_format_carries_a_control_character(tmp_path, char):
    import json

    import yaml

    _, run = cli_runner(tmp_path)
    path = tmp_path / "odd.md"
    path.write_text(f"- [A {char}Title](https://arxiv.org/abs/2401.00001) and a note{char}\n", encoding="utf-8")
    for name in ("refs.bib", "refs.json", "refs.yaml"):
        r = run("export", str(path), "--offline", "-o", str(tmp_path / name))
        assert r.returncode == 0, r.stderr
        text = (tmp_path / name).read_text(encoding="utf-8")
        assert char not in text and "Title" in text
    assert json.loads((tmp_path / "refs.json").read_text())[0]["title"].endswith("Title")
    assert yaml.safe_load((tmp_path / "refs.yaml").read_text())  # the whole file reads


def test_an_output_symlink_leading_outside_is_not_written_through(tmp_path, monkeypatch):
    import os

    repo = tmp_path / "repo"
    repo.mkdir()
    outside = tmp_path / "home" / ".ssh"
    outside.mkdir(parents=True)
    keys = outside / "authorized_keys"
    keys.write_text("ssh-ed25519 AAAA user\n")
    (repo / "d.md").write_text("- [A Paper](https://arxiv.org/abs/2401.00001)\n")
    (repo / "refs.bib").symlink_to(os.path.relpath(keys, repo))
    (repo / "inside.bib").symlink_to("out/real.bib")
    (repo / "out").mkdir()
    _, run = cli_runner(tmp_path)
    monkeypatch.chdir(repo)
    r = run("export", "d.md", "--offline", "-o", "refs.bib")
    assert r.returncode == 1 and "symbolic link" in r.stderr and "Traceback" not in r.stderr
    assert keys.read_text() == "ssh-ed25519 AAAA user\n" and (repo / "refs.bib").is_symlink()
    r = run("export", "d.md", "--offline", "-o", "inside.bib")  # a link inside the digest's folder is followed
    assert r.returncode == 0 and "@" in (repo / "out" / "real.bib").read_text()
    assert (repo / "inside.bib").is_symlink()
    r = run("export", "d.md", "--offline", "-o", str(outside / "named.bib"))  # named directly: the user's choice
    assert r.returncode == 0 and (outside / "named.bib").is_file()


def test_state_caches_and_backups_are_the_users_alone(tmp_path):
    import os
    import stat

    server = ZoteroLibraryServer.single_user(user_id=1, api_key=KEY)
    env, run = cli_runner(tmp_path)
    digest = tmp_path / "d.md"
    digest.write_text(DIGEST)
    old = os.umask(0o022)
    try:
        with ZoteroHTTPServer(server) as url:
            env["ZOTERO_API_URL"] = url
            assert run("push", str(digest), "--offline", "--no-resolve", "-q").returncode == 0
            note = next(i for i in server.library(LIB).items.values() if i.item_type == "note")
            server.write(LIB, [{"key": note.key, "version": note.version, "note": "<p>Edited in Zotero.</p>"}])
            assert run("pull", str(digest), "-q").returncode == 0
    finally:
        os.umask(old)
    made = [p for folder in (tmp_path / "state", tmp_path / "cache") for p in [folder, *folder.rglob("*")]]
    assert any(p.suffix == ".bak" for p in made) and any("sqlite" in p.name for p in made)
    for path in made:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode & 0o077 == 0, (path, oct(mode))


@pytest.mark.parametrize("total", ["1000000000", "not a number", ""])
def test_a_server_promising_endless_pages_is_not_paged_forever(total):
    import httpx2
    from pyzotero import zotero

    from zoterodigest.zotero.client import ZoteroClient

    asked: list[str] = []

    def answer(request: httpx2.Request) -> httpx2.Response:
        asked.append(str(request.url))
        page = [{"key": f"K{n:07d}", "version": 1, "data": {"key": f"K{n:07d}", "itemType": "book"}}
                for n in range(100)]  # the same full page, whatever start is asked
        headers = {"Last-Modified-Version": "5", **({"Total-Results": total} if total else {})}
        return httpx2.Response(200, json=page, headers=headers)

    zot = zotero.Zotero(1, "user", KEY, client=httpx2.Client(transport=httpx2.MockTransport(answer)))
    zot.endpoint = "http://zotero.invalid"
    items = ZoteroClient(zot=zot, sleep=lambda s: None).top_items()
    assert len(asked) <= 2 and len(items) <= 200


@contextlib.contextmanager
def _trickling_server(status_line: bytes = b"HTTP/1.1 200 OK") -> Iterator[str]:
    """Answers every request with headers, then one byte of body every 0.2 s."""
    import socket
    import threading
    import time

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    stop = threading.Event()

    def serve(conn: socket.socket) -> None:
        with contextlib.suppress(OSError):
            conn.recv(65536)
            conn.sendall(status_line + b"\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n[")
            while not stop.is_set():
                conn.sendall(b" ")
                time.sleep(0.2)
        conn.close()

    def accept() -> None:
        sock.settimeout(0.2)
        while not stop.is_set():
            with contextlib.suppress(OSError):
                threading.Thread(target=serve, args=(sock.accept()[0],), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        stop.set()
        sock.close()


def test_a_trickling_server_holds_no_command(monkeypatch):
    import time

    import httpx2
    from pyzotero import zotero

    from zoterodigest import bounded_reads
    from zoterodigest.enrich.json_service import ServiceDown
    from zoterodigest.enrich.semantic_scholar import SemanticScholar
    from zoterodigest.zotero.client import ZoteroClient
    from zoterodigest.zotero.errors import ZoteroError

    monkeypatch.setattr(bounded_reads, "ANSWER_SECONDS", 1.0)
    with _trickling_server() as url:
        started = time.monotonic()
        with pytest.raises(ServiceDown, match="Semantic Scholar"):
            SemanticScholar(url, retries=1, backoff=0.01).match("A title")
        zot = zotero.Zotero(1, "user", KEY, client=httpx2.Client())
        zot.endpoint = url
        with pytest.raises(ZoteroError, match=url):
            ZoteroClient(zot=zot, sleep=lambda s: None, max_retries=1).library_version()
        assert time.monotonic() - started < 15


HOSTILE_TITLES = """# Hostile

- [Reads a file $\\input{/etc/hostname}$ into the PDF](https://arxiv.org/abs/2401.00001)
- [Writes a file $\\immediate\\openout5=pwned.tex \\immediate\\write5{owned}$ beside it](https://arxiv.org/abs/2401.00002)
- [Closes early \\}}, title = {Forged}} @misc{forged, title={Forged entry](https://arxiv.org/abs/2401.00003)
- [Caret notation $^^5cinput{/etc/hostname}$ and a good $\\alpha \\leq \\frac{1}{2}$](https://arxiv.org/abs/2401.00004)
"""


def test_hostile_titles_export_inert_bibtex(tmp_path):
    import bibtexparser

    _, run = cli_runner(tmp_path)
    digest = tmp_path / "h.md"
    digest.write_text(HOSTILE_TITLES)
    out = tmp_path / "refs.bib"
    for _ in range(3):  # re-exports never multiply entries, whatever the old file holds
        for dialect in ("bibtex", "biblatex"):
            r = run("export", str(digest), "--offline", "--dialect", dialect, "-o", str(out))
            assert r.returncode == 0, r.stderr
    text = out.read_text()
    assert "\\input" not in text.replace("\\textbackslash{}input", "")
    assert "\\openout" not in text.replace("\\textbackslash{}openout", "")
    assert "^^" not in text and "{$\\alpha \\leq \\frac{1}{2}$}" in text  # vetted math stays math
    entries = bibtexparser.loads(text, bibtexparser.bparser.BibTexParser(ignore_nonstandard_types=False)).entries
    assert len(entries) == 4 and all(e["ID"] != "forged" for e in entries)
    assert not any(e.get("title") == "Forged" for e in entries)


@pytest.mark.slow
def test_hostile_titles_compile_without_reading_or_writing_files(tmp_path):
    import shutil
    import subprocess

    if not (shutil.which("pdflatex") and shutil.which("bibtex")):
        pytest.skip("the TeX tools are not installed")
    _, run = cli_runner(tmp_path)
    digest = tmp_path / "h.md"
    digest.write_text(HOSTILE_TITLES)
    work = tmp_path / "tex"
    work.mkdir()
    assert run("export", str(digest), "--offline", "-o", str(work / "refs.bib")).returncode == 0
    (work / "J.tex").write_text("\\documentclass{article}\\begin{document}\\nocite{*}"
                                "\\bibliographystyle{plain}\\bibliography{refs}\\end{document}\n")
    for cmd in (["pdflatex", "-no-shell-escape", "-interaction=nonstopmode", "J"], ["bibtex", "J"],
                ["pdflatex", "-no-shell-escape", "-interaction=nonstopmode", "J"]):
        subprocess.run(cmd, cwd=work, capture_output=True, timeout=300, check=False)
    log = (work / "J.log").read_text(errors="replace")
    assert "(/etc/hostname" not in log and not (work / "pwned.tex").exists()
    assert (work / "J.bbl").read_text().count("\\bibitem") == 4


def test_a_read_only_digest_and_a_planted_conflicts_link_are_reported_not_written(tmp_path):
    import os

    from zoterodigest.sync.report.sync_report import conflicts_path

    secret = tmp_path / "authorized_keys"
    secret.write_text("ssh-ed25519 AAAA me\n")
    with pushed(tmp_path, DIGEST) as (server, run, digest):
        note = next(i for i in server.library(LIB).items.values() if i.item_type == "note")
        server.write(LIB, [{"key": note.key, "version": note.version, "note": "<p>Edited in Zotero.</p>"}])
        before = digest.read_bytes()
        digest.chmod(0o444)
        r = run("pull", str(digest))
        assert r.returncode != 0 and "read-only" in r.stderr and digest.read_bytes() == before
        digest.chmod(0o644)
        # A conflict, with the conflicts file planted as a link to another file.
        digest.write_text(digest.read_text().replace(note_summary(before), "Mine, edited here."))
        conflicts_path(digest).symlink_to(secret)
        r = run("sync", str(digest))
        assert "Traceback" not in r.stderr and "symbolic link" in r.stderr
        assert secret.read_text() == "ssh-ed25519 AAAA me\n" and os.path.islink(conflicts_path(digest))


def note_summary(digest_bytes: bytes) -> str:
    """The summary line of the first entry of TWO_PAPERS (what its note holds)."""
    for line in digest_bytes.decode().splitlines():
        if line.startswith("> ") and not line.startswith(("> **", "> *", "> Task")) and line.strip("> ").strip():
            return line[2:].strip()
    raise AssertionError("no summary line")


def test_links_of_other_schemes_reach_no_export_and_no_item(tmp_path):
    server = ZoteroLibraryServer.single_user(user_id=1, api_key=KEY)
    env, run = cli_runner(tmp_path)
    digest = tmp_path / "d.md"
    digest.write_text("# Links\n\n- [A Local Paper](file:///home/me/.ssh/id_ed25519) — notes\n"
                      "- [A Script Paper](javascript:alert(1)) [pdf](file:///etc/passwd)\n"
                      "- [A Web Paper](https://example.org/paper) [pdf](data:application/pdf;base64,JVBERi0=)\n")
    for name in ("refs.bib", "refs.json", "refs.yaml"):
        r = run("export", str(digest), "--offline", "-o", str(tmp_path / name))
        assert r.returncode == 0, r.stderr
        text = (tmp_path / name).read_text()
        assert "file:" not in text and "javascript:" not in text and "data:" not in text
        assert "https://example.org/paper" in text
    with ZoteroHTTPServer(server) as url:
        env["ZOTERO_API_URL"] = url
        r = run("push", str(digest), "--offline", "--no-resolve", "-q")
        assert r.returncode == 0, r.stderr
    items = list(server.library(LIB).items.values())
    assert any(i.fields.get("url") == "https://example.org/paper" for i in items)
    values = [str(v) for i in items for v in [*i.fields.values(), *i.attachment.values(), i.note]]
    assert not any(bad in v for v in values for bad in ("file:", "javascript:", "data:application"))


WRONG_PAGES = [
    ["not an object"],
    [None],
    [{"key": 12, "version": 1, "data": {}}],
    [{"key": "ABCD2345", "version": "1", "data": {}}],
    [{"key": "ABCD2345", "version": 1, "data": "text"}],
    [{"key": "ABCD2345", "version": 1, "data": {"itemType": "book", "tags": "a,b"}}],
    [{"key": "ABCD2345", "version": 1, "data": {"itemType": "book", "creators": {"x": 1}}}],
    {"an": "object"},
    "a string",
    12,
]


@pytest.mark.parametrize("page", WRONG_PAGES, ids=[str(n) for n in range(len(WRONG_PAGES))])
def test_a_wrong_json_shape_from_zotero_is_a_clear_error(tmp_path, page):
    import json
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = json.dumps(page).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Last-Modified-Version", "3")
            self.send_header("Total-Results", "1")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args) -> None:
            return

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    env, run = cli_runner(tmp_path)
    digest = tmp_path / "d.md"
    digest.write_text(DIGEST)
    env["ZOTERO_API_URL"] = f"http://127.0.0.1:{httpd.server_port}"
    try:
        r = run("push", str(digest), "--offline", "--no-resolve")
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
    assert f"127.0.0.1:{httpd.server_port}" in r.stderr and "ZOTERO_API_URL" in r.stderr


@pytest.mark.slow
@pytest.mark.parametrize("shape", ["headings", "urls on one line", "a long list", "cards", "reference lines",
                                   "headings with links below", "a table without a title column", "initials",
                                   "a long citing paragraph"])
def test_reading_stays_linear_on_shapes_that_were_quadratic(shape):
    import time

    from zoterodigest.digest import parse_bytes

    def make(n: int) -> bytes:
        if shape == "headings":
            return "".join(f"## H{i}\n" for i in range(n)).encode()
        if shape == "a long list":
            return "".join(f"- [Paper {i}](https://arxiv.org/abs/2401.{i:05d}) notes\n" for i in range(n)).encode()
        if shape == "cards":  # (issue 26: <details> cards of any generator, some never closed)
            return "".join(f"<details><summary><b>Card number {i}</b></summary>\n" for i in range(n)).encode()
        if shape == "reference lines":
            return "".join(f"Barn, A. ({1900 + i % 100}). Owl number {i}. *Night*, 3, 1-5.\n" for i in range(n)).encode()
        if shape == "headings with links below":
            return "".join(f"## Owl paper number {i}\n[[Paper]](https://arxiv.org/abs/2401.{i:05d})\n" for i in range(n)).encode()
        if shape == "a table without a title column":
            return ("| a | b | c |\n|-|-|-|\n" + "".join(f"| x {i} y z | [p](https://arxiv.org/abs/2401.{i:05d}) | w |\n"
                                                         for i in range(n))).encode()
        if shape == "a long citing paragraph":
            return ("**Owl title here**\n" + "Smith J, Doe A 2019: about owls.\n" * n).encode()
        if shape == "initials":
            return ("- Smith J, " + "A. " * n + "Owl. 2019. [x](https://arxiv.org/abs/2401.00001)\n").encode()
        return ("- " + " ".join(f"https://x.org/{i}" for i in range(n)) + "\n").encode()

    def took(n: int) -> float:
        best = float("inf")
        for _ in range(2):
            started = time.perf_counter()
            parse_bytes(make(n), "x.md")
            best = min(best, time.perf_counter() - started)
        return best

    small, large = took(4000), took(16000)
    assert large < 8 * small, (small, large)  # four times the input: linear is 4x, quadratic 16x


LIST_DIGEST = """# Reading

- [A First Paper](https://arxiv.org/abs/2401.00001) — first notes
- [A Second Paper](https://arxiv.org/abs/2401.00002) — second notes
"""


@pytest.mark.parametrize("note", [
    "<p>Nice.</p><ul><li><a href='https://arxiv.org/abs/2401.99999'>Forged Paper</a> — injected</li></ul>",
    "<p>Nice.<br>- [Forged Paper](https://arxiv.org/abs/2401.99999) — injected</p>",
    "<p>Nice.</p><p>## Forged heading</p><p>- [Forged Paper](https://arxiv.org/abs/2401.99999)</p>",
])
def test_pulled_text_never_adds_an_entry(tmp_path, note):
    from zoterodigest.digest import read_digest

    with pushed(tmp_path, LIST_DIGEST) as (server, run, digest):
        first = next(i for i in server.library(LIB).items.values() if i.item_type == "note" and "first" in i.note)
        server.write(LIB, [{"key": first.key, "version": first.version, "note": note}])
        r = run("pull", str(digest))
        assert "Traceback" not in r.stderr
    entries = read_digest(digest).entries
    assert [e.paper.arxiv_id for e in entries] == ["2401.00001", "2401.00002"], digest.read_text()
    assert "second notes" in digest.read_text()


@pytest.mark.parametrize("field_name", ["url", "title"])
def test_an_item_added_in_zotero_with_line_breaks_never_forges_entries(tmp_path, field_name):
    from zoterodigest.digest import read_digest

    forged = "\n- [Forged Paper](https://arxiv.org/abs/2401.99999) — injected\n"
    with pushed(tmp_path, LIST_DIGEST) as (server, run, digest):
        collection = next(iter(server.library(LIB).collections))
        item = {"itemType": "journalArticle", "title": "Added In Zotero", "url": "https://example.org/added",
                "date": "2024", "collections": [collection]}
        item[field_name] = item[field_name] + forged
        server.write(LIB, [item])
        r = run("pull", str(digest))
        assert "Traceback" not in r.stderr
    ids = [e.paper.arxiv_id for e in read_digest(digest).entries]
    assert "2401.99999" not in ids and ids[:2] == ["2401.00001", "2401.00002"], digest.read_text()
