"""Wild truth for AmberLJC/LLMSys-PaperList README: bullets '- [Name](url): rest of title | Venue' inside yearly <details> blocks.

Entries: the '- ' bullets of the paper sections (LLM Systems with all its training, serving,
agent, edge, co-design and multi-modal subsections; LLM for Systems; Industrial LLM Technical
Report; Survey Paper), and, in the sections of tools and links, only the bullets that link a
paper on arXiv or MLSys (Agent Lightning among the post-training frameworks, the five papers in
the benchmark/leaderboard section, 'Full Stack Optimization of Transformer Inference' in Related
ML Readings).  Left out of the paper sections: software and repos (RL-Factory, DeepSpeed-MII,
AI Research Engineering Skills Library) and blog posts (Defeating Nondeterminism in LLM
Inference; the Grok-1, DBRX, Command R+, Snowflake Arctic and Llama 4 announcements).  Papers
linked to a blog, news or project page (FlashAttention-3, OpenTela, DS SERVE) and model/system
cards and white papers are kept.  One bullet has no link (Enabling Parallelism Hot Switching).
Title = the bullet text with link markup removed (so '[Megatron-LM](url): Training ...' gives
'Megatron-LM: Training ...'), cut before the first '|' or '｜' (venue, lab, [Code]) or ' – '
(the report list's organisation and date); a trailing '(Section 3)' note is dropped.  Not
entries: the contents, the NeurIPS 2025 links to sub-pages, frameworks, leaderboards, courses,
other lists.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "truth_scripts"))
from _heldout import clean
from _wild import entry, read_lines, write_truth

NAME = "AmberLJC__LLMSys-PaperList__README@9f1a294.md"
PART = "wild_development"
LINES = read_lines(NAME)
PAPERS: list[dict] = []


def add(first: int, last: int, title: str | None) -> None:
    PAPERS.append(entry(LINES, first, last, title))


def write(method: str, checked: str) -> None:
    write_truth(NAME, PART, PAPERS, method, checked)


PAPER_SECTIONS = ("## LLM Systems", "## LLM for Systems", "## Industrial LLM Technical Report", "## Survey Paper")
LINK_SECTIONS = ("## LLM Frameworks", "## LLM Benchmark", "## Related ML Readings")
NOT_PAPERS = ("RL-Factory", "DeepSpeed-MII", "AI Research Engineering Skills Library", "Defeating Nondeterminism",
              "Grok-1 Model Release", "Introducing DBRX", "Command R+ Technical Overview", "Snowflake Arctic",
              "The Llama 4 Herd")


def main() -> None:
    section = ""
    for i, text in enumerate(LINES, 1):
        if text.startswith("## "):
            section = text
        m = re.match(r"\s*- +(.*)", text)
        if not m:
            continue
        body = m.group(1)
        if section.startswith(LINK_SECTIONS):
            if not re.match(r"\[[^\]]*\]\(https://(?:arxiv\.org|mlsys\.org)/", body):
                continue
        elif not section.startswith(PAPER_SECTIONS) or section.startswith("## LLM Systems") and i < 34:
            continue
        title = re.split(r"\s*[|｜]|\s+–\s", clean(body))[0]
        title = re.sub(r"\s*\(Section \d+\)$", "", title)
        if title.startswith(NOT_PAPERS):
            continue
        add(i, i, title)
    write("every '- ' bullet of the paper sections (LLM Systems, LLM for Systems, Industrial reports, Surveys)"
          " except software and blog posts, and the arXiv/MLSys bullets of the framework, benchmark and reading"
          " sections, is an entry; title = the bullet text without link markup, cut before '|' or ' – '",
          "the count (569 bullets in the paper sections less 9 software/blog bullets, plus 11 paper bullets of"
          " the tool/link sections = 571), every bullet left out (108, listed against the file), 25 random"
          " entries (title, line, id), the title variants ('[Name:](url) rest', 'Name](url) : rest', '|' without"
          " a space, '｜', ' – Org (date)', '(Section 3)', '| [Code](url) |'), the unlinked bullet, the"
          " 'www.arxiv.org' links and ACM DOIs")


if __name__ == "__main__":
    main()
