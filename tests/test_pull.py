"""`zoterodigest pull` (zoterodigest.sync.pull) and note HTML -> Markdown
(zoterodigest.zotero.note_markdown) against the strict fake Zotero server:
edited notes and task tags come back as spliced spans, papers added in Zotero
are appended, trash is reported, a pull right after a push (or a pull) finds
nothing, and a file changed meanwhile is never overwritten."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_env import KEY as CLI_KEY
from cli_env import cli_runner
from fakes.zotero_schema import sanitize_note
from fakes.zotero_server import ZoteroHTTPServer, ZoteroLibraryServer, make_pyzotero
from hypothesis import given, settings
from hypothesis import strategies as st

from zoterodigest.digest import parse_bytes, read_digest
from zoterodigest.state import State
from zoterodigest.sync import push_digests
from zoterodigest.sync.pull import backup_path, pull_digests
from zoterodigest.zotero.client import ZoteroClient
from zoterodigest.zotero.note_markdown import html_to_markdown, split_note
from zoterodigest.zotero.notes import markdown_to_html, note_meaning

KEY = CLI_KEY  # the key the CLI runs use
LIB = "users/1"
STATE_NAME = "https://api.zotero.test users/1"

BLOCKQUOTE = """# Vision Log

Some words of my own, kept as they are.

## Generation

