"""Wild31 truth for ericchen321/smrt papers_discussed.md: "Discussed Papers" page of the SMRT reading group site.

Shape: one record per reading-group session, newest first, under two `###` period headings (13, 286).
Each record is a `#### <title>` heading followed by `* **Lead:**`, `* **Time:**`, `* **Authors:**`,
`* **Venue:**` bullets, sometimes a `* **Reasons:**` bullet with indented sub-bullets (87-89, 98-100,
109-112), and link bullets `* [**Paper**](url)`, `* [**Code**](url)`, `* [**Project**](url)`,
`* [**Notes**](url)`.  The entry spans the heading to its last bullet.
Special cases:
- A paper discussed over two sessions has two records whose headings end in ` (1)` / ` (2)` (e.g.
  29/43, 74/82, 131/138, 166/173, 258/265, 272/279, 498/505); each record is an entry and the session
  number is not part of the title.
- 288-314: four sessions on chapters of one article, headed `Geometric Deep Learning: Going beyond
  Euclidean data - Ch 5. Spectral Methods` etc.; each is an entry titled with the article title (the
  ` - Ch N...` chapter note is dropped).
- 116-122: one heading naming two papers separated by ` / ` (COUCH and "Synthesizing Physical
  Character-Scene Interactions"), with two Paper links (121, 122): two entries on the same lines; the
  second takes its own link's arXiv id (2302.00883) instead of the record's first id.
- 37-41: the member's MSc thesis presentation (`Venue: MSc Thesis Presentation`, no link): kept as an
  entry (a thesis, titled by its heading).
- 208-227: three sessions on chapters of the online book "Physics-based Deep Learning" (`Venue: Book`):
  not entries (book chapters).
- 494: the Authors bullet repeats the title (a slip of the file); the record is an ordinary entry.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild31 import entry, read_lines, write_truth

NAME = "ericchen321__smrt__papers_discussed@60dc834.md"
PART = "wild31_development"

BOOK = {208, 215, 222}
TWO = 116


def main() -> None:
    lines = read_lines(NAME)
    n = len(lines)
    papers = []
    heads = [i for i in range(1, n + 1) if lines[i - 1].startswith("#### ")]
    for h in heads:
        last = h
        j = h + 1
        while j <= n and not lines[j - 1].startswith("#"):
            if lines[j - 1].strip():
                last = j
            j += 1
        if h in BOOK:
            continue
        title = lines[h - 1][5:].strip()
        title = re.sub(r"\s*\(\d\)$", "", title)
        title = re.sub(r"\s+-\s+Ch \d.*$", "", title)
        if h == TWO:
            first, second = title.split(" / ")
            papers.append(entry(lines, h, last, first))
            e = entry(lines, h, last, second)
            e["arxiv"] = "2302.00883"  # its own Paper (SPCI) link on line 122
            papers.append(e)
            continue
        papers.append(entry(lines, h, last, title))
    assert len(heads) == 70, len(heads)
    assert len(papers) == 68, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each `####` session record (heading to its last bullet) is an entry titled by its heading without the"
        " session number `(1)`/`(2)` or chapter note; the COUCH / SPCI record counts twice (second id from its"
        " own link); the three book-chapter sessions (Venue: Book) are not entries.",
        "All 70 records checked by eye: spans, titles, session suffixes, the chapter sessions, the two-paper"
        " record, the thesis presentation, the book sessions, and every arXiv id / DOI.",
    )


if __name__ == "__main__":
    main()
