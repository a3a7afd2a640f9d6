"""Wild49 truth for alg-bug-engineer/agent-skills-collections papers/README.md: a Chinese page "Agent Skills 学术论文"
of LLM-agent papers, newest commit (3c0f7f4, 2026-01-04).

Shape: 342 lines, 11 KB.  Title, a one-line Chinese intro, a centred ``<div>`` with two shields.io badges (7-8,
``Papers-50+``, not entries), a ``## 📑 目录`` anchor list (14-23), then eight ``## <emoji> <Chinese section>``
sections (27-284), each with a Chinese sentence and paper cards separated by ``---`` rules.  A card is a
``### <English title>`` heading followed directly by Chinese-labelled bold fields, one bullet each:
``- **作者**: ...``, ``- **会议**: ICLR 2023``, ``- **链接**: [arXiv:2210.03629](https://arxiv.org/abs/2210.03629)``,
``- **引用**: 5000+``, ``- **核心贡献**:`` with three indented Chinese sub-bullets, ``- **关键词**: ...`` and
sometimes ``- **代码**: [GitHub](...)``; the card ends at the next blank line.  19 cards.  Then ``## 📊 统计数据``
(288) holds a ``### 论文引用排行`` pipe table (292-298) ranking five papers by nickname only
(``| 1 | Chain-of-Thought | 8000+ | 2022 |``) and a venue-share bullet list (302-306); ``## 🔗 相关资源`` (310-315,
websites) and ``## 📝 提交论文`` (319-334) whose fenced template holds a fake card ``### 论文标题`` (325).

Special cases:
- 230 and 264 are the same survey ("A Survey on Large Language Model based Autonomous Agents") in two sections:
  two entries.
- 218 ``AgentBench: Evaluating LLMs as Web Agents`` is not the paper's real title; kept as written.
- The five ranking-table rows (294-298) mention papers only by nickname (Chain-of-Thought, ReAct, Reflexion,
  Toolformer, Tree of Thoughts): entries with no title (None), each a repeat of a card.
- The fenced template card (325-333) is not an entry; nor are the badges, the TOC, the venue shares, the websites.

Decisions:
- Entry = every ``### `` card heading outside the fence except the section-internal ``### 论文引用排行`` /
  ``### 发表会议分布`` headings (19), spanning heading .. last field line; title = the heading text.
- Entry = every data row of the ranking table (5), title None.
- Ids: the arXiv link of each card's ``**链接**`` field.
"""
import re

from _wild49 import entry, read_lines, write_truth

NAME = "alg-bug-engineer__agent-skills-collections__papers__README@3c0f7f4.md"
PART = "wild49_development"

CARD = re.compile(r"^### (?P<title>.+)$")
FIELD = re.compile(r"^(?:- \*\*(?:作者|会议|链接|引用|核心贡献|关键词|代码)\*\*:|  - )")
NOT_CARDS = {"论文引用排行", "发表会议分布", "论文标题"}
RANK_ROW = re.compile(r"^\| (?P<rank>\d) \| (?P<nick>[^|]+?) \| (?P<cites>\d+\+) \| (?P<year>\d{4}) \|$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# 📖 Agent Skills 学术论文"
    papers = []
    fence = False
    cards = 0
    ranks = []
    for n, ln in enumerate(lines, 1):
        if ln.startswith("```"):
            fence = not fence
            continue
        if fence:
            continue
        m = CARD.match(ln)
        if m and m.group("title") not in NOT_CARDS:
            end = n
            while end < len(lines) and FIELD.match(lines[end]):
                end += 1
            assert end - n >= 5, (n, end)
            papers.append(entry(lines, n, end, m.group("title").strip()))
            cards += 1
            continue
        r = RANK_ROW.match(ln)
        if r:
            ranks.append(r.group("nick"))
            papers.append(entry(lines, n, n, None))
    assert cards == 19, cards
    assert ranks == ["Chain-of-Thought", "ReAct", "Reflexion", "Toolformer", "Tree of Thoughts"], ranks
    assert len(papers) == 24, len(papers)
    t = {p["line"]: p for p in papers}
    assert (t[31]["title"], t[31]["end"], t[31]["arxiv"]) == (
        "ReAct: Synergizing Reasoning and Acting in Language Models", 41, "2210.03629"), t[31]
    assert (t[43]["end"], t[54]["end"]) == (52, 63), (t[43], t[54])
    assert t[218]["title"] == "AgentBench: Evaluating LLMs as Web Agents", t[218]
    assert t[230]["title"] == t[264]["title"] == "A Survey on Large Language Model based Autonomous Agents"
    assert (t[275]["title"], t[275]["arxiv"]) == ("The Dawn of LLMs in Multi-Agent Systems", "2308.08555"), t[275]
    assert t[294]["title"] is None and t[298]["arxiv"] is None, (t[294], t[298])
    assert 325 not in t
    write_truth(
        NAME,
        PART,
        papers,
        "Every '### <title>' paper card outside the fenced submission template (19; the '### 论文引用排行' and"
        " '### 发表会议分布' sub-headings excluded) is an entry spanning its heading and its bullet fields (作者, 会议,"
        " 链接, 引用, 核心贡献 + sub-bullets, 关键词, 代码) up to the blank line; title = heading text as written; plus the"
        " five rows of the citation-ranking table (294-298), which name papers only by nickname: entries with title"
        " None.  The repeated survey (230, 264) is two entries.  Badges, TOC, venue shares, websites, the fenced"
        " template card '### 论文标题' are not entries.",
        "Read all 342 lines; compared -v for all 19 cards (heading text, span to the last field line, arXiv id from the"
        " 链接 field) and the 5 ranking rows; checked the duplicate survey 230/264, the wrong AgentBench title kept as"
        " written (218), the fenced template at 324-334 skipped.",
    )


if __name__ == "__main__":
    main()
