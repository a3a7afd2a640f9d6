"""Wild truth for cosmolattice/cosmolatticeweb source/docs/publications/Publications.md: papers that used CosmoLattice.

A MkDocs page whose list is generated HTML: one '<ol>' with a '<li value="N">' per paper (100 to
1), each of three text lines: '<b>Title</b>.<br>', the authors as '<span class="clau">' names,
and an optional '<i>Journal ref</i>.' with 'arXiv: <a href="https://arxiv.org/abs/ID">ID</a>'.
Every item is an entry, its lines = the three text lines (the '<li>' and '</li>' lines hold no
text); title = the bold text, HTML entities decoded ('&amp;' -> '&').  Three titles carry LaTeX
math in MathJax delimiters ('\\(Z_2\\)', '\\(\\alpha \\)'); the list is a raw HTML block (no blank
line inside), so Markdown backslash escapes do not apply and the LaTeX is kept as written, as
for '$...$' math in other lists.  Every item gives an arXiv id; none gives a DOI.  The HTML
comments and the '<div class="cl-pubs-mount">' placeholder are not entries.
"""
import json
import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "truth_scripts"))
from _heldout import arxiv_of, clean, doi_of, tidy

NAME = "cosmolattice__cosmolatticeweb__source__docs__publications__Publications@45c7e02.md"
PART = "wild_development"
FILES = Path(os.environ.get("ZD_WILD_LISTS", "/work/wild/files"))
LINES = [ln.rstrip("\r") for ln in (FILES / NAME).read_bytes().decode("utf-8").split("\n")]
PAPERS: list[dict] = []


def add(first: int, last: int, title: str | None) -> None:
    """One entry on lines first..last (1-based); its ids come from those lines only."""
    own = "\n".join(LINES[first - 1:last])
    t = tidy(clean(title)) if title is not None else None
    PAPERS.append({"line": first, "end": last, "title": t or None, "arxiv": arxiv_of(own), "doi": doi_of(own)})


def write(method: str, checked: str) -> None:
    papers = sorted(PAPERS, key=lambda p: (p["line"], p["end"]))
    out = {"file": NAME, "part": PART, "method": method, "checked": checked, "papers": papers}
    dest = HERE.parent / "truth_wild" / (NAME.removesuffix(".md") + ".json")
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{NAME}: {len(papers)} entries, arxiv {sum(1 for p in papers if p['arxiv'])},"
          f" doi {sum(1 for p in papers if p['doi'])}, title null {sum(1 for p in papers if not p['title'])}")
    if "-v" in sys.argv:
        for p in papers:
            print(f"  {p['line']}-{p['end']} {p['arxiv']} {p['doi']} | {p['title']}")


def main() -> None:
    for i, text in enumerate(LINES, 1):
        if not text.startswith("<li value="):
            continue
        assert LINES[i + 3] == "</li>", i
        m = re.fullmatch(r"<b>(.+)</b>\.<br>", LINES[i])
        assert m and LINES[i + 1].startswith('<span class="clau"') and "arXiv: <a" in LINES[i + 2], i
        # backslashes doubled so that the Markdown-escape step of clean() leaves the LaTeX as written
        add(i + 1, i + 3, m.group(1).replace("\\", "\\\\"))
    write("every '<li value=N>' item of the generated list is an entry (its three text lines), title = the bold"
          " text with entities decoded and LaTeX kept as written; arXiv id from the item's arXiv link",
          "the count of '<li' (100) and '<b>' lines against the entries, every item's shape (asserted), the three"
          " LaTeX titles and the '&amp;' title, 20 sampled entries' titles, ids and lines")


if __name__ == "__main__":
    main()
