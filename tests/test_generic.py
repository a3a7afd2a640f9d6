"""The generic reader beyond single fixture cases: warnings, detection beside the
families, forcing, the parse command's counts, and edits that touch only their entry."""

from __future__ import annotations

import difflib
import string

import pytest
from cli_env import cli_runner
from fixture_cases import load_cases, read_case
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from zoterodigest.digest import family_named, parse_text
from zoterodigest.digest.generic.inline import is_generic_label
from zoterodigest.digest.generic.links import Identity, link_class
from zoterodigest.digest.generic.plain_cut import cjk_note_at
from zoterodigest.model import Paper

GENERIC_CASES = [c for c in load_cases("read") if c.file == "generic.txt"]


def test_a_file_with_text_and_no_paper_gets_one_warning():
    digest = parse_text("# Someday\n\nNothing here yet.\n\n- [a tool](https://github.com/x/y)\n", "bare.md")
    assert digest.entries == []
    (problem,) = digest.problems
    assert problem.path == "bare.md" and problem.line == 1
    assert "no paper found" in problem.message and "list items" in problem.message and "table rows" in problem.message


def test_a_section_naming_papers_none_of_them_read_gets_one_warning():
    text = (
        "## Read\n\n- [Scaling Laws](https://arxiv.org/abs/2401.00001)\n\n"
        "## Links\n\nSee https://arxiv.org/abs/2401.00002 and\nhttps://arxiv.org/abs/2401.00003 and\n"
        "https://arxiv.org/abs/2401.00004 too.\n"
    )
    digest = parse_text(text, "t.md")
    assert [e.paper.arxiv_id for e in digest.entries] == ["2401.00001"]
    (problem,) = digest.problems
    assert problem.line == 5 and "3 lines with paper links" in problem.message


def test_families_keep_their_sections_and_generic_reads_the_rest():
    text = (
        "## Daily\n\n| Title | Authors | Summary |\n|-------|---------|---------|\n"
        "| P (Read more on [arXiv](https://arxiv.org/abs/2412.00001) or [HuggingFace](https://huggingface.co/papers/"
        "2412.00001))| u | s |\n\n"
        "## Classics\n\n- [Attention Is All You Need](https://arxiv.org/abs/1706.03762) (NeurIPS 2017)\n"
    )
    digest = parse_text(text, "mixed.md")
    assert [(e.family, e.paper.arxiv_id) for e in digest.entries] == [("hf-table", "2412.00001"),
                                                                     ("generic", "1706.03762")]
    assert digest.to_bytes() == text.encode()


def test_family_forced_reads_a_list_as_generic():
    text = "- **[T](https://arxiv.org/abs/2504.00001)**  `arXiv:2504.00001`\n  _A, B_\n"
    assert parse_text(text).entries[0].family == "daily-list"
    forced = parse_text(text, family="generic").entries
    assert [(e.family, e.paper.arxiv_id, e.paper.title) for e in forced] == [("generic", "2504.00001", "T")]


def test_parse_prints_entries_per_family(tmp_path):
    _, run = cli_runner(tmp_path)
    path = tmp_path / "list.md"
    path.write_text("## Classics\n\n- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n"
                    "- [Residual Learning](https://arxiv.org/abs/1512.03385)\n", encoding="utf-8")
    bare = tmp_path / "bare.md"
    bare.write_text("# Someday\n\nNothing yet.\n", encoding="utf-8")
    r = run("parse", str(path), str(bare))
    assert r.returncode == 0, r.stderr
    # Piped: tab-separated rows on stdout, each file's counts on stderr.
    assert [line.split("\t")[4] for line in r.stdout.splitlines()[1:]] == ["Attention Is All You Need",
                                                                          "Residual Learning"]
    assert f"{path}: 2 entries (generic 2)" in r.stderr and f"{bare}: 0 entries" in r.stderr
    assert f"warning: {bare}:1: no paper found" in r.stderr


