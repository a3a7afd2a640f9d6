"""Wild39 truth for HereW/GraphComputingPapers README.md: "Some Papers on Graph Algorithms", a small personal
list of graph-processing papers (GPU/FPGA traversal, cycle and path enumeration, SSSP, graph frameworks) from
systems and database venues (PPoPP, HPDC, ASPLOS, PVLDB, SIGMOD, TACO, ...).

Shape: an HTML ``<table>`` of contents (lines 5-30, links only), then ``##``/``###``/``####`` headings whose
text is a link back to ``#content``; several are empty (PageRank, Personalized PageRank, Louvain, Label
Propagation, Subgraph Matching, Triangle Counting, Dynamic Graphs).  Under the others, ordered-list items
``n. **Title.** VENUE YEAR. [paper](url)``, a blank line, then an indented italic author line
``*A, B, and C.*``.  Quirks: the numbering under Breadth-First Search skips 4 (3 then 5); item 9 of the GPU
section is written ``9.  **`` with two spaces; the CuSha and Gunrock items (lines 147-157) put an indented
``<br/>`` line after the title line and after the author line; some lines carry trailing spaces; the title
at line 102 has the typo ``tTheory``; the Johnson item gives ``SIAM Journal on Computing, 1975.``.  Links are
ACM DL (``/doi/abs/10.…``), doi.org, SIAM, Springer chapter, IEEE Xplore, USENIX and arXiv pages.

Decisions:
- Every numbered item is an entry (all 26 are papers: two surveys, conference and journal papers, one arXiv
  preprint).  Span: the item line through its last non-blank line (the author line, or the ``<br/>`` line
  after it for CuSha and Gunrock).
- Title: the bold text with its final '.' dropped (the separator before the venue), typos kept.
- The contents table and the headings are not entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild39 import entry, read_lines, write_truth

NAME = "HereW__GraphComputingPapers__README@14c8d8d.md"
PART = "wild39_development"

ITEM = re.compile(r"^(\d+)\.\s+\*\*(.+?)\*\* (.+?)\. \[paper\]\((\S+)\)\s*$")
AUTHORS = re.compile(r"^\s+\*[^*]+\*\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if not m:
            assert not re.match(r"^\d+\.", ln), n
            continue
        last = n
        k = n  # 0-based index of the line after the item line
        while k < len(lines) and not lines[k].startswith(("#", "1", "2", "3", "4", "5", "6", "7", "8", "9")):
            if lines[k].strip():
                last = k + 1
            k += 1
        own = lines[n:last]
        assert sum(1 for x in own if AUTHORS.match(x)) == 1, n
        assert all(AUTHORS.match(x) or x.strip() in ("", "<br/>") for x in own), n
        title = m.group(2)
        assert title.endswith("."), n
        papers.append(entry(lines, n, last, title.removesuffix(".")))
    assert len(papers) == 26, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each ordered-list item 'n. **Title.** VENUE YEAR. [paper](url)' with its indented italic author line is an"
        " entry (item line through its last non-blank line); title = the bold text without its final '.'.",
        "Whole file read (186 lines): all 26 items compared with the -v output, including the skipped number 4"
        " (54-58), the typo title 'tTheory' (102), the Johnson SIAM 1975 item (84), the '9.  **' item (179), the"
        " CuSha/Gunrock items with <br/> lines (147-157), the empty sections (74-80, 111-123, 186) and the HTML"
        " contents table (5-30, not entries); ids: ACM DL and doi.org DOIs, the Springer chapter DOI, the SIAM"
        " DOI, the arXiv id (70), none for IEEE Xplore and USENIX.",
    )


if __name__ == "__main__":
    main()
