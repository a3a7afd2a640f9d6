"""Wild61 truth for wdpm/programming-wiki-incubator todo/distributed-related-papers.md at 54a7bfa (2025-06-09):
a personal to-read list of classic distributed-systems papers copied from a Bilibili video, grouped under Chinese
category labels, one bare title per bullet.  The file was deleted in the repository's newest commit touching it
(8239f51, 2026-04-22); this is the commit that added it.

Shape: 55 lines, no trailing newline.  ``# papers`` (1); a Chinese source line ``链接来源：https://www.bilibili.com/...``
(3); then four groups, each a plain-text Chinese label line (not a heading) followed by ``- Title`` bullets:
``分布式理论基础`` (5, bullets 6-12), ``分布式一致算法`` (14, 15-23), ``分布式数据结构`` (25, 26-33) and
``分布式系统实战`` (35, 36-55).

Special cases:
- Titles only: no authors, venues, years or links; nothing gives an arXiv id or DOI.
- The list writes titles with no space after commas and colons (6 ``Time,Clocks,and the Ordering of Events in a
  Distributed System``, 19 ``Raft:In Search of an Understandable Consensus Algorithm``) and has a typo (32
  ``HBase:A NoSOL Database``); kept exactly as written.
- 50 ``F1-The Fault-Tolerant Distributed RDBMS ...`` joins name and subtitle with a hyphen; 48 ``Storm @Twitter``.
- Some items are magazine or column articles rather than conference papers (9 ``CAP Twelve Years Later:How the
  "Rules"Have Changed``, 10 ``BASE:An Acid Alternative``); they are listed as papers and kept as entries.  The
  quotes in 9 belong to the title.

Decisions:
- Entry = every ``- `` bullet (44), one line each.  Title = the bullet text as written.
- The Chinese labels, the heading and the source line are not entries.
"""
from _wild61 import entry, read_lines, write_truth

NAME = "wdpm__programming-wiki-incubator__todo__distributed-related-papers@54a7bfa.md"
PART = "wild61_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = [entry(lines, n, n, ln[2:].strip()) for n, ln in enumerate(lines, 1) if ln.startswith("- ")]
    by = {p["line"]: p for p in papers}
    assert len(papers) == 44, len(papers)
    assert min(by) == 6 and max(by) == 55, (min(by), max(by))
    for n in (1, 3, 5, 14, 25, 35):
        assert n not in by, n
    assert by[6]["title"] == "Time,Clocks,and the Ordering of Events in a Distributed System", by[6]
    assert by[9]["title"] == 'CAP Twelve Years Later:How the "Rules"Have Changed', by[9]
    assert by[16]["title"] == "Paxos Made Simple", by[16]
    assert by[32]["title"] == "HBase:A NoSOL Database", by[32]
    assert by[48]["title"] == "Storm @Twitter", by[48]
    assert by[50]["title"].startswith("F1-The Fault-Tolerant Distributed RDBMS"), by[50]
    assert by[55]["title"] == (
        "Amazon Aurora:Design Considerations for High Throughput Cloud-Native Relational Databases"
    ), by[55]
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every '- ' bullet (44, lines 6-55) is one paper, one line each; the bullet holds only the title."
        "  Title = the bullet text exactly as written (missing spaces after commas/colons and typos kept).  The"
        " '# papers' heading, the Chinese source line and the four Chinese group labels are not entries.",
        checked="Read the whole file; compared the -v output with all 44 bullets in the four groups, including 9"
        " (quotes inside the title), 32 (typo NoSOL), 48, 50 and the last line without a newline (55).",
    )


if __name__ == "__main__":
    main()
