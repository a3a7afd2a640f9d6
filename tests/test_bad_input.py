"""Bad input: one clear message with file and line, the rest still read, never a traceback."""

from __future__ import annotations

import subprocess
import sys

import pytest

from zoterodigest.digest import DigestReadError, parse_bytes, parse_text, read_digest
from zoterodigest.digest.file_writes import atomic_write

CARD = "> **Good Paper**  \n> *CVPR 2024*, [arxiv](https://arxiv.org/abs/2401.00001)  \n> Task: t  \n> Fine.\n"


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "zoterodigest.cli", *args], capture_output=True, text=True, timeout=60, check=False)


def test_invalid_utf8_is_reported_by_line_and_kept(tmp_path):
    data = b"# Log\n\n" + CARD.encode() + b"\n> **Bad \xff\xfe Title**  \n> *ICLR 2023*, [arxiv](https://arxiv.org/abs/2301.00002)  \n"
    path = tmp_path / "bad.md"
    path.write_bytes(data)
    digest = read_digest(path)
    assert [e.paper.arxiv_id for e in digest.entries] == ["2401.00001", "2301.00002"]
    assert len(digest.problems) == 1 and digest.problems[0].line == 8
    assert "UTF-8" in digest.problems[0].message
    assert digest.to_bytes() == data  # undecodable bytes survive a write
    edited = digest.with_changes([(digest.entries[0], {"task": "new"})])
    assert b"\xff\xfe" in edited and b"Task: new" in edited


def test_binary_file_cannot_be_read(tmp_path):
    path = tmp_path / "x.md"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    with pytest.raises(DigestReadError, match="not a text file"):
        read_digest(path)


def test_a_few_stray_nul_bytes_past_the_first_8_kb_leave_a_text_file(tmp_path):
    # a reading log whose copied title lost a character to a NUL is still the user's list: read, written back unchanged
    head = b"# Reading log\n\n" + b"Some words of an introduction.\n" * 400
    data = head + b"- [Owls and \x00c0 bonds](https://arxiv.org/abs/2401.00001)\n- [Barn owls](https://arxiv.org/abs/2301.00002)\n"
    digest = parse_bytes(data, "log.md")
    assert [e.paper.arxiv_id for e in digest.entries] == ["2401.00001", "2301.00002"]
    assert digest.to_bytes() == data
    path = tmp_path / "dump.md"
    path.write_bytes(b"x" * 9000 + b"\x00" * 100)  # (NULs in one byte of a hundred: a binary file still)
    with pytest.raises(DigestReadError, match="not a text file"):
        read_digest(path)


def test_empty_file_is_a_problem_not_a_crash():
    digest = parse_bytes(b"", "empty.md")
    assert digest.entries == []
    assert "empty" in digest.problems[0].message


def test_unreadable_table_row_is_reported_and_skipped():
    text = (
        "| **Title** | **Date** | **Abstract** | **Comment** |\n| --- | --- | --- | --- |\n"
        "| **[A](http://arxiv.org/abs/2502.00001v1)** | 2025-02-14 | <details><summary>Show</summary><p>x</p></details> |  |\n"
        "| broken row without a title link | 2025-02-14 | x |  |\n"
        "| **[B](http://arxiv.org/abs/2502.00002v1)** | 2025-02-14 | <details><summary>Show</summary><p>y</p></details> |  |\n"
    )
    digest = parse_text(text, "t.md")
    assert [e.paper.arxiv_id for e in digest.entries] == ["2502.00001", "2502.00002"]
    assert [p.line for p in digest.problems] == [4]


def test_unclosed_details_card_is_reported_and_next_card_read():
    text = (
        "<details>\n<summary><b> First</b></summary>\n\n* **arXiv ID:** 2101.00001\n\n"
        "<details>\n<summary><b> Second</b></summary>\n\n* **arXiv ID:** 2101.00002\n</details>\n"
    )
    digest = parse_text(text, "c.md")
    assert [e.paper.arxiv_id for e in digest.entries] == ["2101.00001", "2101.00002"]
    assert [p.line for p in digest.problems] == [1]
    assert "never closed" in digest.problems[0].message


def test_unclosed_abstract_in_daily_list():
    text = (
        "- **[A](https://arxiv.org/abs/2504.00001)**  `arXiv:2504.00001`\n  _X_\n"
        "  <details open><summary>Abstract</summary>\n  text\n\n"
        "- **[B](https://arxiv.org/abs/2504.00002)**  `arXiv:2504.00002`\n"
    )
    digest = parse_text(text, "l.md")
    assert [e.paper.abstract for e in digest.entries] == ["text", None]
    assert [p.line for p in digest.problems] == [3]


def test_bom_is_kept(tmp_path):
    data = "\ufeff".encode() + CARD.encode()
    digest = parse_bytes(data, "bom.md")
    assert digest.entries[0].lines == (1, 4)
    assert digest.to_bytes() == data
    assert digest.with_changes([(digest.entries[0], {"task": "u"})]).startswith(b"\xef\xbb\xbf> **Good")


def test_atomic_write_replaces_whole_file_and_keeps_mode(tmp_path):
    path = tmp_path / "d.md"
    path.write_text("old")
    path.chmod(0o640)
    atomic_write(path, b"new")
    assert path.read_bytes() == b"new"
    assert path.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["d.md"]


def test_cli_missing_file_one_message_exit_1(tmp_path):
    good = tmp_path / "good.md"
    good.write_text(CARD)
    r = run_cli("parse", str(tmp_path / "nope.md"), str(good), "--json")
    assert r.returncode == 1
    assert "Traceback" not in r.stderr
    assert r.stderr.strip() == f"error: {tmp_path / 'nope.md'}: no such file. Check the path."
    assert '"arxiv_id": "2401.00001"' in r.stdout  # the readable file is still printed


def test_cli_warnings_do_not_fail(tmp_path):
    path = tmp_path / "w.md"
    path.write_bytes(CARD.encode() + b"\n\xff\n")
    r = run_cli("parse", str(path))
    assert r.returncode == 0
    assert f"warning: {path}:6:" in r.stderr


def test_cli_unknown_family():
    r = run_cli("parse", "--example", "--family", "nope")
    assert r.returncode == 2
    assert "unknown family 'nope'" in r.stderr and "Traceback" not in r.stderr


def test_cli_example_json():
    import json

    r = run_cli("parse", "--example", "--json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["version"] == 1 and out["command"] == "parse" and out["problems"] == []
    rows = out["entries"]
    assert len(rows) == 6
    assert {k for k in ("family", "lines", "section", "arxiv_id", "arxiv_version", "doi", "title", "authors",
                         "authors_complete", "venue", "task", "summary", "abstract", "links")} <= set(rows[0])
    assert rows[0]["venue"] == {"name": "CVPR", "year": 2022, "track": "Oral"}


def test_cli_forced_family(tmp_path):
    path = tmp_path / "g.md"
    path.write_text("- [A Paper](https://arxiv.org/abs/2401.00003) — note\n")
    import json

    r = run_cli("parse", str(path), "--json", "--family", "blockquote-cards")
    assert r.returncode == 0 and json.loads(r.stdout)["entries"] == []
    r = run_cli("parse", str(path), "--json")
    assert json.loads(r.stdout)["entries"][0]["family"] == "generic"
