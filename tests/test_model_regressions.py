"""Sequences the model campaign (tests/test_model_nothing_lost.py) found, replayed step by
step so each stays fixed whatever the campaign draws next."""

from __future__ import annotations

from test_model_nothing_lost import NothingLost


def _check(state: NothingLost) -> None:
    state.every_text_still_somewhere()
    state.one_item_per_paper()
    state.at_most_one_live_note_per_entry()


def test_a_renamed_task_tag_survives_a_stateless_sync_of_the_other_digest():
    """Found by CI's model run (2026-11-23): machine B had never pushed the second digest,
    which shares a paper with the first; the paper's task tag was renamed in Zotero; B's
    sync of the second digest alone put its own task tag back and dropped the rename."""
    state = NothingLost()
    try:
        state.start(kind="user")
        state.status(m="B")
        state.add_entry(arxiv="2111.06377", m="B")
        state.rename_zotero_task_tag(arxiv="2104.14294")
        state.rename_zotero_task_tag(arxiv="2112.10752")  # the shared paper
        state.edit_zotero_summary_line(arxiv="2304.02643", line=0, pick=0)
        state.rename_zotero_task_tag(arxiv="2403.03206")
        _check(state)
        state.run_the_other_digest_alone(command="sync", m="B")
        _check(state)
        state.sync(m="B")
        state.sync(m="A")
        _check(state)
    finally:
        state.teardown()
