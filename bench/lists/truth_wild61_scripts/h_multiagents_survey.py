"""Wild61 truth for taichengguo/LLM_MultiAgents_Survey_Papers README.md at a9538b5: the paper list of the survey
"Large Language Model based Multi-Agents: A Survey of Progress and Challenges" (arXiv 2402.01680), grouped by the
survey's five streams.

Shape: 347 lines.  HTML heading and figures, a note pointing to the survey (11-13), news with the five streams as
``-`` bullets (29-38, not papers), a commented-out citation block (40-42), a table of contents (45-65).  Then
``# Multi-Agents Framework`` (69), ``# Multi-Agents Orchestration and Efficiency`` (96), ``# Multi-Agents for
Problem Solving`` (126) with ``##`` topics, ``# Multi-Agents for World Simulation`` (200) with ``##`` topics (to 312),
``# Multi-Agents Datasets and Benchmarks`` (318), ``# Contributing`` and ``# Contact``.  Each paper is its own
paragraph in a prose citation style with Markdown-escaped brackets: date, title, first author ``et al.``, links::

    \\[2023/08\\] AutoGen: Enabling Next-Gen LLM Applications via Multi-Agent Conversation. Qingyun Wu et al. [\\[paper\\]](https://arxiv.org/abs/2308.08155)

Special cases:
- The title ends where the first-author part begins; a ``?`` ending the title is kept and the list sometimes
  adds a period after it (72 ``... the Key?. Qineng Wang et al.``, 149, 225, 282); titles may contain ``?``
  inside (70, 129, 221, 237).  Author parts have initials (169 ``A. Ghafarollahi``, 175 ``Daniil A. Boiko``,
  282 ``John J. Horton``) and escaped stars (320 ``Youran Sun\\*, Xingyu Ren\\*``).
- 205 has no separator between title and author (``... Crowd Simulations Yunzhe Wang et al.``); 209 only a ``?``;
  102 has no author part; 195, 197 and 278 have an empty author (``Models.  et al.``).  Titles set accordingly.
- Some lines add ``[\\[code\\]]`` / ``[\\[website\\]]`` links; 205 links the ACL Anthology, 171 PubMed Central.
- 110 ``\\[2023/11\\] crewAI. joaomdmoura et al. [\\[repo\\]](...)`` is a software repository, not a paper.
- Papers recur across sections (L2MAC 78/135, MetaGPT 92/137, consensus seeking 145/213/305); each line is an
  entry.  The date is the list's month, not always the paper's (287 ``[2026/01]`` with an arXiv 2604 id).

Decisions:
- Entry = every paragraph line ``\\[YYYY/MM\\] ... [\\[paper\\]](url)`` (106), one line each.
- Title = the text between the date and the first-author part: drop the links and a trailing ``et al.``, then cut
  at the last ``. ``/``? `` that is not an author initial; a trailing ``.`` is dropped, a ``?`` kept; 205 is set
  by hand.
"""
import re

from _wild61 import entry, read_lines, write_truth

NAME = "taichengguo__LLM_MultiAgents_Survey_Papers__README@a9538b5.md"
PART = "wild61_development"

LINE = re.compile(r"^\\\[(\d{4}/\d\d)\\\] (.*?)\s*\[\\\[paper\\\]\]")
HAND = {205: "Implicit Behavioral Alignment of Language Agents in High-Stakes Crowd Simulations"}


def title_of(body: str) -> str:
    body = body.strip()
    if body.endswith("et al."):
        body = body[: -len("et al.")].rstrip()
    cut = None
    for i, ch in enumerate(body[:-1]):
        if ch in ".?" and body[i + 1] == " ":
            if ch == "." and i >= 2 and body[i - 1].isupper() and body[i - 2] == " ":
                continue  # an author initial such as "A. Boiko"
            cut = i
    if cut is not None:
        title = body[: cut + 1] if body[cut] == "?" else body[:cut]
    else:
        title = body
    title = title.strip()
    if title.endswith("?."):
        title = title[:-1]
    return title.rstrip(".").strip() if not title.endswith("?") else title


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = LINE.match(ln)
        if not m:
            continue
        title = HAND.get(n) or title_of(m.group(2))
        papers.append(entry(lines, n, n, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 106, len(papers)
    assert min(by) == 70 and max(by) == 334, (min(by), max(by))
    assert by[70]["title"] == (
        "Are More LLM Calls All You Need? Towards Scaling Laws of Compound Inference Systems"
    ), by[70]
    assert by[70]["arxiv"] == "2403.02419", by[70]
    assert by[72]["title"] == "Rethinking the Bounds of LLM Reasoning: Are Multi-Agent Discussions the Key?", by[72]
    assert by[102]["title"] == "Achilles Heel of Distributed Multi-Agent Systems", by[102]
    assert by[169]["title"].endswith("combining physics and machine learning"), by[169]
    assert by[175]["title"] == "Emergent autonomous scientific research capabilities of large language models"
    assert by[195]["title"] == "D-Bot: Database Diagnosis System using Large Language Models", by[195]
    assert by[197]["title"] == "LLM As DBA", by[197]
    assert by[205]["title"].endswith("High-Stakes Crowd Simulations"), by[205]
    assert by[209]["title"] == "Can Large Language Model Agents Simulate Human Trust Behaviors?", by[209]
    assert by[282]["title"].endswith("What Can We Learn from Homo Silicus?"), by[282]
    assert by[320]["title"] == "PerspectiveGap: A Benchmark for Multi-Agent Orchestration Prompting", by[320]
    for n in (12, 34, 47, 110, 315, 339):
        assert n not in by, n
    write_truth(
        NAME,
        PART,
        papers,
        method="Every paragraph line '\\[YYYY/MM\\] Title. First Author et al. [\\[paper\\]](url)' is one entry"
        " (106), one line each; repeats across sections kept.  Title = the text between the date and the"
        " first-author part (links and 'et al.' dropped, cut at the last '. ' or '? ' that is not an author"
        " initial; a '?' ending the title is kept, a trailing '.' dropped; 205, which has no separator before"
        " the author, is set by hand).  The crewAI [\\[repo\\]] line, the stream bullets and the table of"
        " contents are not entries.",
        checked="Read the whole file; compared the -v output with all 106 lines: titles with '?' inside and at"
        " the end ('?.' 72, 149, 225, 282; '? ' 209), author initials (169, 175, 282), empty or missing authors"
        " (102, 195, 197, 278), the glued author of 205, starred authors 320, and that crewAI (110) is absent;"
        " sampled arXiv ids.",
    )


if __name__ == "__main__":
    main()
