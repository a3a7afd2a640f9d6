"""Wild8 truth for anonymous-ai-scientists/awesome-agentic-AIScientists README: a survey's companion
list (agentic multimodal LLMs for science), mostly unlinked titles in bullets.

Shape: intro prose, a 'Comparison with Related Surveys' table whose Paper cell is an author-year key
linked to arXiv ('[Zhang et al. (2024)](https://arxiv.org/abs/2401.00426)') plus a final '**Ours**'
row, a table of contents, then '##'/'###'/'####' topic sections of bullets
  - Title (Year) - *Authors*
  - [Title](url) (Year) - *Authors*
(most titles carry no link; links go to arXiv, doi.org, Nature, RSC, OUP, ProQuest, Semantic
Scholar CorpusID pages).
Entries:
- every bullet after the table of contents (126): title = the text before ' (Year) - *Authors*',
  the link text when linked.  Two linked bullets name a conference instead of a paper
  ('[2024 IEEE International Conference on Bioinformatics and Biomedicine (BIBM)](arXiv link)',
  '[2024 46th Annual International Conference of the IEEE EMBC](doi link)'): the title is kept as the
  file writes it.  A few records are not research papers by outside knowledge (a company's
  announcement 'Meet Carl: ...', a news piece 'AI Scientist LLM goes rogue: Creators warn of',
  the AlphaProof blog post); the list gives them the same record form as its papers, within its
  reference sections, so they stay entries.  Papers listed twice (ChemCrow, ProtAgents,
  Drugagent, Crispr-GPT) are separate entries.
- the seven rows of the comparison table naming another survey by 'Author et al. (Year)' with an
  arXiv link: entries with title null (only a key).  The '**Ours**' row (the list's own survey,
  no link) is not an entry.
Not entries: the table-of-contents bullets, the survey's own TechRxiv link in the intro.
Counts: 126 bullets below line 49 (6 SFT, 12 RL, 10 Contrastive, 6 RAG, 7 ICL, 19 Planning,
6 Multi-Agent, 40 Benchmarks, 20 Human-AI, counted by awk per heading) + 7 table rows = 133.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild8 import entry, read_lines, write_truth

NAME = "anonymous-ai-scientists__awesome-agentic-AIScientists__README@b29c03b.md"
PART = "wild8_development"


def main() -> None:
    lines = read_lines(NAME)
    start = next(i for i, x in enumerate(lines, 1) if x.startswith("## ⚙️ Methods"))
    papers = []
    for i, text in enumerate(lines, 1):
        if i < start and re.match(r"\| \[[A-Z][a-z]+ et al\. \(\d{4}\)\]\(", text):
            papers.append(entry(lines, i, i, None))
    assert len(papers) == 7, len(papers)
    counts: list[int] = []
    for i in range(start, len(lines) + 1):
        text = lines[i - 1]
        if text.startswith("#"):
            counts.append(0)
            continue
        if not text.startswith("- "):
            continue
        m = re.fullmatch(r"- (.+) \(\d{4}\) - \*[^*]+\*", text)
        assert m, text
        head = m.group(1)
        link = re.fullmatch(r"\[(.+)\]\([^)\s]+\)", head)
        papers.append(entry(lines, i, i, link.group(1) if link else head))
        counts[-1] += 1
    assert [c for c in counts if c] == [6, 12, 10, 6, 7, 19, 6, 40, 20], counts
    assert len(papers) == 133, len(papers)
    write_truth(NAME, PART, papers,
                "every '- Title (Year) - *Authors*' bullet of the topic sections is an entry, title = the text (or"
                " link text) before ' (Year)'; the comparison table's seven 'Author et al. (Year)' rows linking"
                " other surveys are entries with title null; the 'Ours' row and the table of contents are not",
                "all 126 bullets by eye (counts per section by awk: 6/12/10/6/7/19/6/40/20), the 7 table rows, the two"
                " conference-name link texts (126, 130), the three non-paper records kept (123, 148, 183), the"
                " repeated papers; ids from doi.org/dx.doi.org and arXiv links, Semantic Scholar CorpusID links give none")


if __name__ == "__main__":
    main()
