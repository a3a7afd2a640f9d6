"""Wild28 truth for proboval/implementation_arch_tactics lit/status.md: a master's thesis's paper inventory.

Shape: one Markdown table (lines 3-46), header '| # | Key | Title | Section | Era | PDF | Summary |
Relevance | Phase |', one row per cited work (rows numbered 1-42 on lines 5-46), then a legend
(line 48) and a totals line (line 50).  No links, no ids: the Key cell is a BibTeX key, the Title
cell the student's own (often shortened) title, e.g. 'Quality-Driven Architecture Using Tactics'.
Title = the Title cell as written; the student's note ' (original)' after the two metric papers
(lines 39, 40: 'Maintainability Index (original)', 'Cyclomatic Complexity (original)') is dropped,
as it says which version is meant, not what the work is called.
Entries: every row whose subject is a paper (journal article, conference paper, SLR, the TSE
special-issue editorial of line 7, McCabe's and Oman's metric papers, lines 39-40).
Not entries (5 rows): the ISO/IEC 25010 standard (line 8), and the four books: Halstead's
'Elements of Software Science' (line 41, a 1977 book), Bass et al. 'Software Architecture in
Practice' (line 42), Fowler 'Refactoring' (line 43), Visser 'Building Maintainable Software'
(line 46).  The file's own totals line says '42 entries ... 2 NLM books'.
Count check: 42 table rows (numbered 1..42, asserted) = 37 entries + 5 not entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild28 import entry, read_lines, write_truth

NAME = "proboval__implementation_arch_tactics__lit__status@8e7248d.md"
PART = "wild28_development"
NOT_PAPERS = {"ISO25010", "halstead1977elements", "bass2021software", "fowler2018refactoring",
              "visser2016maintainable"}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[2].startswith("| # | Key | Title |"), lines[2]
    papers = []
    numbers = []
    for i, text in enumerate(lines, 1):
        m = re.match(r"\| (\d+) \| (\S+) \| ([^|]+?) \|", text)
        if not m:
            continue
        numbers.append(int(m.group(1)))
        if m.group(2) in NOT_PAPERS:
            continue
        title = m.group(3)
        if title.endswith(" (original)"):
            assert i in (39, 40), i
            title = title.removesuffix(" (original)")
        papers.append(entry(lines, i, i, title))
    assert numbers == list(range(1, 43)), numbers
    assert len(papers) == 37, len(papers)
    write_truth(NAME, PART, papers,
                "every row of the inventory table whose work is a paper is an entry, its title the Title cell"
                " (the note ' (original)' dropped on two rows); the ISO 25010 standard and four books"
                " (Halstead 1977, Bass, Fowler, Visser) are not entries",
                "all 42 rows read by eye against the Key cell (BibTeX key) to tell papers from the standard and"
                " the books; every one of the 37 titles checked against its row")


if __name__ == "__main__":
    main()
