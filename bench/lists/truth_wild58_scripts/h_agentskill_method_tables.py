"""Wild58 truth for Cassie07/AgentSkill_Survey README.md at 528df18 (2026-06-21): the companion repository of the
survey "Agent Skill Evaluation and Evolution: Frameworks and Benchmarks" (Ding et al., arXiv 2606.11435).  The works
the survey discusses are given as three comparison tables of methods and benchmarks, each row naming a work by its
short name and linking its paper.

Shape: 142 lines.  Title (1), ``📄 Paper link: [arXiv](https://arxiv.org/abs/2606.11435)`` to the survey itself
(3), abstract and intro (5-7), overview figure (9-11), a blockquote (13), table of contents (15-19).  Then three
``| Work | Reference | Category | Year |`` tables, each with a header and a ``|------|`` separator row:
- "Skill Creation, Usage & Evolution" (23-55): rows 29-55;
- "Skill-Centric Evaluation & Benchmarks" (59-76): rows 65-76;
- "Table 3 — General-Domain Evaluation Benchmarks" (80-126): rows 86-126.
One row a work: ``| Voyager | [Link](https://arxiv.org/abs/2305.16291) | 🤖 Creation — Automatic Creation | 2023 |``.
The Work cell is the method's or benchmark's short name (Voyager, SAGE, HotpotQA, τ²-Bench, M³-Bench), not the
paper's title; the Reference cell is a bare ``[Link](url)``.  "Citation" (130-142) holds the survey's bibtex.

Special cases:
- Four rows link no paper: ``Anthropic Skill Creator`` (29, github.com/anthropics/skills), ``AMC / AIME`` (97, an
  Art of Problem Solving wiki page), ``DeepScaleR`` (99, a GitHub repository), ``AlpacaEval`` (111, a GitHub
  repository).
- 100 (``Natural Questions (NQ)``) links an ACL Anthology page (Q19-1026), not arXiv.
- The same work appears in two tables: SkillRouter (33, 68), AgentSkillOS (36) / AgentSkillOS Benchmark (70),
  SkillForge (38, 76), all with the same arXiv link.
- Names hold non-ASCII letters and punctuation (``τ²-Bench``, 124; ``M³-Bench``, 125; ``HLE (Humanity's Last
  Exam)``, 109; ``MineDojo / Minecraft``, 126).

Decisions:
- Entry = every table row whose Reference link points to a paper (arxiv.org/abs or aclanthology.org): 76 entries,
  one line each.  The four rows linking a GitHub repository or a wiki page (29, 97, 99, 111) name a tool, a
  repository or a competition, not a paper: not entries.
- Title = None for every entry: the row names the work (``Voyager``) but never writes its paper's title ("Voyager:
  An Open-Ended Embodied Agent with Large Language Models"); the short name is not a title.
- The survey's own arXiv link (3) and bibtex are not entries; header and separator rows are not entries; a work in
  two tables is an entry each time.
- arXiv ids come from the arxiv.org/abs links.
"""
import re

from _wild58 import entry, read_lines, write_truth

NAME = "Cassie07__AgentSkill_Survey__README@528df18.md"
PART = "wild58_development"

ROW = re.compile(r"^\| (?P<work>[^|]+?) \| \[Link\]\((?P<url>[^)]+)\) \|")
PAPER = re.compile(r"^https?://(arxiv\.org/abs/|aclanthology\.org/)")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    skipped = []
    for n, ln in enumerate(lines, 1):
        m = ROW.match(ln)
        if not m:
            continue
        if not PAPER.match(m.group("url")):
            skipped.append(n)
            continue
        papers.append(entry(lines, n, n, None))
    by = {p["line"]: p for p in papers}
    assert skipped == [29, 97, 99, 111], skipped
    assert len(papers) == 76, len(papers)
    assert sorted(by) == [n for n in list(range(30, 56)) + list(range(65, 77)) + list(range(86, 127))
                          if n not in (97, 99, 111)], sorted(by)
    assert all(p["title"] is None for p in papers)
    assert by[30]["arxiv"] == "2305.16291", by[30]
    assert by[33]["arxiv"] == by[68]["arxiv"] == "2603.22455", (by[33], by[68])
    assert by[100]["arxiv"] is None, by[100]
    assert by[124]["arxiv"] == "2506.07982", by[124]
    assert by[126]["arxiv"] == "2206.08853", by[126]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every row of the three '| Work | Reference | Category | Year |' tables whose [Link] points to a"
        " paper (arxiv.org/abs or aclanthology.org) is one entry, one line each (lines 30-126); rows linking a"
        " GitHub repository or a wiki page (29, 97, 99, 111) are not entries.  Title = None throughout: the Work"
        " cell is the method's or benchmark's short name, the paper's title is never written.  The survey's own"
        " arXiv link (3) and bibtex, header and separator rows are not entries.",
        checked="Read the whole file; compared the -v output with all 80 table rows (76 entries, the four non-paper"
        " links skipped), the arXiv ids from arxiv.org/abs links, the ACL Anthology row (100) and the works listed"
        " in two tables (33/68, 36/70, 38/76).",
    )


if __name__ == "__main__":
    main()
