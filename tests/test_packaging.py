"""What a user installs: the wheel and the source distribution built from this
checkout hold every module and data file, and the version has one place."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

import zoterodigest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(importlib.util.find_spec("build") is None,
                                reason="the 'build' package (test extras) is not installed")


@pytest.fixture(scope="module")
def dists(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("dist")
    # The sdist first, then the wheel built from the sdist (as pip does from PyPI).
    r = subprocess.run([sys.executable, "-m", "build", "--no-isolation", "-o", str(out), str(ROOT)],
                       capture_output=True, text=True, timeout=300, check=False)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    return {"wheel": next(out.glob("*.whl")), "sdist": next(out.glob("*.tar.gz"))}


def _source_files() -> set[str]:
    """What the wheel must hold, as installed paths: every file of the package and of
    mappings/ (installed as zoterodigest/mapping_files)."""
    want = set()
    for path in (ROOT / "zoterodigest").rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            want.add(path.relative_to(ROOT).as_posix())
    for path in (ROOT / "mappings").iterdir():
        if path.is_file() and path.suffix in (".toml", ".py"):
            want.add(f"zoterodigest/mapping_files/{path.name}")
    return want


def test_the_wheel_holds_every_module_and_data_file(dists):
    with zipfile.ZipFile(dists["wheel"]) as whl:
        names = {n for n in whl.namelist() if ".dist-info/" not in n}
        metadata = next(whl.read(n).decode() for n in whl.namelist() if n.endswith(".dist-info/METADATA"))
        scripts = next(whl.read(n).decode() for n in whl.namelist() if n.endswith(".dist-info/entry_points.txt"))
    want = _source_files()
    assert want - names == set(), "missing from the wheel"
    assert names - want == set(), "in the wheel but not in the source tree"
    for package in ("zoterodigest/cli/__init__.py", "zoterodigest/csl/__init__.py",
                    "zoterodigest/digest/generic/__init__.py", "zoterodigest/mapping_files/venues.toml",
                    "zoterodigest/examples/reading-log.md"):
        assert package in names
    assert f"\nVersion: {zoterodigest.__version__}\n" in metadata
    assert "zoterodigest = zoterodigest.cli:main" in scripts


def test_the_sdist_holds_every_tracked_file(dists):
    r = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=False)
    if r.returncode != 0:
        pytest.skip("not a git checkout")
    tracked = {line for line in r.stdout.splitlines() if (ROOT / line).is_file()}
    with tarfile.open(dists["sdist"]) as tar:
        top = f"zoterodigest-{zoterodigest.__version__}/"
        names = {m.name.removeprefix(top) for m in tar.getmembers() if m.isfile()}
    assert tracked - names == set()


def test_the_version_has_one_place():
    text = (ROOT / "pyproject.toml").read_text()
    assert 'dynamic = ["version"]' in text and 'version = {attr = "zoterodigest.__version__"}' in text
    assert "\nversion = " not in text.split("[project]")[1].split("\n[")[0]
