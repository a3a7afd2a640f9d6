"""Wild truth for thunlp/TAADpapers README: numbered '1. **Title**. *Authors*. Venue. `tag` [[pdf]](url) [[code]](url)'.

Every '1. **' item of the sections 0 to 6 is an entry, the Toolkits included (each is a demo
paper with its own pdf).  An item runs to its last continuation line (some put the authors and
links on the next one or two lines).  Title = the bold text (a final '.' inside or after it
dropped).  The badges, the contents and the contributors block are not entries.
"""
import json
import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "truth_scripts"))
from _heldout import arxiv_of, clean, doi_of, tidy

NAME = "thunlp__TAADpapers__README@fbd155c.md"
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
    starts = [i for i, text in enumerate(LINES, 1) if re.match(r"1\.\s+\*\*", text)]
    for i in starts:
        end = i
        j = i + 1
        while j <= len(LINES) and LINES[j - 1].strip() and not re.match(r"1\.\s|#", LINES[j - 1]):
            end = j
            j += 1
        title = re.match(r"1\.\s+\*\*(.+?)\*\*", LINES[i - 1]).group(1)
        add(i, end, title)
    write("every numbered '1. **Title**' item (Toolkits demo papers included) is an entry, running over its"
          " author/link continuation lines; title = the bold text",
          "the count (155 numbered items, as the file's PaperNumber badge says), every multi-line item (15),"
          " 22 items spread over all sections (titles, lines, ids), the arXiv ftp and v4 links, the ACM and"
          " Springer DOI links, titles with curly quotes and a final '.' inside the bold")


if __name__ == "__main__":
    main()
