"""Wild37 truth for LounesMD/My_Reading_List README.md ("My ML bookshelf"): a PhD student's personal
reading log of papers, books, blogs and videos, kept as GitHub task-list items (read / to read).

Shape: "## Papers" > "### Read" > "#### ML Related papers" (lines 8-61), "#### Research oriented papers"
(64-68), "### To read" (72-78), then "## Other" (81-83), "## Books" (87-96) and "## Blogs and Videos"
(100-104).  Every record is a "  - [x] " / "  - [ ] " item whose first Markdown link is the work; in the
ML section each item has a second line "Teams involved: ..." / "Researchers involved: ..." (lab links),
which belongs to the entry (line 25 indents it by two spaces only).  Links to the owner's Notion
exports (./WebPages/...md) carry a trailing 📝 in the link text.  Decisions:
- Entry = item line, plus its "involved" line when present.  Title = the first link's text with the
  📝 marker and a leading bracketed tag "(MuZero) ", "(30u30) ", ... dropped.
- Line 14 "[Gans](arXiv 1406.2661)" names the GAN paper only by a nickname: title null, arXiv id kept.
- Line 44 is tagged "(AlphaFold)" but repeats the AlphaGo title and link of line 42: a repeated record,
  its own entry with the title as written.
- Not entries: the Sutton & Barto book draft (lines 10, 16 "Learn more about (finite) MDPs"), the
  writing-advice note on a personal page (66), the Simon Peyton Jones slides/video records (67, 68),
  "Ilya 30u30" (a folder of links, 72), the "Other" notes and blog post (81, 82), every book and course
  note, and all blogs, videos and web pages.
- Entries outside the paper sections: line 89 is a book record that also links the arXiv paper
  1702.01715 as "SWE at Google in short" -- that preprint is an entry (title null, a nickname); line 92
  "Mathematics of Statistical Sequential Decision Making" links HAL tel-02162189, a habilitation
  thesis, so it is an entry although listed under Books.
- Research papers kept: "Writing a research article: advice to beginners" (64, a journal article) and
  "How to do Research At the MIT AI Lab" (65, MIT AI Lab working paper); "Making the World
  Differentiable" (73) is a TU Munich technical report.
- Ids: arXiv abs/pdf/ftp URLs give the arXiv id (for line 89 the id of its second link); the Nature
  article URL (18), AAAI, OpenReview, Scholar and local Notion links give none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild37 import arxiv_of, entry, read_lines, write_truth

NAME = "LounesMD__My_Reading_List__README@fc49419.md"
PART = "wild37_development"

PAPER_LINES = set(range(8, 79))  # "## Papers" items: Read (ML, research) and To read
NOT_PAPERS = {10, 16, 66, 67, 68, 72}  # book draft (twice), advice note, talks, link folder
EXTRA = {89: None, 92: "title"}  # preprint inside a book record; HAL habilitation thesis under Books
NICKNAMES = {14}  # "Gans"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, text in enumerate(lines, 1):
        if not re.match(r"^\s*- \[[ x]\] ", text):
            continue
        if n not in EXTRA and (n not in PAPER_LINES or n in NOT_PAPERS):
            continue
        end = n
        if n < len(lines) and re.match(r"^\s+(Teams?|Researchers) involved:", lines[n]):
            end = n + 1
        m = re.search(r"\[([^\]]+)\]\(", text)
        assert m, (n, text)
        title = m.group(1).replace("📝", "").strip()
        title = re.sub(r"^\((?:MuZero|AlphaZero|AlphaGo Zero|AlphaGO|AlphaFold|AlphaTensor|DeepNash|30u30)\)\s*",
                       "", title)
        if n in NICKNAMES:
            title = None
        e = entry(lines, n, end, title)
        if n == 89:  # the book's own link comes first; the entry is the arXiv preprint
            e["title"], e["arxiv"] = None, arxiv_of(text.split("SWE at Google in short")[1])
        papers.append(e)
    assert len(papers) == 35, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each task-list item in the Papers sections whose first link is a scholarly work is one entry "
        "(with its 'Teams involved' line); title = that link's text without the 📝 marker and the "
        "bracketed (MuZero)/(30u30) tags; the book draft, advice note, talks and link folder are left "
        "out; outside the Papers sections only the arXiv preprint in a book record (untitled) and a HAL "
        "habilitation thesis count.",
        "All 104 lines read by eye against the -v output: every item of the Papers sections and its "
        "'involved' line, the nickname 'Gans' (14), the mis-tagged AlphaGo repeat (44), the non-papers "
        "(10, 16, 66-68, 72), the Other/Books/Blogs sections item by item (the arXiv paper on line 89 and "
        "the thesis on line 92 kept), and the ids (arXiv pdf/abs/ftp; no DOI anywhere).",
    )


if __name__ == "__main__":
    main()