@pytest.mark.parametrize(("url", "kind"), [
    ("https://arxiv.org/html/2401.00001v2", "arxiv"), ("https://doi.org/10.1145/3580305.3599256", "doi"),
    ("https://openreview.net/forum?id=abc", "openreview"), ("https://aclanthology.org/2023.acl-long.1.pdf", "acl"),
    ("https://openaccess.thecvf.com/content/CVPR2023/papers/X_paper.pdf", "cvf"),
    ("https://proceedings.mlr.press/v202/a23a.html", "pmlr"),
    ("https://proceedings.neurips.cc/paper_files/paper/2022/hash/abc-Abstract.html", "neurips"),
    ("https://dl.acm.org/doi/10.1145/3580305.3599256", "acm"), ("https://ieeexplore.ieee.org/document/9154332", "ieee"),
    ("https://link.springer.com/article/10.1007/s10994-006-6226-1", "springer"),
    ("https://www.nature.com/articles/s41587-019-0140-0", "nature"),
    ("https://www.sciencedirect.com/science/article/pii/S0001", "sciencedirect"),
    ("https://www.biorxiv.org/content/10.1101/2020.01.01.000001v1", "biorxiv"),
    ("https://www.medrxiv.org/content/10.1101/2020.01.01.000002v1", "medrxiv"),
    ("https://papers.ssrn.com/sol3/papers.cfm?abstract_id=1", "ssrn"),
    ("https://pubmed.ncbi.nlm.nih.gov/12345/", "pubmed"), ("https://www.ncbi.nlm.nih.gov/pmc/articles/PMC1/", "pmc"),
    ("https://example.org/files/paper.pdf", "pdf"),
    ("https://proceedings.iclr.cc/paper/2020/hash/abc", "paper"), ("https://hal.science/hal-01234567", "paper"),
    ("https://www.isca-archive.org/interspeech_2020/owl20_interspeech.html", "paper"),
    # HAL, France's open archive, and its theses (TEL, theses.fr): an article's or a thesis's id, not the archive's page
    ("https://tel.archives-ouvertes.fr/tel-01959903", "paper"), ("https://hal.inria.fr/UMMISCO/tel-01428319v1", "paper"),
    ("https://halshs.archives-ouvertes.fr/halshs-00123456/document", "paper"), ("http://www.theses.fr/2015TOU10003", "paper"),
    ("https://hal.archives-ouvertes.fr/", None), ("https://theses.fr/", None),
    # older or less common paper addresses: a double slash, a "technical-sessions" path, a handle with a dot, a
    # bepress repository's article, a magazine's or a journal's article page
    ("https://ojs.aaai.org//index.php/AAAI/article/view/6918", "paper"),
    ("https://www.usenix.org/conference/usenixsecurity16/technical-sessions/presentation/barn", "paper"),
    ("https://dspace.mit.edu/handle/1721.1/152788", "paper"), ("https://par.nsf.gov/servlets/purl/10098519", "paper"),
    ("http://www.nature.com/nmeth/journal/v14/n9/full/nmeth.4402.html", "paper"),
    ("https://cacm.acm.org/magazines/2021/10/255716-owl-ai/fulltext", "paper"), ("https://cacm.acm.org/", None),
    ("http://www.cell.com/cell/abstract/S0092-8674(15)00001-1", "paper"), ("https://f1000research.com/articles/4-1521/v2", "paper"),
    ("https://repository.upenn.edu/cgi/viewcontent.cgi?article=1625&context=edissertations", "paper"),
    ("https://www.jair.org/index.php/jair/article/view/10302", "paper"), ("https://projecteuclid.org/euclid.bams/1183546470", "paper"),
    ("https://transformer-circuits.pub/2021/framework/index.html", "paper"), ("http://links.jstor.org/sici?sici=0162-1459", "paper"),
    ("https://www.kdd.org/kdd2018/accepted-papers/view/owl-embedding", "paper"), ("https://www.nature.com/", None),
    ("https://www.kdd.org/kdd2016/subtopic/view/owl-crossing", "paper"),
    ("https://eprint.iacr.org/2020/123", "paper"), ("https://www.osti.gov/biblio/12345", "paper"),
    ("https://ntrs.nasa.gov/citations/19930012345", "paper"), ("https://research.google/pubs/pub46327/", "paper"),
    ("https://escholarship.org/uc/item/0ab1c2d3", "paper"), ("https://www.usenix.org/conference/opml20", None),
    ("https://github.com/x/y", None), ("https://openreview.net/group?id=ICLR.cc/2024/Conference", None),
    ("https://proceedings.mlr.press/v258/", None), ("https://openaccess.thecvf.com/CVPR2024?day=all", None),
    # a library proxy's address is its publisher's; a Scholar look-up of one title is that paper's page
    ("https://www-sciencedirect-com.lib.idm.oclc.org/science/article/pii/S0927539803000422", "sciencedirect"),
    ("https://ieeexplore-ieee-org.ezproxy.owl.edu/document/8280918", "ieee"),
    ("https://scholar.google.com/scholar_lookup?title=Owl%20selection&journal=J%20Owls", "paper"),
    ("https://scholar.google.com/citations?user=abc", None), ("https://proxy.owl.edu/login", None),
    # a USENIX presentation page is a paper's or a talk's (OpML talks): not a paper link by itself
    ("https://www.usenix.org/conference/opml20/presentation/barn", None),
    # arXiv's listing, search and author pages name no paper; its abstract, PDF and HTML pages do
    ("https://arxiv.org/list/cs.DC/recent?skip=0&show=50", None), ("https://arxiv.org/search/cs?searchtype=author&query=Barn", None),
    ("https://arxiv.org/a/barn_a_1", None), ("https://arxiv.org/archive/cs", None),
    ("https://arxiv.org/abs/2101.00001", "arxiv"), ("https://arxiv.org/html/2101.00001v1", "arxiv"),
    # MIT Press's journals, Europe PMC, the Internet Archive's scholar index and DBLP's record of one paper
    ("https://direct.mit.edu/neco/article/33/1/1/12345/Owl-Title", "paper"), ("https://direct.mit.edu/neco", None),
    ("https://europepmc.org/article/MED/12345678", "paper"), ("https://scholar.archive.org/work/abcd1234", "paper"),
    ("https://dblp.org/rec/conf/icml/Barn20.html", "paper"), ("https://dblp.org/pid/12/3456.html", None),
])
def test_paper_hosts(url, kind):
    assert link_class(url) == kind


