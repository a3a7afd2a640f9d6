"""Wild32 truth for ntu-sec/symexbib SE.md: a bibliography of symbolic-execution papers as one table.

Shape: a four-column Markdown table `|Title|Year|Venue|Authors|` (header line 1, separator line 2), one
paper per row on lines 3-200, newest first.  The title cell is a link `[Title](url) `; the other cells are
year, venue and authors (not part of the title).  Special cases: line 3's link target is the title text
itself, not a URL; several links go through dblp/ACM citation pages (no DOI), others are doi.acm.org /
dx.doi.org / publisher URLs holding a DOI; line 149's URL contains parentheses; line 173's IEEE URL carries the DOI
percent-encoded in its query (decoded, it is the entry's DOI); some venue cells are empty.
Every row is one entry (all are papers, theses or technical reports).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild32 import entry, read_lines, write_truth

NAME = "ntu-sec__symexbib__SE@9da89cf.md"
PART = "wild32_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines[2:], start=3):
        if not ln.startswith("|"):
            continue
        m = re.match(r"\|\[(.+?)\]\(", ln)
        assert m, i
        papers.append(entry(lines, i, i, m.group(1)))
    assert len(papers) == 198, len(papers)
    write_truth(NAME, PART, papers,
                "Each table row after the header is one paper; its title is the link text of the Title cell.",
                "Header and first/last rows, the self-linked row 3, the parenthesised URL row 149, rows with empty venue, and a random sample of 25 rows checked by eye against the file.")


if __name__ == "__main__":
    main()
