"""Files as users have them (issue 10, item 4): symlinked digests and .bib files are
written through to their target (the link stays, the mode is kept); the conflicts
files and backups zoterodigest writes are never read as digests; `export -o` will not
write over a digest or a file that is not BibTeX; a digest without entries makes
nothing in Zotero."""

from __future__ import annotations

import json
import os
import stat

import pytest
from cli_env import KEY, cli_runner
from digest_texts import TWO_PAPERS as DIGEST
from fakes.zotero_server import ZoteroHTTPServer, ZoteroLibraryServer

from zoterodigest import inputs
from zoterodigest.digest import read_digest
from zoterodigest.digest.file_writes import atomic_write
from zoterodigest.sync.sync import conflicts_path

LIB = "users/1"
#: A digest-like text with another paper: if it were read as a digest, that paper would reach Zotero.
STRAY = """# Conflicts

> **Segment Anything**  
> *ICCV 2023*, [arxiv](https://arxiv.org/abs/2304.02643)  
> Task: segmentation  
> Promptable masks.
"""


@pytest.fixture
def server() -> ZoteroLibraryServer:
    return ZoteroLibraryServer.single_user(user_id=1, api_key=KEY)


def titles(server: ZoteroLibraryServer) -> set[str]:
    return {i.fields.get("title", "") for i in server.library(LIB).items.values()
            if i.item_type not in ("note", "attachment")}


def collection_names(server: ZoteroLibraryServer) -> set[str]:
    return {c.name for c in server.library(LIB).collections.values()}


# --- atomic writes through symlinks, modes kept -------------------------------------------------------


def test_a_symlink_is_written_through_and_kept(tmp_path):
    real_dir = tmp_path / "notes"
    real_dir.mkdir()
    target = real_dir / "digest.md"
    target.write_bytes(b"old")
    target.chmod(0o640)
    link = tmp_path / "digest.md"
    link.symlink_to(os.path.relpath(target, tmp_path))
    atomic_write(link, b"new")
    assert link.is_symlink() and os.readlink(link) == os.path.relpath(target, tmp_path)
    assert target.read_bytes() == b"new" and stat.S_IMODE(target.stat().st_mode) == 0o640
    assert sorted(p.name for p in real_dir.iterdir()) == ["digest.md"]  # no temp file left beside it
    assert sorted(p.name for p in tmp_path.iterdir()) == ["digest.md", "notes"]


def test_a_chain_of_links_and_a_dangling_link(tmp_path):
    target = tmp_path / "real.bib"
    (tmp_path / "a.bib").symlink_to(tmp_path / "b.bib")
    (tmp_path / "b.bib").symlink_to(target)  # dangling: the file does not exist yet
    atomic_write(tmp_path / "a.bib", b"@misc{k,}\n")
    assert (tmp_path / "a.bib").is_symlink() and (tmp_path / "b.bib").is_symlink()
    assert target.read_bytes() == b"@misc{k,}\n"


@pytest.mark.parametrize("umask", [0o022, 0o077, 0o002])
def test_a_new_file_gets_the_umask_mode_not_the_temp_files(tmp_path, umask):
    old = os.umask(umask)
    try:
        atomic_write(tmp_path / "new.md", b"x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.md").stat().st_mode) == 0o666 & ~umask


def test_export_through_a_symlinked_bib(tmp_path, monkeypatch):
    _env, run = cli_runner(tmp_path)
    monkeypatch.chdir(tmp_path)  # the link leads into the current folder (see test_hostile_input for elsewhere)
    shared = tmp_path / "shared"
    shared.mkdir()
    target = shared / "refs.bib"
    target.write_text("% my bibliography\n")
    target.chmod(0o664)
    link = tmp_path / "refs.bib"
    link.symlink_to(target)
    r = run("export", "--example", "--offline", "--quiet", "-o", str(link))
    assert r.returncode == 0, r.stderr
    assert link.is_symlink() and link.resolve() == target
    assert target.read_text().startswith("% my bibliography\n") and "@" in target.read_text()
    assert stat.S_IMODE(target.stat().st_mode) == 0o664


def test_pull_through_a_symlinked_digest_edits_the_target_and_keeps_the_link(server, tmp_path):
    env, run = cli_runner(tmp_path)
    elsewhere = tmp_path / "repo"
    elsewhere.mkdir()
    target = elsewhere / "log.md"
    target.write_text(DIGEST)
    link = tmp_path / "log.md"
    link.symlink_to(target)
    with ZoteroHTTPServer(server) as url:
        env["ZOTERO_API_URL"] = url
        assert run("push", str(link), "--offline", "--quiet").returncode == 0
        note = next(i for i in server.library(LIB).items.values() if "Rectified flow" in i.note)
        server.write(LIB, [{"key": note.key, "version": note.version,
                            "note": note.note.replace("Rectified flow at scale.", "Scaled up in Zotero.")}])
        r = run("pull", str(link))
    assert r.returncode == 0, r.stderr
    assert link.is_symlink() and link.resolve() == target
    assert "Scaled up in Zotero." in target.read_text()
    assert sorted(p.name for p in elsewhere.iterdir()) == ["log.md"]


# --- files zoterodigest writes are not digests ---------------------------------------------------------


def test_the_cli_knows_the_conflicts_file_name_sync_uses():
    assert conflicts_path("/x/log.md").name == "log.md" + inputs.CONFLICTS_SUFFIX


