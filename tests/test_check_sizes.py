"""tools/check_sizes.py: modules over 400 lines and functions over 60 fail unless
allowed, and an allowance no longer needed fails too (so the list only shrinks)."""

from __future__ import annotations

import importlib.util
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("check_sizes", REPO / "tools" / "check_sizes.py")
assert _spec is not None and _spec.loader is not None
check_sizes = importlib.util.module_from_spec(_spec)
sys.modules["check_sizes"] = check_sizes  # dataclasses look their module up there
_spec.loader.exec_module(check_sizes)


def project(tmp_path: Path, files: dict[str, str], allow_modules=(), allow_functions=()) -> Path:
    (tmp_path / "pyproject.toml").write_text(textwrap.dedent(f"""\
        [tool.zoterodigest.sizes]
        max_module_lines = 20
        max_function_lines = 5
        allow_modules = {list(allow_modules)!r}
        allow_functions = {list(allow_functions)!r}
        """).replace("'", '"'))
    for name, text in files.items():
        path = tmp_path / "zoterodigest" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return tmp_path


def long_function(name: str, lines: int, indent: str = "") -> str:
    body = "".join(f"{indent}    x{i} = {i}\n" for i in range(lines - 1))
    return f"{indent}def {name}():\n{body}"


def test_a_long_module_and_a_long_method_are_named_with_their_lines(tmp_path):
    big = "\n".join(f"A{i} = {i}" for i in range(21)) + "\n"
    method = "class C:\n" + long_function("m", 6, "    ")
    root = project(tmp_path, {"big.py": big, "sub/c.py": "\n" + method})
    found = check_sizes.main(["check_sizes.py", str(root)])
    assert found == 1
    assert check_sizes.problems(root / "zoterodigest", check_sizes.load_limits(root / "pyproject.toml"), root) == [
        "zoterodigest/big.py:1: module has 21 lines (limit 20); split it by what it holds",
        "zoterodigest/sub/c.py:3: C.m has 6 lines (limit 5)",
    ]


def test_limits_are_inclusive_and_nested_functions_count_on_their_own(tmp_path):
    outer = "def outer():\n" + long_function("inner", 5, "    ") + "    return inner\n"
    root = project(tmp_path, {"ok.py": long_function("f", 5) + "\n" * 14})
    assert check_sizes.problems(root / "zoterodigest", check_sizes.load_limits(root / "pyproject.toml"), root) == []
    root = project(tmp_path, {"nested.py": outer})
    found = check_sizes.problems(root / "zoterodigest", check_sizes.load_limits(root / "pyproject.toml"), root)
    assert found == ["zoterodigest/nested.py:1: outer has 7 lines (limit 5)"]


def test_allowed_offenders_pass_and_stale_allowances_fail(tmp_path):
    root = project(
        tmp_path,
        {"big.py": "\n" * 21 + long_function("f", 6)},
        allow_modules=["zoterodigest/big.py", "zoterodigest/gone.py"],
        allow_functions=["zoterodigest/big.py::f", "zoterodigest/big.py::split_already"],
    )
    assert check_sizes.problems(root / "zoterodigest", check_sizes.load_limits(root / "pyproject.toml"), root) == [
        "zoterodigest/gone.py:1: listed in allow_modules but within the limit now; remove it",
        "zoterodigest/big.py::split_already: listed in allow_functions but within the limit now; remove it",
    ]


def test_the_package_meets_its_limits():
    assert check_sizes.main(["check_sizes.py", str(REPO)]) == 0
