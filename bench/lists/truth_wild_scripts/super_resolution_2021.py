"""Wild truth for ChaofWang/Awesome-Super-Resolution 2021_papers.md: one table '| Title | Model | Published | Code | Keywords |'.

Every data row is an entry (all are papers); title = the plain Title cell, written as the file
writes it (run-together words such as 'ContrastiveRepresentation' and the truncated
'Super-Resolutio' kept).  The Model cell is the paper's nickname and is not part of the title.
Ids come from the row's own line (the Published link).
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "truth_scripts"))
from _heldout import arxiv_of, clean, doi_of, tidy
from _wild import read_lines, save

NAME = "ChaofWang__Awesome-Super-Resolution__2021_papers@0d0bf23.md"
PART = "wild_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        if not text.startswith("|") or re.match(r"\|[\s:|-]+$", text.strip()):
            continue
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        if cells[0] == "Title":
            continue
        papers.append({"line": i, "end": i, "title": tidy(clean(cells[0])), "arxiv": arxiv_of(text), "doi": doi_of(text)})
    out = {"file": NAME, "part": PART,
           "method": "every data row of the 2021 table is an entry, title = the plain Title cell (the Model cell is"
                     " a nickname, not part of it)",
           "checked": "row count (102 rows on lines 6-107, grep '^|' minus header and rule), 25 rows spread over the"
                      " file, the rows with a CVF or IEEE link and no arXiv id, the leading-space row 82",
           "papers": papers}
    save(out)


if __name__ == "__main__":
    main()
