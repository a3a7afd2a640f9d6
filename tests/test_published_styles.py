"""BibTeX warnings with published versions (issue 27, item 7): the seeds, resolved against
the fakes (conference papers whose journal_ref names a volume and an issue included), compile
without a warning in plain, alpha, acm, apalike, IEEEtran and plainnat, and with biber in
numeric and authoryear."""

from __future__ import annotations

import os

import pytest
from corpus import CORPUS, needs_corpus
from known_venues import resolve_seeds
from texcheck import check_style, have_tools

from zoterodigest.bibtex import Options, export_bib
from zoterodigest.digest import read_digest

pytestmark = [pytest.mark.slow, needs_corpus,
              pytest.mark.skipif(not have_tools() and not os.environ.get("CI"), reason="the TeX tools are not installed")]
STYLES = [("bibtex", s) for s in ("plain", "alpha", "acm", "apalike", "IEEEtran", "plainnat")] + [
    ("biblatex", s) for s in ("numeric", "authoryear")]


@pytest.fixture(scope="module")
def bibs(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("published")
    papers = [e.paper for path in sorted(CORPUS.glob("*/seed-*.md")) for e in read_digest(path).entries]
    _, resolved = resolve_seeds(papers, tmp)
    out = {}
    for dialect in ("bibtex", "biblatex"):
        text = export_bib(resolved, options=Options(dialect=dialect)).text
        assert "@inproceedings" in text and "@article" in text
        out[dialect] = tmp / f"{dialect}.bib"
        out[dialect].write_text(text, encoding="utf-8")
    return out


def test_conference_entries_carry_no_journal_only_fields(bibs):
    for path in bibs.values():
        for block in path.read_text(encoding="utf-8").split("\n@")[1:]:
            if block.startswith("inproceedings{"):
                assert not ("  volume = {" in block and "  number = {" in block), block
                assert "  journal" not in block and "  issue = {" not in block, block


@pytest.mark.parametrize(("dialect", "style"), STYLES)
def test_the_resolved_seeds_compile_without_a_warning(bibs, dialect, style, tmp_path):
    assert check_style(bibs[dialect], dialect, style, tmp_path / "tex", ("plain",), gate=style == "numeric") == []
