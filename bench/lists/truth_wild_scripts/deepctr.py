"""Wild truth for shenweichen/DeepCTR README: the Models List table '| Model | [Venue Year][Title](url) |'.

Every row of the Models List table is an entry: the paper each implemented model comes from.
Title = the linked text of the Paper cell; the '[Venue Year]' tag before it is dropped.  The
model-name cell is a nickname and is not the title.  Not entries: the badges, the related
projects, the package's own citation and BibTeX (software), the discussion group and
contributor tables.
"""
import json
import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "truth_scripts"))
from _heldout import arxiv_of, clean, doi_of, tidy

NAME = "shenweichen__DeepCTR__README@1b5fe40.md"
PART = "wild_held_out"
FILES = Path(os.environ.get("ZD_WILD_LISTS", "/work/wild/files"))
LINES = [ln.rstrip("\r") for ln in (FILES / NAME).read_bytes().decode("utf-8").split("\n")]
PAPERS: list[dict] = []


def add(first: int, last: int, title: str | None) -> None:
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
    inside = False
    for i, text in enumerate(LINES, 1):
        if text.startswith("## "):
            inside = text.startswith("## Models List")
        if not inside or not text.startswith("|") or re.match(r"\|[\s:|-]+$", text.strip()):
            continue
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        m = re.match(r"\[[^\]]*\]\[(.+?)\]\(", cells[1])
        if m:
            add(i, i, m.group(1))
    write("every row of the Models List table is an entry, title = the linked text of the Paper cell after its"
          " '[Venue Year]' tag; the package's own citation is not an entry",
          "all 29 table rows (lines 55-83) against the output: titles (trailing spaces in two link texts),"
          " arXiv ids, the two ACM DOIs; the citation, BibTeX and contributor blocks left out")


if __name__ == "__main__":
    main()
