"""Wild14 truth for guopeng-gpli/Efficient-LLMAgent-Survey README: the working paper list of a survey in
progress on efficient LLM-agent serving, papers mixed with a blog post, tools, framework repositories
and other awesome lists.

Shape: '- ' bullets under '##'..'####' topic headings, one line each, in three forms:
- '- [Title](url)' with an optional '| Venue' / '|ISCA'24' / '| Stanford' tail: title = link text;
- '- [Nickname](url) Full title | Venue' (HeteGen, POLCA, PreAct, ToolChain^*, Serverless LLM,
  Hybrid LLM, BurstGPT, Mobile LLM): the link text is a short name, the title is the text after
  the link, before ' | '; one bullet writes an empty link and the URL after it
  ('[LLM as a System Service on Mobile Devices]()https://arxiv.org/abs/2403.11805'): title = the
  bracket text, the arXiv id is the bare URL;
- '- [Title]' with no link at all, optional '| Venue' (ALISA, MECLA, dLoRA, NetLLM, DistLLM):
  title = the bracket text, no id.
Entries: every bullet from 'Efficient Serving LLM Agent' (line 33) on that names a paper (63).
Not entries: the table of contents (lines 9-27); the Lilian Weng blog post (31); the FedML blog post
on ScaleLLM (51); the framework table of code repositories (106-123); the GenAI Develop Engine and
Agent Framework tool/repository bullets (129-143); the two awesome lists (162, 164); the Berkeley
Function-Calling Leaderboard (166).  Gorilla (87) links its project page but names the paper, so it
is an entry without id.  AgentLite is listed twice (85, 89): two entries.  The ToolChain^* title
(60) holds two '*' that are part of the names (ToolChain*, A* search), not emphasis; the title keeps
them as the file writes them ('ToolChain^*: ... with A* Search'; that entry is built without the
helper's markup cleaning, which would pair them as emphasis).

Count check: grep -c '^- \\[' gives 82 = 1 TOC + 1 blog + 80 bullets after line 33; of those 17 are
not papers (1 blog + 2 + 11 tools + 2 awesome lists + 1 leaderboard) -> 63; per section
17+3+6+2+5+10+8+1+3+7+1 = 63.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild14 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "guopeng-gpli__Efficient-LLMAgent-Survey__README@98278c4.md"
PART = "wild14_development"
NOT_PAPERS = {51, 162, 164, 166} | set(range(129, 144))


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("## Efficient Serving LLM Agent") + 1
    papers = []
    for i, text in enumerate(lines, 1):
        if i <= start or not text.startswith("- ["):
            continue
        if i in NOT_PAPERS:
            continue
        m = re.match(r"- \[(.+?)\](?:\(([^)]*)\))?(.*)$", text)
        label, rest = m.group(1), m.group(3).strip()
        rest = re.split(r"\s*\|", rest)[0].strip()
        if rest and not rest.startswith("http"):
            title = rest  # '[Nickname](url) Full title'
        else:
            title = label
        if i == 60:  # literal asterisks of 'ToolChain*' and 'A*', not emphasis: kept, not cleaned
            papers.append({"line": i, "end": i, "title": title, "arxiv": arxiv_of(text), "doi": doi_of(text)})
            continue
        papers.append(entry(lines, i, i, title))
    assert len(papers) == 63, len(papers)
    write_truth(NAME, PART, papers,
                "every paper bullet after 'Efficient Serving LLM Agent' is an entry; title = the link text, or the"
                " text after a nickname link (before ' | venue'), or the bracket text of an unlinked bullet; blog"
                " posts, tools, framework repositories, awesome lists and the leaderboard are not entries",
                "all 80 bullets after line 33 by eye (63 papers, 17 non-papers listed in the docstring); the eight"
                " nickname-then-title bullets, the five unlinked '[Title]' bullets and the empty-link bullet (153)"
                " titled by hand-check; the duplicate AgentLite bullets; the ACM DOI on line 67")


if __name__ == "__main__":
    main()
