"""Paper -> Zotero item JSON, notes, tags, collections, identity and adoption
(zoterodigest.zotero.items, .tag_templates), checked against the strict fake server."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from fakes.zotero_schema import ITEM_TYPES, sanitize_note
from fakes.zotero_server import ZoteroLibraryServer, make_pyzotero
from hypothesis import given, settings
from hypothesis import strategies as st

from zoterodigest import zotero as zi
from zoterodigest.mappings import MappingError
from zoterodigest.model import ArxivRecord, Entry, Paper, Publication, Span, Venue
from zoterodigest.zotero.client import ZoteroClient, new_key
from zoterodigest.zotero.tag_templates import load_tag_templates, parse_templates

KEY = "k1"


@pytest.fixture
def server() -> ZoteroLibraryServer:
    return ZoteroLibraryServer.single_user(user_id=1, api_key=KEY)


@pytest.fixture
def client(server: ZoteroLibraryServer) -> ZoteroClient:
    return ZoteroClient(zot=make_pyzotero(server, 1, "user", KEY), sleep=lambda s: None)


def record(arxiv_id: str = "2504.18524", **kw) -> ArxivRecord:
    values = {
        "id": arxiv_id,
        "version": 2,
        "title": "Official  Title:\n  Of the Paper",
        "authors": ["Ada Lovelace", "Ludwig van der Berg", "OpenAI Research Team"],
        "abstract": "An abstract\n spread over lines.",
        "primary_category": "cs.CV",
        "categories": ["cs.CV", "cs.LG"],
        "published": dt.date(2025, 4, 25),
    }
    values.update(kw)
    return ArxivRecord(**values)


def paper(**kw) -> Paper:
    values = {"arxiv_id": "2504.18524", "title": "Digest title", "authors": ["A. Digest"], "metadata": record()}
    values.update(kw)
    return Paper(**values)


def entry(p: Paper, section: list[str] | None = None) -> Entry:
    return Entry(paper=p, family="generic", section=section or ["My Digest", "Diffusion"], lines=(1, 2),
                 span=Span(start=0, end=1))


def post(client: ZoteroClient, *objects: dict) -> dict:
    """Write objects through the client; return the stored JSON data of each by index."""
    objects = [{"key": new_key(), "version": 0, **o} if "key" not in o else o for o in objects]
    report = client.write_batches(list(objects), library_version=client.library_version())
    assert not report.failed, {i: (f.code, f.message) for i, f in report.failed.items()}
    return {i: o["data"] for i, o in report.successful.items()}


def test_field_tables_agree_with_the_schema():
    regular = [t for t in ITEM_TYPES if t not in ("note", "attachment", "annotation")]
    for item_type, fields in zi.FIELDS.items():
        assert fields == set(ITEM_TYPES[item_type].fields)
    assert all(zi.UNIVERSAL_FIELDS <= set(ITEM_TYPES[t].fields) for t in regular)


# --- item types ----------------------------------------------------------------------------------


def test_arxiv_preprint_is_stored_as_the_arxiv_translator_stores_it(client):
    item = zi.item_for(paper(), citation_key="lovelace2025official", tags=[], collections=[])
    assert item == {
        "itemType": "preprint",
        "title": "Official Title: Of the Paper",
        "abstractNote": "An abstract spread over lines.",
        "citationKey": "lovelace2025official",
        "repository": "arXiv",
        "archiveID": "arXiv:2504.18524",
        "DOI": "10.48550/arXiv.2504.18524",
        "url": "http://arxiv.org/abs/2504.18524",
        "date": "2025-04-25",
        "extra": "arXiv:2504.18524 [cs.CV]",
        "libraryCatalog": "arXiv.org",
        "shortTitle": "Official Title",
        "creators": [
            {"creatorType": "author", "firstName": "Ada", "lastName": "Lovelace"},
            {"creatorType": "author", "firstName": "Ludwig", "lastName": "van der Berg"},
            {"creatorType": "author", "name": "OpenAI Research Team"},
        ],
        "tags": [],
        "collections": [],
        "relations": {},
    }
    stored = post(client, item)[0]
    for name in ("repository", "archiveID", "DOI", "url", "date", "extra", "libraryCatalog", "citationKey"):
        assert stored[name] == item[name]


def test_old_style_ids_get_no_category_and_unenriched_papers_use_the_digest(client):
    old = zi.item_for(paper(arxiv_id="hep-th/9901001", metadata=None, categories=["hep-th"]),
                      citation_key=None, tags=[], collections=[])
    assert old["extra"] == "arXiv:hep-th/9901001"
    assert old["date"] == "1999-01"  # from the id, without arXiv's record
    assert old["title"] == "Digest title"
    assert old["creators"] == [{"creatorType": "author", "firstName": "A.", "lastName": "Digest"}]
    assert "citationKey" not in old
    new = zi.item_for(paper(metadata=None, categories=["cs.LG"]), citation_key=None, tags=[], collections=[])
    assert new["extra"] == "arXiv:2504.18524 [cs.LG]" and new["date"] == "2025-04"
    post(client, old, new)


def test_conference_paper_keeps_the_arxiv_id_in_extra_and_url(client):
    p = paper(venue=Venue(name="cvpr", year=2025, track="Highlight"))
    item = zi.item_for(p, citation_key="k", tags=[], collections=[])
    assert item["itemType"] == "conferencePaper"
    assert item["proceedingsTitle"] == "IEEE/CVF Conference on Computer Vision and Pattern Recognition"
    assert item["conferenceName"] == "CVPR 2025"
    assert item["date"] == "2025"
    assert item["extra"] == "arXiv:2504.18524 [cs.CV]"
    assert item["url"] == "http://arxiv.org/abs/2504.18524"
    assert not {"repository", "archiveID", "libraryCatalog"} & item.keys()
    assert "DOI" not in item  # arXiv's DataCite DOI names the preprint, not the proceedings paper
    workshop = zi.item_for(paper(venue=Venue(name="CVPR", year=2024, track="Workshop")), citation_key=None,
                           tags=[], collections=[])
    assert "Workshops" in workshop["proceedingsTitle"] and "{" not in workshop["proceedingsTitle"]
    post(client, item, workshop)


def test_journal_articles_from_the_venue_or_a_journal_doi(client):
    tpami = zi.item_for(paper(venue=Venue(name="TPAMI", year=2024), doi="10.1109/TPAMI.2024.1"),
                        citation_key=None, tags=[], collections=[])
    assert tpami["itemType"] == "journalArticle"
    assert tpami["publicationTitle"] and tpami["date"] == "2024" and tpami["DOI"] == "10.1109/TPAMI.2024.1"
    assert tpami["extra"] == "arXiv:2504.18524 [cs.CV]"
    # A DOI arXiv's record names is a journal's only once Crossref says so (resolution's Publication).
    unconfirmed = zi.item_for(paper(metadata=record(doi="10.1000/xyz")), citation_key=None, tags=[], collections=[])
    assert unconfirmed["itemType"] == "preprint" and unconfirmed["DOI"] == "10.48550/arXiv.2504.18524"
    confirmed = Publication(kind="journal", venue="Journal of X", year=2025, volume="3", doi="10.1000/xyz",
                            issn="1234-5678", abbreviation="J. X")
    by_doi = zi.item_for(paper(metadata=record(doi="10.1000/XYZ"), publication=confirmed), citation_key=None, tags=[],
                         collections=[])
    assert by_doi["itemType"] == "journalArticle" and by_doi["DOI"] == "10.1000/XYZ"  # (as arXiv writes it)
    assert (by_doi["publicationTitle"], by_doi["volume"], by_doi["date"]) == ("Journal of X", "3", "2025")
    assert (by_doi["ISSN"], by_doi["journalAbbreviation"]) == ("1234-5678", "J. X")  # (Crossref's, as the translator)
    post(client, tpami, by_doi)


def test_unknown_venue_or_arxiv_venue_stays_a_preprint(client):
    for venue in (None, Venue(name="arXiv", year=2025), Venue(name="Some Workshop Nobody Knows", year=2025)):
        item = zi.item_for(paper(venue=venue), citation_key=None, tags=[], collections=[])
        assert item["itemType"] == "preprint" and item["archiveID"] == "arXiv:2504.18524"
    no_arxiv = zi.item_for(Paper(title="Only a title", links={"paper": "https://example.org/p"}, year=2023),
                           citation_key=None, tags=[], collections=[])
    assert no_arxiv["itemType"] == "preprint" and no_arxiv["url"] == "https://example.org/p"
    assert "archiveID" not in no_arxiv
    post(client, item, no_arxiv)


def test_every_string_is_within_zoteros_limits(client):
    huge = paper(metadata=record(abstract="é" * 40_000, authors=["X" * 300 + " Y" * 200]))
    item = zi.item_for(huge, citation_key=None, tags=[], collections=[])
    assert len(item["abstractNote"].encode()) <= 65_535
    assert all(len(v) <= 255 for c in item["creators"] for k, v in c.items() if k != "creatorType")
    post(client, item)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Yoshua Bengio", {"firstName": "Yoshua", "lastName": "Bengio"}),
        ("Tim Z. Xiao", {"firstName": "Tim Z.", "lastName": "Xiao"}),
        ("Maria de la Cruz", {"firstName": "Maria", "lastName": "de la Cruz"}),
        ("Ludwig van der Berg", {"firstName": "Ludwig", "lastName": "van der Berg"}),
        ("Martin Luther King Jr.", {"firstName": "Martin Luther", "lastName": "King Jr."}),
        ("Lovelace, Ada", {"firstName": "Ada", "lastName": "Lovelace"}),
        ("Quoc V. Le", {"firstName": "Quoc V.", "lastName": "Le"}),
        ("OpenAI Research Team", {"name": "OpenAI Research Team"}),
        ("Google DeepMind", {"name": "Google DeepMind"}),
        ("Plato", {"name": "Plato"}),
        ("张三丰", {"name": "张三丰"}),
        ("  Ada   Lovelace ", {"firstName": "Ada", "lastName": "Lovelace"}),
    ],
)
def test_creator_names_are_split_only_when_sound(raw, expected):
    assert zi.split_name(raw) == {"creatorType": "author", **expected}


# --- notes ------------------------------------------------------------------------------------------

SUMMARY = (
    "- Uses $x_i$ and $y_i$ with **bold** claims\n- see [code](https://github.com/a/b)\n\n"
    "<script>alert(1)</script><em onclick=\"x()\">inline</em> <a href=\"javascript:evil()\">bad</a>\n\n"
    "A & B < C"
)


def test_note_is_sanitised_headed_and_deterministic():
    e = entry(paper(summary=SUMMARY, task="super-resolution", one_liner="Short."))
    note = zi.note_html(e, "digest.md", title_heading="My Digest")
    assert note == zi.note_html(e, "digest.md", title_heading="My Digest")
    assert note.startswith("<h2>Official Title: Of the Paper</h2>\n<p>From <i>digest.md</i> › Diffusion</p>")
    assert "<strong>Task:</strong> super-resolution" in note and "Short." in note
    assert "$x_i$ and $y_i$" in note  # math is not turned into emphasis
    assert '<a href="https://github.com/a/b">code</a>' in note
    assert "script" not in note and "onclick" not in note and "javascript" not in note
    assert "<em>inline</em>" in note and "A &amp; B &lt; C" in note


def test_a_sent_note_and_the_stored_one_mean_the_same(client):
    e = entry(paper(summary=SUMMARY))
    note = zi.note_html(e, "digest.md")
    parent = zi.item_for(e.paper, citation_key=None, tags=[], collections=[])
    key = new_key()
    stored = post(client, {"key": key, "version": 0, **parent}, zi.note_item(key, note))[1]
    assert stored["note"] != note  # the server rewrote it...
    assert zi.note_meaning(stored["note"]) == zi.note_meaning(note)  # ...but not its meaning
    changed = zi.note_html(entry(paper(summary=SUMMARY.replace("bold", "brave"))), "digest.md")
    assert zi.note_meaning(changed) != zi.note_meaning(stored["note"])


def test_note_meaning_ignores_wrapping_whitespace_and_entities():
    a = "<p>A &amp; B</p>\n\n<ul>\n <li>x</li>\n</ul>"
    b = '<div data-schema-version="9"><p>A &#38; B</p><ul><li>x</li></ul></div>'
    assert zi.note_meaning(a) == zi.note_meaning(b) == zi.note_meaning(sanitize_note(a))
    assert zi.note_meaning("<p>A</p>") != zi.note_meaning("<p>B</p>")
    assert zi.note_meaning("<p><b>A</b></p>") != zi.note_meaning("<p>A</p>")


# --- tags -------------------------------------------------------------------------------------------


def test_tags_from_the_shipped_templates():
    p = paper(task="image generation", venue=Venue(name="cvpr", year=2025, track="Highlight"),
              topics=["diffusion"])
    tags = zi.tags_for(entry(p, ["My Digest", "Generation", "Diffusion"]), load_tag_templates(),
                       title_heading="My Digest")
    assert tags == [
        {"tag": "task: image generation", "type": 0},
        {"tag": "CVPR", "type": 0},
        {"tag": "CVPR 2025", "type": 0},
        {"tag": "CVPR Highlight", "type": 0},
        {"tag": "topic: Diffusion", "type": 0},
        {"tag": "topic: diffusion", "type": 0},
        {"tag": "Computer Science - Computer Vision and Pattern Recognition", "type": 1},
        {"tag": "Computer Science - Machine Learning", "type": 1},
    ]


def test_arxiv_venue_gives_no_venue_tag_and_missing_values_give_no_tag(client):
    p = paper(venue=Venue(name="arXiv", year=2025), metadata=None, categories=[])
    assert zi.tags_for(entry(p, ["My Digest"]), load_tag_templates(), title_heading="My Digest") == []
    tags = zi.tags_for(entry(paper(task="x" * 400)), {"task": "{task}"})
    assert len(tags[0]["tag"]) <= 255
    post(client, zi.item_for(p, citation_key=None, tags=tags, collections=[]))


def test_bad_templates_are_reported_with_their_line(tmp_path: Path):
    text = 'task = "task: {task}"\nvenue = "{venu}"\nbogus = "x {task}"\ncategory = 3\nsection = "{section:>3}"\n'
    with pytest.raises(MappingError) as err:
        parse_templates("tags.toml", text)
    msg = str(err.value)
    assert "tags.toml:2: venue = '{venu}' uses {venu}; it may use {venue}" in msg
    assert "tags.toml:3: unknown tag kind 'bogus'" in msg
    assert "tags.toml:4: category must be a string" in msg
    assert "tags.toml:5:" in msg
    with pytest.raises(MappingError, match="uses no value"):
        parse_templates("t", 'task = "constant"')
    (tmp_path / "tags.toml").write_text('venue = ""\ntask = "{task}"\n', encoding="utf-8")
    user = load_tag_templates(tmp_path)
    assert "venue" not in user and user["task"] == "{task}" and user["category"] == "{category_name}"


# --- collections ----------------------------------------------------------------------------------------


def test_collection_plan_nests_sections_under_the_digest():
    sections = [["My Digest", "A"], ["My Digest", "A", "A1"], ["My Digest", "B"], ["My Digest", "A"]]
    plan = zi.collection_plan("x/digest.md", "My Digest", sections)
    assert [c.path for c in plan] == [("My Digest",), ("My Digest", "A"), ("My Digest", "A", "A1"),
                                      ("My Digest", "B")]
    assert plan[2].name == "A1" and plan[2].parent == ("My Digest", "A") and plan[0].parent is None
    assert [c.path for c in zi.collection_plan("x/digest.md", None, [["A"]])] == [("digest",), ("digest", "A")]
    assert [c.path for c in zi.collection_plan("d.md", "T", sections, flatten=True)] == [("T",)]
    assert [c.path for c in zi.collection_plan("d.md", "T", [["B"]], name="Reading")] == [("Reading",),
                                                                                          ("Reading", "B")]
    assert zi.collection_path("d.md", "My Digest", ["My Digest", "A", "A1"]) == ("My Digest", "A", "A1")


def test_planned_collections_are_accepted_and_found_again(client):
    plan = zi.collection_plan("d.md", "My Digest", [["My Digest", "A", "A1"], ["My Digest", "B"]])
    keys = {c.path: new_key() for c in plan}
    objects = [{"key": keys[c.path], "version": 0, **zi.collection_item(c, keys.get(c.parent))} for c in plan]
    report = client.write_batches(objects, library_version=client.library_version(), kind="collections")
    assert report.ok
    assert zi.existing_collection_paths(client.collections()) == keys


# --- identity and adoption --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        {"repository": "arXiv", "archiveID": "arXiv:2504.18524"},
        {"extra": "Some note\narXiv: 2504.18524"},
        {"extra": "arXiv:2504.18524 [cs.CV]"},
        {"url": "https://arxiv.org/abs/2504.18524v3"},
        {"DOI": "10.48550/arXiv.2504.18524"},
    ],
)
def test_identity_keys_find_the_arxiv_id_wherever_zotero_keeps_it(data):
    keys = zi.identity_keys({"itemType": "preprint", "title": "Some Title!", **data})
    assert paper().identity == "arxiv:2504.18524" and "arxiv:2504.18524" in keys
    assert "title:some title" in keys


def test_identity_keys_of_doi_and_title_and_of_our_own_items():
    data = {"itemType": "journalArticle", "title": "Café  Paper", "DOI": "https://doi.org/10.1000/ABC"}
    assert zi.identity_keys({"key": "X", "version": 3, "data": data}) == {"doi:10.1000/abc", "title:cafe paper"}
    for p in (paper(), paper(venue=Venue(name="CVPR", year=2025)), Paper(title="Café paper", doi="10.1000/abc")):
        item = zi.item_for(p, citation_key=None, tags=[], collections=[])
        assert p.identity in zi.identity_keys(item)
        assert zi.paper_identity_keys(p) & zi.identity_keys(item)


# --- properties ---------------------------------------------------------------------------------------------

_PIECES = list("ab c\n\n*_`$<>&#[]()-|!\\/\"'é中\t") + [
    "<b>", "</b>", "<br>", "<p>", "```\n", "    ", "> ", "1. ", "&amp;", "<pre>", "</pre>", "<div>", "\r\n",
    "\u00a0", "<!-- c -->", "<script>x</script>", "<a href='javascript:x'>", "$x_1$",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_any_summary_means_the_same_once_the_server_rewrote_it(summary):
    note = zi.note_html(entry(Paper(title="T", summary=summary)), "d.md")
    assert zi.note_meaning(sanitize_note(note)) == zi.note_meaning(note)
    assert "<script" not in note and "href=\"javascript" not in note and "<div" not in note


def test_title_heading_and_matching_existing_items():
    assert zi.title_heading("```\n# not this\n```\nThe *Title* `x`\n=====\n# second") == "The Title x"
    assert zi.title_heading("## only level two") is None
    items = [
        {"key": "NOTE0000", "data": {"itemType": "note", "note": "arXiv:2504.18524", "parentItem": "X"}},
        {"key": "TRASHED0", "data": {"itemType": "preprint", "archiveID": "arXiv:2504.18524", "deleted": 1}},
        {"key": "BYTITLE0", "data": {"itemType": "preprint", "title": "Digest Title"}},
        {"key": "BYARXIV0", "data": {"itemType": "journalArticle", "url": "https://arxiv.org/abs/2504.18524v2"}},
    ]
    index = zi.index_by_identity(items)
    assert zi.find_existing(paper(), index)["key"] == "BYARXIV0"  # arXiv id beats title
    assert zi.find_existing(Paper(title="digest title!"), index)["key"] == "BYTITLE0"
    assert zi.find_existing(Paper(title="Unknown"), index) is None


def test_item_types_and_field_constants_come_from_the_user_mappings(tmp_path, monkeypatch):
    """mappings/zotero.toml is declarative and user-overridable, and validated."""
    from zoterodigest.mappings import MappingError, clear_cache
    from zoterodigest.model import Paper, Venue

    monkeypatch.setenv("ZOTERODIGEST_MAPPINGS_DIR", str(tmp_path))
    (tmp_path / "zotero.toml").write_text('[item_types]\nconference = "journalArticle"\n\n'
                                          '[fields]\nconference_name = "{venue}\'{year}"\n')
    clear_cache()
    try:
        paper = Paper(title="T", arxiv_id="2401.00001", venue=Venue(name="CVPR", year=2024))
        assert zi.item_for(paper, citation_key=None, tags=[], collections=[])["itemType"] == "journalArticle"
        from zoterodigest.mappings import venues

        assert zi.conference_name(venues()["CVPR"], 2024) == "CVPR'2024"
        (tmp_path / "zotero.toml").write_text('[item_types]\nconference = "book"\n')
        clear_cache()
        with pytest.raises(MappingError, match="item_types.conference"):
            zi.item_for(paper, citation_key=None, tags=[], collections=[])
    finally:
        monkeypatch.delenv("ZOTERODIGEST_MAPPINGS_DIR")
        clear_cache()


def test_library_catalog_names_where_the_published_venue_came_from(client):
    """As Zotero's DOI translator: an item whose venue Crossref gave is from "DOI.org
    (Crossref)"; a venue from Semantic Scholar or the digest names no catalog."""
    def published(source: str) -> Paper:
        pub = Publication(kind="journal", venue="Nature Communications", container="Nature Communications",
                          year=2024, volume="15", doi="10.1038/s41467-024-00001-1",
                          sources={"venue": source, "year": source})
        return paper(publication=pub)

    from_crossref = zi.item_for(published("Crossref"), citation_key=None, tags=[], collections=[])
    from_s2 = zi.item_for(published("Semantic Scholar"), citation_key=None, tags=[], collections=[])
    assert from_crossref["itemType"] == from_s2["itemType"] == "journalArticle"
    assert from_crossref["libraryCatalog"] == "DOI.org (Crossref)"
    assert "libraryCatalog" not in from_s2
    post(client, from_crossref, from_s2)
