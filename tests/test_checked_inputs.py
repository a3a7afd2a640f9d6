"""Inputs checked before any work: URLs with a scheme and a host, arXiv ids never
cut into another id, UTF-16 and BOM files read and written back as they were, and
warnings about unchanged data not repeated on every run."""

from __future__ import annotations

import pytest
from cli_env import cli_runner

from zoterodigest.digest import parse_bytes, read_digest
from zoterodigest.ids import find_arxiv, is_valid_arxiv_id, parse_arxiv

LIST = "# Reading\n\n- [A Paper](https://arxiv.org/abs/2401.00001) — one\n- [Another](https://arxiv.org/abs/2402.00002)\n"


@pytest.mark.parametrize("text", ["2401.999999", "arXiv:2401.999999", "https://arxiv.org/abs/2401.999999",
                                  "https://arxiv.org/abs/2401.12345v2x", "2401.0001", "1412.69801"])
def test_an_id_that_is_not_one_is_never_cut_into_another(text):
    assert parse_arxiv(text) is None
    assert find_arxiv(f"see {text} here") is None
    assert not is_valid_arxiv_id(text.removeprefix("arXiv:"))


@pytest.mark.parametrize(("text", "want"), [("1412.6980", "1412.6980"), ("1501.00001v3", "1501.00001"),
                                            ("https://arxiv.org/pdf/2401.12345v2.pdf", "2401.12345"),
                                            ("math.GT/0309136", "math.GT/0309136")])
def test_well_formed_ids_still_read(text, want):
    found = parse_arxiv(text)
    assert found is not None and found.id == want


def test_a_digest_never_takes_a_cut_id():
    digest = parse_bytes(b"- [One](https://arxiv.org/abs/2401.999999)\n- Two arXiv:2401.999999\n", "x.md")
    assert all(e.paper.arxiv_id in (None, "") for e in digest.entries)


@pytest.mark.parametrize(("encoding", "bom"), [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
                                               ("utf-16-le", b""), ("utf-8", b"\xef\xbb\xbf")])
def test_utf16_and_bom_files_read_and_round_trip(tmp_path, encoding, bom):
    data = bom + LIST.replace("\n", "\r\n").encode(encoding)
    path = tmp_path / "list.md"
    path.write_bytes(data)
    digest = read_digest(path)
    assert [e.paper.arxiv_id for e in digest.entries] == ["2401.00001", "2402.00002"]
    assert digest.entries[0].paper.title == "A Paper"
    assert digest.to_bytes() == data  # read then written with no edit: the same bytes


@pytest.mark.parametrize(("option", "value"), [("--arxiv-url", "localhost:8080"), ("--arxiv-url", "ftp://x/y"),
                                               ("--s2-url", "api.semanticscholar.org"),
                                               ("--crossref-url", "http://host:port")])
def test_a_url_without_scheme_or_host_is_one_line_exit_2(tmp_path, option, value):
    _, run = cli_runner(tmp_path)
    r = run("export", "--example", "--offline", "-o", str(tmp_path / "r.bib"), option, value)
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and option in r.stderr and "http" in r.stderr
    assert not (tmp_path / "r.bib").exists()


def test_warnings_about_unchanged_data_are_said_once(tmp_path):
    _, run = cli_runner(tmp_path)
    path = tmp_path / "w.md"
    path.write_bytes(b"# Log\n\n- [A](https://arxiv.org/abs/2401.00001)\n\xff bad byte\n")
    first = run("parse", str(path))
    assert first.returncode == 0 and f"warning: {path}:4:" in first.stderr
    again = run("parse", str(path))
    assert again.returncode == 0 and "warning:" not in again.stderr
    assert "1 warning(s) shown by an earlier run are not repeated" in again.stderr and "-v" in again.stderr
    verbose = run("parse", str(path), "-v")
    assert f"warning: {path}:4:" in verbose.stderr
    path.write_bytes(b"# Log\n\n- [A](https://arxiv.org/abs/2401.00001)\n\n\xff bad byte\n")  # the data changed
    moved = run("parse", str(path))
    assert f"warning: {path}:5:" in moved.stderr


def test_a_library_id_that_is_not_a_number_is_one_line_exit_2(tmp_path):
    _, run = cli_runner(tmp_path)
    (tmp_path / "d.md").write_text(LIST)
    for command in ("push", "pull", "sync", "status"):
        r = run(command, str(tmp_path / "d.md"), "--library-id", "my-library")
        assert r.returncode == 2 and r.stderr.count("\n") == 1 and "--library-id" in r.stderr, (command, r.stderr)
