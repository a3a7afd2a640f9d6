"""Wild36 truth for uchicago-cs/plrg src/index.md: the schedule page of the University of Chicago
Programming Languages Reading Group (MultiMarkdown header, then one pipe table per term, Fall 2024 back to
Fall 2016, columns Date | Paper | Leader).

Shape: the Paper cell holds zero or more ``[Title (VENUE 'YY)](url)`` links, several papers joined by
`` & `` (lines 43, 64, 67, 70, 85, 86, 88, 140) or given after a topic (line 125 ``Molecular Programming
Overview; 1. [JoCaml Tutorial](..) 2. [The Reflexive CHAM ...](..)``), plus side links to videos, demos,
slides, blog posts and code.  Cells may also be plain text (a topic, "TBA", "—", a draft) or an unlinked
paper title (lines 106 and 111).

Entries: every link to a paper (a cell naming two or three papers gives two or three entries on the same
line, each with the ids of its own URL only), and the two unlinked paper titles at 106 and 111.
Titles: the link text without the venue or status tag in the final parentheses (``(POPL '18)``,
``(JFP&nbsp;'12)``, ``(Preprint)``, ``(draft)``, ``(In submission)``, ``(Tech Report)``, ``(Keynote DYNAMO
'00)``, ``(ICSE '18 Practice Talk)``, ``(In submission for ICFP'20)``, ``(2020 Preprint)``); a
parenthesis that belongs to the title is kept (line 171 ``Refinement Reflection (or, how to turn ... SMT)``).
Line 102 ("A discussion of [atJIT](github) (Related [Paper #1](acm), [Paper #2](acm))") gives two entries
with title null: the papers are named only by "Paper #1/#2".
Not entries: the book chapter (28, Bragilevsky's *Haskell in Depth*), blog posts (37 "Comonads are
Objects" -> haskellforall.com, 65 the weaselhat blog post, 66 Conal Elliott's blog post, 140 "Why
Concatenative Programming Matters (Blog post '12)"), videos and demos (40, 112, 124, 126, 136, 151, 156,
168, 170), code or language pages (49 staged-fusion, 54 Koka, 102 atJIT), the JoCaml tutorial (125), the
second "(alt version w/printable formatting)" link of the CACM paper at 67 (same paper), and plain-text
cells naming no work (TBA, "—", topics such as "Free Monads and Algebraic Effects", "NLP/ML + PL",
"(Staged Compilation continued)", "OOPSLA Draft", "ICFP Drafts", "Sketch-n-Sketch WIP Demo", the thesis-topic
presentation at 122, lunches and cancellations).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild36 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "uchicago-cs__plrg__src__index@53a6115.md"
PART = "wild36_development"

LINK = re.compile(r"\[([^\]]*)\]\(([^)]*)\)")
# link labels that are not papers (books, blog posts, videos, demos, code, tutorials, duplicate links)
NOT_PAPERS = {
    "Bragilevsky", "Comonads are Objects", "Introduction to Free Monads", "staged-fusion", "Koka",
    "blog post on terminology", "Can functional programming be liberated from the von Neumann paradigm? (2010 Blog Post)",
    "(alt version w/printable formatting)", "atJIT", "ICFP", "Elm Conf", "Strange Loop",
    "(Google TechTalk Video)", "JoCaml Tutorial", "(Demo Video)", "(Silent Demo of User Study Tasks)", "(Demo)",
    "Why Concatenative Programming Matters (Blog post '12)", "(Video)", "(ICFP '15 Video)",
}
NO_TITLE = {"Paper #1", "Paper #2"}
UNLINKED = {106: "Bidirectional Evaluation with Direct Manipulation (OOPSLA '18)",
            111: "Output-Directed SVG Programming (draft)"}
# a final parenthesised venue/status tag: a year mark, or a status word
TAG = re.compile(r"\s*\((?:[^()]*(?:'\s?\d\d|\b(?:19|20)\d\d\b)[^()]*|Preprint|draft|In submission|Tech Report)\)\s*$")


def title_of(label: str) -> str:
    return TAG.sub("", label.replace("&nbsp;", " "))


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if not ln.startswith("|"):
            continue
        cells = ln.split("|")
        if len(cells) < 4:
            continue
        cell = cells[2]
        for m in LINK.finditer(cell):
            label, url = m.group(1).strip(), m.group(2)
            if label in NOT_PAPERS:
                continue
            p = entry(lines, i, i, None if label in NO_TITLE else title_of(label))
            p["arxiv"], p["doi"] = arxiv_of(url), doi_of(url)
            papers.append(p)
        if i in UNLINKED:
            assert UNLINKED[i] in cell, i
            papers.append(entry(lines, i, i, title_of(UNLINKED[i])))
    assert len(papers) == 60, len(papers)
    write_truth(NAME, PART, papers,
                "Each paper link in a term table's Paper cell is an entry (ids from that link's URL only; two or"
                " three papers in one cell give that many entries on the line), plus two unlinked paper titles;"
                " title = link text without the final venue/status tag; 'Paper #1/#2' links have title null;"
                " books, blog posts, videos, demos, code, tutorials and topic cells are not entries.",
                "Every row of every term table (lines 20-188) read by eye against the -v output: each link"
                " label's paper/not-paper decision, the multi-paper cells (43, 64, 67, 70, 85, 86, 88, 125, 140),"
                " the atJIT row (102), the unlinked titles (106, 111), tag stripping incl. 'JFP&nbsp;'12' (139)"
                " and the kept '(or, how to ...)' (171), and the ids (ACM /doi/ URLs, arXiv pdf/abs URLs, Springer"
                " chapter and %2F-encoded pdf DOIs).")


if __name__ == "__main__":
    main()
