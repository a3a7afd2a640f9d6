"""Wild truth for shenweichen/DeepCTR README: the Models List table '| Model | [Venue Year][Title](url) |'.

Every row of the Models List table is an entry: the paper each implemented model comes from.
Title = the linked text of the Paper cell; the '[Venue Year]' tag before it is dropped.  The
model-name cell is a nickname and is not the title.  Not entries: the badges, the related
projects, the package's own citation and BibTeX (software), the discussion group and
contributor tables.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "truth_scripts"))
from _wild import entry, read_lines, write_truth

NAME = "shenweichen__DeepCTR__README@1b5fe40.md"
PART = "wild_held_out"
LINES = read_lines(NAME)
PAPERS: list[dict] = []


def add(first: int, last: int, title: str | None) -> None:
    PAPERS.append(entry(LINES, first, last, title))


def write(method: str, checked: str) -> None:
    write_truth(NAME, PART, PAPERS, method, checked)


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
