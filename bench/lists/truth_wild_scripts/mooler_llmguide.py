"""Wild truth for Mooler0410/LLMsPracticalGuide README: bullets '- [Nickname] **Title**, Venue Year [Paper](url)'.

Entries: the '- ' bullets with a bold title in the sections from 'Practical Guide for Models'
to the end of 'Alignment Efforts of Open-source Communtity', plus the one 'Other Practical
Guides' bullet that links a paper (Data-centric Artificial Intelligence, with Repo/Blog/Paper).
A bullet is not an entry when its only links are [Blog], [Blog Post], [Repo], [Link], [Course]
or [Article] (blog posts, a notion post, repos of models/tools, the RedPajama dataset repo,
the Inverse Scaling prize, OpenAI pricing, a Nature news feature, a course).  The model cards
and system cards the list links as papers (GPT-4 System Card, Claude 2 Model Card) are taken
as technical reports.  Title = the bold text, its surrounding quotes dropped; a model name or
'Nickname:' before the bold is a tag and is dropped.  The survey the list is based on (line 8,
the BibTeX block) and the licence table's models are not entries.  Repeated papers (Language
Models are Few-Shot Learners, Scaling Laws, Calibrate before use, ...) are separate entries.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "truth_scripts"))
from _wild import entry, read_lines, write_truth

NAME = "Mooler0410__LLMsPracticalGuide__README@c4a3984.md"
PART = "wild_held_out"
LINES = read_lines(NAME)
PAPERS: list[dict] = []


def add(first: int, last: int, title: str | None) -> None:
    PAPERS.append(entry(LINES, first, last, title))


def write(method: str, checked: str) -> None:
    write_truth(NAME, PART, PAPERS, method, checked)


NOT_PAPER = {"Blog", "Blog Post", "Repo", "Link", "Course", "Article"}


def main() -> None:
    inside = False
    for i, text in enumerate(LINES, 1):
        if text.startswith("## "):
            inside = text.startswith(("## Practical Guide for", "## Other Practical Guides"))
        if not inside or not text.startswith("- "):
            continue
        m = re.match(r"- [^*]*\*\*(.+?)\*\*", text)
        if not m:
            continue
        labels = set(re.findall(r"\[([^\]]+)\]\(", text))
        if not labels or labels <= NOT_PAPER:
            continue
        add(i, i, m.group(1).strip().strip('"').strip())
    write("every '- ' bullet with a bold title in the Models, Data and NLP-task sections (and the one 'Other"
          " Practical Guides' bullet linking a paper) whose links are not only Blog/Repo/Link/Course/Article is"
          " an entry; title = the bold text without its quotes (a model name before it is dropped)",
          "all 140 bullets of the file against the output (113 taken, 27 news/blog/repo/course bullets dropped),"
          " titles with quotes, '?', and a nickname before the bold, the arXiv v2 links, the ACM DOI links,"
          " the licence table and survey BibTeX left out")


if __name__ == "__main__":
    main()
