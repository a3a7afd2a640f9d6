"""Wild57 truth for xiaozhiliaoo/reading-note src/tech/tech-paper/intro.md: "论文" (papers), a Chinese personal
reading note listing distributed-systems, database and storage papers, newest commit (89b5162, 2024-03-01; the file
was moved here from src/paper/toc.md -> src/paper/intro.md -> src/tech/paper/intro.md, content unchanged since 2022).

Shape: 208 lines, 22 KB.  A Chinese title and intro (1-3), then two pipe tables with the columns
``| ID | 名字 (name) | 作者 (author) | 阅读时间 (read date) | 进度 (progress) |``:
- "预计阅读" (planned reading), 7-31: rows 1-23, some with an author (Werner Vogels 14, Pat Helland 15) and
  progress ``Done``/``ToDo``;
- "论文收集" (paper collection), 41-182 (header 41-42): rows 1-140 on 43-182, author filled only on 178 and 180.
A numbered list "论文来源" (sources, 186-207) of websites and courses closes the file: no papers.

Special cases:
- Several names carry a company or acronym prefix the list author added: ``Facebook：Cassandra - ...`` (24),
  ``Google:The Chubby lock service ...`` (25), ``Google：Bigtable: ...`` (26), ``Amazon：Dynamo: Amazon's ...`` (27),
  ``Google brain-Building High-level Features ...`` (70), ``MVCC：Multiversion Concurrency Control-Theory and
  Algorithms`` (126).  Whereas ``Raft：In Search of ...`` (18), ``RAFT:In Search ...`` (112), ``PowerDrill：...`` (59),
  ``SEQUEL：...`` (118), ``Eventually Consistent：...`` (14) and ``Amazon Aurora: ...`` (28, 172, 173) are the papers'
  own titles.
- Runs of spaces inside a name (84, 80) count as one space.
- Full-width colons (``：``) and missing spaces after colons (``Google-Wide Profiling:A ...``) are kept as written.
- Names in the second table often end with a year (``PacificA: ... Storage Systems 2008``, 148; 154-172), and a few
  with more: ``Consistent Hashing with Bounded Loads  Google 2017`` (151), ``Ceph: ... File System  2006 OSDI   Sage
  Weil`` (163), ``HBase: A NoSQL Database 2017 Hiren Patel`` (165).
- Typos and truncations are kept: ``The Anatomy of a Large-Scale Hypertextual Web Sear`` (43),
  ``Implentation of a Structured English Query Language`` (119), ``Time Clocks  and the Ordering ...`` (84, double
  space).
- Some rows are not research papers (``Distributed systems for fun and profit`` 19, an online book; ``The Datacenter
  as a Computer`` 69, a book; ``How To Design A Good API and Why it Matters`` 143, a talk; ``the red book`` 179); they
  are listed in the paper tables like the rest and are kept as entries.
- The same paper listed twice (e.g. Bigtable 26 and 47, Amazon Aurora 28 and 172, The Case for Shared Nothing 31 and
  178) gives one entry per row.
- No links, arXiv ids or DOIs anywhere.

Decisions:
- Entry = every table row whose first cell is a number and whose name cell is not empty: 23 + 140 = 163 entries,
  each one line.  Header and separator rows are not.
- Title = the name cell, trimmed, without ``**`` markup, without the author-added prefixes listed above, and without
  a trailing year (and the venue/author words after it on 151, 163, 165).
"""
import re

from _wild57 import entry, read_lines, write_truth

NAME = "xiaozhiliaoo__reading-note__src__tech__tech-paper__intro@89b5162.md"
PART = "wild57_development"

ROW = re.compile(r"^\|\s*(\d+)\s*\|([^|]*)\|")
PREFIX = re.compile(r"^(?:Facebook：|Google[:：]|Amazon：|Google brain-|MVCC：)")
YEAR = re.compile(r"\s+(?:19|20)\d\d$")
TAIL = {
    151: "Consistent Hashing with Bounded Loads",
    163: "Ceph: A Scalable, High-Performance Distributed File System",
    165: "HBase: A NoSQL Database",
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ROW.match(ln)
        if not m:
            continue
        name = m.group(2).replace("**", "").strip()
        if not name:
            continue
        if n in TAIL:
            title = TAIL[n]
        else:
            title = YEAR.sub("", PREFIX.sub("", name)).strip()
        papers.append(entry(lines, n, n, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 163, len(papers)
    assert min(by) == 9 and max(by) == 182, (min(by), max(by))
    assert not any(32 <= k <= 42 for k in by), sorted(by)[:30]
    assert by[24]["title"] == "Cassandra - A Decentralized Structured Storage System", by[24]
    assert by[25]["title"] == "The Chubby lock service for loosely-coupled distributed systems", by[25]
    assert by[27]["title"] == "Dynamo: Amazon's Highly Available Key-value Store", by[27]
    assert by[28]["title"].startswith("Amazon Aurora: Design"), by[28]
    assert by[18]["title"] == "Raft：In Search of an Understandable Consensus Algorithm (Extended Version)", by[18]
    assert by[70]["title"] == "Building High-level Features Using Large Scale Unsupervised Learning", by[70]
    assert by[126]["title"] == "Multiversion Concurrency Control-Theory and Algorithms", by[126]
    assert by[148]["title"] == "PacificA: Replication in Log-Based Distributed Storage Systems", by[148]
    assert by[163]["title"] == "Ceph: A Scalable, High-Performance Distributed File System", by[163]
    assert by[152]["title"] == "The φ Accrual Failure Detector", by[152]
    assert by[164]["title"] == "The Log-Structured Merge-Tree (LSM-Tree)", by[164]
    assert by[182]["title"] == "Big Data：A survey", by[182]
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Two Chinese-headed pipe tables (| ID | 名字 | 作者 | 阅读时间 | 进度 |), lines 9-31 and 43-182: every"
        " row with a numeric ID and a non-empty name cell is one entry (163).  Title = the name cell without **"
        " markup, without the list author's company/acronym prefixes (Facebook：, Google:, Google：, Amazon：,"
        " Google brain-, MVCC：) and without a trailing year (plus the venue/author words after the year on lines"
        " 151, 163, 165).  Full-width colons, typos and truncations are kept.  The sources list at the end is not"
        " an entry.",
        checked="Read every row of both tables in the -v output against the file: the prefixed names (24-27, 70,"
        " 126), the own-title prefixes kept (14, 18, 28, 59, 112, 118), all year-suffixed names 148-173 and the three"
        " with extra words (151, 163, 165), the author-filled rows (14, 15, 178, 180), and that the 论文来源 list and"
        " the header rows give nothing.",
    )


if __name__ == "__main__":
    main()
