"""PDF downloads for ``push --pdf store`` (enrich/pdf_files.py) against a local HTTP
server: cached on disk, paced, errors named; the base URL from ARXIV_PDF_URL."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from zoterodigest.enrich.pdf_files import PdfFiles, PdfUnavailable, arxiv_pdf_base

PDF = b"%PDF-1.4\nsmall\n%%EOF\n"
#: The test server's host, trusted as a configured PDF server would be.
LOCAL = ("127.0.0.1",)


@pytest.fixture
def pdf_server():
    hits: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            if self.path.startswith("/pdf/2101.00001"):
                body, kind, status = PDF, "application/pdf", 200
            elif self.path.startswith("/pdf/big"):
                body, kind, status = b"%PDF-1.4\n" + b"x" * 3_000_000, "application/pdf", 200
            elif self.path.startswith("/pdf/redirect"):
                self.send_response(302)
                self.send_header("Location", "http://127.0.0.2:9/pdf/2101.00001")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            elif self.path.startswith("/pdf/html"):
                body, kind, status = b"<html>captcha</html>", "text/html", 200
            else:
                body, kind, status = b"not found", "text/plain", 404
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=http.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{http.server_address[1]}/pdf", hits
    http.shutdown()
    http.server_close()


def test_a_pdf_is_downloaded_once_and_kept(pdf_server, tmp_path):
    base, hits = pdf_server
    files = PdfFiles(tmp_path / "pdfs", delay=0.0, trusted=LOCAL)
    first = files.fetch(f"{base}/2101.00001v2")
    again = PdfFiles(tmp_path / "pdfs", delay=0.0, trusted=LOCAL).fetch(f"{base}/2101.00001v2")
    assert first == again and first.read_bytes() == PDF
    assert hits == ["/pdf/2101.00001v2"] and files.downloads == 1


def test_errors_name_the_url_and_the_fix(pdf_server, tmp_path):
    base, _ = pdf_server
    files = PdfFiles(tmp_path / "pdfs", delay=0.0, trusted=LOCAL)
    with pytest.raises(PdfUnavailable, match="answered 404"):
        files.fetch(f"{base}/missing")
    with pytest.raises(PdfUnavailable, match="not a PDF .*ARXIV_PDF_URL"):
        files.fetch(f"{base}/html")
    assert not list((tmp_path / "pdfs").glob("*.pdf"))


def test_the_base_url_comes_from_the_option_then_the_environment(monkeypatch):
    monkeypatch.delenv("ARXIV_PDF_URL", raising=False)
    assert arxiv_pdf_base() == "https://arxiv.org/pdf"
    monkeypatch.setenv("ARXIV_PDF_URL", "http://mirror.example/pdf/")
    assert arxiv_pdf_base() == "http://mirror.example/pdf"
    assert arxiv_pdf_base("http://other/pdf") == "http://other/pdf"


def test_offline_uses_the_cache_only(pdf_server, tmp_path):
    base, hits = pdf_server
    PdfFiles(tmp_path / "pdfs", delay=0.0, trusted=LOCAL).fetch(f"{base}/2101.00001v1")
    offline = PdfFiles(tmp_path / "pdfs", delay=0.0, trusted=LOCAL, offline=True)
    assert offline.fetch(f"{base}/2101.00001v1").read_bytes() == PDF
    with pytest.raises(PdfUnavailable, match="--offline"):
        offline.fetch(f"{base}/2101.00001v2")
    assert hits == ["/pdf/2101.00001v1"]


def test_links_to_private_addresses_are_not_fetched(pdf_server, tmp_path):
    base, hits = pdf_server
    files = PdfFiles(tmp_path / "pdfs", delay=0.0, trusted=())  # a link from a digest, not the PDF server
    for url in (f"{base}/2101.00001", "http://169.254.169.254/latest/meta-data", "file:///etc/passwd",
                "http://[::1]:9/x.pdf"):
        with pytest.raises(PdfUnavailable, match="public hosts only|only http"):
            files.fetch(url)
    assert hits == []


def test_a_redirect_to_a_private_address_is_not_followed(pdf_server, tmp_path):
    base, hits = pdf_server
    with pytest.raises(PdfUnavailable, match="127.0.0.2.*public hosts only"):
        PdfFiles(tmp_path / "pdfs", delay=0.0, trusted=LOCAL).fetch(f"{base}/redirect")
    assert hits == ["/pdf/redirect"]


def test_a_file_over_the_cap_is_refused_and_nothing_kept(pdf_server, tmp_path, monkeypatch):
    base, _ = pdf_server
    files = PdfFiles(tmp_path / "pdfs", delay=0.0, trusted=LOCAL, max_bytes=1_000_000)
    with pytest.raises(PdfUnavailable, match="ZOTERODIGEST_PDF_MAX_MB"):
        files.fetch(f"{base}/big")
    assert list((tmp_path / "pdfs").iterdir()) == []
    monkeypatch.setenv("ZOTERODIGEST_PDF_MAX_MB", "5")
    assert PdfFiles(tmp_path / "pdfs", delay=0.0, trusted=LOCAL).fetch(f"{base}/big").stat().st_size > 3_000_000
