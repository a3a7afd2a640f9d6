"""Wild9 truth for Asmendeus/DailyArXiv DailyPapers.md: a condensed-matter physics arXiv tracker, one Markdown table per keyword, '| **[Title](arxiv-abs-url)** | Date | <details>abstract</details> | Comment |' rows.

Shape: '# Daily Papers', 'Last update' line, then eight '## ' keyword sections (Superconductivity,
Hubbard, t-J, LaNiO, UTe2, LC, Tensor Network, QMC), each a table with header
'| **Title** | **Date** | **Abstract** | **Comment** |', a '| --- |' separator and 20 rows.
Every row is one (very long) line: the bold-linked title to arxiv.org/abs/<id>v<n>, the date, the
abstract inside '<details><summary>Show</summary><p>...</p></details>', and a comment cell (page
and figure counts, sometimes itself a <details>).  Titles keep arXiv's LaTeX ('NbSe$_2$',
'$t$-$J$', '$d+id'$').

Entries: every table row whose first cell is '**[Title](url)**' (160, all arXiv preprints).  Four
papers appear in two sections (2512.21503, 2603.14808, 2607.12718, 2607.16663): separate entries,
as repeated records.  Not entries: the 8 header rows and 8 separator rows.

Title: the bold link's text, LaTeX left as written: '$...$' math is not Markdown markup, so the
underscore pairs of three titles (lines 87, 98, 121: 'La$_{3-x}$Sr$_{x}$', 'La$_4$Ni$_3$O$_{10}$',
'UTe$_2$ ... $T_{\\rm c}$') are kept, not read as '_emphasis_' (the helper's markup cleaning would
drop them, so the script sets those titles from the raw link text, whitespace collapsed).

Counts: 176 lines start with '|' = 160 rows + 8 headers + 8 separators; awk gives 20 rows per
section; every row's link is https://arxiv.org/abs/<id>v<n>.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild9 import entry, read_lines, write_truth

NAME = "Asmendeus__DailyArXiv__DailyPapers@315a79b.md"
PART = "wild9_development"
SECTIONS = ["Superconductivity", "Hubbard", "t-J", "LaNiO", "UTe2", "LC", "Tensor Network", "QMC"]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per: dict[str, int] = {}
    section = None
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            section = text[3:].strip()
            continue
        if not text.startswith("| **["):
            continue
        m = re.match(r"\| \*\*\[(.+?)\]\(https://arxiv\.org/abs/(\d{4}\.\d{5})v\d+\)\*\* \|", text)
        assert m, (i, text[:200])
        per[section] = per.get(section, 0) + 1
        p = entry(lines, i, i, m.group(1))
        raw = re.sub(r"\s+", " ", m.group(1)).strip()
        if p["title"] != raw:  # LaTeX subscripts taken for _emphasis_ by the markup cleaning
            assert i in (87, 98, 121), (i, raw)
            p["title"] = raw
        assert p["arxiv"] == m.group(2), (i, p["arxiv"])
        papers.append(p)
    assert per == {s: 20 for s in SECTIONS}, per
    assert len(papers) == 160
    ids = [p["arxiv"] for p in papers]
    assert sorted({a for a in ids if ids.count(a) == 2}) == ["2512.21503", "2603.14808", "2607.12718", "2607.16663"]
    write_truth(NAME, PART, papers,
                "every table row '| **[Title](https://arxiv.org/abs/<id>vN)** | date | abstract | comment |' under the"
                " eight keyword sections is an entry (repeats across sections kept), title = the bold link text with"
                " its LaTeX as written; header and separator rows are not entries",
                "160 rows (176 '|' lines minus 8 headers and 8 separators), 20 per section by awk, every row's arXiv"
                " link and id, the four ids repeated across sections, titles with LaTeX ($_2$, $t$-$J$, $d+id'$; the three with"
                " underscore pairs kept as written on 87, 98, 121) and"
                " the first and last title of each section read against the file")


if __name__ == "__main__":
    main()
