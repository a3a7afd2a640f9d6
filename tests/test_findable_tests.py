"""A reader finds the tests of each module under ``zoterodigest/sync/`` by name
(issue 25): ``sync/decide/push_decisions.py`` is tested in ``tests/test_push_decisions.py``.

A module tested only through the commands that compose it (a vocabulary, a report, a
writer) is listed in :data:`ELSEWHERE` with the test files that exercise it and why it
has none of its own; the list only shrinks (an entry whose module gets its own test
file, or disappears, fails this test), and every file it names must exist.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SYNC = ROOT / "zoterodigest" / "sync"
TESTS = ROOT / "tests"

#: Module (relative to zoterodigest/sync/) -> the test files that exercise it.
ELSEWHERE: dict[str, tuple[str, ...]] = {
    # decide/: vocabularies and steps whose cases live in the plan they feed
    "decide/collection_changes.py": ("test_pull_decisions.py", "test_pull.py"),  # pull's collection cases
    "decide/desired.py": ("test_push_decisions.py", "test_push.py"),  # what push plans from
    "decide/item_patch.py": ("test_push_decisions.py", "test_upgrade_push.py"),  # owned item fields
    "decide/merge.py": ("test_note_fields.py", "test_sync.py"),  # the MERGED field cases
    "decide/note_decisions.py": ("test_sync.py", "test_settled.py"),  # the one decision's inputs in a sync
    "decide/plan.py": ("test_push_decisions.py", "test_children.py"),  # push's plan vocabulary
    "decide/pull_plan.py": ("test_pull_decisions.py",),  # pull's plan vocabulary
    "decide/push_notes.py": ("test_push_decisions.py", "test_push.py"),  # the note cases of push's plan
    "decide/rendered.py": ("test_settled.py",),  # notes rendered once, the settled marker
    "decide/threeway.py": ("test_note_fields.py", "test_decision.py"),  # one field's three-way rule
    "decide/zotero_edits.py": ("test_pull_decisions.py", "test_model_regressions.py"),  # renamed task tags
    # read/: Zotero's side, against the strict fake server
    "read/index_refresh.py": ("test_library_index.py",),
    "read/library_changes.py": ("test_pull.py", "test_sync.py"),
    "read/push_reads.py": ("test_push.py", "test_push_children.py"),
    # write/: each side written, through the commands
    "write/connector_push.py": ("test_push_desktop.py",),
    "write/digest_writer.py": ("test_pull.py", "test_files.py"),  # splices, backups, races with editors
    "write/engine.py": ("test_push.py", "test_push_children.py"),
    "write/pdf_store.py": ("test_push_children.py", "test_pdf_files.py"),
    "write/pull_record.py": ("test_pull.py", "test_pull_local.py"),
    "write/sync_push.py": ("test_sync.py", "test_nothing_lost_issue25.py"),
    # report/: what each command says
    "report/pull_report.py": ("test_pull.py", "test_prune.py"),  # pull --json too
    "report/push_report.py": ("test_push.py", "test_messages.py"),
    "report/sync_report.py": ("test_sync.py", "test_messages.py"),
    # the top: what a run was asked, and where its settings come from
    "desktop.py": ("test_push_desktop.py", "test_pull_local.py"),
    "options.py": ("test_settled.py", "test_sync.py"),
    "settings.py": ("test_push.py", "test_push_desktop.py"),
}


def sync_modules() -> list[str]:
    return sorted(str(p.relative_to(SYNC)) for p in SYNC.rglob("*.py") if p.name != "__init__.py")


def own_test(module: str) -> Path:
    return TESTS / f"test_{Path(module).stem}.py"


def test_each_sync_module_has_a_test_file_named_for_it_or_says_where_it_is_tested() -> None:
    modules = sync_modules()
    missing = [m for m in modules if not own_test(m).exists() and m not in ELSEWHERE]
    assert not missing, f"no tests/test_<module>.py and not in ELSEWHERE: {missing}"
    stale = [m for m in ELSEWHERE if m not in modules or own_test(m).exists()]
    assert not stale, f"ELSEWHERE entries no longer needed: {stale}"
    absent = [(m, f) for m, files in ELSEWHERE.items() for f in files if not (TESTS / f).exists()]
    assert not absent, f"ELSEWHERE names test files that do not exist: {absent}"
