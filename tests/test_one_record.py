"""One resolved record for every writer (issue 27, item 4): for every paper of the seed
digests -- published versions found by resolution included -- the .bib (both dialects),
CSL JSON, Hayagriva and the Zotero item agree on type, venue, year and DOI; and Pandoc's
APA rendering keeps an acronym venue's case."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from adversarial_cases import Expect
from adversarial_run import FORMATS, judge, read_back
from corpus import CORPUS, needs_corpus
from known_venues import resolve_seeds

from zoterodigest.bibtex.entries import author_list
from zoterodigest.bibtex.listings import merge_listings
from zoterodigest.csl import csl_item
from zoterodigest.digest import read_digest
from zoterodigest.model import Paper, Publication, Venue
from zoterodigest.resolved import resolved


def _expected(paper: Paper) -> Expect:
    rec = resolved(paper)
    return Expect(rec.kind, rec.venue, rec.year if rec.kind != "preprint" else None, rec.workshop,
                  rec.doi.lower() if rec.doi else None)


@needs_corpus
def test_every_writer_agrees_on_type_venue_year_and_doi_for_every_seed_paper(tmp_path):
    papers = [e.paper for path in sorted(CORPUS.glob("*/seed-*.md")) for e in read_digest(path).entries]
    answers, resolved_papers = resolve_seeds(papers, tmp_path)
    unique = merge_listings(resolved_papers)
    seen = read_back([p.identity for p in unique], unique)
    kinds = {"preprint": 0, "conference": 0, "journal": 0}
    authorless = 0
    for paper in unique:
        want = _expected(paper)
        kinds[want.kind] += 1
        # (BibTeX styles need authors: a paper nobody names authors for is @misc there, the venue
        # in howpublished -- the one documented exception.)
        without = not author_list(paper)[0]
        authorless += without
        for fmt in FORMATS if not without else [f for f in FORMATS if f not in ("bibtex", "biblatex")]:
            assert judge(seen[paper.identity][fmt], want) == "right", (paper.identity, fmt, seen[paper.identity][fmt],
                                                                       want)
    assert authorless <= 5
    # The seeds give all three kinds, the published versions found included.
    assert kinds["conference"] > 50 and kinds["journal"] > 10 and kinds["preprint"] > 300
    assert sum(1 for p in unique if p.publication is not None) >= len(answers.expect)


def test_a_published_version_reaches_csl_json_with_its_numbers():
    pub = Publication(kind="journal", venue="TPAMI", known=True, year=2024, volume="46", number="2",
                      pages="900--915", doi="10.1109/tpami.2024.1")
    item = csl_item(Paper(arxiv_id="2301.00001", title="T", authors=["Ann Author"], publication=pub), "k")
    assert (item["type"], item["container-title"], item["issued"], item["volume"], item["issue"], item["page"],
            item["DOI"]) == ("article-journal", "IEEE Transactions on Pattern Analysis and Machine Intelligence",
                             {"date-parts": [[2024]]}, "46", "2", "900-915", "10.1109/tpami.2024.1")
    assert "number" not in item and item.get("publisher") != "arXiv"  # (no longer an arXiv preprint)
    workshop = csl_item(Paper(arxiv_id="2301.00002", title="T", authors=["A B"],
                              venue=Venue(name="CVPR", year=2024, track="Workshop")), "w")
    assert workshop["container-title"].endswith("Workshops (CVPRW)")


APA = Path("/usr/share/texlive/texmf-dist/tex/latex/citation-style-language/styles/apa.csl")


@pytest.mark.skipif(shutil.which("pandoc") is None or not APA.is_file(), reason="pandoc or apa.csl is not installed")
def test_apa_keeps_the_acronym_of_a_venue(tmp_path):
    items = [csl_item(Paper(arxiv_id="2301.00003", title="Learning things", authors=["Ann Author"],
                            venue=Venue(name="NeurIPS", year=2023)), "neurips"),
             csl_item(Paper(arxiv_id="2301.00004", title="Seeing things", authors=["Bo Baker"],
                            venue=Venue(name="CVPR", year=2024)), "cvpr"),
             csl_item(Paper(arxiv_id="2301.00005", title="Graph things", authors=["Cy Chen"],
                            publication=Publication(kind="conference", venue="ICMLA", year=2024)), "icmla")]
    (tmp_path / "refs.json").write_text(json.dumps(items))
    (tmp_path / "doc.md").write_text("[@neurips; @cvpr; @icmla]\n")
    out = subprocess.run(["pandoc", "--citeproc", "--csl", str(APA), "--bibliography", str(tmp_path / "refs.json"),
                          "-t", "plain",
                          str(tmp_path / "doc.md")], capture_output=True, text=True, timeout=120, check=True).stdout
    assert "(NeurIPS)" in out and "(CVPR)" in out and "ICMLA." in out, out
    assert "Neurips" not in out and "Cvpr" not in out
