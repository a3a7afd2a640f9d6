"""Wild truth for ZL-Asica/daily-arXiv-digest contents/2025-09-12.md: one day of cs.HC and cs.CL arXiv papers.

After a table of contents (two category links: not entries), one card per paper:
'### [N] [Title](https://arxiv.org/abs/ID)', an italic author line, generated fields (category,
keywords, relevance score, TL;DR, read time) and a '<details>' block with the generated
motivation/method/contributions/result and the abstract, closed by '</details>'.  Every card is
an entry (18 cs.HC + 50 cs.CL = 68, as the contents' totals say); its lines run from the heading
to the '</details>' line; title = the heading's link text; arXiv id from its link.  No card
writes a DOI.
"""
import json
import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "truth_scripts"))
from _heldout import arxiv_of, clean, doi_of, tidy

NAME = "ZL-Asica__daily-arXiv-digest__contents__2025-09-12@5d8bf7a.md"
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
        m = re.fullmatch(r"### \[\d+\] \[(.+)\]\((https://arxiv\.org/abs/[\d.]+)\)", text)
        if not m:
            assert not text.startswith("### "), i
            continue
        end = i
        while LINES[end - 1] != "</details>":
            end += 1
            assert not LINES[end - 1].startswith("### "), i
        add(i, end, m.group(1))
    write("every '### [N] [Title](arXiv abs url)' card is an entry from its heading to its '</details>', title ="
          " the heading's link text, arXiv id from that link",
          "68 cards against the contents' totals (18 + 50) and the count of '### [' and '</details>' lines,"
          " the numbering 1-68, 20 sampled cards' titles, ids and line ranges, no DOI in any card")


if __name__ == "__main__":
    main()