> **Latent Diffusion Models**  
> *CVPR 2022 Oral*, [arxiv](https://arxiv.org/abs/2112.10752)  
> Task: text-to-image generation  
> 
> - Diffusion in the latent space of an autoencoder.  
> - Cross-attention conditioning.  

> **Rectified Flow Transformers**  
> *arXiv 2024*, [arxiv](https://arxiv.org/abs/2403.03206)  
> Task: text-to-image generation  
> Rectified flow at scale.

## Segmentation

> **Segment Anything**  
> *ICCV 2023*, [arxiv](https://arxiv.org/abs/2304.02643)  
> Task: segmentation  
> Promptable masks.
"""

DETAILS = """# Reading Cards

## Modality

<details>
<summary><b> CLIP-like Pretraining</b></summary>

* **Authors:** Alec Example, Jong Sample
* **arXiv ID:** 2103.00020
* **One-liner:** Contrastive image-text pretraining for zero-shot transfer
* **Published in:** ICML 2021
* **Links:** [[Paper]](https://arxiv.org/abs/2103.00020)

<details>
    <summary>Key points</summary>
    * Contrastive loss over pairs  
    * Zero-shot classification by prompts  
</details>
</details>

<details>
<summary><b> Second Card</b></summary>

* **Authors:** B. Two
* **arXiv ID:** 2204.00001
* **One-liner:** Only a one-liner here.
* **Published in:** NeurIPS 2022
* **Links:** [[Paper]](https://arxiv.org/abs/2204.00001)
</details>
"""

HF_TABLE = """# HF Daily

## Papers for 2024-12-05

| Title | Authors | Summary |
|-------|---------|---------|
| SNOOPI: One-step Distillation (Read more on [arXiv](https://arxiv.org/abs/2412.02687) or [HuggingFace](https://huggingface.co/papers/2412.02687))| Khoi Nguyen | Improves stability of one-step distillation. |
| Top-Sampling (Read more on [arXiv](https://arxiv.org/abs/2411.07641) or [HuggingFace](https://huggingface.co/papers/2411.07641))| A B | Sampling from logits. |
"""

DAILY_LIST = """# Diffusion Papers · 2025-04-07

## Paper List

- **[Gaussian Mixture Flows](https://arxiv.org/abs/2504.05304)**  `arXiv:2504.05304`  `cs.LG`  
  _Hansheng Chen, Kai Zhang, et al._
  <details open><summary>Abstract</summary>
  Flow matching models reparameterize the Gaussian mean as flow velocity.
  </details>

- **[Small Paper](https://arxiv.org/abs/2504.00007)**  `arXiv:2504.00007`  `cs.RO`  
  _Ann Author, Bo Writer_
  <details open><summary>Abstract</summary>
  A complete author list.
  </details>
"""

DAILY_TABLE = """# Daily ArXiv

## Image Generation

| **Title** | **Date** | **Abstract** | **Comment** | **CodeRepository** |
| --- | --- | --- | --- | --- |
| **[Magic Clips](http://arxiv.org/abs/2502.07701v2)** | 2025-02-14 | <details><summary>Show</summary><p>We present clips of frames.</p></details> | Accepted to CVPR 2025 | None |
| **[Plain Survey](http://arxiv.org/abs/2405.05538v2)** | 2025-02-14 | <details><summary>Show</summary><p>A survey.</p></details> | Submitted | None |
"""

#: family -> (digest, arXiv id of the entry whose note is edited, words in its summary, new words as
#: note HTML, the same as Markdown)
CASES = {
    "blockquote-cards": (BLOCKQUOTE, "2403.03206", "Rectified flow at scale.", "Rectified flow, scaled to 8B.",
                         "Rectified flow, scaled to 8B."),
    "details-cards": (DETAILS, "2103.00020", "Zero-shot classification by prompts",
                      "Zero-shot <em>transfer</em> by prompts", "Zero-shot *transfer* by prompts"),
    "hf-table": (HF_TABLE, "2412.02687", "Improves stability of one-step", "Stabilises <b>one</b>-step",
                 "Stabilises **one**-step"),
    "daily-list": (DAILY_LIST, "2504.05304", "reparameterize the Gaussian mean", "reuse the Gaussian mean",
                   "reuse the Gaussian mean"),
    "daily-table": (DAILY_TABLE, "2502.07701", "We present clips of frames.", "We present short clips.",
                    "We present short clips."),  # plain text: the family's abstract cell holds no markup
}


def make_client(server: ZoteroLibraryServer) -> ZoteroClient:
    return ZoteroClient(zot=make_pyzotero(server, 1, "user", KEY), sleep=lambda s: None)


class Sync:
    """Push and pull one digest against the fake, remembering each run's requests."""

    def __init__(self, server: ZoteroLibraryServer, tmp: Path, path: Path) -> None:
        self.server, self.path, self.state_dir = server, path, tmp / "state"
        self.requests: list = []

    def _run(self, fn):
        before = len(self.server.log)
        with State(self.state_dir) as state:
            result = fn(make_client(self.server), state)
        self.requests = self.server.log[before:]
        return result

    def push(self, **kw):
        return self._run(lambda client, state: push_digests([read_digest(self.path)], client, state, **kw))

    def pull(self, **kw):
        return self._run(lambda client, state: pull_digests([self.path], client, state, **kw))

    def writes(self) -> list:
        return [r for r in self.requests if r.method != "GET"]


@pytest.fixture
def server() -> ZoteroLibraryServer:
    return ZoteroLibraryServer.single_user(user_id=1, api_key=KEY)


def setup(server: ZoteroLibraryServer, tmp_path: Path, text: str, name: str = "digest.md") -> Sync:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    sync = Sync(server, tmp_path, path)
    assert sync.push().ok
    return sync


def item_for(server: ZoteroLibraryServer, arxiv: str):
    return next(i for i in server.library(LIB).items.values()
                if i.item_type != "note" and i.fields.get("url", "").endswith(arxiv))


def note_for(server: ZoteroLibraryServer, arxiv: str):
    parent = item_for(server, arxiv)
    return next(i for i in server.library(LIB).items.values() if i.parent == parent.key)


def edit_note(server: ZoteroLibraryServer, arxiv: str, old: str, new: str) -> None:
    note = note_for(server, arxiv)
    assert old in note.note, note.note
    server.write(LIB, [{"key": note.key, "version": note.version, "note": note.note.replace(old, new)}])


def entry_of(path: Path, arxiv: str):
    return next(e for e in read_digest(path).entries if e.paper.arxiv_id == arxiv)


def assert_only_span_changed(before: bytes, after: bytes, start: int, end: int) -> None:
    tail = len(before) - end
    assert after[:start] == before[:start]
    assert after[len(after) - tail:] == before[end:]


# --- note HTML -> Markdown -----------------------------------------------------------------------


def test_split_note_skips_the_heading_and_reads_task_and_one_liner():
    html = ('<div data-schema-version="9"><h2>A Title</h2>\n<p>From <i>log.md</i> › Generation</p>\n'
            '<p><strong>Task:</strong> denoising</p>\n<p><strong>In one line:</strong> Short.</p>\n'
            '<ul>\n<li>First <em>point</em> with $x_i$</li>\n<li><a href="https://x.org">link</a></li>\n</ul></div>')
    parts = split_note(html)
    assert (parts.task, parts.one_liner) == ("denoising", "Short.")
    assert parts.summary == "- First *point* with $x_i$\n- [link](https://x.org)"


def test_html_to_markdown_handles_the_allowed_tags():
    html = ("<h3>Head</h3><p>a <b>b</b> <i>c</i> <code>d`e</code> <del>f</del> x<sup>2</sup> "
            "<span>g</span><br>h</p><blockquote><p>q</p></blockquote><ol><li><p>one</p></li><li><p>two</p>"
            "<ul><li>deep</li></ul></li></ol><hr><pre><code>x = 1\n</code></pre>")
    md = html_to_markdown(html)
    assert md.startswith("### Head\n\na **b** *c* ``d`e`` ~~f~~ x<sup>2</sup> g<br>h\n\n> q\n\n1. one")
    once = markdown_to_html(md)  # <b> comes back as <strong>, <del> as <s>: same meaning
    assert "<strong>b</strong>" in once and "<s>f</s>" in once and "<li><p>two</p>" in note_meaning(once)
    assert note_meaning(markdown_to_html(html_to_markdown(once))) == note_meaning(once)


_WORD = st.sampled_from(["diffusion", "model", "snake_case", "3*4", "a_b", "loss", "[CLS]", "x<y", "50%", "fast!",
                         "O(n)", "R&D", "pre-training", "state-of-the-art", "#1", "1.", "under_", "~~no"])
_MATH = st.sampled_from(["$x_i$", "$\\alpha + \\beta$", "$O(n^2)$", "$p_\\theta(x)$", "$$E = mc^2$$"])


def _inline():
    plain = st.lists(_WORD, min_size=1, max_size=4).map(" ".join)
    styled = st.one_of(
        plain,
        plain.map(lambda t: f"*{t}*"),
        plain.map(lambda t: f"**{t}**"),
        plain.map(lambda t: f"`{t}`"),
        plain.map(lambda t: f"[{t}](https://example.org/{abs(hash(t)) % 97})"),
        _MATH,
    )
    return st.lists(styled, min_size=1, max_size=5).map(" ".join)


_SUMMARY = st.one_of(
    _inline(),
    st.lists(_inline(), min_size=1, max_size=4).map(lambda xs: "\n".join(f"- {x}" for x in xs)),
    st.lists(_inline(), min_size=1, max_size=3).map(lambda xs: "\n\n".join(xs)),
    st.tuples(_inline(), st.lists(_inline(), min_size=1, max_size=3)).map(
        lambda t: t[0] + "\n\n" + "\n".join(f"1. {x}" for x in t[1])),
    st.tuples(_inline(), _inline()).map(lambda t: f"- {t[0]}\n  - {t[1]}"),
)


@settings(max_examples=150, deadline=None)
@given(_SUMMARY)
def test_round_trip_through_the_server_is_a_fixed_point_by_meaning(summary):
    first = markdown_to_html(summary)
    stored = sanitize_note(first)  # what the server gives back
    again = markdown_to_html(html_to_markdown(stored))
    assert note_meaning(again) == note_meaning(first)


# --- pull -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("family", list(CASES))
def test_an_edited_note_changes_only_that_summary_span(server, tmp_path, family):
    text, arxiv, old, new, new_md = CASES[family]
    sync = setup(server, tmp_path, text)
    entry = entry_of(sync.path, arxiv)
    assert entry.family == family
    span = entry.fields["summary"]
    before = sync.path.read_bytes()
    edit_note(server, arxiv, old, new)
    report = sync.pull()
    assert report.ok and [d.written for d in report.digests] == [True]
    after = sync.path.read_bytes()
    start, end = len(text[: span.start].encode()), len(text[: span.end].encode())
    assert_only_span_changed(before, after, start, end)
    changed = entry_of(sync.path, arxiv).paper.summary
    assert note_meaning(markdown_to_html(changed)) == note_meaning(
        markdown_to_html(entry.paper.summary.replace(old, new_md)))
    # Three reads: versions since, deletions since, the changed objects.
    assert len(sync.requests) == 3 and sync.writes() == []
    assert backup_path(State(sync.state_dir), str(sync.path)).read_bytes() == before
    # Again: nothing to do (one 304); a push sends nothing back.
    report = sync.pull()
    assert sync.path.read_bytes() == after and len(sync.requests) == 1 and sync.requests[0].status == 304
    assert "nothing to pull" in report.lines()
    note_version = note_for(server, arxiv).version
    sync.push()
    assert note_for(server, arxiv).version == note_version  # the pulled note is not sent back
    if family in ("daily-list", "daily-table"):  # the summary is the abstract: the item's abstract follows
        assert len(sync.writes()) == 1 and new_md in item_for(server, arxiv).fields["abstractNote"]
        sync.pull()  # that write is read once, and changes nothing
        assert sync.path.read_bytes() == after
    else:
        assert sync.writes() == []
    assert sync.pull() and len(sync.requests) == 1


def test_a_pull_right_after_a_push_keeps_every_byte(server, tmp_path):
    sync = setup(server, tmp_path, BLOCKQUOTE)
    before = sync.path.read_bytes()
    report = sync.pull()  # the first pull of a digest compares its notes and items once, by meaning
    assert sync.path.read_bytes() == before and report.ok and not any(d.changed for d in report.digests)
    assert len(sync.requests) == 3 and sync.writes() == []
    assert sync.pull() and len(sync.requests) == 1 and sync.path.read_bytes() == before
    server.write(LIB, [{"itemType": "book", "title": "Someone else's book"}])
    report = sync.pull()
    assert sync.path.read_bytes() == before and report.ok and not any(d.written for d in report.digests)
    assert sync.pull() and len(sync.requests) == 1


def test_a_note_rewritten_but_not_changed_in_meaning_changes_nothing(server, tmp_path):
    sync = setup(server, tmp_path, BLOCKQUOTE)
    before = sync.path.read_bytes()
    note = note_for(server, "2112.10752")
    server.write(LIB, [{"key": note.key, "version": note.version, "note": note.note.replace("\n", "\n\n  ")}])
    sync.pull()
    assert sync.path.read_bytes() == before
    sync.push()
    assert sync.writes() == []


def test_an_edited_task_tag_becomes_the_task_text(server, tmp_path):
    sync = setup(server, tmp_path, BLOCKQUOTE)
    item = item_for(server, "2304.02643")
    tags = [t for t in item.tags if t["tag"] != "task: segmentation"] + [{"tag": "task: instance segmentation"}]
    server.write(LIB, [{"key": item.key, "version": item.version, "tags": tags}])
    entry = entry_of(sync.path, "2304.02643")
    before = sync.path.read_bytes()
    report = sync.pull()
    assert report.ok
    after = sync.path.read_bytes()
    span = entry.fields["task"]
    assert_only_span_changed(before, after, span.start, span.end)
    assert entry_of(sync.path, "2304.02643").paper.task == "instance segmentation"
    item_version = item_for(server, "2304.02643").version
    sync.push()
    # The item (tags) is not written back; the note's own "Task:" line follows the digest.
    assert item_for(server, "2304.02643").version == item_version and len(sync.writes()) == 1
    assert "<strong>Task:</strong> instance segmentation" in note_for(server, "2304.02643").note
    assert "task: instance segmentation" in {t["tag"] for t in item_for(server, "2304.02643").tags}
    sync.push()
    assert sync.writes() == []


def test_a_one_liner_edited_in_the_note_changes_the_card(server, tmp_path):
    sync = setup(server, tmp_path, DETAILS)
    edit_note(server, "2204.00001", "Only a one-liner here.", "A better one-liner.")
    sync.pull()
    paper = entry_of(sync.path, "2204.00001").paper
    assert paper.one_liner == "A better one-liner."
    assert sync.pull() and len(sync.requests) == 1


def _section_key(server: ZoteroLibraryServer, name: str) -> str:
    return next(k for k, c in server.library(LIB).collections.items() if c.name == name)


@pytest.mark.parametrize(("family", "section"), [("blockquote-cards", "Segmentation"), ("daily-list", "Paper List")])
def test_a_paper_added_in_zotero_is_appended_under_its_section(server, tmp_path, family, section):
    text = CASES[family][0]
    sync = setup(server, tmp_path, text)
    before = sync.path.read_bytes()
    server.write(LIB, [{"itemType": "preprint", "title": "Masked Autoencoders Are Scalable Learners",
                        "repository": "arXiv", "archiveID": "arXiv:2111.06377", "date": "2021-11-11",
                        "url": "http://arxiv.org/abs/2111.06377", "abstractNote": "MAE masks patches.",
                        "creators": [{"creatorType": "author", "firstName": "Kaiming", "lastName": "He"}],
                        "tags": [{"tag": "task: self-supervised learning"}],
                        "collections": [_section_key(server, section)]}])
    report = sync.pull()
    assert report.ok
    after = sync.path.read_bytes()
    entries = read_digest(sync.path).entries
    new = [e for e in entries if e.paper.arxiv_id == "2111.06377"]
    assert len(new) == 1 and new[0].paper.title == "Masked Autoencoders Are Scalable Learners"
    assert new[0].section[-1] == section and new[0].family == family
    old = parse_bytes(before, "old").entries
    assert [e.paper.identity for e in entries if e.paper.arxiv_id != "2111.06377"] == [e.paper.identity for e in old]
    if family == "blockquote-cards":
        assert new[0].paper.task == "self-supervised learning"
        assert after.startswith(before[: before.index(b"## Segmentation")])  # the sections above untouched
    assert sync.pull() and len(sync.requests) == 1


def test_trashed_and_deleted_items_are_reported_and_kept(server, tmp_path):
    sync = setup(server, tmp_path, BLOCKQUOTE)
    before = sync.path.read_bytes()
    sam = item_for(server, "2304.02643")
    server.write(LIB, [{"key": sam.key, "version": sam.version, "deleted": 1}])
    ldm = item_for(server, "2112.10752")
    answer = server.handle("DELETE", f"/users/1/items/{ldm.key}",
                           {"Zotero-API-Key": KEY, "If-Unmodified-Since-Version": str(ldm.version)})
    assert answer.status == 204
    report = sync.pull()
    assert sync.path.read_bytes() == before and report.ok
    text = "\n".join(report.lines())
    assert "'Segment Anything' is in Zotero's trash" in text
    assert "'Latent Diffusion Models' was deleted in Zotero" in text


def test_a_trashed_note_is_reported_and_its_summary_kept(server, tmp_path):
    sync = setup(server, tmp_path, BLOCKQUOTE)
    before = sync.path.read_bytes()
    note = note_for(server, "2403.03206")
    server.write(LIB, [{"key": note.key, "version": note.version, "deleted": 1}])
    report = sync.pull()
    assert sync.path.read_bytes() == before
    assert "the note for 'Rectified Flow Transformers' is in Zotero's trash" in "\n".join(report.lines())


def test_a_library_changing_during_the_reads_is_read_again(server, tmp_path, monkeypatch):
    sync = setup(server, tmp_path, BLOCKQUOTE)
    sync.pull()
    edit_note(server, "2403.03206", "Rectified flow at scale.", "First edit.")
    real = ZoteroClient.deleted_since
    fired = []

    def deleted_since(self, version):
        if not fired:  # another client writes between our reads
            fired.append(True)
            edit_note(server, "2403.03206", "First edit.", "Second edit.")
        return real(self, version)

    monkeypatch.setattr(ZoteroClient, "deleted_since", deleted_since)
    assert sync.pull().ok
    assert b"Second edit." in sync.path.read_bytes()
    assert sum(1 for r in sync.requests if r.query.get("format") == ["versions"]) == 2  # read twice


def test_a_file_changed_during_the_pull_is_not_written(server, tmp_path, monkeypatch):
    sync = setup(server, tmp_path, BLOCKQUOTE)
    edit_note(server, "2403.03206", "Rectified flow at scale.", "Scaled up.")
    real = ZoteroClient.get_items
    mine = BLOCKQUOTE.replace("Some words of my own", "Words I typed meanwhile").encode()

    def get_items(self, keys):
        sync.path.write_bytes(mine)  # the user saves the file while the pull reads
        return real(self, keys)

    monkeypatch.setattr(ZoteroClient, "get_items", get_items)
    report = sync.pull()
    assert not report.ok and sync.path.read_bytes() == mine
    assert "changed on disk while the pull ran" in report.problems[0] and "run pull again" in report.problems[0]
    monkeypatch.setattr(ZoteroClient, "get_items", real)
    report = sync.pull()  # the state kept the old library version: the edit is still found
    assert report.ok and b"Scaled up." in sync.path.read_bytes() and b"Words I typed meanwhile" in sync.path.read_bytes()


@pytest.mark.parametrize("when", ["backup", "temp"])
def test_a_save_between_the_check_and_the_rename_is_not_lost(server, tmp_path, monkeypatch, when):
    """Issue 25: an editor saving the digest after pull compared it with what it read
    (while the backup or the new bytes are being written) is caught just before the
    rename: nothing is written, the user's save stays, and the backup never holds
    bytes other than those a write replaced."""
    from zoterodigest.digest import file_writes as document

    sync = setup(server, tmp_path, BLOCKQUOTE)
    edit_note(server, "2403.03206", "Rectified flow at scale.", "Scaled up.")
    mine = BLOCKQUOTE.replace("Some words of my own", "Words I typed meanwhile").encode()
    real_mkstemp = document.tempfile.mkstemp
    fired: list[bool] = []

    def mkstemp(*, prefix: str, suffix: str, dir):
        writing_digest = prefix == f".{sync.path.name}."
        writing_backup = prefix.endswith(".bak.")
        if not fired and ((when == "backup" and writing_backup) or (when == "temp" and writing_digest)):
            fired.append(True)
            sync.path.write_bytes(mine)  # the editor saves now
        return real_mkstemp(prefix=prefix, suffix=suffix, dir=dir)

    monkeypatch.setattr(document.tempfile, "mkstemp", mkstemp)
    report = sync.pull()
    assert fired and sync.path.read_bytes() == mine
    assert not report.ok and "changed on disk while the pull ran" in report.problems[0]
    assert not list(sync.state_dir.glob("backups/*.bak"))  # nothing was replaced, so nothing kept
    monkeypatch.setattr(document.tempfile, "mkstemp", real_mkstemp)
    report = sync.pull()
    assert report.ok and b"Scaled up." in sync.path.read_bytes() and b"Words I typed meanwhile" in sync.path.read_bytes()
    backups = list(sync.state_dir.glob("backups/*.bak"))
    assert len(backups) == 1 and backups[0].read_bytes() == mine  # the bytes that write replaced


def test_dry_run_prints_a_diff_and_writes_nothing(server, tmp_path):
    sync = setup(server, tmp_path, BLOCKQUOTE)
    edit_note(server, "2403.03206", "Rectified flow at scale.", "Scaled up.")
    before = sync.path.read_bytes()
    report = sync.pull(dry_run=True)
    assert sync.path.read_bytes() == before
    out = "\n".join(report.lines())
    assert "-> Rectified flow at scale." in out and "+> Scaled up." in out and "dry run: nothing written" in out.splitlines()[0]
    assert not backup_path(State(sync.state_dir), str(sync.path)).exists()
    sync.pull()
    assert b"Scaled up." in sync.path.read_bytes()


def test_a_push_of_another_digest_hides_no_edit(server, tmp_path):
    sync = setup(server, tmp_path, BLOCKQUOTE)
    other = tmp_path / "other.md"
    other.write_text(DAILY_LIST)
    other_sync = Sync(server, tmp_path, other)
    assert other_sync.push().ok
    edit_note(server, "2403.03206", "Rectified flow at scale.", "Edited before the other push.")
    other.write_text(DAILY_LIST.replace("A complete author list.", "A complete list of authors."))
    assert other_sync.push().ok  # moves the library version past the edit
    report = sync.pull()  # never pulled before: our notes are compared by meaning
    assert report.ok and b"Edited before the other push." in sync.path.read_bytes()
    sync.pull()
    edit_note(server, "2403.03206", "Edited before the other push.", "Edited again.")
    other.write_text(DAILY_LIST)
    assert other_sync.push().ok
    sync.pull()  # pulled before: read since its own pull
    assert b"Edited again." in sync.path.read_bytes()


def test_a_pull_before_any_push_says_so(server, tmp_path):
    path = tmp_path / "d.md"
    path.write_text(BLOCKQUOTE)
    report = Sync(server, tmp_path, path).pull()
    assert "push the digests first" in "\n".join(report.lines())


# --- the command ------------------------------------------------------------------------------------


@pytest.mark.slow
def test_pull_command_end_to_end(server, tmp_path):
    path = tmp_path / "digest.md"
    path.write_text(BLOCKQUOTE)
    env, run = cli_runner(tmp_path)

    with ZoteroHTTPServer(server) as url:
        env["ZOTERO_API_URL"] = url
        r = run("push", str(path), "--offline", "--quiet")
        assert r.returncode == 0, r.stderr
        edit_note(server, "2403.03206", "Rectified flow at scale.", "Scaled up.")
        before = path.read_bytes()
        r = run("pull", str(path), "--dry-run")
        assert r.returncode == 0, r.stderr
        assert "+> Scaled up." in r.stdout and path.read_bytes() == before
        r = run("pull", str(path))
        assert r.returncode == 0, r.stderr
        assert b"Scaled up." in path.read_bytes() and "wrote" in r.stdout
        r = run("pull", str(path))
        assert r.returncode == 0 and "nothing to pull" in r.stdout
        n = len(server.log)
        r = run("push", str(path), "--offline", "--quiet")
        assert r.returncode == 0 and all(x.method == "GET" for x in server.log[n:])
    assert KEY not in r.stdout + r.stderr
