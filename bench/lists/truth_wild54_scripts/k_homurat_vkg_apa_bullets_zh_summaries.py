"""Wild54 truth for HomuraT/HMTBlog ``src/content/posts/study/paper/vkg/index.md``: a Chinese blog post ("VKG资料收集",
a collection of material on virtual knowledge graphs) from an Astro/Fuwari blog, newest commit touching it (43f18bd,
2026-02-27).

Shape: 92 lines, 13 KB.  YAML front matter (1-10, ``category: '论文或资源整理'``), then four ``#`` sections of bullets
and one of repository cards:
``# VKG 基础`` (12: bullets 14-17), ``# VKG 构造 (VKG Generation / Mapping Generation)`` (19: 20, 22, 24),
``# VKG 问答`` (27: 28), ``# VKG 应用`` (32: 33-59, every other line), ``# VKG 公开资源`` (62-92: ``::github{repo=...}``
directives and ``:::note`` blocks).  Every bullet is one APA-style reference on one line:
``- [YEAR] Authors (YEAR). <a href="URL"><i>Title</i></a>. Venue...`` and most are followed by an unbulleted line of
Chinese summary (21, 23, 25, 29, 34, ..., 60) that belongs to the bullet above.

Special cases:
- 14-15 are lecture slides (``Xiao, G. (2024). ... <i>1. Introduction to Virtual Knowledge Graphs</i> ... University of
  Bergen, Norway.``, ``<i>2. Virtual Knowledge Graphs Query Processing</i>``, numbered like a lecture series and linked
  to local ``/papers/vkg/*.pdf``) and 16 is a conference tutorial (``Tutorial at the 36th Int. Conf. ... (CAiSE
  2024)``): course material / talks, not research works, so not entries.
- Ids: 28 an arXiv pdf link (2503.14251); 43 an ACM pdf DOI; 55 a Springer content/pdf DOI; 57 and 59 Taylor &
  Francis ``doi/pdf/10.1080/...`` DOIs; none from the MIT Press, IJCAI, ZHAW, SSRN, ScienceDirect, ResearchGate links.
- 73 and 79 are ``:::note`` texts of ``::github`` repository cards that name a paper
  (``IJCAI2025论文LLM4VKG: Leveraging ...的仓库`` = "the repository of the IJCAI2025 paper ..."): they describe code
  repositories, not entries; so is 66 (``Ontop 完整文档``, documentation).
- 17 (``Virtual knowledge graphs: An overview ...``) has no summary line; every other entry has one.

Decisions:
- Entry = every ``- [YYYY]`` bullet except the three lecture/tutorial ones (14-16): 1 + 3 + 1 + 14 = 19 entries.  An
  entry spans its bullet line and, when present, the following Chinese summary line (which carries no ids).
- Title = the ``<i>...</i>`` text inside the link, as written (sentence case kept, e.g. ``Ontology based data
  access in Statoil``).
"""
import re

from _wild54 import entry, read_lines, write_truth

NAME = "HomuraT__HMTBlog__src__content__posts__study__paper__vkg__index@43f18bd.md"
PART = "wild54_development"

BULLET = re.compile(r'^- \[(?P<year>\d{4})\] (?P<authors>.+?) <a href="(?P<url>[^"]+)"><i>(?P<title>[^<]+)</i></a>\.')
NOT_PAPER = {14, 15, 16}  # lecture slides (14, 15) and a conference tutorial (16)


def main() -> None:
    lines = read_lines(NAME)
    assert lines[1] == "title: VKG资料收集", lines[1]
    papers = []
    bullets = 0
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("- "):
            continue
        m = BULLET.match(ln)
        assert m, (n, ln)
        bullets += 1
        if n in NOT_PAPER:
            continue
        end = n
        nxt = lines[n] if n < len(lines) else ""
        if nxt.strip() and not nxt.startswith(("- ", "#")):
            end = n + 1  # the Chinese summary line under the bullet
        papers.append(entry(lines, n, end, m.group("title")))
    assert bullets == 22, bullets
    t = {p["line"]: p for p in papers}
    assert t[17]["title"] == "Virtual knowledge graphs: An overview of systems and use cases", t[17]
    rodi = "RODI: Benchmarking Relational-to-Ontology Mapping Generation Quality"
    assert (t[20]["title"], t[20]["end"]) == (rodi, 21), t[20]
    assert (t[28]["arxiv"], t[28]["end"]) == ("2503.14251", 29), t[28]
    assert t[43]["doi"] == "10.1145/3269206.3269230", t[43]
    assert t[55]["doi"] == "10.1007/978-3-031-27815-0_34", t[55]
    assert t[59]["doi"] == "10.1080/17538947.2025.2528703", t[59]
    assert t[59]["title"].startswith("ATKIS-DLM-KG: a unified knowledge graph framework"), t[59]
    assert len(papers) == 19, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '- [YYYY] Authors (YEAR). <a><i>Title</i></a>. Venue' bullet is an entry (19) except the two numbered"
        " University of Bergen lecture-slide PDFs (14, 15) and the CAiSE 2024 tutorial (16), which are course/talk"
        " material; each entry spans its bullet and the unbulleted Chinese summary line under it when there is one;"
        " title = the <i>...</i> link text as written.  The ::github repository cards and their :::note texts (73, 79"
        " name papers as the source of a repo) and the Ontop documentation link (66) are not entries.",
        "Read all 92 lines; compared -v for all 19 entries (17, 20, 22, 24, 28, 33-59 odd lines): spans end on the"
        " summary line where one exists (17 has none), titles equal the <i> text, ids: arXiv 28, DOIs 43 (ACM), 55"
        " (Springer), 57/59 (Taylor & Francis doi/pdf); no ids from MIT Press, IJCAI, ZHAW, SSRN, ScienceDirect pii,"
        " ResearchGate or Oxford links.  Checked 14-16 are the lecture/tutorial items left out.",
    )


if __name__ == "__main__":
    main()
