"""Wild31 truth for brson/my-rust-lists rust-inspired-research.md: a Rust core developer's running list of
research papers inspired by or about Rust (programming languages, verification, systems).

Shape: ``- `` bullets separated by blank lines, written every which way: a bare URL with the paper's name in a
nested ``  - `` bullet (lines 6-22, 34-38, 53-57), a bare URL alone (24, 26, 28, 42, 44, 46, 48, 61, 68, 70),
a title with the URL in a nested bullet (50-51, 72-73, 75-76, 78-80, the last with a blank line between),
a nickname before the URL ("oxide paper - url", 30), a quoted title with a comment (59), an author nickname
and a title with no link ("jesperson - session types for rust", 66).
Decisions:
- An entry is a bullet whose subject is one paper, thesis or report.  Not entries: the Prusti project page
  (3-4, a tool), the Rust bibliography page (40, a list) and the "see also" line (82).
- Forum posts announcing a thesis (46 users.rust-lang.org, 48 reddit) and a paper's event / publication page
  (28 Stacked Borrows page, 61 PLDI'17 event page, 63 VMware page) count: their subject is the work.
- A bare URL names no title: title None (also "oxide paper", a nickname, line 30; " - astrophysics" on 44 is a
  comment).  Where a nested bullet gives the paper's name under a bare URL, that text is the title as the
  file writes it, even when loose ("KRust, formal semantics", "executable ownership semantics").
- Line 66: the title is "session types for rust" (the author's name "jesperson" dropped).
- Line 72 keeps the "(N)" the list copies from the official ASE title.
- Nested sub-bullets belong to their item's span (63-64 holds a second, forum link of the same paper).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild31 import entry, read_lines, write_truth

NAME = "brson__my-rust-lists__rust-inspired-research@1fff96e.md"
PART = "wild31_development"

# (first line, last line, title) read off the file by hand.
RECORDS = [
    (6, 7, "RustViz: Interactively visualizeng ownership"),
    (9, 10, "Usability of Ownership"),
    (12, 13, "Is Rust Used Safely by Software developers"),
    (15, 16, "Memory-safety challenge considered solved"),
    (18, 19, "A practical analysis of Rust's concurrency story"),
    (21, 22, "A grounded approach to programming language education"),
    (24, 24, None),
    (26, 26, None),
    (28, 28, None),
    (30, 32, None),
    (34, 35, "Identifying barries to adoption for Rust through online discourse"),
    (37, 38, "Borrowing safe pointers from rust in spark"),
    (42, 42, None),
    (44, 44, None),
    (46, 46, None),
    (48, 48, None),
    (50, 51, "Structure and Influence of Package dependency networks"),
    (53, 54, "KRust, formal semantics"),
    (56, 57, "executable ownership semantics"),
    (59, 59, "Retrofitting Linear Types"),
    (61, 61, None),
    (63, 64, None),
    (66, 66, "session types for rust"),
    (68, 68, None),
    (70, 70, None),
    (72, 73, "Crust: A Bounded Verifier for Rust (N)"),
    (75, 76, "Fearless Concurrency? Understanding Concurrent Programming Safety inReal-World Rust Software"),
    (78, 80, "Energy Efficiency Across Programming Languages"),
]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for first, last, title in RECORDS:
        assert lines[first - 1].startswith("- "), first
        if title is not None:
            assert title in "\n".join(lines[first - 1 : last]), title
        papers.append(entry(lines, first, last, title))
    assert len(papers) == 28, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each top-level bullet whose subject is one paper or thesis is an entry (project page, bibliography page "
        "and 'see also' excluded); the title is the name the bullet or its nested bullet writes, None for bare URLs "
        "and the 'oxide paper' nickname.",
        "Every bullet of the small file read by eye; spans, titles and ids compared line by line with the file.",
    )


if __name__ == "__main__":
    main()
