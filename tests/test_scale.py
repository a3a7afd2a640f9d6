"""Large digests: the text a file is read into, parse memory, key collisions.

A digest read from bytes keeps its lines and puts the whole text together only
when asked; these tests hold that to the same text, offsets, line endings and
bytes as decoding the whole file, on hand-made files with every kind of line
ending, a BOM and bytes that are not UTF-8.
"""

from __future__ import annotations

import tracemalloc

import pytest

from zoterodigest.bibtex.keys import KeyAssigner, KeyInput
from zoterodigest.digest import parse_bytes
from zoterodigest.digest.document import Document, decode

ENDINGS = [
    b"",
    b"\n",
    b"\r",
    b"\r\n",
    b"a",
    b"a\r",
    b"a\n\r",
    b"a\r\r\n",
    b"a\n\nb",
    b"# T\r\n\r\n- x\r\n- y",
    b"# T\n- x\r\n- y\n",
    b"\xef\xbb\xbf# T\r\n- x\r\n",
    b"\xef\xbb\xbf",
    b"\r\r\n\n\r",
    b"ok\nbad \xff\xfe here\ntrunc \xe4\xb8\nend",
    "# 📚 Papers\n\n- **[T](https://arxiv.org/abs/2401.00001)**\n".encode(),
]


@pytest.mark.parametrize("data", ENDINGS, ids=repr)
def test_a_document_read_from_bytes_is_the_file_decoded_whole(data: bytes) -> None:
    doc = decode(data, "x.md")
    whole = Document.from_text(data.decode("utf-8", "surrogateescape"), bom=data.startswith(b"\xef\xbb\xbf"))
    assert doc.lines == whole.lines
    assert doc.starts == whole.starts
    assert doc.newline == whole.newline
    for i in range(len(doc.lines)):
        assert doc.eol(i) == whole.eol(i)
        assert doc.line_stop(i) == whole.line_stop(i)
        for j in range(i, min(i + 3, len(doc.lines))):
            assert doc.text_of(i, j) == whole.text[whole.starts[i] : whole.line_end(j)]
    assert doc.blank() == (not whole.text.strip())
    assert doc.text == whole.text
    assert doc.encode() == data


def test_bytes_that_are_not_utf8_are_reported_by_line() -> None:
    doc = decode(b"ok\nbad \xff here\nfine\ntrunc \xe4\xb8\n", "x.md")
    assert [p.line for p in doc.problems] == [2, 4]
    assert doc.encode() == b"ok\nbad \xff here\nfine\ntrunc \xe4\xb8\n"


def _daily_list(n: int) -> bytes:
    """A daily-list digest under an emoji heading (the emoji made Python hold the
    whole text at four bytes a character)."""
    out = ["# 🔍 Papers · 2025-04-07\n\n## 📚 Paper List\n\n"]
    for i in range(n):
        out.append(
            f"- **[Paper number {i} on sparse attention](https://arxiv.org/abs/2504.{i:05d})**  "
            f"`arXiv:2504.{i:05d}`  `cs.CV`  \n  _Ada Lovelace, Björn Ommer, Wei Zhang_\n"
            "  <details open><summary>Abstract</summary>\n"
            f"  We study sparse attention for the {i}th time. It scales. " * 3 + "\n  </details>\n\n"
        )
    return "".join(out).encode()


def test_parse_memory_stays_a_few_times_the_file() -> None:
    data = _daily_list(1500)
    parse_bytes(data, "warm.md")
    tracemalloc.start()
    digest = parse_bytes(data, "big.md")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert len(digest.entries) == 1500
    # (It was 16x: the text at four bytes a character and pydantic spans.)
    assert peak < 8 * len(data), f"parse peak {peak / len(data):.1f}x the file"


def test_many_papers_with_one_key_base_get_suffixes_in_order_around_taken_keys() -> None:
    assigner = KeyAssigner("auth.lower + year", [], taken=["ommer2024b", "Ommer2024AB"])
    keys = [assigner.new_key(KeyInput(["Björn Ommer"], "T", 2024)) for _ in range(60)]
    assigner.reserve("ommer2024ca")
    keys += [assigner.new_key(KeyInput(["B. OMMER"] if n % 2 else ["Björn Ommer"], "T", 2024)) for n in range(30)]
    expected = [f"ommer2024{s}" for s in ["", "a", *"cdefghijklmnopqrstuvwxyz", "aa"]]
    assert keys[:27] == expected
    assert "ommer2024b" not in keys and "ommer2024ab" not in [k.lower() for k in keys]
    assert len({k.casefold() for k in keys}) == len(keys) == 90
    assert "ommer2024ca" not in keys and "ommer2024cb" in keys
