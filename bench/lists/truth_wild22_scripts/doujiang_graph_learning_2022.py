"""Wild22 truth for doujiang-zheng/Graph-Learning-Reading-List Graph-Learning-2022.md: graph
learning papers picked from the 2022 accepted-paper lists of twelve ML / data-mining / database
conferences.

Shape: a '## [Contents](#contents)' line and one bullet of twelve anchor links (lines 1-2), then
one '### [VENUE-2022](#contents)' heading per conference (IJCAI, ICML, KDD, SIGIR, NeurIPS, CIKM,
AAAI, ICLR, WSDM, WWW, ICDE, SIGMOD), and under each a numbered list written with '1.' for every
item, three lines per paper:

    1. **Title**
    (blank)
        *Author One, Author Two, ...*

No links, venues or ids anywhere: the heading gives the venue, the list gives titles and
authors only.  Entry = one numbered item (title line to author line); title = the bold text.
Titles are kept as written: LaTeX math on lines 3193 ('$(k, \\mathcal{P})$-Core') and 3205
('$O^{2}$-SiteRec'), intraword underscores 'G_ap_s' on line 2698 (not emphasis in CommonMark),
a literal '&' on line 3090.  332 bold titles end with a '.' inside the bold (e.g. lines 1748,
2698): it is dropped as a separator (the helper's rule); '?' endings are kept (e.g. line
1054).  A paper accepted at two venues would be two entries.
Not entries: the contents lines and the venue headings.
Count check: 812 '1. **' items = 74 + 52 + 91 + 41 + 127 + 133 + 95 + 80 + 31 + 66 + 19 + 3; every
item is followed by a blank line and an indented italic author line.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild22 import entry, read_lines, write_truth

NAME = "doujiang-zheng__Graph-Learning-Reading-List__Graph-Learning-2022@a9c1c3e.md"
PART = "wild22_development"
ITEM = re.compile(r"^1\. \*\*(.+)\*\*\s*$")
PER_VENUE = {"IJCAI": 74, "ICML": 52, "KDD": 91, "SIGIR": 41, "NeurIPS": 127, "CIKM": 133, "AAAI": 95,
             "ICLR": 80, "WSDM": 31, "WWW": 66, "ICDE": 19, "SIGMOD": 3}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    counts: dict[str, int] = {}
    venue = None
    for i, text in enumerate(lines, 1):
        h = re.match(r"^### \[(\w+)-2022\]\(#contents\)$", text)
        if h:
            venue = h.group(1)
            counts[venue] = 0
            continue
        if not text.startswith("1. "):
            continue
        m = ITEM.match(text)
        assert m and venue, i
        assert lines[i] == "" and re.match(r"^    \*.+\*\s*$", lines[i + 1]), i
        counts[venue] += 1
        papers.append(entry(lines, i, i + 2, m.group(1)))
    assert counts == PER_VENUE, counts
    assert len(papers) == 812, len(papers)
    write_truth(NAME, PART, papers,
                "every numbered item under the twelve venue headings is one paper (812); title = the bold"
                " text of the item line, the italic author line two lines below belongs to the entry; no"
                " links or ids in the file",
                "first and last item of each of the twelve venues, the four titles with special characters"
                " (lines 2698, 3090, 3193, 3205), a sample of 20 items; per-venue counts and the"
                " title/blank/author layout asserted for every item")


if __name__ == "__main__":
    main()
