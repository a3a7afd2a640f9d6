"""Items as Zotero's own arXiv translator makes them, field by field, for the papers of
the translator's test cases (our fixture: tests/fixtures/translator/arxiv_cases.json)."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from corpus import CORPUS, corpus_files

from zoterodigest import zotero as zi
from zoterodigest.digest.markup import repair
from zoterodigest.mappings import venues
from zoterodigest.model import ArxivRecord, Entry, Paper, Publication, Span
from zoterodigest.zotero.arxiv_categories import zotero_category_name
from zoterodigest.zotero.attachments import comment_html, is_comment_note, wanted_children
from zoterodigest.zotero.collection_tree import collection_path, title_heading
from zoterodigest.zotero.translator_fields import doi_as_given, short_title

CASES = json.loads((Path(__file__).parent / "fixtures" / "translator" / "arxiv_cases.json").read_text())["cases"]


#: For the records that name a DOI, what Crossref says of it (resolution's Publication): the
#: translator makes such a paper a journal article; we do once Crossref confirms the DOI.
CONFIRMED = {"1107.4612": ("journal", "Monthly Notices of the Royal Astronomical Society", 2011),
             "2305.16311": ("conference", "SIGGRAPH Asia", 2023)}


def paper_of(case: dict) -> Paper:
    raw = dict(case["record"])
    for name in ("published", "updated"):
        raw[name] = dt.date.fromisoformat(raw[name]) if raw.get(name) else None
    record = ArxivRecord(**raw)
    found = None
    if record.doi:
        kind, venue, year = CONFIRMED[record.id]
        found = Publication(kind=kind, venue=venue, known=venue in venues(), year=year, doi=record.doi.lower())
    return Paper(arxiv_id=record.id, arxiv_version=case["link_version"], title=record.title, metadata=record,
                 publication=found)


def entry_of(paper: Paper) -> Entry:
    return Entry(paper=paper, family="generic", section=["Digest"], lines=(1, 1), span=Span(start=0, end=1))


def plain(note: str) -> str:
    return re.sub(r"<[^>]+>", "", note)


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_item_fields_as_the_translator_sets_them(case):
    paper = paper_of(case)
    item = zi.item_for(paper, citation_key=None, tags=[], collections=[])
    expected = case["expected"]
    for name, value in expected.items():
        if name in ("tags", "notes", "attachment"):
            continue
        if name == "creators":
            got = [dict(sorted(c.items())) for c in item["creators"]]
            assert got == [dict(sorted(c.items())) for c in value], name
        else:
            assert item.get(name) == value, name


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_categories_become_automatic_tags_named_as_zotero_names_them(case):
    tags = zi.tags_for(entry_of(paper_of(case)), zi.load_tag_templates())
    automatic = {t["tag"] for t in tags if t["type"] == 1}
    assert automatic == set(case["expected"]["tags"])
    assert all(t["type"] == 0 for t in tags if t["tag"] not in automatic)


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_comment_note_and_pdf_attachment_as_the_translator_makes_them(case):
    children = wanted_children(paper_of(case), "link")
    notes = [plain(c.object["note"]) for c in children if c.kind == "comment"]
    assert notes == case["expected"]["notes"]
    pdfs = [c.object for c in children if c.kind == "pdf"]
    assert [p["title"] for p in pdfs] == [case["expected"]["attachment"]]
    assert pdfs[0]["linkMode"] == "linked_url" and pdfs[0]["contentType"] == "application/pdf"
    version = case["link_version"] or case["record"]["version"]
    assert pdfs[0]["url"] == f"https://arxiv.org/pdf/{case['record']['id']}v{version}"


def test_short_title_by_the_translators_rule_colon_then_question_mark():
    assert short_title("BERT: Pre-training of Deep Bidirectional Transformers") == "BERT"
    assert short_title("A dual pair for free boundary fluids") == ""
    assert short_title("Why: ") == "Why"
    assert short_title("Ratio 3:2 mixing") == "Ratio 3"
    assert short_title("This is a sentence with many words before it: the rest") == (
        "This is a sentence with many words before it")
    assert short_title("Is Attention All You Need? A Study of Heads") == "Is Attention All You Need?"
    assert short_title("Do Transformers Dream?") == ""  # (a question mark at the end shortens nothing)
    assert short_title("What Next? Agents: A Survey") == "What Next?"


def test_doi_keeps_its_case_and_prefers_arxivs_text_of_the_same_doi():
    record = ArxivRecord(id="2101.00001", version=1, title="T", doi="10.1109/TPAMI.2024.1")
    assert doi_as_given(Paper(doi="https://doi.org/10.1109/tpami.2024.1", metadata=record)) == "10.1109/TPAMI.2024.1"
    assert doi_as_given(Paper(doi="10.1145/Other.2", metadata=record)) == "10.1145/Other.2"
    assert doi_as_given(Paper(doi="10.48550/arXiv.2101.00001")) is None


def test_unknown_category_keeps_its_code_and_a_user_template_wins(tmp_path, monkeypatch):
    assert zotero_category_name("xx.YY") == "xx.YY"
    (tmp_path / "tags.toml").write_text('category = "arxiv: {category}"\n')
    monkeypatch.setenv("ZOTERODIGEST_MAPPINGS_DIR", str(tmp_path))
    paper = paper_of(CASES[1])
    tags = zi.tags_for(entry_of(paper), zi.load_tag_templates())
    assert {"tag": "arxiv: cs.CL", "type": 1} in tags


def test_comment_notes_are_told_apart_from_summary_notes():
    assert is_comment_note(comment_html("12 pages") or "")
    assert is_comment_note('<div data-schema-version="9"><p>Comment: 7 pages</p></div>')
    assert not is_comment_note("<h2>Comment: a paper titled so</h2><p>From <i>d.md</i></p>")
    assert not is_comment_note("<p>A summary that mentions Comment: later</p>")


def test_names_reaching_zotero_are_repaired():
    mojibake = "\uf8ffüîç Diffusion Papers ¬∑ 2025-04-07"
    assert repair("\uf8ffüìö Paper List") == "📚 Paper List"
    heading = title_heading(f"# {mojibake}\n\n## \uf8ffüìö Paper List\n")
    assert heading == "🔍 Diffusion Papers · 2025-04-07"
    assert collection_path("d.md", heading, [mojibake, "\uf8ffüìö Paper List"]) == (heading, "📚 Paper List")
    paper = Paper(title="T", topics=["\uf8ffüìö Paper List"])
    entry = Entry(paper=paper, family="generic", section=[mojibake, "\uf8ffüìö Paper List"], lines=(1, 1),
                  span=Span(start=0, end=1))
    tags = {t["tag"] for t in zi.tags_for(entry, zi.load_tag_templates(), title_heading=heading)}
    assert tags == {"topic: 📚 Paper List"}
    assert "\uf8ff" not in zi.note_html(entry, "d.md", title_heading=heading)


def test_a_published_versions_own_pdf_is_full_text_and_arxivs_stays_preprint():
    from zoterodigest.model import Venue

    published = Paper(arxiv_id="2305.16311", title="T", venue=Venue(name="CVPR", year=2023),
                      links={"pdf": "https://openaccess.thecvf.com/paper.pdf"})
    [pdf] = wanted_children(published, "link")
    assert (pdf.object["title"], pdf.object["url"]) == ("Full Text PDF", "https://openaccess.thecvf.com/paper.pdf")
    preprint = published.replace(links={"pdf": "https://arxiv.org/pdf/2305.16311"})
    [pdf] = wanted_children(preprint, "link", "http://mirror.example/pdf")
    assert (pdf.object["title"], pdf.object["url"]) == ("Preprint PDF", "http://mirror.example/pdf/2305.16311")
    assert wanted_children(published, "none") == []
    [stored] = wanted_children(preprint, "store")
    assert stored.object["linkMode"] == "imported_url" and stored.object["filename"] == "2305.16311.pdf"


_MOJIBAKE = re.compile("\uf8ff|Ã.|â€|¬∑|üî|üì|ü§|Â·")


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not present")
def test_no_name_from_the_corpus_reaches_zotero_with_mojibake():
    from zoterodigest.digest import read_digest
    from zoterodigest.sync.decide.desired import build_desired

    seen = 0
    for path in corpus_files():
        desired = build_desired([read_digest(path)], {}, zi.load_tag_templates())
        names = [name for p in desired.collections for name in p]
        names += [t["tag"] for paper in desired.papers for t in paper.item["tags"]]
        names += [note.heading for note in desired.notes]
        seen += len(names)
        assert not [n for n in names if _MOJIBAKE.search(n)], path.name
    assert seen > 1000
