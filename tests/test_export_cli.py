"""`zoterodigest export` end to end (arXiv through the local fake server)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from fakes.arxiv_server import FakeArxiv, synthetic_record

DIGEST = """# Log

> **Attention Is All You Need**  
> *NeurIPS 2017*, [arxiv](https://arxiv.org/abs/1706.03762)  
> Task: translation  
> Self-attention only.

> **Deep Residual Learning**  
> *CVPR 2016*, [arxiv](https://arxiv.org/abs/1512.03385)  
> Task: classification  
> Shortcuts.
"""


@pytest.fixture
def env(tmp_path, monkeypatch):
    e = {k: v for k, v in __import__("os").environ.items() if not k.startswith("ZOTERODIGEST_")}
    e["ZOTERODIGEST_STATE_DIR"] = str(tmp_path / "state")
    e["ZOTERODIGEST_CACHE_DIR"] = str(tmp_path / "cache")
    return e


def run(env, *args):
    return subprocess.run([sys.executable, "-m", "zoterodigest.cli", *args], capture_output=True, text=True,
                          env=env, timeout=120, check=False)


def test_export_writes_enriched_entries_and_is_stable(tmp_path, env):
    digest = tmp_path / "log.md"
    digest.write_text(DIGEST)
    out = tmp_path / "refs.bib"
    with FakeArxiv([synthetic_record("1706.03762"), synthetic_record("1512.03385")], min_interval=0.0) as srv:
        r = run(env, "export", str(digest), "-o", str(out), "--arxiv-url", srv.url)
        assert r.returncode == 0, r.stderr
        assert f"wrote {out}: 2 entries" in r.stderr
        first = out.read_bytes()
        assert first.count(b"@inproceedings{") == 2
        assert b"booktitle = {Advances in Neural Information Processing Systems ({NeurIPS})}" in first
        # Again, now from the cache: no request, identical bytes.
        before = len(srv.log)
        r = run(env, "export", str(digest), "-o", str(out), "--arxiv-url", srv.url)
        assert r.returncode == 0 and len(srv.log) == before
        assert out.read_bytes() == first


def test_export_offline_without_cache_still_writes_and_says_what_lacks(tmp_path, env):
    digest = tmp_path / "log.md"
    digest.write_text(DIGEST)
    r = run(env, "export", str(digest), "--offline")
    assert r.returncode == 0
    assert r.stdout.count("@misc{") == 2  # no authors known: misc, not inproceedings
    assert "lack arXiv metadata" in r.stderr and "1706.03762" in r.stderr


@pytest.mark.slow
def test_export_when_arxiv_is_down_falls_back_to_the_cache(tmp_path, env):
    digest = tmp_path / "log.md"
    digest.write_text(DIGEST)
    with FakeArxiv([], min_interval=0.0) as srv:
        dead = srv.url
    r = run(env, "export", str(digest), "--arxiv-url", dead, "--quiet")
    assert r.returncode == 0, r.stderr
    assert "going on with cached metadata only" in r.stderr and "Traceback" not in r.stderr
    assert r.stdout.count("@misc{") == 2


def test_export_bad_dialect_and_missing_file(tmp_path, env):
    r = run(env, "export", "--example", "--dialect", "apa", "--offline")
    assert r.returncode == 2 and "unknown dialect 'apa'" in r.stderr
    r = run(env, "export", str(tmp_path / "none.md"), "--offline")
    assert r.returncode == 1 and "no such file" in r.stderr and "Traceback" not in r.stderr


def test_export_bad_user_mapping_is_one_clear_message(tmp_path, env):
    (tmp_path / "maps").mkdir()
    (tmp_path / "maps" / "venues.toml").write_text("[X]\naliases = 3\n")
    env["ZOTERODIGEST_MAPPINGS_DIR"] = str(tmp_path / "maps")
    r = run(env, "export", "--example", "--offline")
    assert r.returncode == 1
    assert "venues.toml:1: venue [X], 'aliases'" in r.stderr and "Traceback" not in r.stderr


def test_the_biblatex_dialect_says_how_to_use_it_with_a_bibtex_style(tmp_path, env):
    out = tmp_path / "refs.bib"
    r = run(env, "export", "--example", "--offline", "--no-resolve", "--dialect", "biblatex", "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert "note: this .bib is in the biblatex dialect, for biber" in r.stderr
    assert "\\usepackage[backend=biber]{biblatex}" in r.stderr and "export with --dialect bibtex" in r.stderr
    plain = run(env, "export", "--example", "--offline", "--no-resolve", "-o", str(tmp_path / "plain.bib"))
    assert plain.returncode == 0 and "biblatex dialect" not in plain.stderr
    quiet = run(env, "export", "--example", "--offline", "--no-resolve", "--dialect", "biblatex", "-q", "-o", str(out))
    assert quiet.returncode == 0 and "biblatex dialect" not in quiet.stderr
