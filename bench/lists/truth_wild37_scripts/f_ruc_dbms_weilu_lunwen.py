"""Wild37 truth for ruc-deke/RUCDBMSLab content/papers-wei-lu/_index.md: the "论文列表" (paper list) page
of Wei Lu (卢卫), Renmin University of China database lab, a Hugo/Wowchemy landing page written in Chinese;
the entries are English papers plus eight Chinese journal papers (软件学报, 中国科学).

Shape: the whole file is YAML front matter (1-119): "title: 论文列表", a "sections:" list with one
"block: markdown" whose "text: |" literal (13) holds the list as indented Markdown: 53 records, each
one line "**[VENUE YEAR]** citation  " (two trailing spaces = hard break) followed by a whitespace-only
line, lines 14-118.  The bold "[...]" tag is the list's own venue label (dropped); each record ends
with the CCF rank "(CCF A)" / "（CCF 中文 A）".  The citations follow five orders:
- title first, then authors (14-40, and the Chinese 16): the title ends at the first "," / "，" --
  or, in 14, at the "." glued to the first author ("...Persistence Oracle.Shuang Liu");
- authors, ":" then title (42, 52, 54, 64, 84, 96, 106; "Xiaoyong Du:Efficient ...", 96's title is
  itself "DSH: data sensitive hashing ..."), the title ending at ". " or "，";
- authors, ". " then title (58, 60);
- Chinese authors "." title "." journal (44, 46, 50), or with "，"/"," separators (48, 56, 70);
- authors, then the title in curly quotes “...” (94, 98, 100, 102);
- authors ", " title ", " venue (the rest) -- titles listed by hand in BY_HAND.
Entry = every record: all are journal or conference papers (ISSTA, VLDB, ICDE, SIGMOD, TKDE, 软件学报,
...; 78 and 80 are English-titled 软件学报 papers; 72 is a VLDB demo paper).  68 and 92 have near-identical
titles ("Fast Failure Recovery in [Vertex-centric] Distributed Graph Processing Systems") but are different
papers (TKDE 2019, PVLDB 2014) -- separate entries.
Title as written: lower-case titles (94-102), "k-nnsearch" (96), missing space after the comma before
the title (108, 118) kept.  No DOIs, no arXiv ids, no links.  53 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild37 import entry, read_lines, write_truth

NAME = "ruc-deke__RUCDBMSLab__content__papers-wei-lu___index@04ed568.md"
PART = "wild37_development"

RECORD = re.compile(r"^ {8}\*\*\[(?P<tag>[^\]]+)\]\*\*\s*(?P<body>.+?)\s*$")
TITLE_FIRST = set(range(14, 41, 2))
AUTHORS_COLON = {42, 52, 54, 64, 84, 96, 106}
AUTHORS_DOT = {58, 60}
CHINESE_DOT = {44, 46, 50}
CHINESE_COMMA = {48: 6, 56: 5, 70: 3}  # line -> index of the title among the comma-separated segments
QUOTED = {94, 98, 100, 102}
BY_HAND = {
    62: "Effective Medical Archives Processing Using Knowledge Graphs",
    66: "Learning Diffusions without Timestamps",
    68: "Fast Failure Recovery in Vertex-centric Distributed Graph Processing Systems",
    72: "MSQL+: A Plugin Toolkit for Similarity Search under Metric Spaces in Distributed Relational Database Systems",
    74: "An In-Depth Benchmarking Study on Bill of Materials for High-End Manufacturing",
    76: "Efficient and Scalable Mining of Frequent Subgraphs Using Distributed Graph Processing Systems",
    78: "A Survey on Distributed Graph Processing Systems",
    80: "A SQL-Based Solution for Fast Graph Similarity Search",
    82: "MSQL: Efficient Similarity Search in Metric Spaces using SQL",
    86: "Fast and Scalable Distributed Set Similarity Joins for Big Data Analytics",
    88: "Efficient Time-interval Data Extraction in MVCC-based RDBMS",
    90: "False data separation for data security in smart grids",
    92: "Fast Failure Recovery in Distributed Graph Processing Systems",
    104: "Finding Superior Skyline Points for Multidimensional Recommendation Applications",
    108: "Approximate Entity Extraction in Temporal Databases",
    110: "Efficient duplicate detection on cloud using a new signature scheme",
    112: "Efficient Common Items Extraction from Multiple Sorted Lists",
    114: "Extract Interesting Skyline Points in High Dimension Space",
    116: "Dominant and K Nearest Probabilistic Skylines",
    118: "Efficient Information Retrieval in Mobile Peer-to-Peer Networks",
}


def title_of(n: int, body: str) -> str:
    if n in TITLE_FIRST:
        return re.match(r"^(.+?)(?:\.(?=[A-Z])|,|，)", body).group(1)
    if n in AUTHORS_COLON:
        rest = re.split(r"(?<=[a-z*])\s*:\s*", body, maxsplit=1)[1]
        return re.match(r"^(.+?)(?:\.\s|，)", rest).group(1)
    if n in AUTHORS_DOT:
        rest = re.split(r"(?<=[a-z])\.\s+", body, maxsplit=1)[1]
        return re.match(r"^(.+?)(?:\.\s|，)", rest).group(1)
    if n in CHINESE_DOT:
        return body.split(".")[1]
    if n in CHINESE_COMMA:
        return [s.strip() for s in re.split(r"[,，.]\s*", body)][CHINESE_COMMA[n]]
    if n in QUOTED:
        return re.search(r"“(.+?)”", body).group(1)
    return BY_HAND[n]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, text in enumerate(lines, 1):
        m = RECORD.match(text)
        if not m:
            assert "**[" not in text, n
            continue
        title = title_of(n, m.group("body"))
        assert title and title in text, (n, title)
        papers.append(entry(lines, n, n, title))

    handled = TITLE_FIRST | AUTHORS_COLON | AUTHORS_DOT | CHINESE_DOT | set(CHINESE_COMMA) | QUOTED | set(BY_HAND)
    assert {p["line"] for p in papers} == handled, sorted(handled ^ {p["line"] for p in papers})
    assert len(papers) == 53, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each '**[VENUE YEAR]**' record line inside the YAML 'text: |' block is an entry (all journal/conference "
        "papers), its title taken per citation order: before the first comma (title-first), after the authors' "
        "':' or '. ', between the Chinese '.'/'，' separators, inside curly quotes, or listed by hand for the "
        "'authors, title, venue' records; the bold venue tag and CCF rank are not part of it.",
        "Read all 119 lines; each of the 53 records' titles compared with its line in the -v output (all title-"
        "first lines 14-40, the colon records incl. 'DSH: ...' 96, the Chinese records 16/44/46/48/50/56/70, the "
        "quoted records 94-102 and every hand-listed title).",
    )


if __name__ == "__main__":
    main()