@pytest.mark.parametrize(("text", "arxiv", "doi"), [
    ("see arXiv:2101.00001v3 for details", ("2101.00001", 3), None),
    ("arXiv:hep-th/9905111v2", ("hep-th/9905111", 2), None),
    ("doi:10.1000/xyz.", None, "10.1000/xyz"),
    ("doi:10.48550/arXiv.2301.00002", ("2301.00002", None), None),
    ("at https://arxiv.org/abs/2101.00001.", ("2101.00001", None), None),
])
def test_ids_written_as_text(text, arxiv, doi):
    ident = Identity()
    ident.add_text_ids(text)
    assert (tuple(ident.arxiv) if ident.arxiv else None, ident.doi) == (arxiv, doi)
    assert ident.papers > 0


@pytest.mark.parametrize("case", GENERIC_CASES, ids=[c.id for c in GENERIC_CASES])
def test_an_edit_changes_only_its_entrys_lines(case):
    """Each entry's title and summary changed alone: every changed line is one of its own."""
    text, _ = read_case(case)
    digest = parse_text(text)
    for entry in digest.entries:
        fields = {k: v for k, v in (("title", "A Brand New Title"), ("summary", "a new note")) if k in entry.fields}
        out = digest.with_changes([(entry, fields)]).decode()
        before, after = text.splitlines(), out.splitlines()
        changed = [op for op in difflib.SequenceMatcher(None, before, after).get_opcodes() if op[0] != "equal"]
        for _, i1, i2, _, _ in changed:
            assert entry.lines[0] - 1 <= i1 and i2 <= entry.lines[1], (entry.lines, i1, i2)
        again = parse_text(out)
        assert len(again.entries) == len(digest.entries)
        moved = next(e for e in again.entries if e.lines[0] == entry.lines[0])
        for key, value in fields.items():
            assert getattr(moved.paper, key) == value


# --- generated lists of every generic shape -------------------------------------------------------

_WORDS = st.text(alphabet=string.ascii_letters + "éüß中文", min_size=2, max_size=9)
#: (a run of Chinese after three Latin words is a note after the title, not part of it: no such title)
_TITLES = st.lists(_WORDS, min_size=2, max_size=8).map(" ".join).filter(
    lambda t: not is_generic_label(t) and cjk_note_at(t) is None)
#: (a note that is only "None" or "N/A" says there is none: found.py reads it so, by design)
_NOTES = st.lists(_WORDS, min_size=1, max_size=10).map(" ".join).filter(lambda s: s not in ("None", "N/A", "na"))
_SHAPES = {
    "item": ({}, "\n"),
    "bold item": ({"bold": True, "bullet": "*"}, "\n"),
    "heading": ({"shape": "heading", "level": "### "}, "\n\n"),
    "paragraph": ({"shape": "paragraph"}, "\n\n"),
}


