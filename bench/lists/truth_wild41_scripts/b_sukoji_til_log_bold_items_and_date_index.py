"""Wild41 truth for sukoji/multi-agent-paper-log README.md: a Korean developer's multi-agent LLM study log ("꼼꼼한
멀티에이전트 논문 TIL · Multi-Agent Paper Log"), one paper, framework or TIL memo a day, each with a reading note
in lecture_notes/.

Shape (450 lines and a final newline): a title, three intro bullets, a two-row folder table (7-10), then eleven
"####" topic sections (12-341) of items
  "* **Title** (Venue)" + "  * [Original Paper / Resource](url) / [Reading Note](lecture_notes/....md)"
separated by blank lines, and at the end a "<details><summary>날짜순 전체 인덱스</summary>" card (345-450) holding a
date index table "| Date | Note |" (348-349) with one row per note (350-448):
"| 2025-11-26 | [ReAct: ...](lecture_notes/2025-11-26-react.md) |".  Special cases:
- non-paper items in the same shape: framework docs (LangGraph, CrewAI, OpenAI Agents SDK, LangSmith, AgentOps,
  Guardrails, Llama docs), code repositories (smolagents, OpenAI Swarm, Open Interpreter, the owner's own sympo /
  tierforge / awesome list), an Anthropic blog post ("Developing a Computer Use Model"), the Anthropic CAI research
  page, protocol specs (MCP, A2A) and "(TIL)" memos with only a Reading Note link;
- OpenHands (56): the bold text is the title of the OpenHands arXiv paper but the link is the GitHub repository;
- three "(TIL / ...)" memos whose resource link is an arXiv paper: "Generative Agents Memory Architecture Deep Dive"
  (188, links the Generative Agents paper again), "Retrieval-Augmented Generation for Agents" (194, Lewis et al.'s
  RAG paper), "Survey on Memory for LLM Agents" (203, a memory survey);
- a nickname instead of a title: "Multi-Agent DDPG (MADDPG)" (302, arXiv 1706.02275);
- titles the owner shortened or reworded ("Gorilla: Large Language Model for API Calls", "AutoAct: Automatic Agent
  Learning from Scratch", "LASS: LLM Agent State Space"); a "?" title (WorkArena) and a Greek letter (τ-bench);
- every item reappears as a row of the date index, linked only to its local note.

Decisions:
- List entries: each of the 99 "* **...**" items whose resource is a scholarly paper: the 55 arXiv-linked items
  (52 papers + the three TIL memos) plus OpenHands (its bold text is the paper's exact title, with a repo link) = 56;
  span = the bold line and its link line.  Frameworks, docs, repos, the blog post, the CAI page, protocols and TIL
  memos without a paper link are not entries.
- Title = the bold text as written (reworded titles kept, "?" kept, the parenthesised venue left out); None for the
  three TIL memos (their bold text names the owner's memo topic, not the paper) and for "Multi-Agent DDPG (MADDPG)"
  (a nickname only).
- Date index rows: a row is an entry when it repeats a paper item of the list under the same text (the repeated
  record counts again): 53 rows; title = the link text (None for the MADDPG row).  Rows of the three TIL memos, the
  frameworks, docs, repos, protocols and other memos are not entries.  The summary line and table header are not.
  Total 56 + 53 = 109 entries.
- Ids from each entry's own lines: arXiv from the list items' arxiv.org links; index rows and OpenHands give none; no
  DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild41 import entry, read_lines, write_truth

NAME = "sukoji__multi-agent-paper-log__README@b8e9c22.md"
PART = "wild41_development"

ITEM = re.compile(r"^\* \*\*(?P<title>.+?)\*\* \((?P<venue>[^)]*(?:\([^)]*\)[^)]*)?)\)$")
RESOURCE = re.compile(r"^  \* \[Original Paper / Resource\]\((?P<url>[^)]+)\) / \[Reading Note\]\(lecture_notes/")
NOTE_ONLY = re.compile(r"^  \* \[Reading Note\]\(lecture_notes/[^)]+\)$")
ROW = re.compile(r"^\| (?P<date>\d{4}-\d{2}-\d{2}) \| \[(?P<title>.+?)\]\(lecture_notes/[^)]+\) \|$")
OPENHANDS = "OpenHands: An Open Platform for AI Software Developers as Generalist Agents"
TIL_WITH_PAPER = {188, 194, 203}
NICKNAME = {"Multi-Agent DDPG (MADDPG)"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    paper_titles = set()
    items = 0
    for n, text in enumerate(lines, 1):
        if not text.startswith("* **"):
            continue
        items += 1
        m = ITEM.match(text)
        assert m, (n, text)
        title = m.group("title")
        res = RESOURCE.match(lines[n])
        if not res:
            assert NOTE_ONLY.match(lines[n]) and "TIL" in m.group("venue"), (n, text, lines[n])
            continue
        url = res.group("url")
        if "arxiv.org/abs/" in url:
            if n in TIL_WITH_PAPER:
                assert m.group("venue").startswith("TIL"), (n, text)
                papers.append(entry(lines, n, n + 1, None))
                continue
            assert not m.group("venue").startswith("TIL"), (n, text)
        elif title != OPENHANDS:
            continue
        paper_titles.add(title)
        papers.append(entry(lines, n, n + 1, None if title in NICKNAME else title))
    listed = len(papers)
    rows = 0
    for n, text in enumerate(lines, 1):
        m = ROW.match(text)
        if not m:
            continue
        rows += 1
        if m.group("title") in paper_titles:
            title = m.group("title")
            papers.append(entry(lines, n, n, None if title in NICKNAME else title))
    assert items == 99, items
    assert rows == 99, rows
    assert listed == 56, listed
    assert len(paper_titles) == 53, len(paper_titles)
    assert len(papers) == 109, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '* **Title** (Venue)' item whose resource is a paper (arXiv link, or OpenHands whose bold text is its"
        " paper's title) is an entry spanning its link line (56); title = the bold text, None for the three TIL memos"
        " that link a paper and the MADDPG nickname; rows of the <details> date index repeating a paper item count"
        " again (53); frameworks, docs, repos, blog, protocols and TIL memos are not entries; arXiv ids from the"
        " items' links.",
        "Whole file read (450 lines) against the -v output: every one of the 99 items classified by its resource"
        " link (arXiv / docs / GitHub / anthropic.com / none), OpenHands (56-57), the TIL memos with arXiv links"
        " (188, 194, 203), MADDPG (302), the reworded Gorilla/AutoAct/LASS titles, the '?' (143) and τ-bench (218)"
        " titles, the first and last item of each of the 11 sections, every arXiv id against its link, and the 99"
        " index rows (350-448) against the list: the 53 paper rows kept, the TIL/framework/protocol rows skipped.",
    )


if __name__ == "__main__":
    main()
