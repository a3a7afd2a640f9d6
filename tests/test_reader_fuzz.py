"""The readers on hostile text (issue 28, items 5 and 8): any repetition of Markdown, HTML
and BibTeX fragments is read in time that grows linearly with its size, and a digest over
the documented size is refused with one message."""

from __future__ import annotations

import os
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zoterodigest.digest import parse_bytes

#: Pieces of every shape the readers know, and the characters their patterns repeat.
PIECES = [
    "- ", "* ", "1. ", "> ", "#", "## ", "|", "| --- ", "---", "**", "__", "*", "_", "`", "```",
    "[", "]", "(", ")", "](", "[a](https://arxiv.org/abs/2401.00001)", "![b](x.png)",
    "<details>", "<summary>", "</summary>", "</details>", "<b>", "<a href='https://doi.org/10.1/x'>",
    "</a>", "<p>", "</p>", "@article{k,", "title = {T},", "}", "arXiv:", "2401.00001", "doi:10.1/x",
    "https://", "2021", "(2020)", "ICML", "Smith, J.", "et al.", "and", " ", "  ", "\t", "\n", "\n\n",
    ":", "-", "—", ",", ".", "\"", "“", "a", "Title Words Here", "\\", "$", "{", "&nbsp;",
]


def _took(data: bytes) -> float:
    best = float("inf")
    for _ in range(2):
        started = time.perf_counter()
        parse_bytes(data, "fuzz.md")
        best = min(best, time.perf_counter() - started)
    return best


@settings(max_examples=int(os.environ.get("ZD_FUZZ_EXAMPLES", "80")), deadline=None, database=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=12), st.sampled_from(["", "\n"]))
def test_time_per_byte_is_bounded(pieces, joint):
    fragment = "".join(pieces) + joint

    def text(size: int) -> bytes:
        return (fragment * (size // len(fragment) + 1))[:size].encode()

    small, large = _took(text(4_000)), _took(text(32_000))
    assert large < 2.0, f"{fragment!r}: 32 KB read in {large:.2f}s"
    assert large < 16 * small + 0.05, f"{fragment!r}: 4 KB {small:.4f}s, 32 KB {large:.4f}s (linear is 8x)"


#: Fragments the fuzzing above once found slow, read every run (a search it may not draw again).
FOUND_SLOW = ["__ICML", "**ICML", "__Ann Barn__,", "<details><summary>"]


@pytest.mark.parametrize("fragment", FOUND_SLOW)
def test_fragments_once_found_slow_stay_linear(fragment):
    def text(size: int) -> bytes:
        return (fragment * (size // len(fragment) + 1))[:size].encode()

    small, large = _took(text(4_000)), _took(text(32_000))
    assert large < 16 * small + 0.05, f"{fragment!r}: 4 KB {small:.4f}s, 32 KB {large:.4f}s (linear is 8x)"


def test_a_digest_over_the_documented_size_is_refused(tmp_path, monkeypatch):
    from zoterodigest.digest import read_digest
    from zoterodigest.digest.document import MAX_MB_ENV, DigestReadError

    big = tmp_path / "big.md"
    big.write_text("".join(f"- [Paper number {i}](https://arxiv.org/abs/2401.{i:05d})\n" for i in range(20_000)))  # 1.2 MB
    monkeypatch.setenv(MAX_MB_ENV, "1")
    try:
        read_digest(big)
    except DigestReadError as exc:
        assert "larger than 1 MB" in str(exc) and MAX_MB_ENV in str(exc)
    else:
        raise AssertionError("a digest over the limit was read")
    monkeypatch.setenv(MAX_MB_ENV, "2")
    assert len(read_digest(big).entries) == 20_000
