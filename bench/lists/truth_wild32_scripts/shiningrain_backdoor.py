"""Wild32 truth for shiningrain/MyReadingList ai-security/backdoor/README.md: a personal backdoor reading list.

Shape: a personal reading list with a status legend (line 3: ⛔️ Pending, 🕐 Updating, 👍 Finished, ⭐ 1-5
stars) and four `##` sections (Survey, Attack, Defence, Usage), each an ordered list numbered from 1.  A record
is a numbered item `N.  <status emoji> **Title (YEAR VENUE)**` followed by indented `[[Notes](...)]`,
`[[Paper](...)]`, optional `[[Code](...)]`/`[[Doc](...)]` lines, a star rating, an optional `**Overview:**`
line and a `<details>` card holding a fenced `#### Citation` BibTeX entry of the same paper and a fenced
`#### URL` block; the record ends at its `</details>` line.  The BibTeX belongs to the record (same paper),
so it is not a separate entry; its `doi = {...}` fields are part of the record's lines.  Title: the bold text
minus the trailing `(YEAR VENUE)` parenthesis (line 252 writes `SIN<sup>2</sup>`, which renders as "SIN2").
Special case: line 656's BibTeX writes the DOI with a LaTeX-escaped underscore (`10.1007/978-3-030-00470-5\\_13`);
that record's first id is its arXiv link anyway, and the DOI is recorded unescaped
(`10.1007/978-3-030-00470-5_13`).  The BibTeX braces around a DOI (`url = {https://doi.org/...}`) are not part
of it, so a closing `}` caught with the DOI is dropped.  29 entries (2 + 12 + 12 + 3).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild32 import entry, read_lines, write_truth

NAME = "shiningrain__MyReadingList__ai-security__backdoor__README@0601e52.md"
PART = "wild32_development"

ITEM = re.compile(r"^(\d+)\.\s+\S+\s+\*\*(.+)\*\*\s*$")


def main() -> None:
    lines = read_lines(NAME)
    starts = [i + 1 for i, ln in enumerate(lines) if ITEM.match(ln)]
    papers = []
    for k, first in enumerate(starts):
        stop = starts[k + 1] - 1 if k + 1 < len(starts) else len(lines)
        # the record ends at its </details> (never past the next heading)
        last = first
        for n in range(first, stop + 1):
            ln = lines[n - 1]
            if ln.startswith("## "):
                break
            if ln.strip():
                last = n
        bold = ITEM.match(lines[first - 1]).group(2)
        title = re.sub(r"\s*\(\d{4} [^()]+\)\s*$", "", bold)
        p = entry(lines, first, last, title)
        if p["doi"]:
            p["doi"] = p["doi"].replace("\\_", "_").rstrip("}")
        papers.append(p)
    assert len(papers) == 29, len(papers)
    assert all("</details>" in lines[p["end"] - 1] for p in papers)
    write_truth(
        NAME, PART, papers,
        "Each numbered item (status emoji + bold title) with its link lines, overview and <details> BibTeX/URL card"
        " is one entry ending at </details>; title is the bold text without the trailing (YEAR VENUE).",
        "All 29 records checked by eye against the file (titles, spans ending at </details>, arXiv from the Paper"
        " link, DOIs from the BibTeX; the escaped DOI on line 656 unescaped, BibTeX closing braces dropped).",
    )


if __name__ == "__main__":
    main()
