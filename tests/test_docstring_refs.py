"""Every cross-reference written in a docstring (or a ``#:`` comment) of the package
names something that exists: ``:mod:``, ``:func:``, ``:class:``, ``:meth:``, ``:data:``, ``:attr:`` and
``:exc:`` roles, read as Sphinx reads them.

* ``~`` and ``!`` in front are display marks (ignored); ``title <target>`` names ``target``;
* leading dots make a name relative to the package of the module holding the
  docstring: one dot is that package, each further dot its parent
  (``:mod:`.settled``` in ``zoterodigest/sync/decide/decision.py`` is
  ``zoterodigest.sync.decide.settled``);
* a name without a leading dot is looked up in the enclosing class, then in the
  module, then as an absolute dotted name (``zoterodigest.state.State``, ``json.dumps``),
  then as a builtin (``OSError``).

A name is found when importing its longest module prefix and taking each further part
as an attribute works (a dataclass field or an annotated name without a value counts).
Stale names after a module moves are the usual failure: the test lists each one with
its file and line.
"""

from __future__ import annotations

import ast
import importlib
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import zoterodigest

PACKAGE = Path(zoterodigest.__file__).parent
ROLE = re.compile(r":(mod|func|class|meth|data|attr|exc|obj):`([^`]+)`")
_MISSING = object()


def modules() -> Iterator[tuple[str, Path]]:
    """Every module of the package: (dotted name, file); ``__main__`` is read, not
    imported (importing it runs the program)."""
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        yield ".".join(parts), path


def docstrings(tree: ast.Module) -> Iterator[tuple[str, int, list[str]]]:
    """(docstring, line, enclosing class names) for the module and everything in it."""
    def walk(node: ast.AST, classes: list[str]) -> Iterator[tuple[str, int, list[str]]]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
                doc = ast.get_docstring(child, clean=False)
                inner = [*classes, child.name] if isinstance(child, ast.ClassDef) else classes
                if doc:
                    yield doc, child.body[0].lineno, inner
                yield from walk(child, inner)

    doc = ast.get_docstring(tree, clean=False)
    if doc:
        yield doc, 1, []
    yield from walk(tree, [])


def doc_comments(tree: ast.Module, source: str) -> Iterator[tuple[str, int, list[str]]]:
    """(comment, line, enclosing class names) for each ``#:`` comment (Sphinx reads
    those as the documentation of the name assigned below them)."""
    spans = [(node.lineno, node.end_lineno or node.lineno, node) for node in ast.walk(tree)
             if isinstance(node, ast.ClassDef)]
    for n, line in enumerate(source.splitlines(), 1):
        text = line.strip()
        if text.startswith("#:"):
            inside = sorted((start, node.name) for start, end, node in spans if start <= n <= end)
            yield text, n, [name for _, name in inside]


def lookup(dotted: str) -> Any:
    """The object a dotted name names, or ``_MISSING``."""
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj: Any = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for name in parts[cut:]:
            obj = _attribute(obj, name)
            if obj is _MISSING:
                break
        else:
            return obj
    return _MISSING


def _attribute(obj: Any, name: str) -> Any:
    found = getattr(obj, name, _MISSING)
    if found is not _MISSING:
        return found
    declared = {**getattr(obj, "__dataclass_fields__", {}), **getattr(obj, "__annotations__", {})}
    if name in declared or name in (getattr(obj, "__slots__", ()) or ()):
        return name  # a field without a class-level value
    try:
        submodule = importlib.import_module(f"{obj.__name__}.{name}") if isinstance(obj, type(zoterodigest)) else None
    except ImportError:
        submodule = None
    return submodule if submodule is not None else _MISSING


def package_of(module: str, path: Path) -> str:
    return module if path.name == "__init__.py" else module.rpartition(".")[0]


def resolves(target: str, module: str, path: Path, classes: list[str]) -> bool:
    target = target.strip()
    if "<" in target and target.endswith(">"):
        target = target[target.rindex("<") + 1:-1]
    target = target.lstrip("~!")
    if target.startswith("."):
        dots = len(target) - len(target.lstrip("."))
        base = package_of(module, path)
        for _ in range(dots - 1):
            base = base.rpartition(".")[0]
        return bool(base) and lookup(f"{base}.{target[dots:]}") is not _MISSING
    candidates = [".".join([module, *classes[:n], target]) for n in range(len(classes), -1, -1)]
    return any(lookup(c) is not _MISSING for c in [*candidates, target, f"builtins.{target}"])


def unresolved() -> list[str]:
    out = []
    for module, path in modules():
        if not module.endswith("__main__"):
            importlib.import_module(module)
        source = path.read_text(encoding="utf-8")
        tree = ast.parse(source)
        for doc, line, classes in [*docstrings(tree), *doc_comments(tree, source)]:
            for m in ROLE.finditer(doc):
                if not resolves(m[2], module, path, classes):
                    at = line + doc[: m.start()].count("\n")
                    out.append(f"{path.relative_to(PACKAGE.parent)}:{at}: :{m[1]}:`{m[2]}`")
    return out


def test_every_docstring_reference_resolves() -> None:
    missing = unresolved()
    assert not missing, "references that name nothing:\n" + "\n".join(missing)


def test_the_resolver_reads_relative_names_as_sphinx_does() -> None:
    decision = PACKAGE / "sync" / "decide" / "decision.py"
    name = "zoterodigest.sync.decide.decision"
    assert resolves(".settled", name, decision, [])
    assert resolves("..sync.Syncer", name, decision, [])  # the package's parent, then its module sync.py
    assert not resolves(".sync.Syncer", name, decision, [])
    assert resolves("~zoterodigest.state.State", name, decision, [])
    assert resolves("EntryDecision.base_after", name, decision, [])
    assert resolves("base_after", name, decision, ["EntryDecision"])
    assert resolves("NoteBase.seen", "zoterodigest.state_rows", PACKAGE / "state_rows.py", [])
    assert not resolves("nowhere", name, decision, [])
