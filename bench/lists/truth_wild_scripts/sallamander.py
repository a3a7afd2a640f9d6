"""Wild truth for sallamander/paper-notes README.md: an index of one person's deep-learning paper notes.

After a DocToc table of contents (bullets linking the README's own headings: not entries), the
papers are listed under task, domain and topic headings as bare lines
'[Title](./yyyy/month/notes.md)' ending in two spaces (a Markdown line break).  Every such line
is an entry (207), title = the link text as written (an upper-case 'ZNET - LUNG NODULE
DETECTION', a doubled space collapsed); a paper filed under several headings is an entry each
time.  The links go to the notes files: no arXiv id, no DOI.
"""
import json
import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "truth_scripts"))
from _heldout import arxiv_of, clean, doi_of, tidy

NAME = "sallamander__paper-notes__README@5a2e3c4.md"
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
        m = re.fullmatch(r"\[([^\]]+)\]\(\./\d{4}/[a-z]+/[^)]+\.md\)\s*", text)
        if m:
            add(i, i, m.group(1))
        else:
            assert "](./" not in text, i
    write("every '[Title](./yyyy/month/notes.md)' line under the task/domain/topic headings is an entry (repeats"
          " kept), title = the link text; the DocToc contents bullets are not entries",
          "the count of '](./' lines by grep (207) against the entries, all titles read once for non-papers (none),"
          " 20 sampled entries' lines and titles, the contents block (no entry)")


if __name__ == "__main__":
    main()
