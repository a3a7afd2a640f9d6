"""Wild53 truth for yujinandyanhaoyang/ACPs-app-paper ``参考文献.md`` ("references"): the reference list of a Chinese
thesis-style paper on a multi-agent recommender built on BUPT's Agent Collaboration Protocols (ACPs), newest commit
touching the file (222866c, 2026-05-02 "fix"; the first commit 1011f76 had 44 references with several repeats, the
fix removed the repeats and renumbered them to 38).

Shape: 77 lines, 7 KB.  ``# 参考文献`` (1), then 38 numbered references ``[1]`` .. ``[38]`` on the odd lines 3-77,
blank lines between them, no links, no list markup.  The style is the Chinese national standard GB/T 7714: authors
(surname + initials without dots, ``et al.`` after three), ``. ``, the title, and a document-type code glued to it:
``[J]`` journal article (or arXiv preprint: ``[J]. arXiv preprint arXiv:2307.02046, 2023.``), ``[C]//Proceedings
...`` paper in proceedings, ``[M]`` book, ``[M]//The Adaptive Web`` chapter in a book, ``[R]`` report, ``[S]``
standard.

Special cases:
- 3 ``[1] 中国音像与数字出版协会. 2023年度中国数字阅读报告[R]``: an industry association's annual statistics report on
  digital reading in China (Chinese title); 19 ``[9] 北京邮电大学人工智能学院. Agent Collaboration Protocols (ACPs)
  技术规范 v1.0[R]`` (a protocol specification) and 21 ``[10] ... ACPs 协议工程实现指南[R]`` (an engineering
  implementation guide), both by BUPT's AI school with mixed Chinese/English titles; 41 ``[20] ... FIPA Agent
  Communication Language Specifications[S]`` (a standard).  These are documentation, not research works: not entries.
- Books ``[M]`` (5 Recommender Systems Handbook, 37 An Introduction to MultiAgent Systems, 73 Developing Multi-Agent
  Systems with JADE) are not entries; the two book chapters ``[M]//The Adaptive Web`` (11 Pazzani & Billsus, 27
  Burke) are entries.
- Authors with apostrophes or hyphens (``O'Brien J C`` 67, ``Cesa-Bianchi N`` 69) stay in the author part, which
  ends at the first ``. ``; titles keep their parentheses (``Large Language Models (LLMs)`` 17) and hyphens.

Decisions:
- Entry = every reference of type [J], [C] or [M]// (chapter): 31 of the 38, one line each.
- Title = the text between the first ``. `` and the ``[J]``/``[C]``/``[M]`` code.
- arXiv ids from the ``arXiv:NNNN.NNNNN`` text (4 references: 17, 35, 61, 65); no URLs or DOIs in the file.
"""
import re

from _wild53 import entry, read_lines, write_truth

NAME = "yujinandyanhaoyang__ACPs-app-paper__参考文献@222866c.md"
PART = "wild53_development"

REF = re.compile(r"^\[(?P<n>\d+)\] (?P<authors>[^.]+?)\. (?P<title>.+?)\[(?P<kind>[JCMRS])\](?P<chap>//)?")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# 参考文献", lines[0]
    papers = []
    numbers = []
    left_out: dict[str, list[int]] = {}
    for n, ln in enumerate(lines, 1):
        if n == 1 or not ln.strip():
            continue
        m = REF.match(ln)
        assert m, (n, ln)
        numbers.append(int(m.group("n")))
        kind = m.group("kind") + (m.group("chap") or "")
        if kind in ("M", "R", "S"):
            left_out.setdefault(kind, []).append(n)
            continue
        title = m.group("title").strip()
        assert not re.search(r"[\[\]*`<>]", title), (n, title)
        papers.append(entry(lines, n, n, title))
    assert numbers == list(range(1, 39)), numbers
    assert left_out == {"R": [3, 19, 21], "M": [5, 37, 73], "S": [41]}, left_out
    assert len(papers) == 31, len(papers)
    t = {p["line"]: p for p in papers}
    assert t[7]["title"] == "Matrix Factorization Techniques for Recommender Systems", t[7]
    assert t[11]["title"] == "Content-Based Recommendation Systems", t[11]
    assert (t[17]["title"], t[17]["arxiv"]) == (
        "Recommender Systems in the Era of Large Language Models (LLMs)", "2307.02046"), t[17]
    assert t[27]["title"] == "Hybrid Web Recommender Systems", t[27]
    assert t[67]["title"] == "Generative Agents: Interactive Simulacra of Human Behavior", t[67]
    assert t[69]["title"] == "Finite-Time Analysis of the Multiarmed Bandit Problem", t[69]
    assert t[77]["title"].startswith("RecBole: Towards a Unified"), t[77]
    assert [p["line"] for p in papers if p["arxiv"]] == [17, 35, 61, 65]
    write_truth(
        NAME,
        PART,
        papers,
        "Each GB/T 7714 numbered reference of type [J] (journal / arXiv preprint), [C] (proceedings paper) or [M]//"
        " (book chapter) is an entry (31 of 38), title = the text between the end of the author list (first '. ') and"
        " the type code; the [M] books (5, 37, 73), the [R] industry report and protocol specification/guide (3, 19,"
        " 21) and the [S] standard (41) are not research works and are left out; arXiv ids from 'arXiv:' text.",
        "Read all 77 lines; compared -v for all 31 entries against the file: type codes of all 38 references checked"
        " by hand (left-out list asserted), chapter titles 11/27, parentheses 17, apostrophe/hyphen authors 67/69"
        " cut correctly, arXiv ids 17/35/61/65; no URLs or DOIs in the file.",
    )


if __name__ == "__main__":
    main()
