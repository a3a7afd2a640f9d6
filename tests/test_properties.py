"""Properties (Hypothesis): generated entries of every family parse back to what
generated them; an unedited write gives identical bytes; an edit changes only the
edited span."""

from __future__ import annotations

import string

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from zoterodigest.digest import family_named, parse_bytes, parse_text
from zoterodigest.digest.generic.inline import is_generic_label
from zoterodigest.model import Paper, Venue

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

WORD = st.text(alphabet=string.ascii_letters + string.digits + "éüß中文-'", min_size=1, max_size=9).filter(
    lambda w: any(c.isalpha() for c in w) and not w.startswith(("-", "'")) and not w.endswith("-")
)
TITLE = st.lists(WORD, min_size=1, max_size=8).map(" ".join).filter(lambda t: t.lower() != "paper title")
#: (a summary written as a placeholder alone, "None" or "N/A", reads as no summary by design: no sentence is one)
SENTENCE = st.lists(WORD, min_size=1, max_size=12).map(" ".join).filter(lambda s: s not in ("None", "N/A", "n/a"))
PIPE_SENTENCE = st.lists(st.one_of(WORD, st.just("|"), st.just("a|b")), min_size=1, max_size=10).map(" ".join)
LETTERS = st.text(alphabet=string.ascii_lowercase + "éüöł", min_size=1, max_size=8)
NAME = st.tuples(LETTERS, LETTERS).map(lambda p: f"{p[0].title()} {p[1].title()}")


@st.composite
def arxiv_ids(draw):
    yy = draw(st.integers(15, 26))
    mm = draw(st.integers(1, 12))
    n = draw(st.integers(0, 99999))
    return f"{yy:02d}{mm:02d}.{n:05d}"


@st.composite
def venues(draw):
    name = draw(st.sampled_from(["CVPR", "ICCV", "NeurIPS", "ICLR", "ECCV", "CoRL", "arXiv"]))
    year = draw(st.integers(2000, 2030))
    track = None if name == "arXiv" else draw(st.sampled_from([None, "Oral", "Spotlight", "Highlight", "Award Candidate"]))
    return Venue(name=name, year=year, track=track)


def bullets(marker: str):
    return st.lists(SENTENCE, min_size=1, max_size=4).map(lambda xs: "\n".join(f"{marker} {x}" for x in xs))


@st.composite
def papers(draw, family: str):
    aid = draw(arxiv_ids())
    p = Paper(title=draw(TITLE), arxiv_id=aid, links={"arxiv": f"https://arxiv.org/abs/{aid}"})
    if family == "blockquote-cards":
        p.venue = draw(st.one_of(st.none(), venues()))
        p.task = draw(st.one_of(st.none(), SENTENCE))
        p.summary = draw(st.one_of(st.none(), SENTENCE, bullets("-")))
    elif family == "daily-list":
        p.authors = draw(st.lists(NAME, min_size=1, max_size=7))
        p.authors_complete = draw(st.booleans())
        p.categories = draw(st.lists(st.sampled_from(["cs.CV", "cs.LG", "cs.RO", "stat.ML"]), unique=True, max_size=3))
        p.summary = p.abstract = draw(SENTENCE)
    elif family == "details-cards":
        p.authors = draw(st.lists(NAME, min_size=1, max_size=5))
        p.authors_complete = True
        p.venue = draw(st.one_of(st.none(), venues()))
        p.one_liner = draw(SENTENCE)
        p.abstract = draw(st.one_of(st.none(), SENTENCE))
        p.summary = draw(st.one_of(st.just(p.one_liner), bullets("*")))
        p.links = {"paper": f"https://arxiv.org/abs/{aid}"}
    elif family == "hf-table":
        p.summary = draw(PIPE_SENTENCE)
        p.links["huggingface"] = f"https://huggingface.co/papers/{aid}"
    elif family == "daily-table":
        p.summary = p.abstract = draw(PIPE_SENTENCE)
    elif family == "generic":
        # A link whose whole text is a generic label ("PDF", "code", "v2") names a link of the
        # paper, not its title: a list item with nothing else is read as no paper (by design).
        p.title = draw(TITLE.filter(lambda t: not is_generic_label(t)))
        p.summary = draw(st.one_of(st.none(), SENTENCE))
    return p


HEADERS = {
    "hf-table": "| Title | Authors | Summary |\n|-------|---------|---------|\n",
    "daily-table": "| **Title** | **Date** | **Abstract** | **Comment** |\n| --- | --- | --- | --- |\n",
}
SEPARATORS = {"blockquote-cards": "\n\n\n", "daily-list": "\n\n", "details-cards": "\n\n---\n\n", "generic": "\n"}
CHECKED = {
    "blockquote-cards": ("title", "arxiv_id", "venue", "task", "summary"),
    "daily-list": ("title", "arxiv_id", "authors", "authors_complete", "categories", "summary", "abstract"),
    "details-cards": ("title", "arxiv_id", "authors", "venue", "one_liner", "abstract", "summary"),
    "hf-table": ("title", "arxiv_id", "summary"),
    "daily-table": ("title", "arxiv_id", "summary"),
    "generic": ("title", "arxiv_id", "summary"),
}