@st.composite
def _generic_docs(draw):
    shape = draw(st.sampled_from(sorted(_SHAPES)))
    papers = []
    for _ in range(draw(st.integers(1, 4))):
        n = draw(st.integers(0, 99999))
        aid = f"{draw(st.integers(15, 26)):02d}{draw(st.integers(1, 12)):02d}.{n:05d}"
        papers.append(Paper(title=draw(_TITLES), arxiv_id=aid, links={"arxiv": f"https://arxiv.org/abs/{aid}"},
                            summary=draw(st.one_of(st.none(), _NOTES))))
    # (different papers, different titles: one link text that three papers share is a label, no title)
    assume(len({p.title.casefold() for p in papers}) == len(papers))
    return shape, papers


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_generic_docs())
def test_generated_lists_of_every_shape_read_back(case):
    shape, papers = case
    style, gap = _SHAPES[shape]
    reader = family_named("generic")
    text = "# Papers\n\n" + gap.join(reader.render_entry(p, dict(style), "\n") for p in papers) + "\n"
    digest = parse_text(text)
    assert [(e.family, e.paper.arxiv_id, e.paper.title, e.paper.summary) for e in digest.entries] == [
        ("generic", p.arxiv_id, p.title, p.summary) for p in papers], text
    assert digest.to_bytes() == text.encode()


def test_a_read_head_copy_holds_every_field_and_its_own_lists() -> None:
    """``Head.copy`` is written field by field (for speed): a field added later must be copied too."""
    import dataclasses

    from zoterodigest.digest.generic.inline import Head

    values = {f.name: (f"v{k}" if f.type != "list[tuple[str, str]]" else [("a", "b")]) for k, f in enumerate(dataclasses.fields(Head))}
    values["links"], values["spans"] = [("a", "b")], [("a", "b", 1, 2)]
    head = Head(**values)
    copy = head.copy()
    assert dataclasses.asdict(copy) == dataclasses.asdict(head)
    assert copy.links is not head.links and copy.spans is not head.spans


_BARE_TITLES = (
    "* Indexing Owls by Latent Semantic Analysis\n"
    "* Stability and Generalization of Barn Owls\n"
    "* Adaptive Subgradient Methods for Online Owl Learning\n"
    "* The Method of Projections for Finding the Common Owl\n"
    "* A Semismooth Newton Method for Fast Generic Owl Programming\n"
)


@pytest.mark.parametrize(("path", "heading", "papers"), [
    ("reading_list.md", "", 5),           # the file's name says it lists readings
    ("notes/papers-to-read.md", "", 5),
    ("README.md", "# Owl papers\n\n", 5),  # the document's title says so
    ("README.md", "", 0),                 # nothing says so: a list of features, maybe
    ("README.md", "# Owl toolkit\n\n", 0),
    ("reading_list.md", "## Features\n\n", 0),  # a heading of its own naming no papers
])
def test_bare_titles_are_papers_only_where_the_document_says_it_lists_papers(path, heading, papers):
    digest = parse_text(heading + _BARE_TITLES, path=path)
    assert len(digest.entries) == papers, [e.paper.title for e in digest.entries]


def test_names_and_citations_are_never_a_records_title():
    from zoterodigest.digest.generic.name_titles import _title_like, people

    assert people("K. -R. Barn et al. (inc. N. Tawny)") and people("Barn et al. (2019)")
    assert people("C. M. Hoot, C. M. Barn, and J. S. Tawny")
    assert not people("Latent Alignment and Variational Attention")  # (title words, not names)
    assert not people("Simple, Fast, and Practical Non-Blocking and Blocking Queues")
    assert _title_like("Owls at Night over the Barn")
    assert not _title_like("JWST Owl Team, 2022")  # a citation
    assert not _title_like("Barn, A. and Tawny, B., 2023. Owls at night. Journal of Owls, 5(2)")  # a whole reference
    assert not _title_like("Wang, Ann, et al. 'Owls at night.' Owl Conference. 2025")


def test_an_item_closed_by_a_three_digit_year_is_read_without_error():
    """``(CVPR 201)``, a year cut short: once an index past the end of the text (found on a held-out list)."""
    digest = parse_text("- Owls Count Mice in the Snow (CVPR 201)\n- Barn Hoots as Tokens (ICCV 2019)\n", path="t.md")
    assert isinstance(digest.entries, list)


