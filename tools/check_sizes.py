"""Size limits for the package: no module over 400 lines, no function over 60.

Why: issue 11 asks that a newcomer can read each module in one sitting; ruff's
complexity rules count branches, not length, so length is checked here.  The
limits and today's offenders live in pyproject.toml under
``[tool.zoterodigest.sizes]``; an offender listed there is tolerated until it is
split, and a listed entry that no longer offends is an error too, so the list
only shrinks.

Run from the repository root: ``python tools/check_sizes.py`` (exit 1 on a
problem, each printed as ``path:line: message``).
"""

from __future__ import annotations

import ast
import sys
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Limits:
    module_lines: int
    function_lines: int
    modules: frozenset[str]
    functions: frozenset[str]


def load_limits(pyproject: Path) -> Limits:
    """``[tool.zoterodigest.sizes]`` of pyproject.toml."""
    table = tomllib.loads(pyproject.read_text(encoding="utf-8"))["tool"]["zoterodigest"]["sizes"]
    return Limits(
        module_lines=int(table["max_module_lines"]),
        function_lines=int(table["max_function_lines"]),
        modules=frozenset(table.get("allow_modules", [])),
        functions=frozenset(table.get("allow_functions", [])),
    )


def functions(tree: ast.AST, prefix: str = "") -> Iterator[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]]:
    """Every function and method with its qualified name (``Class.method``, ``outer.inner``)."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            yield prefix + node.name, node
            yield from functions(node, f"{prefix}{node.name}.")
        elif isinstance(node, ast.ClassDef):
            yield from functions(node, f"{prefix}{node.name}.")


def function_lines(node: ast.FunctionDef | ast.AsyncFunctionDef) -> int:
    """Lines from the ``def`` (decorators left out) to the last line of the body."""
    return (node.end_lineno or node.lineno) - node.lineno + 1


def problems(package: Path, limits: Limits, root: Path) -> list[str]:
    """``path:line: message`` for each module or function over its limit and not
    allowed, and for each allowance that is no longer needed."""
    out: list[str] = []
    seen_modules: set[str] = set()
    seen_functions: set[str] = set()
    for path in sorted(package.rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        text = path.read_text(encoding="utf-8")
        lines = len(text.splitlines())
        if lines > limits.module_lines:
            seen_modules.add(rel)
            if rel not in limits.modules:
                out.append(f"{rel}:1: module has {lines} lines (limit {limits.module_lines}); split it by what it holds")
        for name, node in functions(ast.parse(text, rel)):
            length = function_lines(node)
            if length > limits.function_lines:
                ident = f"{rel}::{name}"
                seen_functions.add(ident)
                if ident not in limits.functions:
                    out.append(f"{rel}:{node.lineno}: {name} has {length} lines (limit {limits.function_lines})")
    out += [f"{m}:1: listed in allow_modules but within the limit now; remove it" for m in sorted(limits.modules - seen_modules)]
    out += [f"{f}: listed in allow_functions but within the limit now; remove it"
            for f in sorted(limits.functions - seen_functions)]
    return out


def main(argv: list[str]) -> int:
    root = Path(argv[1]).resolve() if len(argv) > 1 else ROOT
    found = problems(root / "zoterodigest", load_limits(root / "pyproject.toml"), root)
    for line in found:
        print(line)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
