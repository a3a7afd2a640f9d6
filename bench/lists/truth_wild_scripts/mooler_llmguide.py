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
import json
import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "truth_scripts"))
from _heldout import arxiv_of, clean, doi_of, tidy

NAME = "Mooler0410__LLMsPracticalGuide__README@c4a3984.md"
PART = "wild_held_out"
FILES = Path(os.environ.get("ZD_WILD_LISTS", "/work/wild/files"))
LINES = [ln.rstrip("\r") for ln in (FILES / NAME).read_bytes().decode("utf-8").split("\n")]
PAPERS: list[dict] = []


def add(first: int, last: int, title: str | None) -> None:
    own = "\n".join(LINES[first - 1:last])
    t = tidy(clean(title)) if title is not None else None
    PAPERS.append({"line": first, "end": last, "title": t or None, "arxiv": arxiv_of(own), "doi": doi_of(own)})


def write(method: str, checked: str) -> None:
    papers = sorted(PAPERS, key=lambda p: (p["line"], p["end"]))
    out = {"file": NAME, "part": PART, "method": method, "checked": checked, "papers": papers}
    dest = HERE.parent / "truth_wild" / (NAME.removesuffix(".md") + ".json")
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{NAME}: {len(papers)} entries, arxiv {sum(1 for p in papers if p['arxiv'])},"
          f" doi {sum(1 for p in papers if p['doi'])}, title null {sum(1 for p in papers if not p['title'])}")
    if "-v" in sys.argv:
        for p in papers:
            print(f"  {p['line']}-{p['end']} {p['arxiv']} {p['doi']} | {p['title']}")


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
