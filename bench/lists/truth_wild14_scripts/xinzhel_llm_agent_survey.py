"""Wild14 truth for xinzhel/LLM-Agent-Survey README: the reading list behind the survey 'A Review of
Prominent Paradigms for LLM-Based Agents' (CoLing 2025), by the survey's taxonomy (tool use,
planning workflows, feedback learning, composition, world modeling, benchmarks).

Shape: '- **Title**, Venue Year [[paper](url)] | [[code]](url) 💡' bullets (the link written either
'[[paper](url)]' or '[[paper]](url)'; one bullet has no comma after the bold title), many followed by
an indented '    + Search Algorithm: MCTS' sub-bullet that belongs to the entry.  Title = the bold
text (Markdown escapes 'A\\*', 'Q\\*' render as '*').  Links: arXiv, doi.org/10.48550/arXiv.*,
OpenReview, ACL Anthology, Semantic Scholar API CorpusID links (no id); one link lacks its 'h'
('ttps://openreview.net/...').  The same paper in two sections is two entries (HuggingGPT, the
world-models paper, 'On the Planning Abilities' twice under different links).
Not entries: the 'This Repository vs. Others' selection-criteria bullets (bold criteria names, and
the two sub-bullets naming the author's own surveys as part of that prose, lines 22-30), the other
GitHub repositories, the table of contents, HTML-commented headings, the star-history image and the
two cite-us BibTeX blocks.

Count check: grep -c '^- \\*\\*' gives 72 = 3 selection criteria + 69 entries (6 surveys, 16 tool
use, 1+21+2+3+1 planning, 6 feedback, 3+3 composition, 4 world modeling, 2+1 benchmarks).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild14 import entry, read_lines, write_truth

NAME = "xinzhel__LLM-Agent-Survey__README@d3814c7.md"
PART = "wild14_development"


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("## :gift: Surveys")
    papers = []
    for i in range(start + 1, len(lines) + 1):
        text = lines[i - 1]
        if not text.startswith("- **"):
            continue
        end = i
        while end < len(lines) and re.match(r"\s+\+ ", lines[end]):
            end += 1  # '    + Search Algorithm: ...' sub-bullets
        title = re.match(r"- \*\*(.+?)\*\*", text).group(1)
        papers.append(entry(lines, i, end, title))
    assert len(papers) == 69, len(papers)
    assert sum(1 for p in papers if p["end"] > p["line"]) == 17
    write_truth(NAME, PART, papers,
                "every '- **Title**, Venue [[paper](url)]' bullet from the Surveys section on is an entry (with its"
                " '+ Search Algorithm' sub-bullet), title = the bold text; the selection-criteria bullets, repository"
                " links and cite-us BibTeX are not entries",
                "all 69 bullets against the file (per-section counts by awk: 6, 16, 1, 21, 2, 3, 1, 6, 3, 3, 4, 2, 1),"
                " every title by eye, the 17 bullets with a sub-bullet, the escaped 'A\\*'/'Q\\*' titles, the"
                " 10.48550 DOIs read as arXiv ids, the Semantic Scholar links giving no id")


if __name__ == "__main__":
    main()
