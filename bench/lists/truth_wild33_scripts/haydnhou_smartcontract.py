"""Wild33 truth for HaydnHou/SmartContractPapers README.md: smart-contract vulnerability detection papers.

Commit a99a083 is used, not HEAD: the newest commits (2020-12-30, "delete") replaced README.md by the
single word "Nothing"; a99a083 is the last version holding the list.

Shape: six pipe tables of bare titles (no links, no authors, no ids) under pseudo-headings written
without a space after the hashes (``##program analysis``, ``#Online Checking Methods``).  Tables 1-5
have one column, "Name of Publications"; every body row is one paper (lines 8-22, 27-31, 36-40, 45-48,
53-54).  The last table (lines 66-73) has three columns (Methodology, an empty column, Name of
Publications): the paper title is the third cell.  Special case: line 73 splits its title over two
cells ("ContractGuard: Defend Ethereum Smart Contracts with Embedded | Intrusion Detection |"); the
title is the two cells joined (the table pipe is markup).  Header and separator rows are not entries.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild33 import entry, read_lines, write_truth

NAME = "HaydnHou__SmartContractPapers__README@a99a083.md"
PART = "wild33_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if not s.startswith("|"):
            continue
        cells = [c.strip() for c in s.strip("|").split("|")]
        if cells[0].startswith("---") or cells[0] in ("Name of Publications", "Methodology"):
            continue
        if i >= 64:  # three-column table: Methodology | (empty) | title [| spill-over]
            title = " ".join(c for c in cells[2:] if c)
        else:
            title = cells[0]
        papers.append(entry(lines, i, i, title))
    assert len(papers) == 39, len(papers)
    write_truth(NAME, PART, papers,
                "Every body row of the six pipe tables is one paper; its title is the publication cell "
                "(first column, or third in the last table, with line 73's title rejoined across its split cell).",
                "All 39 rows checked by eye against the file; header/separator rows and pseudo-headings excluded.")


if __name__ == "__main__":
    main()
