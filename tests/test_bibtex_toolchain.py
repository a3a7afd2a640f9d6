"""The exported .bib through the real toolchain: pdflatex + bibtex (plainnat, IEEEtran, alpha, plain, acm,
apalike) and pdflatex + biber (biblatex ieee, numeric, authoryear), each in the plainest
preambles (no fontenc, [T1]{fontenc}, [utf8]{inputenc}): zero warnings, zero errors.
A hand-made digest with hard names always; the corpus seeds when ../shared/corpus is there.

CI installs the TeX tools (.ci/run); elsewhere the tests skip without them,
except under CI=true, where a missing tool is a failure.
"""

from __future__ import annotations

import os

import pytest
from corpus import corpus_files, needs_corpus
from export_run import TRICKY, export
from texcheck import BIBLATEX_STYLES, BIBTEX_STYLES, PREAMBLES, check_bib, check_style, have_tools

from zoterodigest.digest import read_digest

# Compiles with the real TeX toolchain: run with -m slow (CI's second command).
pytestmark = pytest.mark.slow

if not have_tools():
    if os.environ.get("CI"):
        pytest.fail("pdflatex, bibtex, biber and the IEEEtran and biblatex-ieee styles are needed under CI "
                    "(.ci/run installs them)", pytrace=False)
    pytest.skip("the TeX tools are not installed", allow_module_level=True)

STYLES = [("bibtex", s) for s in BIBTEX_STYLES] + [("biblatex", s) for s in BIBLATEX_STYLES]


def test_the_check_reports_a_bad_bib_through_biber_gate_and_log(tmp_path):
    bad = tmp_path / "bad.bib"
    bad.write_text("@online{a,\n  title = {X},\n  author = {Doe, J},\n  date = {2020},\n  badfield = {x}\n}\n"
                   "@online{a,\n  title = {Twice},\n  date = {2020}\n}\n")
    problems = check_bib(bad, "biblatex", tmp_path / "tex")
    assert any(p.startswith("biber --tool: WARN - Duplicate entry key: 'a'") for p in problems)
    assert any(p.startswith("biber --tool: WARN") and "badfield" in p for p in problems)
    assert any(p.startswith("J.blg:") and "badfield" in p for p in problems)


@pytest.mark.parametrize(("dialect", "style"), STYLES)
def test_tricky_digest_with_hard_names_compiles_clean_in_every_preamble(dialect, style, tmp_path, monkeypatch):
    out = tmp_path / "refs.bib"
    export([TRICKY], out, dialect, tmp_path, monkeypatch, hard=True)
    text = out.read_text()
    assert text.count("\n@") + text.startswith("@") == len({e.paper.identity for e in read_digest(TRICKY).entries})
    assert "&#" not in text and "O'Neill" in text
    assert ("{van der Waals}, Johannes" if dialect == "bibtex" else "prefix={van der}, useprefix=true") in text
    assert check_style(out, dialect, style, tmp_path / "tex", gate=style == BIBLATEX_STYLES[0]) == []


@pytest.mark.slow
@needs_corpus
@pytest.mark.parametrize(("dialect", "style"), STYLES)
def test_the_seeds_compile_clean_in_every_preamble(dialect, style, tmp_path, monkeypatch):
    seeds = corpus_files("*/seed-*.md")
    out = tmp_path / "seeds.bib"
    export(seeds, out, dialect, tmp_path, monkeypatch)
    # What the preamble changes (font encoding, input encoding) does not depend on the
    # style, and what the style changes does not depend on the preamble: the first style
    # of each dialect runs in every preamble, the others in the plain one (the hand-made
    # fixture above, with the hard names, runs the whole matrix).  biber's parse gate
    # reads the .bib alone: the first biblatex style runs it.
    first = style in (BIBTEX_STYLES[0], BIBLATEX_STYLES[0])
    preambles = tuple(PREAMBLES) if first else ("plain",)
    assert check_style(out, dialect, style, tmp_path / "tex", preambles, gate=first) == []


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
