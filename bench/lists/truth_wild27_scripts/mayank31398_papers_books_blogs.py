"""Wild27 truth for mayank31398/Papers-books-and-blogs README.md: a student's collection of the
papers, books, blogs and white papers he has read, each tagged with shields.io badges.

Shape: one sentence (1), then 144 reference-style link definitions of badge images
('[Paper]: https://img.shields.io/static/v1?...', lines 3-146), a table of contents (148-163) and
14 '# Section' headings (AI, DL, NLP and RL at 165; Calculus ... Signal Processing).  Every record
is a numbered item of two lines, all numbered '1.':
  '1. [Title](url)  '                   (books have a plain title and no link)
  '   ![image][Paper] ![image][NLP] ...' (first badge = type: Paper, Blog, Book or Whitepaper,
                                         then topic badges)
Items are sorted alphabetically by title within a section; no authors, venues or years.  Links are
arXiv abs pages (287 of the Paper items), NeurIPS, OpenReview, IEEE Xplore, ACM DL, ACL Anthology,
IJCAI, PMLR, JMLR, Nature, APS, Royal Society, Springer, NCBI PMC, ResearchGate and company pages.
Entry: an item whose subject is a scholarly work.  The type badge decides, with three corrections
where the badge contradicts the record:
  - 561 'Layer-condensed KV cache for efficient inference of large language models' is badged Blog
    but links arXiv 2405.10637, a paper: entry;
  - 519 'Introducing MPT-7B: ...' (mosaicml.com/blog) and 527 'Is ChatGPT 175 billion parameters?
    Technical analysis' (orenleung.com, a personal blog) are badged Paper but are blog posts: not
    entries.
Whitepaper items (977, 1065, 1067, 1069, 1075, 1081: SambaNova, 1QBit and D-Wave white papers and
the qbsolv technical report) are counted as technical reports: entries.  Paper items that link a
company page are kept when the work is a report or paper (553 GPT-2 'Language models are
unsupervised multitask learners' via openai.com/blog; 433 Gemma report PDF; 295 research.google).
Not entries: Blog items (58 after the correction), Book items (34, incl. 1047, the ADMM monograph
that links IEEE Xplore but is badged Book), the badge definitions and the table of contents.
Title: the link text (markup removed: '<sup>3</sup>' in 729 and '<sup>TM</sup>' in 829 lose their
tags), as written, e.g. the lower-case sentence style of the list.
Lines: the item line and its badge line.
Count check: 447 items = 348 Paper + 59 Blog + 34 Book + 6 Whitepaper; entries = 348 - 2 + 1 + 6
= 353.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild27 import entry, read_lines, write_truth

NAME = "mayank31398__Papers-books-and-blogs__README@b298f13.md"
PART = "wild27_development"
ITEM = re.compile(r"^1\. (?:\[(.+)\]\((\S+)\)|([^\[].*?))  $")
BADGES = re.compile(r"^   !\[image\]\[([^\]]+)\]( !\[image\]\[[^\]]+\])*\s*$")
BLOG_BUT_PAPER = {561}
PAPER_BUT_BLOG = {519, 527}


def main() -> None:
    lines = read_lines(NAME)
    kinds: dict[str, int] = {}
    papers = []
    items = 0
    for i, text in enumerate(lines, 1):
        if not re.match(r"^\d+\. ", text):
            continue
        items += 1
        m = ITEM.match(text)
        assert m, (i, text)
        b = BADGES.match(lines[i])
        assert b, (i + 1, lines[i])
        kind = b.group(1)
        kinds[kind] = kinds.get(kind, 0) + 1
        title = m.group(1) if m.group(1) is not None else m.group(3)
        if kind == "Book":
            continue
        if kind == "Blog" and i not in BLOG_BUT_PAPER:
            continue
        if i in PAPER_BUT_BLOG:
            assert kind == "Paper", i
            continue
        assert kind in ("Paper", "Whitepaper") or i in BLOG_BUT_PAPER, (i, kind)
        assert m.group(1) is not None, i  # every paper and white paper is linked
        papers.append(entry(lines, i, i + 1, title))
    assert items == 447, items
    assert kinds == {"Paper": 348, "Blog": 59, "Book": 34, "Whitepaper": 6}, kinds
    assert len(papers) == 353, len(papers)
    assert sum(1 for p in papers if p["arxiv"]) == 288, sum(1 for p in papers if p["arxiv"])
    write_truth(NAME, PART, papers,
                "every two-line numbered item whose first badge is Paper or Whitepaper is an entry (white papers as"
                " technical reports), except two Paper-badged blog posts (519, 527), plus one Blog-badged arXiv paper"
                " (561); books and blogs are not; title = the link text",
                "all 447 items' type badges counted and every non-arXiv Paper/Whitepaper/Blog item read by eye (hosts"
                " listed), a sample of 30 arXiv items checked title and id against the -v output, the first and last"
                " item of each section, the <sup> titles (729, 829) and the three corrections")


if __name__ == "__main__":
    main()
