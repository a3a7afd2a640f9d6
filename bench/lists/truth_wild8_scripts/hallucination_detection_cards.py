"""Wild8 truth for EdinburghNLP/awesome-hallucination-detection README: one card per paper, a
'### [Title](url)' heading followed by field bullets '- **Metrics:** ...', '- **Datasets:** ...',
'- **Comments:** ...' (some cards use '  * **Metrics**: ...', some add '**Framework:**' etc.).

Shape: 'Papers and Summaries' and 'Domain-specific Entries' hold the cards (139 '### [' headings);
then plain bullet sections ('Overviews, Surveys, and Shared Tasks', 'Measuring Hallucinations in
LLMs', 'Open Source Models for Measuring Hallucinations'), prose sections ('Taxonomies',
'Definitions and Notes' with one non-link '###' heading) and the repository's own BibTeX.

Entries:
- every '### [Title](url)' card, running from its heading to its last field bullet (the cards link
  arXiv, ACL Anthology, MIT Press, Nature, NeurIPS, a Hugging Face paper page, a Zenodo report
  and a lab PDF; all are papers);
- in 'Overviews, Surveys, and Shared Tasks', the bullets linking a paper: five surveys/studies on
  arXiv, and 'A Survey on Hallucination in Large Language Models ...' whose own link is a GitHub
  list but whose sub-bullet says 'Paper available [here](arxiv)'; that entry runs over its two
  sub-bullets.  Not entries there: two blog posts (amatriain.net, lilianweng.github.io), the
  SemEval shared-task web page and the 'llm-hallucination-survey' GitHub repository;
- in 'Measuring Hallucinations in LLMs', only 'TofuEval: ...' (arXiv); the others are blog
  posts, a leaderboard repository and two tools (UQLM, LongTracer).
Not entries: the 'Open Source Models' bullets (code and model pages), the 'Taxonomies' and
'Definitions and Notes' prose paragraphs (they open with a linked survey title but are running
explanation, not records), the figure, the badges and the 'Citing this repository' BibTeX.

Title: the link text of the heading or bullet.

Count check: 141 '### ' lines = 140 '### [Title](url)' card headings (all before the Overviews
section) + the prose heading 'Extrinsic and Intrinsic Hallucinations'; plus 6 survey bullets and the
TofuEval bullet = 147 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild8 import entry, read_lines, write_truth

NAME = "EdinburghNLP__awesome-hallucination-detection__README@64920cc.md"
PART = "wild8_development"
HEAD = re.compile(r"^### \[(.*)\]\((https?://[^)\s]+)\)\s*$")
LINK = re.compile(r"^- \[(.*?)\]\((https?://[^)\s]+)\)")
NOT_PAPERS = ("amatriain.net/blog", "lilianweng.github.io", "helsinki-nlp.github.io/shroom",
              "HillZhang1999/llm-hallucination-survey", "anyscale.com/blog", "arthur.ai",
              "vectara.com", "vectara/hallucination-leaderboard", "cvs-health/uqlm", "ENDEVSOLS/LongTracer")


def main() -> None:
    lines = read_lines(NAME)
    n = len(lines)
    papers = []
    sec = {t: i for i, t in enumerate(lines, 1) if t.startswith("## ")}
    overviews = sec["## Overviews, Surveys, and Shared Tasks"]
    taxonomies = sec["## Taxonomies"]
    measuring = sec["## Measuring Hallucinations in LLMs"]
    open_models = sec["## Open Source Models for Measuring Hallucinations"]
    cards = 0
    for i, text in enumerate(lines, 1):
        m = HEAD.match(text)
        if m and i < overviews:
            end = i
            j = i + 1
            while j <= n and not lines[j - 1].startswith("#"):
                if lines[j - 1].strip():
                    end = j
                j += 1
            papers.append(entry(lines, i, end, m.group(1)))
            cards += 1
    bullets = 0
    for lo, hi in ((overviews, taxonomies), (measuring, open_models)):
        for i in range(lo + 1, hi):
            m = LINK.match(lines[i - 1])
            if not m:
                continue
            if any(s in m.group(2) for s in NOT_PAPERS):
                continue
            end = i
            while end < hi - 1 and lines[end].startswith("    - "):
                end += 1  # the GitHub-linked survey's 'Paper available here' sub-bullets
            papers.append(entry(lines, i, end, m.group(1)))
            bullets += 1
    assert cards == 140, cards
    assert bullets == 7, bullets
    write_truth(NAME, PART, papers,
                "every '### [Title](url)' card of 'Papers and Summaries' and 'Domain-specific Entries' (heading"
                " to last field bullet) plus the paper bullets of 'Overviews, Surveys, and Shared Tasks' and"
                " 'Measuring Hallucinations in LLMs'; blogs, tools, repositories, a shared-task page, model"
                " pages and prose paragraphs are not entries; title = the link text",
                "every card heading's link host (arXiv, ACL, MIT Press, Nature, NeurIPS, HF papers, Zenodo, a lab"
                " PDF), the card spans (no stray lines between cards), every bullet of the four bullet"
                " sections sorted into paper / not paper, the GitHub-linked survey with its arXiv sub-bullet,"
                " 20 cards spread over the file (title, span, arXiv id)")


if __name__ == "__main__":
    main()
