"""Wild35 truth for qiana0223/paper_collection markdown_files/machine_learning_based_papers.md: a PhD
student's bibliography of papers applying machine learning to Ethereum smart contracts, generated from a
spreadsheet.

Shape: a Markdown table `| Title | Year | Venue | Citation | Abstract |` (header lines 3-4), one paper per
row (lines 5-32). The Title cell is `[Title](url)`; the Citation and Abstract cells are `<details>` blocks
that hold, on the same physical line, a full BibTeX record (`</br>`-separated) and the abstract, or only
`&nbsp;`. The entry is its row line; the title is the Title cell's link text exactly as the generator cut it
(often mid-phrase, e.g. "... for Smart Contract" on line 8), not the longer BibTeX title. The BibTeX in a
row is the same paper's citation, so it adds no entry. Rows 18 and 19 list VSCL twice (separate entries).
Rows 28, 31 and 32 are general code-representation / Transformer papers, still papers. URLs are partly
behind a university proxy (`dl-acm-org.ezproxy.uta.edu/doi/...`, line 27, 31), which still write the DOI.
Line 5's URL has no DOI, its BibTeX gives `DOI = {10.3390/app13020770}`; the closing brace is not part of it.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild35 import entry, read_lines, write_truth

NAME = "qiana0223__paper_collection__markdown_files__machine_learning_based_papers@b7b834c.md"
PART = "wild35_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        m = re.match(r"\|\[(.+?)\]\(", ln)
        if not m:
            continue
        e = entry(lines, i, i, m.group(1))
        if e["doi"]:
            e["doi"] = e["doi"].rstrip("}")
        papers.append(e)
    assert len(papers) == 28, len(papers)
    write_truth(NAME, PART, papers,
                "Each table row is one paper (its line); title = the Title cell's link text as written (truncated "
                "by the list's generator), the BibTeX/abstract <details> cells of the row add no entries.",
                "All 28 rows read against the file by eye; DOIs checked per row (URL first, BibTeX DOI for line 5), "
                "the duplicated VSCL rows kept.")


if __name__ == "__main__":
    main()
