"""The exported .bib through the real toolchain: pdflatex + bibtex (plainnat) and
pdflatex + biber (biblatex): zero warnings, zero errors.

CI installs the TeX tools (.ci/run); elsewhere the tests skip without them,
except under CI=true, where a missing tool is a failure.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest
from corpus import corpus_files, needs_corpus
from fakes.arxiv_server import FakeArxiv, synthetic_record
from texcheck import check_bib, have_tools
from typer.testing import CliRunner

from zoterodigest.cli import app
from zoterodigest.digest import read_digest
from zoterodigest.enrich.arxiv_records import lookup_key

if not have_tools():
    if os.environ.get("CI"):
        pytest.fail("pdflatex, bibtex and biber are needed under CI (.ci/run installs them)", pytrace=False)
    pytest.skip("the TeX tools are not installed", allow_module_level=True)

HERE = Path(__file__).parent
TRICKY = HERE / "fixtures" / "bib" / "tricky-digest.md"


def records_for(paths: list[Path]):
    """Made-up arXiv records for every id of the digests, titled as the digests
    title them (so real titles, with their math and symbols, reach the .bib)."""
    versions: dict[str, int] = {}
    titles: dict[str, str] = {}
    for path in paths:
        for e in read_digest(path).entries:
            if e.paper.arxiv_id:
                k = lookup_key(e.paper.arxiv_id)
                versions[k] = max(versions.get(k, 1), e.paper.arxiv_version or 1)
                titles.setdefault(k, e.paper.title)
    return [dataclasses.replace(synthetic_record(k, version=v), title=titles[k]) for k, v in versions.items()]


def export(paths: list[Path], out: Path, dialect: str, tmp_path: Path, monkeypatch) -> str:
    monkeypatch.setenv("ZOTERODIGEST_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setenv("ZOTERODIGEST_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("ZOTERODIGEST_OFFLINE", raising=False)
    with FakeArxiv(records_for(paths), min_interval=0.0) as server:
        result = CliRunner().invoke(
            app, ["export", *map(str, paths), "-o", str(out), "--dialect", dialect, "--arxiv-url", server.url,
                  "--quiet", "--abstracts", "--keywords"],
        )
    assert result.exit_code == 0, result.output
    return result.output


def test_the_check_reports_a_bad_bib_through_biber_gate_and_log(tmp_path):
    bad = tmp_path / "bad.bib"
    bad.write_text("@online{a,\n  title = {X},\n  author = {Doe, J},\n  date = {2020},\n  badfield = {x}\n}\n"
                   "@online{a,\n  title = {Twice},\n  date = {2020}\n}\n")
    problems = check_bib(bad, "biblatex", tmp_path / "tex")
    assert any(p.startswith("biber --tool: WARN - Duplicate entry key: 'a'") for p in problems)
    assert any(p.startswith("biber --tool: WARN") and "badfield" in p for p in problems)
    assert any(p.startswith("J.blg:") and "badfield" in p for p in problems)


@pytest.mark.parametrize("dialect", ["bibtex", "biblatex"])
def test_tricky_digest_compiles_clean(dialect, tmp_path, monkeypatch):
    out = tmp_path / "refs.bib"
    export([TRICKY], out, dialect, tmp_path, monkeypatch)
    text = out.read_text()
    assert text.count("\n@") + text.startswith("@") == len({e.paper.identity for e in read_digest(TRICKY).entries})
    assert check_bib(out, dialect, tmp_path / "tex") == []


@pytest.mark.slow
@needs_corpus
@pytest.mark.parametrize("dialect", ["bibtex", "biblatex"])
def test_every_corpus_file_compiles_clean(dialect, tmp_path, monkeypatch):
    """All family corpus files in one export (every entry of every file), compiled once."""
    files = corpus_files(generic=False)
    out = tmp_path / "corpus.bib"
    export(files, out, dialect, tmp_path, monkeypatch)
    distinct = {e.paper.identity for f in files for e in read_digest(f).entries}
    assert out.read_text().count("\n}\n") == len(distinct)
    assert check_bib(out, dialect, tmp_path / "tex") == []
