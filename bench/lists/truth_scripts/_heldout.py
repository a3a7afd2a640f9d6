"""Helpers shared by the held-out truth scripts: reading a pool file, ids, markup, writing the JSON.

Named apart from any development-side helper so the two truth makers stay independent.

Nothing here knows a list's shape; each truth script decides what an entry is and where its
title sits.  Never imports zoterodigest.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from urllib.parse import unquote

ROOT = Path(__file__).resolve().parents[2]
POOL = ROOT.parents[1] / "shared" / "corpus" / "lists-pool"
TRUTH = ROOT / "lists" / "truth"

_ARXIV = re.compile(
    r"arxiv\.org/(?:abs|pdf|html|latexml)/((?:\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7}))"
    r"|arxiv\s*:\s*((?:\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7}))"
    r"|10\.48550/arxiv\.(\d{4}\.\d{4,5})"
    r"|arxiv\.org/ftp/arxiv/papers/\d{4}/(\d{4}\.\d{4,5})",
    re.IGNORECASE,
)
_DOI = re.compile(r"\b(10\.\d{4,9}/(?:[^\s\"'<>\]()|`&?#]|\([^\s()]*\))+)")


def lines_of(name: str) -> list[str]:
    """The pool file's lines, split on \\n only (CR kept out), so index + 1 is the file's line number."""
    text = (POOL / name).read_bytes().decode("utf-8")
    return [ln.rstrip("\r") for ln in text.split("\n")]


def arxiv_of(text: str) -> str | None:
    """The first arXiv id the text gives (any URL form, ``arXiv:`` text, 10.48550 DOI), no version."""
    m = _ARXIV.search(text)
    if not m:
        return None
    raw = m.group(1) or m.group(2) or m.group(3) or m.group(4)
    if "/" in raw:
        arch, num = raw.split("/")
        return arch.split(".")[0].lower() + "/" + num
    return raw


def doi_of(text: str) -> str | None:
    """The first DOI written in the text (doi.org link, ``doi:`` text, a URL holding it literally), lower-cased."""
    m = _DOI.search(unquote(text))
    if not m:
        return None
    doi = m.group(1)
    doi = re.sub(r"(\.pdf|/abstract|/full|/pdf|/epdf|\.full|\.full\.pdf|\.abstract|/meta)$", "", doi, flags=re.IGNORECASE)
    doi = doi.rstrip(".,;:")
    if doi.startswith("10.1093/"):
        doi = re.sub(r"^(10\.1093/[^/]+/[^/]+)/\d+$", r"\1", doi)  # OUP article URLs add an article number
    if doi.startswith("10.1162/"):
        doi = re.sub(r"^(10\.1162/[^/]+)/\d+/.*$", r"\1", doi)  # MIT Press URLs add an id and a slug
    if doi.startswith("10.1101/"):
        doi = re.sub(r"v\d+$", "", doi)  # bioRxiv/medRxiv URLs add a version to the DOI
    return doi.lower()


def clean(text: str) -> str:
    """Markdown/HTML markup removed, entities decoded, whitespace collapsed."""
    text = re.sub(r"<br\s*/?>|</?(?:td|th|tr|p|div|li|ul|ol|table|details|summary)\b[^>]*>", " ", text, flags=re.IGNORECASE)
    text = re.sub(r"<[^>]+>", "", text)
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", " ", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1", text)
    text = re.sub(r"(?<![\w_])_(?!\s)(.+?)(?<!\s)_(?![\w_])", r"\1", text)
    text = re.sub(r"`([^`]*)`", r"\1", text)
    text = re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", text)  # Markdown backslash escapes render as the character
    text = html.unescape(text)
    return re.sub(r"\s+", " ", text).strip()


def tidy(title: str | None) -> str | None:
    """A title without the separator a citation puts after it: a final ',' or '.' (not the dot of 'A.I.')."""
    if title is None:
        return None
    title = title.strip().removesuffix(",").rstrip()
    if title.endswith(".") and not re.search(r"\b[A-Z]\.$", title):
        title = title[:-1].rstrip()
    return title


def paper(line: int, end: int, title: str | None, block: str) -> dict[str, object]:
    return {"line": line, "end": end, "title": tidy(title), "arxiv": arxiv_of(block), "doi": doi_of(block)}


def _part(name: str) -> str:
    """The file's part in bench/lists/split.toml (a held-out file looked at moves to development)."""
    import tomllib

    split = tomllib.loads((ROOT / "lists" / "split.toml").read_text(encoding="utf-8"))
    return "held_out" if name in split["held_out"]["files"] else "development"


def write(name: str, method: str, checked: str, papers: list[dict[str, object]]) -> None:
    out = {
        "file": name,
        "part": _part(name),
        "method": method,
        "checked": checked,
        "papers": papers,
    }
    stem = name.removesuffix(".md")
    TRUTH.mkdir(parents=True, exist_ok=True)
    (TRUTH / f"{stem}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
