"""Fixture files in the spirit of markdown-it-py's: cases separated by lines
holding a single ``.``.

A read case is ``title / . / input / . / expected JSON / .``; an edit case is
``title / . / input / . / edit JSON / . / expected output / .``.  In inputs
and outputs ``␍`` stands for a carriage return and ``␠`` for a trailing space
(both are easy to lose in an editor).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"


@dataclass
class Case:
    file: str
    line: int
    title: str
    parts: list[str]

    @property
    def id(self) -> str:
        return f"{self.file}:{self.line}:{self.title}"


def _text(raw: str) -> str:
    return raw.replace("␍", "\r").replace("␠", " ")


def load_cases(kind: str) -> list[Case]:
    cases: list[Case] = []
    for path in sorted((FIXTURES / kind).glob("*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n")
        i = 0
        while i < len(lines):
            if not lines[i].strip() or lines[i].startswith("//"):
                i += 1
                continue
            title, start = lines[i], i + 1
            if i + 1 >= len(lines) or lines[i + 1] != ".":
                raise ValueError(f"{path.name}:{i + 1}: a case title must be followed by a '.' line")
            i += 2
            parts: list[str] = []
            buf: list[str] = []
            n_parts = 2 if kind == "read" else 3
            while len(parts) < n_parts:
                if i >= len(lines):
                    raise ValueError(f"{path.name}:{start}: case '{title}' is not closed by '.'")
                if lines[i] == ".":
                    parts.append("\n".join(buf) + ("\n" if buf else ""))
                    buf = []
                else:
                    buf.append(lines[i])
                i += 1
            cases.append(Case(path.name, start, title, parts))
    return cases


def read_case(case: Case) -> tuple[str, list[dict]]:
    return _text(case.parts[0]), json.loads(case.parts[1])


def edit_case(case: Case) -> tuple[str, dict, str]:
    return _text(case.parts[0]), json.loads(case.parts[1]), _text(case.parts[2])
