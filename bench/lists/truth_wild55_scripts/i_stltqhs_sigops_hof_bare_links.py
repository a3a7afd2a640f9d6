"""Wild55 truth for stltqhs/stltqhs.github.io source/_posts/java-programmer-knowledge-paper.md: a Chinese Hexo blog
post "Java后端开发 - 优秀论文" (excellent papers for Java back-end developers): systems papers of the ACM SIGOPS Hall
of Fame, resource scheduling, distributed consensus and big-data storage/processing.  The Markdown source lives on
the site's ``edition`` branch (``master`` holds the generated HTML); newest commit touching it there (f206083).

Shape: 253 lines.  Hexo front matter (1-6), ``# ACM SIGOPS名人堂系列`` (8), ``# 资源调度`` (168), ``# 分布式`` (180),
``# 大数据系列`` (205) with ``## 基础`` / ``## 文件存储`` / ``## 数据存储`` / ``## 数据处理``.  Every item is a bare
``[Title](url)`` paragraph (no bullet), separated by blank lines (runs of 3-5 blank lines between groups).

Special cases:
- 14 links ``[ACM SIGOPS名人堂（第一期）](https://mp.weixin.qq.com/...)`` ... ``（第十四期）`` (10, 22, ... 158) are
  WeChat articles introducing each Hall-of-Fame batch, not papers: not entries.
- Some papers are named only by a short name as link text: ``[YARN]`` 172, ``[Omega]`` 174, ``[Zab]`` 184,
  ``[Raft]`` 186, ``[Gossip]`` 190, ``[SAGAS]`` 203, ``[LSMTree]`` 209; the title is that name as the file writes it.
- 190 names three papers on one line: ``[Gossip](..)（[Gossip and Epidemic Protocols](..) , [Gossip Survy](..)）``
  (full-width parentheses): three entries on the same line, titles ``Gossip``, ``Gossip and Epidemic Protocols``,
  ``Gossip Survy`` (typo kept).
- 196-197: the link text wraps (``[Impossibility of Distributed Consensus with One Faulty`` / ``Process](...)``);
  joined with a space.
- Titles are kept as written: ``MapReduce : Simplified ...`` (144, space before colon), ``Disks(RAID)`` (84),
  lower-case ``an exercise in distributed computing`` (44, the Grapevine paper), ``The Structure of the
  "THE"-Multiprogramming`` (12, inner quotes kept).
- 239 ``Hypertable Architecture Overview`` is a company white paper; kept as an entry (the post lists it among the
  papers, it is a technical paper).
- Repeats (GFS 142/215, MapReduce 144/247, Bigtable 146/235, Dynamo 154/229, Viewstamped Replication 92/188) count
  per occurrence.
- Ids: none of the URLs carries an arXiv id or DOI (CiteSeerX ``doi=10.1.1...`` parameters are not DOIs).

Decisions: entry = every link paragraph except the 14 WeChat batch links; 190 gives three entries; title = link text.
"""
import re

from _wild55 import entry, read_lines, write_truth

NAME = "stltqhs__stltqhs.github.io__source___posts__java-programmer-knowledge-paper@f206083.md"
PART = "wild55_development"

LINK = re.compile(r"\[(?P<title>[^\]]+)\]\((?P<url>[^)]*)\)")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    batches = []
    n = 0
    while n < len(lines):
        n += 1
        ln = lines[n - 1]
        if not ln.startswith("["):
            continue
        first, text = n, ln
        if "](" not in ln:  # link text wrapped onto the next line
            text = ln + " " + lines[n]
            n += 1
        links = LINK.findall(text)
        assert links, (first, text)
        if "mp.weixin.qq.com" in links[0][1]:
            assert links[0][0].startswith("ACM SIGOPS名人堂（第"), (first, text)
            batches.append(first)
            continue
        for title, _url in links:
            papers.append(entry(lines, first, n, title))
    assert len(batches) == 14, batches
    by = {}
    for p in papers:
        by.setdefault(p["line"], []).append(p)
    assert len(papers) == 100 - 14 + 2, len(papers)
    assert [p["title"] for p in by[190]] == ["Gossip", "Gossip and Epidemic Protocols", "Gossip Survy"], by[190]
    assert (by[196][0]["title"], by[196][0]["end"]) == (
        "Impossibility of Distributed Consensus with One Faulty Process", 197), by[196]
    assert by[12][0]["title"] == 'The Structure of the "THE"-Multiprogramming', by[12]
    assert by[144][0]["title"] == "MapReduce : Simplified Data Processing on Large Clusters", by[144]
    assert by[172][0]["title"] == "YARN" and by[209][0]["title"] == "LSMTree", (by[172], by[209])
    assert by[253][0]["title"] == ("Large-scale Incremental Processing Using Distributed Transactions and"
                                   " Notifications"), by[253]
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every bare '[Title](url)' paragraph is an entry except the 14 '[ACM SIGOPS名人堂（第N期）](WeChat)' batch"
        " introductions; the line 190 that names three gossip papers gives three entries; repeats count per"
        " occurrence.  Title = the link text as written (short names like 'YARN', 'Raft', 'LSMTree' included; the"
        " wrapped link text 196-197 joined).",
        "Listed all 100 link paragraphs and compared -v against the file: the 14 skipped WeChat links, the three"
        " titles of 190, the wrapped 196-197, short-name titles, the inner quotes at 12 and 'MapReduce :' at 144,"
        " the repeats, and that no arXiv id or DOI is extracted.",
    )


if __name__ == "__main__":
    main()
