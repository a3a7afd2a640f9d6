"""Wild truth for megha-anand/megha-anand.github.io publications.md: a chemist's publication page (Jekyll).

One paper per '#### [Title](doi link){:target="_blank"}' heading, followed by a '>' block quote
with the authors (Liquid '{{ site.cite.* }}' names), a '*Published*' date and the venue line
with '[DOI: ...](doi link)'.  Every heading is an entry (14, all journal articles); its lines run
from the heading to the last '>' line.  Title = the heading's link text (the kramdown
'{:target="_blank"}' attribute list is not text).  The DOI is the one of the heading's link
(doi.org, www.doi.org or dx.doi.org), lower-cased; no arXiv ids.  The front matter and the '---'
rules are not entries.
"""
import json
import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "truth_scripts"))
from _heldout import arxiv_of, clean, doi_of, tidy

NAME = "megha-anand__megha-anand.github.io__publications@bbdda29.md"
PART = "wild_held_out"
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
        m = re.match(r"#### \[(.+)\]\((https?://[^)]+)\)\{:target=\"_blank\"\}$", text)
        if not m:
            assert not text.startswith("#"), i
            continue
        end = i
        while end < len(LINES) and LINES[end].startswith(">"):
            end += 1
        add(i, end, m.group(1))
    write("every '#### [Title](doi url)' heading with its '>' author/date/venue block is an entry; title = the"
          " heading's link text; DOI from the heading's doi.org link",
          "all 14 entries one by one against the file (titles, line ranges, DOIs, incl. the dx.doi.org and"
          " www.doi.org links and upper-case RSC DOIs lower-cased); front matter and '---' rules give no entry")


if __name__ == "__main__":
    main()
