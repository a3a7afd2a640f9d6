"""Wild49 truth for F-ca7/Advanced-Database-Systems-Learning ``paper reading/README.md``: a Chinese student's index of
database-systems paper-reading notes (``阅读论文目录``, "paper reading catalogue"), newest commit (2374059, 2020-12-22).

Shape: 91 lines, 9 KB.  ``# 阅读论文目录`` (1), a one-line intro (3), then nine ``## `` sections with Chinese or English
names (数据结构 5, 数据库系统 15, 操作系统 37, 查询 45, 众包数据库 59, 分布式相关 67, 基准测试 73, Robust Query 79, 云相关 87).
Every item is a bullet ``- [Text](https://github.com/F-ca7/.../paper%20reading/<dir>/<note>.md)``: the link goes to
the author's own note file in the same repo, never to the paper, so no ids are written.  The 数据库系统 section is a
loose list (bullets 17-35 separated by blank lines); the others are tight.

Special cases (decided by reading the linked note files in the fetched repo, not by the list alone):
- Not research works, so not entries: 11 ``Skip Lists: Done Right`` (a well-known blog post, not a paper), 21 ``Future
  of DB`` (notes on a TiDB talk/blog), 23 ``Aurora Multi-Master`` (notes on an AWS re:Invent 2019 talk), 27 ``Lakehouse
  Technology as the Future of Data Warehouse`` (notes on Matei Zaharia's keynote at the 37th CCF database
  conference), the five 操作系统 topic notes 39-43 (``CPU``, ``IO``, ``Storage``, ``Memory``, ``Performance
  Bottleneck`` -- the last from a TiDB course lesson), 56 ``SQL Plan Management`` (Oracle feature notes
  from a white paper and blogs), 57 ``Is Query Optimization a solved problem`` (a SIGMOD blog post), 69 ``Distributed
  Transaction`` and 75 ``Benchmark`` (topic notes), 89 ``云计算概念技术与架构`` (a book: Cloud Computing: Concepts,
  Technology & Architecture), 90 ``Serverless Databaes`` (topic notes).
- Entries named only by a short name or nickname keep it as the title: 9 ``LSM-Tree (Log-Structured Merge Tree)``
  (the O'Neil et al. LSM-tree paper), 10 ``R-TREES`` (Guttman), 70 ``Flexible Paxos``, 71 ``Percolator``, 83 ``Plan
  Bouquets``.
- 52 ``[Multi-Core, Main-Memory Joins: Sort vs. Hash Revisited]()``: empty link target; still an entry.
- 85 ``Robust query processing Mission possible`` lost its colon/punctuation; 77 ``Fair Benchmarking Considered
  Difficult`` links to a note whose file name has the ``ﬃ`` ligature (``Di%EF%AC%83cult``): titles kept as written.

Decisions:
- Entry = a bullet whose link text names a research paper: 36 entries (6 + 7 + 9 + 5 + 2 + 2 + 5 over the sections,
  none in 操作系统 or 云相关).
- Title = the link text as written.
- Ids: none (all links point at note files in the repo, one is empty).
"""
import re

from _wild49 import entry, read_lines, write_truth

NAME = "F-ca7__Advanced-Database-Systems-Learning__paper reading__README@2374059.md"
PART = "wild49_development"

ITEM = re.compile(r"^- \[(?P<text>[^\]]+)\]\((?P<url>[^)]*)\)$")
NOT_PAPERS = {
    11: "Skip Lists: Done Right",
    21: "Future of DB",
    23: "Aurora Multi-Master",
    27: "Lakehouse Technology as the Future of Data Warehouse",
    39: "CPU",
    40: "IO",
    41: "Storage",
    42: "Memory",
    43: "Performance Bottleneck",
    56: "SQL Plan Management",
    57: "Is Query Optimization a solved problem",
    69: "Distributed Transaction",
    75: "Benchmark",
    89: "云计算概念技术与架构",
    90: "Serverless Databaes",
}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# 阅读论文目录"
    papers = []
    skipped = {}
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("- "):
            assert not ln.startswith(("* ", "+ ", "  -")), (n, ln)
            continue
        m = ITEM.match(ln)
        assert m, (n, ln)
        url = m.group("url")
        assert url == "" or url.startswith("https://github.com/F-ca7/Advanced-Database-Systems-Learning/blob/master/"
                                           "paper%20reading/"), (n, url)
        if n in NOT_PAPERS:
            skipped[n] = m.group("text")
            continue
        papers.append(entry(lines, n, n, m.group("text")))
    assert skipped == NOT_PAPERS, skipped
    t = {p["line"]: p for p in papers}
    assert t[7]["title"] == "The Adaptive Radix Tree: ARTful Indexing for Main-Memory Databases", t[7]
    assert t[9]["title"] == "LSM-Tree (Log-Structured Merge Tree)", t[9]
    assert t[10]["title"] == "R-TREES", t[10]
    assert t[52]["title"] == "Multi-Core, Main-Memory Joins: Sort vs. Hash Revisited", t[52]
    assert t[51]["title"] == ("The MemSQL Query Optimizer: A modern optimizer for real-time analytics in a distributed"
                              " database"), t[51]
    assert (t[70]["title"], t[71]["title"]) == ("Flexible Paxos", "Percolator")
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers)
    assert len(papers) == 36, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '- [Text](note link)' bullet under the nine '## ' sections was judged by its link text and the linked"
        " note file: the 36 whose text names a research paper are entries (nicknames such as Percolator, Flexible"
        " Paxos, Plan Bouquets, R-TREES, the LSM-Tree bullet and the empty-link 52 included); the 15 talk, blog,"
        " book and topic notes (11, 21, 23, 27, 39-43, 56, 57, 69, 75, 89, 90) are not; title = the link text.",
        "Read all 91 lines and the first lines of every excluded and every nickname note in the fetched repo;"
        " compared -v for all 36 entries (6 data structure, 7 database systems incl. the blank-line-separated loose"
        " list 17-35, 9 query, 5 crowdsourcing, 2 distributed, 2 benchmark, 5 robust query); no ids anywhere.",
    )


if __name__ == "__main__":
    main()
