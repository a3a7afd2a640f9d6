"""Wild21 truth for Walnutes/TL-DR topics/llm.md: one topic page of a student's personal paper
list ('Paper List of Mingrui CHEN'): a table of contents, then `## Reasoning`, `## Planning`,
`## Tool-Using`, `## LLM+X`.

Shape: one bullet per paper, venue first, comma-separated, no link on the title:
`- <venue/date>, <Title with a **bold** short name>, [arXiv](url) / [Website](url)`.  The venue
part is 'arXiv 2023.08', 'NIPS 2022 oral', 'CVPR 2024 submission' or a bare date '2023.10'.
Title = the text between the first ', ' and the ', [' that starts the links, bold markers removed
(a bold short name before ':' stays, as the file writes it; a bold phrase inside the title
('Learning to **Model the World** with Language') is part of it).

Not entries: the table-of-contents bullet (line 2) and the Fuyu-8B bullet (line 32), a company
blog post announcing a model (adept.ai/blog), not a paper.  The RoboTool bullet written twice
(lines 26-27) and VLP in two sections (lines 18, 35) are separate entries.

Count check: `grep -c '^- '` = 24; minus the TOC bullet and the blog post = 22 (4 + 8 + 2 + 8).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild21 import entry, read_lines, write_truth

NAME = "Walnutes__TL-DR__topics__llm@1d75297.md"
PART = "wild21_development"
NOT_PAPERS = {2, 32}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        if not text.startswith("- ") or i in NOT_PAPERS:
            continue
        m = re.match(r"- [^,]+, (.+?), \[(?:arXiv|Website)\]\(", text)
        assert m, (i, text)
        papers.append(entry(lines, i, i, m.group(1)))
    assert len(papers) == 22, len(papers)
    write_truth(NAME, PART, papers,
                "every 'venue, Title, [links]' bullet is an entry except the TOC bullet and a company blog post"
                " (Fuyu-8B); title = the text between the venue and the first link, bold removed",
                "all 24 bullets read against the file: 22 papers (4 Reasoning, 8 Planning, 2 Tool-Using, 8 LLM+X),"
                " the repeated RoboTool and VLP bullets kept, bold inside titles, project-page-only entries")


if __name__ == "__main__":
    main()
