"""A paper's compact storage (zoterodigest/compact.py) shows nowhere: packed links
and extra, the arXiv address kept as the id and the packed authors read and change
as plain attributes, and copies stay apart.  (The rarely set fields are plain slots
since issue 25.)"""

from __future__ import annotations

import copy
import pickle

from hypothesis import given
from hypothesis import strategies as st

from zoterodigest.model import Entry, Paper, Span

ABS = "https://arxiv.org/abs/"


def made(paper: Paper) -> Paper:
    """The paper as an entry keeps it (an entry compacts its paper)."""
    Entry(paper=paper, family="generic", lines=(1, 1), span=Span(0, 1))
    return paper


def test_an_entrys_paper_is_packed_and_reads_as_before() -> None:
    links = {"code": "https://github.com/a/b", "arxiv": ABS + "2101.00001", "paper": "https://x.org/p"}
    p = made(Paper(arxiv_id="2101.00001", title="T", links=links, extra={"stars": "10"}))
    assert type(p._links) is tuple and type(p._extra) is tuple
    # the arXiv address is kept as the paper's own id object, in its place
    assert p._links[2:4] == ("\x00arxiv-abs", "2101.00001") and p._links[3] is p.arxiv_id
    assert p.values()["links"] == links and list(p.values()["links"]) == list(links)
    assert type(p._links) is tuple  # a look is no change
    assert p.links == links and list(p.links) == list(links)
    assert p.extra == {"stars": "10"}


def test_an_address_that_is_not_exactly_the_ids_stays_as_written() -> None:
    for url in (ABS + "2101.00002", ABS + "2101.00001v2", "http://arxiv.org/abs/2101.00001"):
        p = made(Paper(arxiv_id="2101.00001", links={"arxiv": url}))
        assert p._links == ("arxiv", url)
        assert p.links == {"arxiv": url}
    # a link of another kind to the same address is not shortened
    p = made(Paper(arxiv_id="2101.00001", links={"pdf": ABS + "2101.00001"}))
    assert p._links == ("pdf", ABS + "2101.00001")


def test_a_later_id_change_does_not_move_the_address() -> None:
    p = made(Paper(arxiv_id="2101.00001", links={"arxiv": ABS + "2101.00001"}))
    p.arxiv_id = "2202.00002"
    assert p.links == {"arxiv": ABS + "2101.00001"}


def test_changes_after_packing_are_kept() -> None:
    p = made(Paper(arxiv_id="2101.00001", links={"arxiv": ABS + "2101.00001"}))
    p.links["code"] = "https://github.com/a/b"
    p.extra.update(note="n")
    assert p.links == {"arxiv": ABS + "2101.00001", "code": "https://github.com/a/b"}
    assert p.values()["extra"] == {"note": "n"}
    made(p)  # packed again by another entry: still the same values
    assert p.links == {"arxiv": ABS + "2101.00001", "code": "https://github.com/a/b"}


def test_optional_fields_read_and_change_as_attributes() -> None:
    p = Paper(title="T")
    assert (p.task, p.abstract, p.one_liner, p.arxiv_version) == (None, None, None, None)
    p.task, p.one_liner, p.arxiv_version = "task", "one", 2
    assert (p.task, p.one_liner, p.arxiv_version) == ("task", "one", 2)
    p.task = "abstract"  # a value, whatever it spells
    assert p.abstract is None and p.task == "abstract"


def test_lists_are_made_when_asked_and_keep_what_is_added() -> None:
    p = Paper(title="T")
    assert p.values()["categories"] == [] and p._categories is None  # a look makes nothing
    p.categories.append("cs.CV")
    p.topics += ["video"]
    assert p.categories == ["cs.CV"] and p.topics == ["video"]
    p.categories = []
    assert p.categories == [] and p.values()["categories"] == []


def test_copies_do_not_share_their_optional_fields() -> None:
    p = Paper(title="T", task="a", abstract="x")
    q = p.replace(task="b")
    q.one_liner = "one"
    assert (p.task, p.one_liner, p.abstract) == ("a", None, "x")
    assert (q.task, q.one_liner, q.abstract) == ("b", "one", "x")


def test_equality_deepcopy_and_pickle_see_values_not_storage() -> None:
    links = {"arxiv": ABS + "2101.00001", "code": "https://c"}
    loose = Paper(arxiv_id="2101.00001", links=links, task="t", categories=["cs.LG"])
    packed = made(Paper(arxiv_id="2101.00001", links=links, task="t", categories=["cs.LG"]))
    assert loose == packed
    assert copy.deepcopy(packed) == packed and copy.deepcopy(packed).links == links
    again = pickle.loads(pickle.dumps(packed))
    assert again == packed and again.links == links and again.task == "t"
    assert loose != packed.replace(task="u")


_text = st.text(min_size=0, max_size=12)
_ids = st.sampled_from(["2101.00001", "1706.03762", "hep-th/9901001"])


@given(
    arxiv_id=st.none() | _ids,
    pairs=st.lists(st.tuples(st.sampled_from(["arxiv", "pdf", "code", "paper", "x"]),
                             st.one_of(_text, _ids.map(lambda i: ABS + i))), max_size=6),
)
def test_packing_gives_back_every_link_in_order(arxiv_id: str | None, pairs: list[tuple[str, str]]) -> None:
    links = dict(pairs)
    p = made(Paper(arxiv_id=arxiv_id, links=links))
    assert p.values()["links"] == links and list(p.values()["links"].items()) == list(links.items())
    assert list(p.links.items()) == list(links.items())


def test_authors_are_packed_into_one_string_and_read_as_a_list() -> None:
    p = made(Paper(title="T", authors=["Ada Lovelace", "Alan Turing", ""]))
    assert type(p._authors) is str
    assert p.values()["authors"] == ["Ada Lovelace", "Alan Turing", ""]
    p.authors.append("Grace Hopper")  # read, it is a list again, and changes stay
    assert p.authors == ["Ada Lovelace", "Alan Turing", "", "Grace Hopper"]
    # a name holding the separator keeps the list as it is
    odd = made(Paper(title="T", authors=["A\x1fB", "C"]))
    assert odd.authors == ["A\x1fB", "C"] and type(odd._authors) is list
    assert made(Paper(title="T"))._authors is None
