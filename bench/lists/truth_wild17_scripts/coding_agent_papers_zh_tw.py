"""Wild17 truth for Gary827/ai-coding-agent-important-papers-zh-tw README.md: a Traditional Chinese
reading list of the important papers of AI coding agents, one paper per heading.

Shape: '## 第N階段: …' (stage N) sections; under them one '### [English Title](arXiv abs url)' heading
per paper, then an organisation and 'YYYY.MM' line, then '#### 核心貢獻' (core contribution) bullets
in Chinese and '#### Keywords'.  Every '### [' heading is an entry, running from the heading to the
last non-blank line before the next '###'/'##' heading (its '####' sub-sections belong to it).
Title = the link text; a short name the list appends in brackets ('…Trained on Code(Codex)',
'…Few-Shot Learners (GPT-3)') is dropped, a name written as the title's own prefix ('ReAct: …',
'SWE-agent: …') is kept; a trailing space inside the link text ('Toolformer: … Use Tools ') is not
part of it.  The AutoGen section's bare GitHub URL (a code repository) stays inside its entry.
Not entries: the ':::info' stage summary at the top (stages, no papers), the '####' sub-headings.

Counts: 26 '### [' headings (grep), all linked to arXiv abs pages; 8 stage sections with
3, 1, 4, 3, 5, 4, 4, 2 papers.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild17 import entry, read_lines, write_truth

NAME = "Gary827__ai-coding-agent-important-papers-zh-tw__README@55a9ed2.md"
PART = "wild17_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    heads = [i for i, t in enumerate(lines, 1) if t.startswith("### [")]
    stages = [i for i, t in enumerate(lines, 1) if t.startswith("## ")]
    for i in heads:
        nxt = min([j for j in heads + stages if j > i] + [len(lines) + 1])
        end = nxt - 1
        while not lines[end - 1].strip():
            end -= 1
        title = re.match(r"### \[(.+?)\]\(", lines[i - 1]).group(1).strip()
        title = re.sub(r"\s*\((?:Codex|GPT-3)\)$", "", title)
        papers.append(entry(lines, i, end, title))
    assert len(papers) == 26 and all(p["arxiv"] for p in papers)
    per_stage = [sum(1 for p in papers if s < p["line"] < n) for s, n in zip(stages, stages[1:] + [10**6])]
    assert per_stage == [3, 1, 4, 3, 5, 4, 4, 2], per_stage
    write_truth(NAME, PART, papers,
                "every '### [Title](arXiv url)' heading is an entry running to the end of its section (org/date line,"
                " Chinese notes, keywords), title = the link text without the appended '(Codex)'/'(GPT-3)' short name",
                "all 26 headings against the file (title, arXiv id, first and last line), the count per stage"
                " (3,1,4,3,5,4,4,2), the two appended short names, the Toolformer trailing space, the AutoGen"
                " GitHub line inside its section")


if __name__ == "__main__":
    main()
