"""Digests renamed on disk, found by their entries (zoterodigest/sync/read/moves.py)."""

from __future__ import annotations

from pathlib import Path

from digest_texts import TWO_PAPERS

from zoterodigest import zotero as zi
from zoterodigest.digest import parse_bytes
from zoterodigest.state import LibraryRows, NoteRow
from zoterodigest.sync.decide.desired import digest_id
from zoterodigest.sync.decide.note_base import agreed_on
from zoterodigest.sync.read.moves import listed_under, moved_digests

ONE_PAPER_ELSEWHERE = """# Reading Group

## Favourites

> **High-Resolution Image Synthesis with Latent Diffusion Models**  
> *CVPR 2022*, [arxiv](https://arxiv.org/abs/2112.10752)  
> Task: text-to-image generation  
> Read in week 3.
"""


def rows_of(path: Path, text: str) -> LibraryRows:
    """The state's rows after a push of ``text`` as the digest at ``path`` (a file now gone)."""
    digest = parse_bytes(text.encode("utf-8"), str(path), None)
    heading = zi.title_heading(digest.doc.text)
    rows = LibraryRows(version=1)
    for n, entry in enumerate(digest.entries):
        eid = (digest_id(str(path)), entry.paper.identity, 0)
        note = zi.note_html(entry, path.name, title_heading=heading)
        rows.notes[eid] = NoteRow(eid, f"ITEM{n}", f"NOTE{n}", 1, agreed_on(note))
    return rows


def test_a_renamed_digest_is_found_and_a_one_paper_list_sharing_a_paper_elsewhere_is_not(tmp_path: Path) -> None:
    old = tmp_path / "log.md"  # gone from disk
    rows = rows_of(old, TWO_PAPERS)
    renamed = tmp_path / "log-2025.md"
    renamed.write_text(TWO_PAPERS, encoding="utf-8")
    digest = parse_bytes(renamed.read_bytes(), str(renamed), None)
    assert moved_digests(rows, [digest]) == [(digest_id(str(old)), digest_id(str(renamed)))]
    # Only its first paper left, then renamed: still the same list (same section).
    short = TWO_PAPERS.split("> **Scaling")[0]
    kept = parse_bytes(short.encode("utf-8"), str(renamed), None)
    assert len(kept.entries) == 1 and moved_digests(rows, [kept]) == [(digest_id(str(old)), digest_id(str(renamed)))]
    # Another list holding one of its papers under another heading is no rename (found by
    # the issue 25 campaign: its push turned the old list's note into its own, then made a second).
    group = tmp_path / "group.md"
    other = parse_bytes(ONE_PAPER_ELSEWHERE.encode("utf-8"), str(group), None)
    assert moved_digests(rows, [other]) == []


def test_listed_under_reads_a_note_s_last_heading() -> None:
    assert listed_under("<h2>T</h2><p>From <i>log.md</i> › Generation › Diffusion</p>") == "Diffusion"
    assert listed_under("<h2>T</h2><p>From <em>log.md</em></p>") == ""
    assert listed_under("<p>No heading of ours.</p>") is None
