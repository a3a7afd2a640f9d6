"""Export digests through the CLI against the fake arXiv, with made-up records (hard
names on demand): shared by the toolchain, CSL and Pandoc tests."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from fakes.arxiv_server import FakeArxiv, synthetic_record
from typer.testing import CliRunner

from zoterodigest.cli import app
from zoterodigest.digest import read_digest
from zoterodigest.enrich.arxiv_records import lookup_key

HERE = Path(__file__).parent
TRICKY = HERE / "fixtures" / "bib" / "tricky-digest.md"
#: Authors as arXiv and web pages give them: letters only T1 has, accents on i, two accents,
#: letters no encoding has, HTML entities, particles.
HARD_NAMES = [
    "Jan Kępa", "Þór Ðorsteinsson", "Seán O&#39;Neill", "Chih-Wei &#34;Louis&#34; Wang", "Johannes van der Waals",
    "Juan de la Cruz", "Nguyễn Đức Ưu", "Antonín Dvořák", "Łukasz Kaiser", "Íñigo Ïsa", "Ħal Ŋgo",
    "Ştefan Ţuţea", "Zoë Møller-Åberg", "Ana Ferrín", "Ǎlan Ğür",
]
#: Which of them leads each record's author list (van der Waals and de la Cruz lead some).
FIRST = [0, 4, 5, 2, 1]
#: A title with the same kinds of trouble.
HARD_TITLE = "Þingvellir &amp; Kępa: O&#39;Neill&#39;s Study of Nguyễn Đức Ưu and $\\alpha$-Nets"


def records_for(paths: list[Path], hard: bool = False):
    """Made-up arXiv records for every id of the digests, titled as the digests
    title them (so real titles, with their math and symbols, reach the .bib);
    with ``hard``, the authors are :data:`HARD_NAMES` and one title is :data:`HARD_TITLE`."""
    versions: dict[str, int] = {}
    titles: dict[str, str] = {}
    for path in paths:
        for e in read_digest(path).entries:
            if e.paper.arxiv_id:
                k = lookup_key(e.paper.arxiv_id)
                versions[k] = max(versions.get(k, 1), e.paper.arxiv_version or 1)
                titles.setdefault(k, e.paper.title)
    records = [dataclasses.replace(synthetic_record(k, version=v), title=titles[k]) for k, v in versions.items()]
    if hard:
        first = [FIRST[i % len(FIRST)] for i in range(len(records))]
        records = [dataclasses.replace(r, authors=HARD_NAMES[f:] + HARD_NAMES[:f], title=HARD_TITLE if i == 0 else r.title)
                   for i, (r, f) in enumerate(zip(records, first))]
    return records


def export(paths: list[Path], out: Path, dialect: str, tmp_path: Path, monkeypatch, hard: bool = False,
           *extra: str) -> str:
    """``zoterodigest export PATHS -o OUT`` against a fake arXiv (state and cache in ``tmp_path``)."""
    monkeypatch.setenv("ZOTERODIGEST_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setenv("ZOTERODIGEST_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("ZOTERODIGEST_OFFLINE", raising=False)
    with FakeArxiv(records_for(paths, hard), min_interval=0.0) as server:
        result = CliRunner().invoke(
            app, ["export", *map(str, paths), "-o", str(out), "--dialect", dialect, "--arxiv-url", server.url,
                  "--quiet", "--abstracts", "--keywords", *extra],
        )
    assert result.exit_code == 0, result.output
    return result.output
