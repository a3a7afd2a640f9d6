"""Wild35 truth for ChaseLight-Smile/DatabasePapersReadingLists README.md: a database PhD student's
annotated reading list of database / distributed-systems papers (Chinese commentary). The account was
renamed over time (badges on lines 3-5 name Ethanzjp/DBMSology, same GitHub user id in the history); it is
the author's own list, not a copy.

Shape: a nested bullet list whose indentation mixes spaces and tabs. Top-level bullets (`* Index`,
`* Sorting`, ... lines 18, 44, 48, 103, 113, 118, 133, 139, 156, 162) and the sub-category bullets under
"In-memory database" (lines 163, 167, 171, 195, 202) are section names, not entries. Every other bullet in
lines 19-206 is one paper: `* Title<br>` (or `</br>`, or nothing), optionally followed by unindented
commentary lines in Chinese (lazy continuation, sometimes opening with a bare PDF URL, lines 143, 145,
152); the entry spans the bullet and its continuation lines up to the next bullet or blank line.
Titles: the bullet text without `<br>`, with these list annotations dropped: venue/year parentheses after
the title ("(sigmod 2016)" l.57, "(2017)" l.60, "(SIGMOD 2020)" l.101, "(FAST 2020 best paper)" l.109,
"(FAST 2020)" l.128, ".(ASPLOS 2020)" l.157, "(H.G. Molina文章)" l.164), the bracketed author/year
"[M. J. Franklin 1997]" (l.144), the bracket tags before a title "(SPARK)" (l.88) and "(raft-ATC)" (l.106),
and " - extention" marking an extended version (l.29). "raft: In Search of ..." (l.105) keeps its nickname.
Lines 203-205 are citations "Author, et al., Title, in VENUE, year"; the title is the middle part.
Line 98 names two papers joined by "or" (HadoopDB 2009 and its 2019 retrospective): two entries, same line.
Repeats are kept (Raft on lines 105 and 106, XIndex and its extended version on 28-29). Magazine articles
(Alexandrescu's lock-free columns, l.119/121/127) and a Tandem technical report (l.142) count as papers.
Not entries: the references section (lines 209-215: course pages, blogs, a proceedings DOI).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild35 import entry, read_lines, write_truth

NAME = "ChaseLight-Smile__DatabasePapersReadingLists__README@4d0bb5e.md"
PART = "wild35_development"
SECTIONS = {18, 44, 48, 103, 113, 118, 133, 139, 156, 162, 163, 167, 171, 195, 202}
TITLES = {
    29: "XIndex： A Scalable Learned Index for Multicore Data Storage",
    57: "The Snowflake Elastic Data Warehouse",
    60: "FlashKV Accelerating KV Performance with Open-Channel SSDs",
    88: "Resilient Distributed Datasets：A Fault-Tolerant Abstraction for In-Memory Cluster Computing",
    101: "CockroachDB: The Resilient Geo-Distributed SQL Database",
    106: "In Search of an Understandable Consensus Algorithm",
    109: "Strong and Efficient Consistency with Consistency-Aware Durability",
    128: "How to Copy Files",
    144: "Concurrency Control and Recovery",
    157: "Catalyzer: Sub-millisecond Startup for Serverless Computing withInitialization-less Booting",
    164: "Main memory database systems：an overview",
    203: "Fast Serializable Multi-Version Concurrency Control for Main-Memory Database Systems",
    204: "Cicada: Dependably Fast Multi-Core In-Memory Transactions",
    205: "High-Performance Concurrency Control Mechanisms for Main-Memory Databases",
}
HADOOPDB = ("HadoopDB: An Architectural Hybrid of MapReduce and DBMS Technologies for Analytical Workloads",
            "Integration of LargeScale Data Processing Systems and Traditional Parallel Database Technology")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    bullet = re.compile(r"^\s*\*\s+(.*\S)\s*$")
    for i in range(19, 207):
        m = bullet.match(lines[i - 1])
        if not m or i in SECTIONS:
            continue
        j = i
        while j < len(lines) and lines[j].strip() and not bullet.match(lines[j]) and not lines[j].startswith("#"):
            j += 1
        if i == 98:
            for t in HADOOPDB:
                papers.append(entry(lines, i, j, t))
            continue
        title = TITLES.get(i) or re.sub(r"\s*</?br>\s*$", "", m.group(1))
        papers.append(entry(lines, i, j, title))
    assert len(papers) == 82, len(papers)
    write_truth(NAME, PART, papers,
                "Each non-section bullet in lines 19-206 is one paper spanning its unindented commentary lines; "
                "title = bullet text without <br> and without venue/year parentheses, author brackets and nickname "
                "tags; line 98 names two papers; the references section is not entries.",
                "Every bullet of lines 18-215 read against the file by eye (sections, spans of commented entries, "
                "the 14 edited titles, the two-paper line 98); no arXiv ids or DOIs occur in the entries.")


if __name__ == "__main__":
    main()
