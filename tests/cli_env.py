"""Running the ``zoterodigest`` command as a user would, in a subprocess whose
environment points every directory into the test's own folder and holds no
Zotero or arXiv setting of the machine running the tests."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

KEY = "Secret0Key0Zotero42"


def cli_runner(tmp_path: Path, *, library_id: str = "1") -> tuple[dict[str, str],
                                                                 Callable[..., subprocess.CompletedProcess]]:
    """(env, run): ``run(*args)`` runs the CLI with ``env`` (set ``ZOTERO_API_URL`` in it
    once the fake server is up)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ZOTERO", "ARXIV"))}
    env.update(ZOTERO_API_KEY=KEY, ZOTERO_LIBRARY_ID=library_id, ZOTERODIGEST_STATE_DIR=str(tmp_path / "state"),
               ZOTERODIGEST_CACHE_DIR=str(tmp_path / "cache"), ZOTERODIGEST_CONFIG=str(tmp_path / "config.toml"))

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "zoterodigest.cli", *args], capture_output=True, text=True,
                              env=env, timeout=120, check=False)

    return env, run


def interruptible_cli(*args: str) -> list[str]:
    """The command for ``python -m zoterodigest.cli ARGS`` in a child the test stops with
    SIGINT (as Ctrl-C does), even when the tests run as a background job: such a
    job's children inherit SIGINT ignored, and Python then never raises
    KeyboardInterrupt.  The child puts Python's own handler back first."""
    boot = ("import runpy, signal; signal.signal(signal.SIGINT, signal.default_int_handler); "
            "runpy.run_module('zoterodigest.cli', run_name='__main__', alter_sys=True)")
    return [sys.executable, "-c", boot, *args]