def render_document(family: str, items: list[Paper]) -> str:
    reader = family_named(family)
    rows = [reader.render_entry(p, {}, "\n") for p in items]
    if family in HEADERS:
        return HEADERS[family] + "\n".join(rows) + "\n"
    return "# Digest\n\n" + SEPARATORS[family].join(rows) + "\n"


def family_docs(family: str):
    if family == "generic":
        # (a generic list's papers have titles of their own: one short text linked by every item, "[A](url)" three
        # times, reads as the list's label for its links, as "[PDF](url)" is, and gives no title)
        return st.lists(papers(family), min_size=1, max_size=4, unique_by=lambda p: p.title.lower())
    return st.lists(papers(family), min_size=1, max_size=4)


def _check_family(family: str, items: list[Paper]) -> None:
    text = render_document(family, items)
    digest = parse_text(text)
    assert [e.family for e in digest.entries] == [family] * len(items), text
    for want, entry in zip(items, digest.entries):
        for key in CHECKED[family]:
            assert getattr(entry.paper, key) == getattr(want, key), (key, text)
    assert digest.to_bytes() == text.encode()


@SETTINGS
@given(family_docs("blockquote-cards"))
def test_blockquote_cards_round_trip(items):
    _check_family("blockquote-cards", items)


@SETTINGS
@given(family_docs("daily-list"))
def test_daily_list_round_trip(items):
    _check_family("daily-list", items)


@SETTINGS
@given(family_docs("details-cards"))
def test_details_cards_round_trip(items):
    _check_family("details-cards", items)


@SETTINGS
@given(family_docs("hf-table"))
def test_hf_table_round_trip(items):
    _check_family("hf-table", items)


@SETTINGS
@given(family_docs("daily-table"))
def test_daily_table_round_trip(items):
    _check_family("daily-table", items)


@SETTINGS
@given(family_docs("generic"))
def test_generic_round_trip(items):
    _check_family("generic", items)


MARKDOWNISH = st.lists(
    st.sampled_from(list("ab c*_[]()|<>`$#-\\>:\n\r\t 中é")
                    + ["**", "> ", "| ", "<details>", "</details>", "https://arxiv.org/abs/2401.00001", "\ufeff", "\n---\n"]),
    max_size=120,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(MARKDOWNISH)
@example("**\n**")  # (bold marks around nothing: a bold head with no words in it)
def test_unedited_write_is_identical_for_any_text(text):
    data = text.encode("utf-8")
    assert parse_bytes(data, "x.md").to_bytes() == data


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200).filter(lambda b: b"\x00" not in b))
def test_unedited_write_is_identical_for_any_bytes(data):
    assert parse_bytes(data, "x.md").to_bytes() == data


@st.composite
def edit_cases(draw):
    family = draw(st.sampled_from(sorted(CHECKED)))
    items = draw(family_docs(family))
    index = draw(st.integers(0, len(items) - 1))
    new = draw(papers(family))
    fields = sorted(family_named(family).editable & {"title", "summary", "task", "venue", "one_liner"})
    field = draw(st.sampled_from(fields))
    return family, items, index, field, getattr(new, field)


@SETTINGS
@given(edit_cases())
def test_an_edit_changes_only_its_span(case):
    family, items, index, field, value = case
    text = render_document(family, items)
    digest = parse_text(text)
    entry = digest.entries[index]
    assume(field in entry.fields)
    if family == "details-cards" and field == "one_liner" and entry.style.get("summary_slot") == "one_liner":
        assume(False)  # the summary lives in the one-liner: one span, one value
    assume(not (family == "blockquote-cards" and field == "task" and not value and entry.fields[field].insert))
    out = digest.with_changes([(entry, {field: value})]).decode()
    span = family_named(family).target(entry, field, entry.paper.replace(**{field: value}))
    assert out[: span.start] == text[: span.start]
    assert out[len(out) - (len(text) - span.end) :] == text[span.end :]
    after = parse_text(out)
    assert len(after.entries) == len(digest.entries)
    for k, (old, new) in enumerate(zip(digest.entries, after.entries)):
        if k == index:
            assert getattr(new.paper, field) == value
            others = [f for f in CHECKED[family] if f != field and not (field in ("summary", "abstract") and f in ("summary", "abstract"))]
            if family == "details-cards" and field in ("summary", "one_liner") and old.style.get("summary_slot") == "one_liner":
                others = [f for f in others if f not in ("summary", "one_liner")]
            for f in others:
                assert getattr(new.paper, f) == getattr(old.paper, f), f
        else:
            assert new.paper == old.paper
