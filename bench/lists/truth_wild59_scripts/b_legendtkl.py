"""Wild59 truth for legendtkl/paper_reading README.md at f52d2af (2020-11-03): an engineer's personal reading notes on
classic distributed-systems papers ("经典论文阅读笔记，文章同步发布在知乎和博客上").  The README is the list of papers
read, by topic, some with links to the note file and the zhihu post.

Shape: 39 lines, no trailing newline.  Title and a one-line Chinese intro (1-2).  Six ``## N. 主题`` sections with
Chinese headings: 分布式计算 (6-13), 分布式协调 (15-17), 分布式存储 (19-25), 调度系统 (27-32), OLAP (34-36),
AutoScale (38-39).  Under each a numbered list, one paper a line, the title in bold italics:
``1. ***Title***`` alone (11-39), or followed by a colon and note links
``1. ***Title***: [笔记原文](./x.md)，[知乎](https://zhuanlan.zhihu.com/p/...)`` (7-10).

Special cases:
- The colon after the title varies: ASCII ``:`` (7, 10), `` :`` with a space before (8), full-width ``：`` (9); the
  links are separated by a full-width comma ``，``; 7 has an empty zhihu link ``[知乎]()``.
- 22 has a typographic apostrophe (``Amazon’s``), 23 / 24 a straight one (``Facebook's``, ``Google's``): kept as
  written.
- 25 ``F1 - The Fault-Tolerant Distributed RDBMS ...`` keeps its spaced hyphen; 17 keeps ``(Extended Version)``,
  which is part of the Raft paper's title.
- 36 ``***Apache Druid***`` names the paper by its system, not by its title ("Druid: A Real-time Analytical Data
  Store"); it is still one item of the numbered paper list, so an entry with the title as the file writes it.

Decisions:
- Entry = every numbered item ``N. ***...***`` (7-39): 23 entries, one line each.  Title = the text between the
  ``***`` markers.  Headings, intro and the note / zhihu links are not entries.  No arXiv id or DOI in the file.
"""
import re

from _wild59 import entry, read_lines, write_truth

NAME = "legendtkl__paper_reading__README@f52d2af.md"
PART = "wild59_development"

ROW = re.compile(r"^\d+\. \*\*\*(?P<title>.+?)\*\*\*")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ROW.match(ln)
        if m:
            papers.append(entry(lines, n, n, m.group("title").strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 23, len(papers)
    assert min(by) == 7 and max(by) == 39, (min(by), max(by))
    assert by[7]["title"] == "Discretized Streams: Fault-Tolerant Streaming Computation at Scale", by[7]
    assert by[8]["title"] == "Structured Streaming: A Declarative API for Real-Time Applications in Apache Spark"
    assert by[9]["title"].startswith("The dataflow model: a practical approach to balancing correctness"), by[9]
    assert by[9]["title"].endswith("massive-scale, unbounded, out-of-order data processing"), by[9]
    assert by[17]["title"] == "In Search of an Understandable Consensus Algorithm (Extended Version)", by[17]
    assert by[22]["title"] == "Dynamo: Amazon\u2019s Highly Available Key-value Store", by[22]
    assert by[25]["title"] == "F1 - The Fault-Tolerant Distributed RDBMS Supporting Google's Ad Business", by[25]
    assert by[36]["title"] == "Apache Druid", by[36]
    assert by[39]["title"] == "Autopilot: workload autoscaling at Google", by[39]
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every numbered item 'N. ***Title***' under the six topic headings (lines 7-39) is one entry, one line"
        " each (23).  Title = the text between the *** markers (the colon and the 笔记原文 / 知乎 links after it are"
        " not part of it).  '***Apache Druid***' (36) names the paper by its system and is kept as written.",
        checked="Read the whole file; compared the -v output with all 23 numbered items, the three colon forms"
        " (7/10, 8, 9), apostrophes (22 typographic, 23/24 straight), the spaced hyphen (25) and '(Extended Version)'"
        " (17).",
    )


if __name__ == "__main__":
    main()