def test_a_table_with_tabs_between_its_cells_reads_its_paper_column_and_takes_a_new_row() -> None:
    """A rendered page's table pasted as text (tabs, no pipes): the Paper column's cells are the titles, and a
    paper added after the last row is one more row with its title in that column."""
    text = ("# Owl recognition\n\nWER clean\tWER other\tPaper\tPublished\tNotes\n"
            "5.83%\t12.69%\tDeep Owls: End-to-End Hoot Recognition\tDecember 2015\tHumans\n"
            "3.19%\t7.64%\tThe Barn 2017 Conversational Hoot System\tApril 2018\tTDNN\n"
            "8.01%\t22.49%\tsame, Kaldi\t2015\tGMM\n"
            "\nAfter the table, a line\twith a tab is prose.\n")
    digest = parse_text(text)
    assert [(e.lines, e.paper.title, e.paper.year) for e in digest.entries] == [
        ((4, 4), "Deep Owls: End-to-End Hoot Recognition", 2015), ((5, 5), "The Barn 2017 Conversational Hoot System", 2018),
        ((6, 6), "same, Kaldi", 2015)]  # (the paper above again, as the list says)
    assert digest.to_bytes() == text.encode()
    edit = digest.append_edit(Paper(title="Silent Flight of Owls"))
    added = digest.doc.apply([edit])
    assert "\tGMM\n\t\tSilent Flight of Owls\t\t\n" in added
    again = parse_text(added)
    assert [e.paper.title for e in again.entries][-1] == "Silent Flight of Owls"


def test_names_surname_first_are_no_method_name_twice_nor_title_words():
    """'Magicoder, Magicoder:' and 'Compress, Then Prompt:' read as persons would cut a title's head off."""
    from zoterodigest.digest.generic.colon_refs import inverted_names as _inverted_names

    assert _inverted_names("Barn, Kristina; Tawny, Matjaž") and _inverted_names("Kite, Pascal")
    assert not _inverted_names("Magicoder, Magicoder") and not _inverted_names("Compress, Then Prompt")
    assert not _inverted_names("DPO, Direct Preference Optimization") and not _inverted_names("LoRA, LoRA")


def test_a_table_of_products_reviewed_is_no_papers_and_its_reports_are_shown_unread():
    rows = "".join(f"| [{name}](https://{name.split()[0].lower()}.example.com/) | {month} 2026 | 4 | | [📄](reviews/2026-{n:02d}-{name.split()[0].lower()}.pdf) |\n"
                   for n, (name, month) in enumerate([("Barnworks Owl Feeder", "Jul"), ("Hootly Night Camera", "Apr"), ("Perch Nest Ledger", "Mar")], 1))
    text = "## Security Reviews\n\n| Product | Date | Level of Effort | Announcement | Report |\n| --- | --: | :-: | --- | :-: |\n" + rows
    digest = parse_text(text, "reviews.md")
    assert digest.entries == []  # (a product's name is no paper's title, though its report is a PDF)
    unread, none = digest.problems
    assert unread.line == 1 and "3 lines with paper links" in unread.message and "no paper found" in none.message


def test_a_pandoc_div_fence_is_no_line_of_a_record():
    from zoterodigest.digest.document import Document
    from zoterodigest.digest.generic.free_records import free_records

    text = '::: {.grant-item years="2025-2028"}\nBarn, A. et al. *Investigating Owl Preprints*. Barn Foundation.\n:::\n'
    doc = Document.from_text(text)
    records = free_records(doc, 0, len(doc.lines), bytearray(len(doc.lines)))
    assert [(r.first, r.last) for r in records] == [(1, 1)]  # (the fences open and close a div: the record is the line between)


def test_year_after_names_reads_one_inverted_author_and_refuses_a_book():
    from zoterodigest.digest.generic.year_after_names import year_after_names

    text = "Barn, Ann. 2008. Owls on the Web: New Technologies for Night. Owl Journal 100 (2): 629-636."
    ref = year_after_names(text)
    assert ref is not None and ref.year == 2008
    assert text[ref.title[0] : ref.title[1]] == "Owls on the Web: New Technologies for Night"
    assert text[ref.authors[0] : ref.authors[1]] == "Barn, Ann"
    assert text[ref.venue[0] : ref.venue[1]] == "Owl Journal"
    assert year_after_names("Barn, Ann. 2016   *Imagined Owls*. Owl Press, London.") is None  # (an italic title: a book)
    assert year_after_names("Owls at night. 2016. A report on the barn.") is None  # (no names before the year)


def test_a_doi_alone_or_a_host_is_a_label_never_a_title() -> None:
    # (a DOI as a link's text: "DOI: [10.1527/owl.39-6](https://doi.org/…)"; a host's name: "[PMC](…)", "[paper;PDF](…)")
    for label in ("10.1527/tjsai.39-6_C-O42", "doi:10.11517/jjsai.32.5_721", "PMC", "PubMed", "paper;PDF", "bioRxiv"):
        assert is_generic_label(label), label
    for title in ("Counting Owls at Night 10.5 Times Faster", "PMC-Net: Owl Counting", "Paper Owls"):
        assert not is_generic_label(title), title
