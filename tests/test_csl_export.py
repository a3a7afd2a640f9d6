"""CSL JSON and Hayagriva exports (issue 15, items 2-3): the same keys as the .bib,
CSL's data rules (tests/cslcheck.py), and the real ``pandoc --citeproc`` rendering the
CSL JSON and the biblatex dialect without a warning: authors (particles kept with the
family name), titles, "arXiv" and the arXiv ids in the output.

CI installs pandoc (.ci/run); elsewhere the Pandoc tests skip without it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from corpus import corpus_files, needs_corpus
from cslcheck import problems
from export_run import TRICKY, export
from typer.testing import CliRunner

from zoterodigest.bibtex.bibfile import split_blocks
from zoterodigest.cli import app

needs_pandoc = pytest.mark.skipif(not shutil.which("pandoc") and not os.environ.get("CI"),
                                  reason="pandoc is not installed")
ARXIV_ONLY = "2406.01008"


def pandoc(bibliography: Path, keys: list[str]) -> str:
    """Every key cited in one Markdown paragraph, rendered to plain text; no warning allowed."""
    doc = bibliography.parent / "doc.md"
    doc.write_text("Cited: " + "; ".join(f"[@{k}]" for k in keys) + "\n")
    done = subprocess.run(["pandoc", str(doc), "--citeproc", "--bibliography", str(bibliography), "-t", "plain",
                           "--wrap=none", "--fail-if-warnings"], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0 and not done.stderr.strip(), done.stderr
    return unicodedata.normalize("NFC", done.stdout)


def folded(text: str) -> str:
    """Compared as Pandoc prints it: its styles title-case and curl apostrophes."""
    return " ".join(text.replace("\u2019", "'").casefold().split())


def test_the_schema_rules_catch_what_they_should():
    assert problems({"id": "a"}) == ["not a JSON array"]
    bad = [{"id": "a", "type": "preprint", "author": [{"name": "X"}], "issued": {"date-parts": [[2020, 1, 2, 3]]},
            "arxiv": "1", "title": ["T"]}, {"type": "article"}]
    found = problems(bad)
    assert len(found) == 6, found
    assert problems([{"id": "a", "type": "article", "author": [{"literal": "OpenAI"}],
                      "issued": {"date-parts": [[2020]]}, "number": "arXiv:1"}]) == []


@pytest.mark.slow
@needs_pandoc
def test_csl_json_has_the_bib_keys_obeys_the_rules_and_renders_in_pandoc(tmp_path, monkeypatch):
    bib, out = tmp_path / "refs.bib", tmp_path / "refs.json"
    export([TRICKY], bib, "bibtex", tmp_path, monkeypatch, True)
    export([TRICKY], out, "bibtex", tmp_path, monkeypatch, True)  # csl-json from the extension
    items = json.loads(out.read_text(encoding="utf-8"))
    assert problems(items) == []
    assert [i["id"] for i in items] == [b.key for b in split_blocks(bib.read_text()) if b.key]
    assert {"article", "paper-conference", "article-journal"} <= {i["type"] for i in items}
    preprint = next(i for i in items if i.get("number") == f"arXiv:{ARXIV_ONLY}")
    assert preprint["type"] == "article" and preprint["publisher"] == "arXiv"
    families = {a.get("family") for i in items for a in i.get("author", [])}
    assert {"van der Waals", "de la Cruz", "O'Neill", "Kępa"} <= families
    assert not any("&#" in json.dumps(i, ensure_ascii=False) for i in items)
    text = pandoc(out, [i["id"] for i in items])
    for item in items:
        assert folded(item["title"]) in folded(text), item["title"]
        if item.get("author"):
            assert folded(item["author"][0].get("family", item["author"][0].get("literal"))) in folded(text)
        if item.get("number", "").startswith("arXiv:"):  # a preprint: its arXiv id is printed
            assert item["number"].removeprefix("arXiv:") in text
    assert "(van der Waals et al." in text and "de la Cruz et al." in text and "arXiv" in text


@pytest.mark.slow
@needs_corpus
@needs_pandoc
def test_the_seeds_csl_json_obeys_the_rules_and_renders_every_preprint_id(tmp_path, monkeypatch):
    out = tmp_path / "seeds.json"
    export(corpus_files("*/seed-*.md"), out, "bibtex", tmp_path, monkeypatch)
    items = json.loads(out.read_text(encoding="utf-8"))
    assert problems(items) == [] and len(items) > 500
    text = pandoc(out, [i["id"] for i in items])
    missing = [i["id"] for i in items if i.get("number", "").startswith("arXiv:")
               and i["number"].removeprefix("arXiv:") not in text]
    assert missing == []


@pytest.mark.slow
@needs_pandoc
def test_the_biblatex_dialect_in_pandoc_shows_arxiv_and_keeps_particles(tmp_path, monkeypatch):
    bib = tmp_path / "refs.bib"
    export([TRICKY], bib, "biblatex", tmp_path, monkeypatch, True)
    source = bib.read_text()
    assert "family={Waals}, given={Johannes}, prefix={van der}, useprefix=true" in source
    blocks = [b for b in split_blocks(source) if b.key]
    text = pandoc(bib, [b.key for b in blocks])
    assert "van der Waals et al." in text and "de la Cruz et al." in text
    assert not re.search(r"[(;] ?Waals", text) and not re.search(r"[(;] ?Cruz", text)
    line = next(p for p in text.split("\n\n") if "arXiv-Only Preprint" in p or "arXiv-only Preprint" in p)
    assert "arXiv." in line.replace("arXiv-", "")


def test_hayagriva_yaml_has_the_same_keys_and_quotes_every_value(tmp_path, monkeypatch):
    bib, out = tmp_path / "refs.bib", tmp_path / "refs.yaml"
    export([TRICKY], bib, "bibtex", tmp_path, monkeypatch, True)
    export([TRICKY], out, "bibtex", tmp_path, monkeypatch, True)
    text = out.read_text(encoding="utf-8")
    keys = [json.loads(line[:-1]) for line in text.splitlines() if line and not line.startswith(" ")]
    assert keys == [b.key for b in split_blocks(bib.read_text()) if b.key]
    for line in text.splitlines():
        if line.startswith(("  title: ", "  url: ")):
            json.loads(line.split(": ", 1)[1])  # a quoted scalar, whatever the title holds
    assert f'serial-number: {{arxiv: "{ARXIV_ONLY}"}}' in text and '"van der Waals, Johannes"' in text


def test_the_format_comes_from_the_extension_and_a_foreign_file_is_not_replaced(tmp_path, monkeypatch):
    monkeypatch.setenv("ZOTERODIGEST_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setenv("ZOTERODIGEST_CACHE_DIR", str(tmp_path / "cache"))
    runner = CliRunner()
    notes = tmp_path / "notes.json"
    notes.write_text("{\"mine\": true}\n")
    r = runner.invoke(app, ["export", str(TRICKY), "-o", str(notes), "--offline", "-q"])
    assert r.exit_code != 0 and "does not look like a CSL JSON array" in r.output and "--force" in r.output
    assert notes.read_text() == "{\"mine\": true}\n"
    r = runner.invoke(app, ["export", str(TRICKY), "-o", str(notes), "--offline", "-q", "--force"])
    assert r.exit_code == 0 and isinstance(json.loads(notes.read_text()), list)
    r = runner.invoke(app, ["export", str(TRICKY), "--format", "csl-json", "--offline", "-q"])
    assert r.exit_code == 0 and json.loads(r.stdout)[0]["id"]
    r = runner.invoke(app, ["export", str(TRICKY), "--format", "ris", "--offline", "-q"])
    assert r.exit_code == 2 and "unknown format 'ris'" in r.output

