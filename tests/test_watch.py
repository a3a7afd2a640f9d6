"""`zoterodigest watch` (issue 15, item 4): the output follows the digests within
2 s of a save, a burst of saves makes one export, a digest that cannot be read is
reported without ending the watch, Ctrl-C ends it cleanly; and files are written
with the user's umask (item 5)."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import threading
import time

from cli_env import interruptible_cli

from zoterodigest.watch import watch_files

CARD = """> **{title}**  
> *CVPR 2024*, [arxiv](https://arxiv.org/abs/{arxiv})  
> Task: testing  
> A card.

"""


def digest(*cards: tuple[str, str]) -> str:
    return "# Log\n\n" + "".join(CARD.format(title=t, arxiv=a) for t, a in cards)


def wait_for(predicate, timeout: float) -> float | None:
    """Seconds until ``predicate()`` is true, or None after ``timeout``."""
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if predicate():
            return time.monotonic() - start
        time.sleep(0.02)
    return None


def test_a_burst_of_saves_makes_one_action_and_a_missing_file_is_a_change(tmp_path):
    a, b = tmp_path / "a.md", tmp_path / "b.md"
    a.write_text("1")
    b.write_text("1")
    runs: list[float] = []
    done = threading.Event()
    thread = threading.Thread(target=watch_files, args=([a, b], lambda: runs.append(time.monotonic())),
                              kwargs={"interval": 0.05, "settle": 0.3, "stop": done.is_set})
    thread.start()
    try:
        assert wait_for(lambda: len(runs) == 1, 2)
        for n in range(5):  # an editor's several writes
            a.write_text("x" * (n + 2))
            time.sleep(0.05)
        assert wait_for(lambda: len(runs) == 2, 2)
        time.sleep(0.5)
        assert len(runs) == 2
        b.unlink()
        assert wait_for(lambda: len(runs) == 3, 2)
    finally:
        done.set()
        thread.join(5)


def test_watch_re_exports_within_two_seconds_of_a_save(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ZOTERODIGEST_", "ARXIV"))}
    env.update(ZOTERODIGEST_STATE_DIR=str(tmp_path / "state"), ZOTERODIGEST_CACHE_DIR=str(tmp_path / "cache"))
    notes, out = tmp_path / "notes.md", tmp_path / "refs.bib"
    notes.write_text(digest(("Deep Residual Learning", "1512.03385")))
    proc = subprocess.Popen(interruptible_cli("watch", str(notes), "-o", str(out), "--offline", "--interval", "0.1"),
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert wait_for(out.exists, 30), "the first export never came"
        first = out.read_text()
        assert "1512.03385" in first and stat.S_IMODE(out.stat().st_mode) == 0o666 & ~_umask()
        out.chmod(0o640)  # a mode the user chose is kept on every rewrite
        notes.write_text(digest(("Deep Residual Learning", "1512.03385"), ("Attention Is All You Need", "1706.03762")))
        took = wait_for(lambda: "1706.03762" in out.read_text(), 2)
        assert took is not None, "the .bib did not follow the digest within 2 s"
        assert stat.S_IMODE(out.stat().st_mode) == 0o640
        notes.write_bytes(b"\xff\xfe\x00broken")  # not text: reported, the watch goes on
        time.sleep(0.6)
        notes.write_text(digest(("Attention Is All You Need", "1706.03762"), ("Segment Anything", "2304.02643")))
        assert wait_for(lambda: "2304.02643" in out.read_text(), 2)
    finally:
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=20)
    assert proc.returncode == 0, stderr
    assert "stopped watching" in stderr and "Traceback" not in stderr
    assert "error:" in stderr and "notes.md" in stderr  # the broken save was reported
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no temp file left


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
