"""Wild35 truth for HippopotamusData/db-papers CATALOG.md: a generated catalogue ("本文件由 `make catalog` 从各论文的
`paper.yaml` 生成") of 150 database-systems papers kept for Chinese full-text translation.

Shape: Chinese headings; an overview bullet list (counts) and a domain-count table (lines 16-29, rows "| 基础与综述
(`foundations`) | 2 |") that are not entries; then one six-column table per domain (论文 | 主题 | 年份 | 评分 | 阅读状态 |
权威原文入口). Each row starting "| [" is one entry: the first cell links the paper title to the repository's local
translation.md or source.pdf; the last cell "[原文](<url>)" is the official source in an angle-bracketed link
target, from which DOIs/arXiv ids come. Rows with status "skipped" (Architecture of a Database System, Main Memory
Database Systems, ...) are still entries: they name a paper. A closing metadata-completeness table (字段 | 已确认 |
待补证据) is not an entry. The title is the first cell's link text as written (e.g. "Apache Flink™: ...").
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild35 import entry, read_lines, write_truth

NAME = "HippopotamusData__db-papers__CATALOG@f2538da.md"
PART = "wild35_development"

ROW = re.compile(r"^\| \[(.+?)\]\((?:papers/[^)]*)\) \|")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, line in enumerate(lines, 1):
        if not line.startswith("| ["):
            continue
        m = ROW.match(line)
        assert m, (n, line)
        papers.append(entry(lines, n, n, m.group(1)))
    assert len(papers) == 150, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each domain-table row starting '| [' is one entry (150, as the catalogue's own count says); title is the"
        " first cell's link text; ids come from the row's [原文](<url>) source link.",
        "Section heads and counts read by eye against the 12 domain tables; first and last row of every table,"
        " the six 'skipped' rows and a sample of 25 rows checked; overview and metadata tables confirmed as"
        " non-entries.",
    )


if __name__ == "__main__":
    main()
