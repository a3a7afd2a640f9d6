"""The real paper lists of ../shared/corpus/generic-lists, read by the generic reader.

Counts were checked against each list by its shape (see bench/generic_accuracy.py, which
prints found / listed and the arXiv-id recall); the spot checks were read off the files.
"""

from __future__ import annotations

import pytest
from corpus import CORPUS, corpus_files, needs_corpus

from zoterodigest.digest import parse_bytes, read_digest

pytestmark = needs_corpus

#: file prefix -> (entries, entries with an arXiv id, entries with a DOI)
COUNTS = {
    "BradyFU": (577, 550, 3),
    "JimmyZou": (173, 99, 0),
    "WooooDyy": (325, 287, 12),  # + a Frontiers article's address gives its DOI (47th session)
    "ZizouHe": (92, 1, 0),  # - a book closed by its publisher ("*The Rich Landscape of Crypto*. Springer, 2022."; 48th session)
    "amusi": (501, 383, 0),
    "eugeneyan": (189, 110, 25),
    "georgestein": (443, 441, 1),
    "hussius": (91, 8, 35),  # bioRxiv links give their DOI (issue 26, item 4); + two PLOS and a BMC address (47th session)
    "iHeadWater": (34, 0, 1),
    "iml-wg": (3187, 3145, 2191),  # + 13 ATLAS/CMS notes (CERN Document Server), + 2 unlinked titles with a year among linked siblings (issue 26)
    "javedali99": (37, 0, 17),
    "kjw0612": (156, 110, 0),  # line 180's arXiv:1411.07386 is no id (5 digits before 2015): one entry with line 179
    "ndb796": (37, 36, 0),
    "showlab": (760, 742, 0),  # + a paper whose only link is its lab's publication page, + two "[Title](drive or blog) (Dec., 2024)" items, + one whose arXiv badge points to its project page (issue 26)
    "thunlp": (461, 259, 4),
    "youngfish42": (2641, 1055, 462),  # + a doi.acm.org link (a DOI in the address names a paper; the DOI read from it since the 41st session), + a title cell listing two linked papers (issue 26)
}

#: (file prefix, first line, arXiv id or DOI, title, venue as rendered or None)
SPOT = [
    ("BradyFU", 232, "2402.07865", "Prismatic VLMs: Investigating the Design Space of Visually-Conditioned Language Models",
     "ICML 2024"),
    ("JimmyZou", 92, "1908.09220", "Single-Stage Multi-Person Pose Machines", "ICCV 2019"),
    ("WooooDyy", 198, "2310.08560", "MemGPT: Towards LLMs as Operating Systems", "arXiv 2023"),
    ("ZizouHe", 22, None, "Which factors?", "Review of Finance 2019"),
    ("amusi", 296, "2104.03064", "DG-Font: Deformable Generative Networks for Unsupervised Font Generation", None),
    ("eugeneyan", 245, "2108.09373", ("Understanding Data Storage and Ingestion for Large-Scale Deep Recommendation Model "
     "Training"), None),
    ("georgestein", 158, "2112.05889", "Neural Network Acceleration of Large-scale Structure Theory Calculations", None),
    ("hussius", 112, "2206.13517", "ProGen2: Exploring the Boundaries of Protein Language Models", None),
    ("iHeadWater", 421, None, ("Physical versus economic water footprints in crop production: A spatial and temporal "
     "analysis for China"), None),
    ("iml-wg", 27, "2112.02309", "Artificial Intelligence and Machine Learning in Nuclear Physics", None),
    ("javedali99", 62, "10.5194/hess-26-1673-2022", ("Uncertainty estimation with deep learning for rainfall–runoff "
     "modeling"), None),
    ("kjw0612", 97, "1512.02325", "SSD: Single Shot MultiBox Detector", None),
    ("ndb796", 26, "1810.04805", "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding",
     "NAACL 2019"),
    ("showlab", 303, "2602.08794", "MOVA: Towards Scalable and Synchronized Video-Audio Generation", None),
    ("thunlp", 67, "10.1016/j.aiopen.2021.01.001", "Graph Neural Networks: A Review of Methods and Applications",
     "AI Open 2020"),
    ("youngfish42", 1711, "2107.09461", ("CANITA: Faster Rates for Distributed Convex Optimization with Communication "
     "Compression"), None),
]


def _path(prefix: str):
    (path,) = corpus_files(f"generic-lists/{prefix}*.md")
    return path


@pytest.mark.parametrize("prefix", sorted(COUNTS))
def test_generic_list_counts(prefix):
    digest = read_digest(_path(prefix))
    entries, with_id, with_doi = COUNTS[prefix]
    assert len(digest.entries) == entries
    assert sum(1 for e in digest.entries if e.paper.arxiv_id) == with_id
    assert sum(1 for e in digest.entries if e.paper.doi) == with_doi
    assert {e.family for e in digest.entries} == {"generic"}


@pytest.mark.parametrize(("prefix", "line", "ident", "title", "venue"), SPOT, ids=[f"{s[0]}:{s[1]}" for s in SPOT])
def test_generic_list_spot_checks(prefix, line, ident, title, venue):
    digest = read_digest(_path(prefix))
    (entry,) = [e for e in digest.entries if e.lines[0] == line]
    paper = entry.paper
    assert ident in (paper.arxiv_id, paper.doi)
    assert paper.title == title
    if venue is not None:
        assert paper.venue is not None and paper.venue.render() == venue


@pytest.mark.parametrize("prefix", ["WooooDyy", "thunlp", "ZizouHe", "JimmyZou", "georgestein", "hussius"])
def test_generic_list_edit_every_title_and_summary(prefix):
    """Every entry's title and summary changed at once: the file reads back with the
    new values, the same entries and the same ids; an unedited read is byte-identical."""
    path = _path(prefix)
    digest = read_digest(path)
    assert digest.to_bytes() == path.read_bytes()
    changes = []
    for e in digest.entries:
        fields = {}
        if "title" in e.fields:
            fields["title"] = e.paper.title + " Revisited"
        if "summary" in e.fields:
            fields["summary"] = "edited summary"
        changes.append((e, fields))
    after = parse_bytes(digest.with_changes(changes), str(CORPUS / "unused.md"))
    assert len(after.entries) == len(digest.entries)
    for (before, fields), e in zip(changes, after.entries):
        for key, value in fields.items():
            assert getattr(e.paper, key) == value, (key, e.lines)
        assert (e.paper.arxiv_id, e.paper.doi) == (before.paper.arxiv_id, before.paper.doi)
