"""Wild34 truth for AKEckhardt/AKEckhardt.github.io _pages/publications.md: a physical/astro-chemist's
personal publication page (academicpages Jekyll theme), 64 numbered papers, newest first.

Shape: year anchors (``<a ... name="2026">2026</a>``, not entries) and ``___`` rules separate the
records.  Each record starts with a line "(NN) <b>Title.</b> authors <i>Journal</i>, <b>year</b>, ...
[doi:...](https://doi.org/...)" optionally followed by "[(ChemRxiv)](doi)" and "[(Research Data)](doi)"
links, then a centred ``<p align="center">`` block with a table-of-contents image linking the DOI, then
optionally a "<b>Highlight:</b> • [Cover Feature](...)" line (news, covers, press releases: part of the
record, not separate entries).  An entry spans its "(NN)" line to its last non-blank line before the
next ``___``.  The title is the first ``<b>...</b>`` of the "(NN)" line with HTML (sub/sup/i) removed;
the closing "." inside the bold is the citation separator and is dropped.

Special cases: (47) line 178 has no final "." inside the bold; Angewandte records (58), (44), (43),
(15), (12), (6) give the international edition DOI first and the German edition DOI second; (54) line
104 writes the link text "doi:10.1039/D5SC02777B" (the DOI of entry 53) over a link to
10.1021/acs.joc.5c00840: the first DOI written in the entry is that link text, so the entry's doi is
10.1039/d5sc02777b as written; (01) line 642 has no image block.  No arXiv ids.  64 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import entry, read_lines, write_truth

NAME = "AKEckhardt__AKEckhardt.github.io___pages__publications@c9bd275.md"
PART = "wild34_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = len(lines)
    for i, ln in enumerate(lines, 1):
        m = re.match(r"^\((\d\d)\) <b>(.*?)</b>", ln)
        if not m:
            continue
        j = i
        last = i
        while j < n and lines[j].strip() != "___":  # lines[j] is line j+1
            j += 1
            if lines[j - 1].strip():
                last = j
        papers.append(entry(lines, i, last, m.group(2)))
    nums = [int(re.match(r"^\((\d\d)\)", lines[p["line"] - 1]).group(1)) for p in papers]
    assert nums == list(range(64, 0, -1)), nums
    assert len(papers) == 64, len(papers)
    write_truth(NAME, PART, papers,
                "Each '(NN) <b>Title.</b> ...' record (through its image and Highlight lines, up to the next '___') is one entry; the title is the first bold span of its first line.",
                "All 64 entries checked by eye: numbering 64..1 complete, spans end before each '___', titles with sub/superscripts flattened, first DOI per entry (including the mislabelled link text of (54)).")


if __name__ == "__main__":
    main()
