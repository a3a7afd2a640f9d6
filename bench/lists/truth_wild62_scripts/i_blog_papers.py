"""Wild62 truth for liuyehcf/BlogSource _posts/Papers.md at c32bab8: a Chinese Hexo blog post 'Papers', a personal
database/systems reading log kept as raw HTML tables inside Markdown, followed by a nested bullet TODO list.

Shape: 2025 lines.  Front matter (1-8), ``**阅读更多**`` and an HTML comment holding an empty row template with
``<a href=""></a>`` (14-28, not an entry).  Sections ``# 1 OLAP`` (30), ``## 1.1 DSPS`` (1273), ``## 1.2 LakeHouse``
(1524), ``# 2 Serverless`` (1628), ``# 3 Compile Tech`` (1676), ``# 4 Cpp`` (1703): each a ``<table>`` with a header
row ``题目 | 分类 | 概要 | 状态 | 推荐级别`` (title, category, summary, status, rating) and one ``<tr>`` per paper,
spread over many lines: the first ``<td>`` holds ``<a href="...pdf">Title</a>`` on its own line, then ``<li><code>#tag``
tags, a long ``<li>`` summary (sometimes nested ``<ul>``), a status emoji and stars.  ``# 5 TODO`` (1932-2025) is a
nested bullet list: category labels (``* Optimization``, ``* SubQuery``) and ``* [Title](url)`` papers.

Special cases:
- Three rows write the anchor as ``<a target="_blank" rel="noopener" href=...>`` (833, 985, 1093).
- The row at 151 (Interleaved Multi-Vectorizing) has in its summary a link to a StarRocks pull request (158): not a
  paper, not an entry.
- Titles are taken exactly as written: ``[Efficient-External-Sorting-in-DuckDB]`` (458) is written in brackets and
  with hyphens, the title is ``Efficient-External-Sorting-in-DuckDB``; ``Enhanced-Subquery-Optimizations-in-Oracle``
  (879) keeps its hyphens; ``Of Nests aud Trees: A Untied Approach ...`` (833) keeps its typos;
  ``WinMagic : Subquery ...`` and ``Views:A Practical`` keep their spacing.
- TODO list: 1966 names a paper without a link, in Chinese book-title brackets ``《Fast multi-column sorting in
  main-memory column-stores》``: an entry, title without the brackets.  1983 links the Wikipedia article
  ``Count-distinct problem`` and 1984-1991 are bare topics in Chinese or English (``伯努利采样``, ``Kernel Density
  Estimation``): not entries.  Category labels are not entries.
- Some papers appear twice (NeuroCard 1066 and 1976, Lakehouse 1539 and 2017, Sort vs. Hash Revisited 1963 and 1965
  with and without colon, Including Group-By 969 and 1941): every occurrence is its own entry.
- Items that are not conference papers but are papers/reports (``What Every Programmer Should Know About Memory``,
  ``GPU Computing``, ``Language Models are Unsupervised Multitask Learners``) count as entries.

Decisions:
- Entry = each table row with a title anchor (span ``<tr>`` .. ``</tr>``, so the ids in its links count) and each TODO
  bullet whose link text is a paper title or that names a paper in 《》 (one line).
- Title = the text of the row's first anchor / the bullet's link text, brackets removed from 458 and 1966.
"""
import re

from _wild62 import entry, read_lines, write_truth

NAME = "liuyehcf__BlogSource___posts__Papers@c32bab8.md"
PART = "wild62_held_out"

ANCHOR = re.compile(r"^\s*<a [^>]*href=\"[^\"]*\">([^<]*)</a>\s*$")
BULLET = re.compile(r"^\s*\* \[([^\]]+)\]\(([^)]*)\)\s*$")
BOOK = re.compile(r"^\s*\* 《([^》]+)》\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    tr = None
    title = None
    for n, ln in enumerate(lines, 1):
        if n < 30:
            continue
        s = ln.strip()
        if s == "<tr>":
            tr, title = n, None
        elif tr is not None and title is None and ANCHOR.match(ln):
            title = ANCHOR.match(ln).group(1).strip()
        elif s == "</tr>":
            if title is not None:
                if title.startswith("[") and title.endswith("]"):
                    title = title[1:-1]
                papers.append(entry(lines, tr, n, title))
            tr = None
        elif n >= 1932:
            m = BULLET.match(ln)
            if m and "wikipedia.org" not in m.group(2):
                papers.append(entry(lines, n, n, m.group(1).strip()))
            m = BOOK.match(ln)
            if m:
                papers.append(entry(lines, n, n, m.group(1).strip()))
    by = {}
    for p in papers:
        by.setdefault(p["line"], p)
    table = [p for p in papers if p["line"] < 1932]
    assert len(table) == 55, len(table)
    assert len(papers) == 55 + 60, len(papers)
    assert by[43]["title"].startswith("Morsel-Driven Parallelism: A NUMA-Aware"), by[43]
    assert by[456]["title"] == "Efficient-External-Sorting-in-DuckDB", by[456]
    assert by[831]["title"].startswith("Of Nests aud Trees: A Untied Approach"), by[831]
    assert by[1091]["title"] == "Towards Estimation Error Guarantees for Distinct Values", by[1091]
    assert by[1091]["doi"] == "10.1145/335168.335230", by[1091]
    assert by[1855]["title"] == "What Every Programmer Should Know About Memory", by[1855]
    assert by[1966]["title"] == "Fast multi-column sorting in main-memory column-stores", by[1966]
    assert by[1938]["doi"] == "10.1145/276304.276309", by[1938]
    assert by[2025]["title"] == "Language Models are Unsupervised Multitask Learners", by[2025]
    for n in (17, 158, 1934, 1983, 1984, 1987, 1988):
        assert n not in by, n
    write_truth(
        NAME,
        PART,
        papers,
        method="Entries are (a) each row of the HTML tables (题目/分类/概要/状态/推荐级别) that has a title anchor"
        " in its first cell: span <tr>..</tr>, title = the anchor text (brackets of '[Efficient-External-Sorting-in-"
        "DuckDB]' removed, hyphens and typos kept); (b) each bullet of the '# 5 TODO' nested list whose link text is"
        " a paper title, plus the unlinked 《Fast multi-column sorting in main-memory column-stores》 (title without"
        " 《》).  Not entries: the commented-out row template, the StarRocks PR link inside a summary cell, category"
        " bullets, the Wikipedia link 'Count-distinct problem' and bare topic bullets (伯努利采样 etc.).  Repeated"
        " papers are entries each time.",
        checked="Listed every anchor and every TODO line by line number; compared the -v output with all 55 table"
        " rows (including the three target=_blank anchors at 833/985/1093) and all TODO bullets; checked the bracketed and"
        " hyphenated titles, the 《》 item, and that the template, PR link, Wikipedia link and topic bullets are out.",
    )


if __name__ == "__main__":
    main()
