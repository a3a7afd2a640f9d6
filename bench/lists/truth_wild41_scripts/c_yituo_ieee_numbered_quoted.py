"""Wild41 truth for yituo-liu/yituo-liu.github.io publications.md: the Jekyll publications page of a
wireless-networking / online-optimization researcher (J. Wang, HKBU; the repository's owner name differs
from the page's author -- the site is a fork of an academic template, see its README).

Shape: 97 lines: front matter (1-4), a legend line (7: "<u>My Ph.D. students/RA at HKBU</u>, Co-first
author \\*, Corresponding author †"), then three "## " sections of blank-line separated numbered items in
IEEE citation style, one item a line:
``N. Authors, “Title,” *Venue (**ACRONYM**)*, vol., pp., Mon. Year. [[Paper](/assets/...pdf)]``.
- "## Journal Articles" (8-35): 14 items (9, 11, ..., 35).
- "## Conference Articles" (37-72): 18 items (38, 40, ..., 72).
- "## Patents" (75-92): 9 items -- patents and patent applications are not scholarly papers: not entries.
Line 94 holds only a zero-width space.
Quotes are mixed: item 9 uses straight quotes ("...,"), item 44 opens with a curly quote and closes
with a straight one (“...,"), all others use curly quotes (“...,”).  The comma before the closing quote
is the citation's separator, not part of the title.  Author names carry markup (**J. Wang**, <u>Y. Liu</u>,
"†" and "\\*" markers) that never reaches the title.
Decisions: every numbered item of the first two sections is an entry (32), one line each; title = the
quoted text without its final comma.  Ids: the only DOI is item 72's Springer chapter link
(link.springer.com/chapter/10.1007/978-3-642-38460-8_7); all other links are local PDFs.  No arXiv ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild41 import entry, read_lines, write_truth

NAME = "yituo-liu__yituo-liu.github.io__publications@4dda77c.md"
PART = "wild41_development"

ITEM = re.compile(r"^(\d+)\. ")
QUOTED = re.compile(r"[\"“](.+?),[\"”]")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = None
    numbers: dict[str, list[int]] = {}
    for i, ln in enumerate(lines, 1):
        if ln.startswith("## "):
            section = ln[3:]
            numbers[section] = []
            continue
        m = ITEM.match(ln)
        if not m:
            continue
        numbers[section].append(int(m.group(1)))
        if section == "Patents":
            continue
        q = QUOTED.search(ln)
        assert q, i
        papers.append(entry(lines, i, i, q.group(1)))
    assert numbers == {
        "Journal Articles": list(range(1, 15)),
        "Conference Articles": list(range(1, 19)),
        "Patents": list(range(1, 10)),
    }, numbers
    t = {p["line"]: p["title"] for p in papers}
    assert t[9] == "Age-of-information minimization with weight limits for semi-asynchronous online distributed optimization"
    assert t[44] == "Distributed minimax optimization over hierarchical networks", t[44]
    assert t[72] == "Localization and navigation of intelligent wheelchair in dynamic environment", t[72]
    d = {p["line"]: p["doi"] for p in papers if p["doi"]}
    assert d == {72: "10.1007/978-3-642-38460-8_7"}, d
    assert all(p["arxiv"] is None for p in papers)
    assert len(papers) == 32, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each numbered item of '## Journal Articles' (14) and '## Conference Articles' (18) is an entry on its one "
        "line; the 9 '## Patents' items are not papers; title = the quoted text (straight, curly or mixed quotes) "
        "without the comma before the closing quote; the only id is the Springer chapter DOI of line 72.",
        "Read all 97 lines: the three sections and their numbering (1-14, 1-18, 1-9), every one of the 32 titles "
        "against the -v output, the straight-quoted item 9, the mixed-quote item 44, the 'Proceeding of' item 72 with "
        "its Springer link, the patent section (skipped) and the zero-width-space line 94.",
    )


if __name__ == "__main__":
    main()
