"""BibTeX export: escaping, names, keys (formulas, folding, collisions, pinning),
venues and entry types, an existing file's own entries."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from zoterodigest import bibtex
from zoterodigest.bibtex import Options, assign_and_pin, assign_keys, export_bib
from zoterodigest.bibtex.entries import build_entry
from zoterodigest.bibtex.keys import KeyAssigner, KeyInput, compile_formula, fold, record_keys, suffix
from zoterodigest.bibtex.latex import Dropped, authors_to_bibtex, split_name, title_to_latex, to_latex
from zoterodigest.mappings import MappingError, bibtex_settings, clear_cache, venues
from zoterodigest.model import ArxivRecord, Paper, Venue

BBT = "auth.lower + shorttitle(3,3) + year"
GS = "auth.lower + year + veryshorttitle.lower"


def record(arxiv_id="2112.10752", title="High-Resolution Image Synthesis with Latent Diffusion Models",
           authors=("Robin Rombach", "Andreas Blattmann"), **kw) -> ArxivRecord:
    return ArxivRecord(id=arxiv_id, version=2, title=title, authors=list(authors), primary_category="cs.CV",
                       categories=["cs.CV"], published=dt.date(2021, 12, 20), **kw)


def paper(**kw) -> Paper:
    base = {"arxiv_id": "2112.10752", "title": "LDM", "metadata": record()}
    base.update(kw)
    return Paper(**base)


# --------------------------------------------------------------------------- escaping


@pytest.mark.parametrize(
    "text,latex",
    [
        ("R&D 100% #1 a_b $5", r"R\&D 100\% \#1 a\_b \$5"),
        ("{x} \\ ~ ^ < > |", (r"\textbraceleft{}x\textbraceright{} \textbackslash{} \textasciitilde{} "
                              r"\textasciicircum{} \textless{} \textgreater{} \textbar{}")),
        ("loss $\\nabla_\\theta$ here", "loss {$\\nabla_\\theta$} here"),
        ("Björn Łukasz", "Bj{\\\"o}rn {\\L}ukasz"),
    ],
)
def test_to_latex_bibtex(text, latex):
    assert to_latex(text, "bibtex") == latex


def test_unicode_kept_for_biblatex_only_where_latex_can_typeset_it():
    assert to_latex("Björn Łukasz", "biblatex") == "Björn Łukasz"
    assert to_latex("PixArt-Σ → x", "biblatex") == "PixArt-{\\ensuremath{\\Sigma}} {\\textrightarrow} x"
    assert to_latex("$π$", "biblatex") == "{$\\pi $}".replace(" $", "$")


def test_characters_without_latex_form_are_reported():
    dropped = Dropped()
    assert to_latex("a 团 b", "bibtex", dropped) == "a  b"
    assert dropped.chars == {"团"}


def _balanced(s: str) -> bool:
    depth = 0
    for ch in s:
        depth += {"{": 1, "}": -1}.get(ch, 0)
        if depth < 0:
            return False
    return depth == 0


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=60), st.sampled_from(["bibtex", "biblatex"]))
@example("₀", "bibtex")  # (a subscript is written in math mode: its underscore is no bare special)
def test_no_content_breaks_out_of_its_field(text, dialect):
    """Whatever a title holds, its field value has balanced braces and no bare special."""
    for value in (to_latex(text, dialect), title_to_latex(text, dialect)):
        assert _balanced(value)
        outside_math = re.sub(r"\{\$.*?\$\}|\\ensuremath\{[^{}]*\}", "", value)  # ("₀": {\ensuremath{_0}}, math mode)
        assert not re.search(r"(?<!\\)[&%#_]", outside_math)
        if dialect == "bibtex":
            assert value.isascii() or set(value) - set(map(chr, range(128))) <= set()


def test_title_protection():
    assert title_to_latex("GFlowNets and CLIP for 3D NeRF") == "{GFlowNets} and {CLIP} for {3D} {NeRF}"
    assert title_to_latex("A study of Gaussian splatting in Paris") == "A study of {Gaussian} splatting in {Paris}"
    # Title case: capitalised words are not proper nouns there.
    assert title_to_latex("Denoising Diffusion Probabilistic Models") == "Denoising Diffusion Probabilistic Models"
    assert title_to_latex("$\\Sigma$-Nets") == "{$\\Sigma$}-Nets"


@pytest.mark.parametrize(
    "name,parts",
    [
        ("Robin Rombach", ("Rombach", "Robin")),
        ("Peter H. N. de With", ("de With", "Peter H. N.")),
        ("Laurens van der Maaten", ("van der Maaten", "Laurens")),
        ("Rombach, Robin", ("Rombach", "Robin")),
        ("OpenAI Research Team", None),
        ("OpenAI (团队)", None),
        ("Fanzhri", None),
    ],
)
def test_split_name(name, parts):
    assert split_name(name) == parts


def test_author_lists():
    d = Dropped()
    assert authors_to_bibtex(["Ada Lovelace", "Alan Turing"], True, "bibtex", d) == "Lovelace, Ada and Turing, Alan"
    assert authors_to_bibtex(["Ada Lovelace"], False, "bibtex", d) == "Lovelace, Ada and others"
    assert authors_to_bibtex(["OpenAI (团队)"], True, "bibtex", d) == "{OpenAI}"
    assert authors_to_bibtex(["Björn Ommer"], True, "biblatex", d) == "Ommer, Björn"


# --------------------------------------------------------------------------- keys


def key_of(formula, authors, title, year, taken=()):
    return KeyAssigner(formula, bibtex_settings().skip_words, taken).new_key(KeyInput(list(authors), title, year))


def test_key_formulas():
    t = "High-Resolution Image Synthesis with Latent Diffusion Models"
    assert key_of(BBT, ["Robin Rombach"], t, 2022) == "rombachHighResolutionImageSynthesis2022"
    assert key_of(GS, ["Robin Rombach"], t, 2022) == "rombach2022high"
    assert key_of(BBT, ["Björn Ommer"], "Über die Bäume: a Study", 2024) == "ommerUberBaumeStudy2024"
    assert key_of(BBT, ["Łukasz Kaiser"], "Attention Is All You Need", 2017) == "kaiserAttentionAllYou2017"
    assert key_of(BBT, [], "A Study", None) == "Study"
    assert fold("Straße Ærø") == "StrasseAEro"
    assert not re.search(r"[\\\"#%'(),={}~$\s]", key_of(BBT, ["O'Neil (Jr.)"], "{Odd} $x$, \"t\" ~ %", 2020))


def test_key_collisions_get_suffixes_case_insensitively():
    a = KeyAssigner(BBT, bibtex_settings().skip_words, taken=["SMITHDeepNetworksLearning2020"])
    k = KeyInput(["Ann Smith"], "Deep Networks Learning Things", 2020)
    assert [a.new_key(k) for _ in range(3)] == ["smithDeepNetworksLearning2020a", "smithDeepNetworksLearning2020b",
                                                "smithDeepNetworksLearning2020c"]
    assert [suffix(n) for n in (1, 26, 27, 28, 702, 703)] == ["a", "z", "aa", "ab", "zz", "aaa"]


def test_bad_formula_is_one_clear_message():
    with pytest.raises(MappingError, match="citation_key term 'authr' is not understood"):
        compile_formula("authr + year")


def test_keys_are_pinned_across_exports_and_formulas():
    one = paper()
    first = export_bib([one])
    key = first.keys[one.identity]
    other = paper(arxiv_id="2112.99999", metadata=record("2112.99999"))
    second = export_bib([other, one], pinned=first.keys, formula=GS)
    assert second.keys[one.identity] == key == "rombachHighResolutionImageSynthesis2021"
    assert second.keys[other.identity] == "rombach2021high"


def test_zotero_citation_key_wins():
    one = paper()
    result = export_bib([one], pinned={one.identity: "old2022"}, zotero_keys={one.identity: "MyOwnKey"})
    assert result.keys[one.identity] == "MyOwnKey"
    assert "@inproceedings{MyOwnKey," in result.text or "@misc{MyOwnKey," in result.text


def test_provisional_keys_are_remade_once_metadata_comes():
    offline = paper(metadata=None, title="High-Resolution Image Synthesis with Latent Diffusion Models")
    first = export_bib([offline])
    assert first.provisional == {offline.identity}
    # No authors offline; the year is the id's (2112.10752: submitted December 2021), as arXiv's record says.
    assert first.keys[offline.identity] == "HighResolutionImageSynthesis2021"
    assert "year = {2021}" in first.text
    online = export_bib([paper()], provisional=first.keys)
    assert online.keys[paper().identity] == "rombachHighResolutionImageSynthesis2021"
    assert online.provisional == set()


class MemoryKeys:
    """A key store holding (identity, key, source) rows like the state does, simplified."""

    def __init__(self, pinned=None, provisional=None):
        self.pinned = dict(pinned or {})
        self.provisional = dict(provisional or {})
        self.pinned_rows: list[tuple[str, str, str]] = []

    def citation_keys(self):
        return dict(self.pinned)

    def provisional_keys(self):
        return dict(self.provisional)

    def pin_keys(self, keys):
        self.pinned_rows.extend(keys)


def test_the_key_step_gives_the_keys_export_writes_without_rendering_bibtex(monkeypatch):
    listed_twice = [paper(title="LDM", authors=["R. Rombach"]), paper(title="LDM")]
    offline = paper(arxiv_id="2401.00001", metadata=None, title="Offline Paper Without Metadata")
    taken = paper(arxiv_id="2112.99999", metadata=record("2112.99999"))
    store = MemoryKeys(pinned={taken.identity: "rombachHighResolutionImageSynthesis2021"})
    exported = export_bib([*listed_twice, offline, taken], pinned=store.citation_keys())

    def no_rendering(*args, **kw):
        raise AssertionError("the key step rendered BibTeX")

    monkeypatch.setattr(bibtex, "build_entry", no_rendering)
    monkeypatch.setattr(bibtex.BibEntry, "render", no_rendering)
    keys = assign_and_pin([*listed_twice, offline, taken], store)
    assert keys.keys == exported.keys and keys.provisional == exported.provisional == {offline.identity}
    assert keys.keys[listed_twice[0].identity] == "rombachHighResolutionImageSynthesis2021a"  # pinned one kept its key
    assert sorted(exported.pins()) == sorted(store.pinned_rows)
    assert sorted(store.pinned_rows) == sorted([
        (listed_twice[0].identity, "rombachHighResolutionImageSynthesis2021a", "zoterodigest"),
        (offline.identity, "OfflinePaperMetadata2024", "provisional"),  # "without" is a skip word
        (taken.identity, "rombachHighResolutionImageSynthesis2021", "zoterodigest"),
    ])


def test_the_key_step_pins_nothing_in_a_dry_run_and_reserves_provisional_keys():
    other = paper(arxiv_id="2112.99999", metadata=record("2112.99999"))
    store = MemoryKeys(provisional={"arxiv:2401.00001": "rombachHighResolutionImageSynthesis2021"})
    keys = assign_and_pin([other], store, pin=False)
    assert store.pinned_rows == []
    # the offline paper is not listed now, but its provisional key stays its own
    assert keys.keys == {other.identity: "rombachHighResolutionImageSynthesis2021a"}
    assert keys.provisional == set()


def test_export_push_and_sync_record_keys_in_one_place():
    """record_keys takes the key step's rows (assign_and_pin, an export's result) and
    keys found in users' Zotero items, as the rows the state's pin_keys records."""
    a = paper(arxiv_id="2112.10001", metadata=record("2112.10001"))
    offline = paper(arxiv_id="2401.00001", metadata=None, title="Offline Paper")
    store = MemoryKeys()
    record_keys(store, export_bib([a, offline]), zotero=[("doi:10.1/x", "theirKey")])
    assert store.pinned_rows == [(a.identity, export_bib([a]).keys[a.identity], "zoterodigest"),
                                 (offline.identity, "OfflinePaper2024", "provisional"),
                                 ("doi:10.1/x", "theirKey", "zotero")]
    record_keys(store)  # nothing given: nothing recorded
    assert len(store.pinned_rows) == 3


def test_the_key_step_prefers_zotero_then_pinned_then_file_then_new():
    a, b, c, d = (paper(arxiv_id=f"2112.1000{i}", metadata=record(f"2112.1000{i}")) for i in range(4))
    keys = assign_keys([a, b, c, d], zotero_keys={a.identity: "Zot"}, pinned={a.identity: "pinA", b.identity: "pinB"},
                       from_file={b.identity: "fileB", c.identity: "fileC"}, taken=["rombachHighResolutionImageSynthesis2021"])
    assert keys.keys == {a.identity: "Zot", b.identity: "pinB", c.identity: "fileC",
                         d.identity: "rombachHighResolutionImageSynthesis2021a"}


# --------------------------------------------------------------------------- venues and types


def test_every_conference_and_journal_mapping():
    for name, spec in venues().items():
        p = paper(venue=Venue(name=name, year=2023, track="Oral"))
        e = build_entry(p, "k", Options())
        if spec.kind == "conference":
            assert e.type == "inproceedings" and e.fields["booktitle"] == spec.booktitle, name
            assert "Oral" not in e.fields["booktitle"]
        elif spec.kind == "journal":
            assert e.type == "article" and e.fields["journal"] == spec.journal, name
            assert build_entry(p, "k", Options("biblatex")).fields["journaltitle"] == spec.journal
        else:
            assert e.type == "misc" and e.fields["howpublished"] == "arXiv preprint arXiv:2112.10752"
        assert e.fields["year"] == "2023" or spec.kind == "preprint"


def test_aliases_workshops_and_tracks():
    e = build_entry(paper(venue=Venue(name="NIPS", year=2016, track="Spotlight")), "k", Options())
    assert e.fields["booktitle"] == "Advances in Neural Information Processing Systems ({NeurIPS})"
    w = build_entry(paper(venue=Venue(name="CVPR", year=2017, track="Workshop")), "k", Options())
    assert "Workshops ({CVPRW})" in w.fields["booktitle"]


def test_arxiv_only_in_each_dialect():
    p = paper()
    b = build_entry(p, "k", Options("bibtex"))
    assert b.type == "misc"
    assert {k: b.fields[k] for k in ("eprint", "archiveprefix", "primaryclass", "howpublished")} == {
        "eprint": "2112.10752", "archiveprefix": "arXiv", "primaryclass": "cs.CV",
        "howpublished": "arXiv preprint arXiv:2112.10752"}
    bl = build_entry(p, "k", Options("biblatex"))
    assert bl.type == "online"
    assert {k: bl.fields[k] for k in ("eprint", "eprinttype", "eprintclass", "pubstate")} == {
        "eprint": "2112.10752", "eprinttype": "arxiv", "eprintclass": "cs.CV", "pubstate": "prepublished"}
    assert "arXiv preprint" not in bl.render()


def test_fields_authors_year_doi_url_abstract_keywords():
    p = paper(venue=Venue(name="CVPR", year=2022), doi=None,
              metadata=record(doi="10.1109/CVPR52688.2022.01042", abstract="We & they."))
    e = build_entry(p, "k", Options(abstracts=True, keywords=True), keywords=["text-to-image", "cs.CV"])
    assert e.fields["author"] == "Rombach, Robin and Blattmann, Andreas"
    assert e.fields["title"] == "{High-Resolution} Image Synthesis with Latent Diffusion Models"
    assert e.fields["year"] == "2022"  # the venue's year, not arXiv's 2021
    assert e.fields["doi"] == "10.1109/CVPR52688.2022.01042"
    assert e.fields["url"] == "https://arxiv.org/abs/2112.10752"
    assert e.fields["abstract"] == r"We \& they."
    assert e.fields["keywords"] == "text-to-image, cs.CV"


def test_paper_without_arxiv_keeps_its_url():
    p = Paper(title="LUT", venue=Venue(name="CVPR", year=2021), links={"paper": "https://x.org/a b{c}"},
              authors=["Ann Smith"], authors_complete=True)
    e = build_entry(p, "k", Options())
    assert e.type == "inproceedings" and e.fields["url"] == "https://x.org/a%20b%7Bc%7D"
    assert "eprint" not in e.fields


def test_one_entry_per_paper_and_deterministic_bytes():
    a = paper()
    b = paper(venue=Venue(name="CVPR", year=2022))  # the same paper listed again, with a venue
    c = paper(arxiv_id="2401.00001", metadata=record("2401.00001", title="Another"))
    one = export_bib([a, b, c])
    assert len(one.entries) == 2
    assert "@inproceedings{rombachHighResolutionImageSynthesis2022," in one.text  # the fuller listing speaks
    assert export_bib([a, b, c], pinned=one.keys).text == one.text


def test_existing_file_keeps_hand_made_entries_and_their_keys():
    mine = "% my notes\n@book{rombachHighResolutionImageSynthesis2021,\n  title = {Someone Else's Book},\n  year = {1999}\n}\n"
    first = export_bib([paper()], existing_text=mine)
    assert first.text.startswith(mine.rstrip())
    assert first.kept == ["rombachHighResolutionImageSynthesis2021"]
    assert first.keys[paper().identity] == "rombachHighResolutionImageSynthesis2021a"
    # Running again over our own output replaces our entry and keeps theirs, byte for byte.
    again = export_bib([paper()], existing_text=first.text)
    assert again.text == first.text
    # Lost state: the key is recovered from the file (matched by arXiv id).
    assert export_bib([paper()], existing_text=first.text).keys[paper().identity] == "rombachHighResolutionImageSynthesis2021a"


def test_user_venue_mappings_and_validation(tmp_path, monkeypatch):
    monkeypatch.setenv("ZOTERODIGEST_MAPPINGS_DIR", str(tmp_path))
    (tmp_path / "venues.toml").write_text(
        '[CRYPTO]\naliases = ["CRYPTO"]\nkind = "conference"\nfull = "Crypto"\nbooktitle = "Advances in Cryptology ({CRYPTO})"\n'
    )
    clear_cache()
    try:
        e = build_entry(paper(venue=Venue(name="CRYPTO", year=2021)), "k", Options())
        assert e.fields["booktitle"] == "Advances in Cryptology ({CRYPTO})"
        (tmp_path / "venues.toml").write_text('[A]\naliases = ["A"]\nkind = "conf"\nfull = "A"\n\n[B]\nkind = "journal"\n')
        clear_cache()
        with pytest.raises(MappingError) as info:
            venues()
        message = str(info.value)
        assert f"{tmp_path / 'venues.toml'}:1: venue [A], 'kind'" in message
        assert f"{tmp_path / 'venues.toml'}:6: venue [B], 'aliases'" in message
    finally:
        monkeypatch.delenv("ZOTERODIGEST_MAPPINGS_DIR")
        clear_cache()
