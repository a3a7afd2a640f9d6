"""Paper links no entry took: ``parse --explain`` and the one-line notice (issue 26)."""

from __future__ import annotations

import subprocess
import sys

from zoterodigest.digest import parse_text
from zoterodigest.digest.coverage import unread_links, unread_notice

LIST = """# Owl papers

- [Owls Count in the Dark](https://arxiv.org/abs/1901.00001) - a note
- [Feathers and Flight](https://arxiv.org/abs/1901.00002)

Some prose that names [a third owl paper](https://arxiv.org/abs/1901.00003) in passing,
and arXiv:1901.00004 as text; a [blog post](https://owls.example/blog) is no paper.

```
[a fenced example](https://arxiv.org/abs/1901.00005)
```

## Contents

- [Owl papers](#owl-papers) and [a paper in the contents](https://arxiv.org/abs/1901.00006)
"""


def test_links_outside_entries_fences_and_contents_are_unread() -> None:
    digest = parse_text(LIST)
    assert [e.lines for e in digest.entries] == [(3, 3), (4, 4)]
    assert unread_links(digest) == [(6, "https://arxiv.org/abs/1901.00003"), (7, "arXiv:1901.00004")]


def test_every_link_read_gives_nothing() -> None:
    digest = parse_text("- [Owls Count in the Dark](https://arxiv.org/abs/1901.00001)\n")
    assert unread_links(digest) == []


def test_notice_counts_in_words() -> None:
    assert unread_notice("a.md", 1) == "1 paper link in a.md was not read as an entry: parse --explain a.md"
    assert unread_notice("a.md", 12) == "12 paper links in a.md were not read as entries: parse --explain a.md"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "zoterodigest", *args], capture_output=True, text=True, check=False)


def test_parse_ends_with_the_notice_and_explain_lists_the_links(tmp_path) -> None:
    path = tmp_path / "owls.md"
    path.write_text(LIST, encoding="utf-8")
    run = _run("parse", str(path), "--json")
    assert run.returncode == 0
    assert run.stderr.strip().endswith(f"2 paper links in {path} were not read as entries: parse --explain {path}")
    explain = _run("parse", str(path), "--explain")
    assert explain.returncode == 0
    assert explain.stdout.splitlines() == [
        f"{path}:6: https://arxiv.org/abs/1901.00003",
        f"{path}:7: arXiv:1901.00004",
        f"{path}: 2 entries; 2 paper links not read as entries",
    ]


def test_links_in_an_html_comment_are_not_unread() -> None:
    """A link the list's author commented out is not shown, so nothing is left unread."""
    text = ("# Owl papers\n\n- [Owls Count in the Dark](https://arxiv.org/abs/1901.00001)\n\n"
            "<!--\n- [An owl paper taken out](https://arxiv.org/abs/1901.00007)\n"
            "and another: https://arxiv.org/abs/1901.00008\n-->\n")
    digest = parse_text(text)
    assert [e.paper.arxiv_id for e in digest.entries] == ["1901.00001"]
    assert unread_links(digest) == []


def test_a_definition_a_shortcut_link_uses_is_read_with_its_entry() -> None:
    """``[Title]`` over ``[Title]: url``: the item is the paper, and its definition's link is not left unread."""
    text = ("# Papers using OwlSim\n\n- T. Tawny [OWLSIM: Extended Calculation of Nocturnal Owl Excitations]\n"
            "- B. Barn [Absorption of Vector Owls Beyond Kinetic Mixing][]\n\n"
            "[OWLSIM: Extended Calculation of Nocturnal Owl Excitations]: https://arxiv.org/abs/2301.00002\n"
            "[Absorption of Vector Owls Beyond Kinetic Mixing]: https://arxiv.org/abs/2301.00003\n"
            "[Unused Owls]: https://arxiv.org/abs/2301.00004\n")
    digest = parse_text(text)
    assert [(e.lines, e.paper.arxiv_id) for e in digest.entries][:2] == [((3, 3), "2301.00002"), ((4, 4), "2301.00003")]
    assert all(e.lines[0] < 6 or e.lines[0] == 8 for e in digest.entries)
    assert all(line < 6 or line == 8 for line, _ in unread_links(digest))
