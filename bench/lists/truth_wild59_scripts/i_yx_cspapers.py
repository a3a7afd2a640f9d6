"""Wild59 truth for yx91490/yx91490.github.io cs/papers.md at 4e191ba: a Chinese personal notes page
("计算机科学论文", computer-science papers) listing classic systems and database papers (LFS, GFS, MapReduce,
Bigtable, Raft, Dremel, Snowflake, TiDB ...), one ``###`` heading per paper.

Shape: 99 lines, no trailing newline.  Title ``# 计算机科学论文`` (1).  Then 16 blocks, each:
``### <English title>`` / blank / ``发表日期：<year>年`` (publication date) / blank / optional ``发表会议：OSDI``
(venue, only MapReduce at 19) / blank / ``论文链接：<bare url>`` (paper link).  Blocks at 3, 9, 15, 23, 29, 35, 41,
47, 53, 59, 65, 71, 77, 83, 89, 95.

Special cases:
- The field labels use full-width colons (``：``) and the links are bare URLs, not Markdown links.
- The last block (TiDB, 95-99) ends the file: its link line (99) has no trailing newline.
- Two different Dremel papers (35 and 89) are both listed.
- 59 ``Impala: A Modern, Open-Source SQL Engine for Hadoop`` and 95 ``TiDB: a Raft-based HTAP database`` keep their
  case as written.
- No arXiv ids or DOIs appear in the file.

Decisions:
- Entry = each ``### `` heading with its field lines: span = heading line through the last non-blank line before the
  next heading (or the end).  16 entries.
- Title = the heading text.  The page title (1) is not an entry.
"""
from _wild59 import entry, read_lines, write_truth

NAME = "yx91490__yx91490.github.io__cs__papers@4e191ba.md"
PART = "wild59_development"


def main() -> None:
    lines = read_lines(NAME)
    heads = [n for n, ln in enumerate(lines, 1) if ln.startswith("### ")]
    papers = []
    for i, h in enumerate(heads):
        stop = heads[i + 1] - 1 if i + 1 < len(heads) else len(lines)
        last = max(k for k in range(h, stop + 1) if lines[k - 1].strip())
        papers.append(entry(lines, h, last, lines[h - 1][4:].strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 16, len(papers)
    assert heads == [3, 9, 15, 23, 29, 35, 41, 47, 53, 59, 65, 71, 77, 83, 89, 95], heads
    assert (by[3]["line"], by[3]["end"]) == (3, 7), by[3]
    assert (by[15]["line"], by[15]["end"]) == (15, 21), by[15]
    assert (by[95]["line"], by[95]["end"]) == (95, 99), by[95]
    assert by[3]["title"] == "The Design and Implementation of a Log-Structured File System", by[3]
    assert by[15]["title"] == "MapReduce: Simplified Data Processing on Large Clusters", by[15]
    assert by[47]["title"] == "In Search of an Understandable Consensus Algorithm", by[47]
    assert by[89]["title"] == "Dremel: A Decade of Interactive SQL Analysis at Web Scale", by[89]
    assert by[95]["title"] == "TiDB: a Raft-based HTAP database", by[95]
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every '### Title' heading is one entry, spanning the heading and its Chinese field lines"
        " (发表日期 date, optional 发表会议 venue, 论文链接 bare link) up to the last non-blank line before the next"
        " heading (16 entries).  Title = the heading text.  The page title is not an entry.",
        checked="Read the whole page; compared the -v output with all 16 headings and their spans, the MapReduce"
        " block with its extra venue line (15-21), the last block ending the file (95-99), and that no ids are"
        " reported.",
    )


if __name__ == "__main__":
    main()