def test_parse_skips_conflicts_files_and_backups_with_a_notice(tmp_path):
    _env, run = cli_runner(tmp_path)
    digest = tmp_path / "log.md"
    digest.write_text(DIGEST)
    conflicts = conflicts_path(digest)
    conflicts.write_text(STRAY)
    backup = tmp_path / "log.md.0123abcd.bak"
    backup.write_text(STRAY)
    r = run("parse", str(digest), str(conflicts), str(backup), "--json")
    assert r.returncode == 0, r.stderr
    assert {row["file"] for row in json.loads(r.stdout)["entries"]} == {str(digest)}
    notices = r.stderr.strip().splitlines()
    assert len(notices) == 2 and all(line.startswith("notice: skipping ") for line in notices)
    assert str(conflicts) in notices[0] and "conflicts file" in notices[0] and "not a digest" in notices[0]
    assert str(backup) in notices[1] and "backup" in notices[1]
    r = run("parse", str(conflicts))
    assert r.returncode == 2 and "no digest given" in r.stderr


def test_push_and_sync_of_a_glob_leave_the_conflicts_file_out(server, tmp_path):
    env, run = cli_runner(tmp_path)
    digest = tmp_path / "log.md"
    digest.write_text(DIGEST)
    conflicts_path(digest).write_text(STRAY)
    files = sorted(str(p) for p in tmp_path.glob("*.md"))  # what the shell's *.md gives
    assert len(files) == 2
    with ZoteroHTTPServer(server) as url:
        env["ZOTERO_API_URL"] = url
        r = run("push", *files, "--offline", "--quiet")
        assert r.returncode == 0, r.stderr
        assert "notice: skipping" in r.stderr and "Segment Anything" not in titles(server)
        assert len(titles(server)) == 2 and collection_names(server) == {"Reading Log", "Generation"}
        # push decides three-way like sync: with no conflict open, the stale conflicts file goes
        assert not conflicts_path(digest).exists()
        conflicts_path(digest).write_text(STRAY)
        for command in ("status", "pull", "sync"):
            r = run(command, *files)
            assert r.returncode == 0 and "notice: skipping" in r.stderr, (command, r.stderr)
    assert "Segment Anything" not in titles(server) and read_digest(digest).entries


# --- export -o --------------------------------------------------------------------------------------------


def test_export_refuses_to_write_onto_an_input_digest(tmp_path):
    _env, run = cli_runner(tmp_path)
    digest = tmp_path / "log.md"
    digest.write_text(DIGEST)
    link = tmp_path / "same.md"
    link.symlink_to(digest)
    for output, given in ((digest, [digest]), (link, [digest]), (digest, [link])):
        for force in ([], ["--force"]):
            r = run("export", *map(str, given), "--offline", "--quiet", "-o", str(output), *force)
            assert r.returncode == 1 and "Traceback" not in r.stderr
            assert "one of the digests being exported" in r.stderr and "Choose another output file" in r.stderr
            assert digest.read_text() == DIGEST


def test_export_refuses_a_file_that_is_not_bibtex_unless_forced(tmp_path):
    _env, run = cli_runner(tmp_path)
    notes = tmp_path / "notes.txt"
    notes.write_text("My notes, not a bibliography.\n")
    r = run("export", "--example", "--offline", "--quiet", "-o", str(notes))
    assert r.returncode == 1 and "does not look like BibTeX" in r.stderr and "--force" in r.stderr
    assert r.stderr.count("error:") == 1 and notes.read_text() == "My notes, not a bibliography.\n"
    r = run("export", "--example", "--offline", "--quiet", "-o", str(notes), "--force")
    assert r.returncode == 0, r.stderr
    assert "My notes" not in notes.read_text() and notes.read_text().startswith("@")


@pytest.mark.parametrize("existing", ["", "\n\n", "% only a comment\n", "@book{mine,\n  title = {Mine},\n}\n"])
def test_export_writes_onto_an_empty_or_bibtex_file(tmp_path, existing):
    _env, run = cli_runner(tmp_path)
    bib = tmp_path / "refs.bib"
    bib.write_text(existing)
    r = run("export", "--example", "--offline", "--quiet", "-o", str(bib))
    assert r.returncode == 0, r.stderr
    text = bib.read_text()
    assert "AttentionAllYou2017" in text and existing.strip() in text


# --- digests with no entries ----------------------------------------------------------------------------


def test_digests_without_entries_make_nothing_in_zotero(server, tmp_path):
    env, run = cli_runner(tmp_path)
    digest = tmp_path / "log.md"
    digest.write_text(DIGEST)
    empty = tmp_path / "empty.md"
    empty.write_bytes(b"")
    bare = tmp_path / "bare.md"
    bare.write_text("# Someday List\n\nNothing here yet.\n")
    with ZoteroHTTPServer(server) as url:
        env["ZOTERO_API_URL"] = url
        r = run("push", str(empty), str(bare), "--offline")
        assert r.returncode == 0 and "nothing to push" in r.stdout, r.stderr
        assert server.log == [] and server.library(LIB).collections == {}
        for path in (empty, bare):
            assert f"warning: {path} has no entries" in r.stderr and "no collection" in r.stderr
        r = run("push", str(empty), str(bare), "--offline", "--quiet", "--json")
        report = json.loads(r.stdout)
        assert r.returncode == 0 and report["papers"] == [] and report["requests"] == 0 and server.log == []
        r = run("push", str(digest), str(empty), str(bare), "--offline")
        assert r.returncode == 0, r.stderr
        assert collection_names(server) == {"Reading Log", "Generation"} and len(titles(server)) == 2
        for command in ("sync", "status"):
            r = run(command, str(digest), str(bare), str(empty))
            assert r.returncode == 0 and f"warning: {bare} has no entries" in r.stderr, r.stderr
        n = len(server.log)
        r = run("sync", str(bare))
        assert r.returncode == 0 and "nothing to sync" in r.stdout and len(server.log) == n
    assert collection_names(server) == {"Reading Log", "Generation"}
    assert "Someday List" not in collection_names(server)
