"""Wild36 truth for sputnik89/storage-systems-readings README.md: a personal fork of debasishg's storage-engine
reading list gist (LSM trees, B-trees, key-value separation, persistent memory, and per-system sections on
Cassandra, Percona/TokuDB, ScyllaDB, DuckDB, SplinterDB, PolarDB, LotusDB, FoundationDB, OrioleDB, RocksDB and
vector databases).

Shape: "## Section" headings, some followed by a one-paragraph description of the system; numbered items
"N. [Link text](url)", sometimes followed by " by Authors" (14-23), a note (" - this inspired LotusDB", 54), a
trailing "<br />" (73-77) or a space inside the link target (133).  67 numbered items mix papers with blog posts
(tikv deep-dive, skyzh.dev, hackernoon, Percona, dzone, ScyllaDB, DuckDB, emptysqua.re, Medium, the-pans,
DataStax, The New Stack), a YouTube talk, talk slides, GitHub repositories and a project page.  Line 41's link
text holds a U+FFFF character where the PDF's "ff" ligature was lost ("Tradeo\\uffff for"); it is kept.

Decisions:
- An entry is a numbered item whose link points to a paper (conference/journal paper, survey, FnT monograph,
  arXiv preprint, the ;login: online article at 62, the Tokutek white paper "A Comparison of Fractal Trees to
  LSM Trees" at 77 as a technical report).
- Not entries: 7, 27, 68, 73, 74, 76, 78, 79, 84, 89, 102, 108, 114, 130, 131 (blog posts, web articles and
  vendor guides), 23 (talk video), 75 (slides of a MySQL conference talk), 96, 103, 119 (GitHub repositories)
  and 59 ("FD-Tree: a Tree Index on Solid State Drives", the FD-Tree project page; the two FD-tree papers are the
  entries at 60 and 61).
- Title: the link text as written ("by Authors" and notes are outside it).  Ids from the link (arXiv, DOIs from
  dl.acm.org URLs).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild36 import entry, read_lines, write_truth

NAME = "sputnik89__storage-systems-readings__README@1e5b134.md"
PART = "wild36_development"

NOT_PAPERS = {7, 23, 27, 59, 68, 73, 74, 75, 76, 78, 79, 84, 89, 96, 102, 103, 108, 114, 119, 130, 131}
ITEM = re.compile(r"^\d+\. \[([^\]]+)\]\(")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    items = 0
    for n, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if not m:
            continue
        items += 1
        if n not in NOT_PAPERS:
            papers.append(entry(lines, n, n, m.group(1)))
    assert items == 67, items
    assert len(papers) == 46, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each numbered item 'N. [Title](url)' whose link points to a paper, survey, preprint, magazine article or"
        " white paper is an entry; blog posts, web guides, a talk video, talk slides, GitHub repositories and a"
        " project page are not; title is the link text.",
        "All 67 numbered items opened by their link and classified by eye; the -v output compared with the file for"
        " the first and last item of each of the 18 sections, the 'by Authors' items, the <br /> items, the note at"
        " 54, the U+FFFF title at 41 and the leading-space URL at 133; DOIs checked against the dl.acm.org links.",
    )


if __name__ == "__main__":
    main()
