"""The README read as GitHub renders it (markdown-it-py, CommonMark with tables): the first
screen says what the tool is and gives the two set-up commands, every table parses with
as many cells per row as its header, the options table matches the command tree, and the
developer notes live in CONTRIBUTING.md."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from markdown_it import MarkdownIt

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
CELL_SPLIT = re.compile(r"(?<!\\)\|")


def _tokens(text: str = README):
    return MarkdownIt("commonmark").enable("table").parse(text)


def _cells(line: str) -> int:
    return len(CELL_SPLIT.split(line.strip().strip("|"))) if line.strip() != "|" else 0


def test_the_first_heading_and_paragraph_say_what_the_tool_is():
    tokens = _tokens()
    assert tokens[0].type == "heading_open" and tokens[0].tag == "h1"
    assert tokens[1].content == "zoterodigest"
    first = next(t for i, t in enumerate(tokens) if t.type == "inline" and tokens[i - 1].type == "paragraph_open")
    for word in ("Markdown", "Zotero", "BibTeX"):
        assert word in first.content


def test_the_first_two_code_blocks_set_up_and_run_the_tool_then_the_tests():
    fences = [t for t in _tokens() if t.type == "fence"]
    assert "pip install" in fences[0].content and "zoterodigest export --example" in fences[0].content
    assert "pip install" in fences[1].content and "pytest" in fences[1].content
    first_screen = README.splitlines()[:25]
    assert any("zoterodigest export --example" in line for line in first_screen)


def test_every_table_row_is_a_table_row_with_the_headers_cell_count():
    tokens = _tokens()
    lines = README.splitlines()
    in_table: set[int] = set()
    in_code: set[int] = set()
    tables = 0
    for t in tokens:
        if t.type == "table_open" and t.map:
            tables += 1
            start, end = t.map
            in_table.update(range(start, end))
            header = _cells(lines[start])
            for n in range(start, end):
                if n != start + 1:  # the delimiter row
                    assert _cells(lines[n]) == header, f"README.md:{n + 1}: {lines[n]}"
        if t.type in ("fence", "code_block") and t.map:
            in_code.update(range(*t.map))
    stray = [n + 1 for n, line in enumerate(lines)
             if line.lstrip().startswith("|") and n not in in_table and n not in in_code]
    assert tables >= 3 and stray == [], f"lines that look like table rows but render as text: {stray}"


def test_a_broken_table_would_be_caught():
    broken = "| a | b |\n|---|---|\n| 1 | 2 |\n\n| 3 | 4 |\n"
    tokens = _tokens(broken)
    rows = [t.map for t in tokens if t.type == "table_open"]
    assert rows == [[0, 3]]  # the row after the blank line is a paragraph, which the test above reports


def test_the_options_table_matches_the_command_tree():
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import options_table
    finally:
        sys.path.remove(str(ROOT / "tools"))
    assert options_table.replaced(README) == README, "run: python tools/options_table.py --write"
    assert "| `--pdf link\\|store\\|none` | push | link |" in README


def test_every_command_is_in_the_command_table():
    import typer

    from zoterodigest.cli import app

    for name in typer.main.get_command(app).commands:  # type: ignore[attr-defined]
        assert re.search(rf"^\| `zoterodigest {name}\b", README, re.MULTILINE), name


def _hrefs() -> list[str]:
    out = []
    for t in _tokens():
        for child in t.children or []:
            if child.type == "link_open":
                out.append(str(child.attrs["href"]))
    return out


def test_links_point_to_files_and_headings_that_exist_and_no_internal_paths_show():
    tokens = _tokens()
    slugs = {re.sub(r"[^\w\- ]", "", t.content.lower()).replace(" ", "-")
             for i, t in enumerate(tokens) if t.type == "inline" and tokens[i - 1].type == "heading_open"}
    hrefs = _hrefs()
    assert any(h == "CONTRIBUTING.md" for h in hrefs)
    for href in hrefs:
        if href.startswith("#"):
            assert href[1:] in slugs, href
        elif "://" not in href:
            assert (ROOT / href.split("#")[0]).exists(), href
    assert "../shared" not in README
    assert (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8").count("../shared/corpus") >= 1
