"""Wild20 truth for craffel/llm-seminar README.md: the syllabus of a role-playing paper seminar
(UNC COMP790-101, Large Language Models, fall 2022).

Shape: course prose (roles, grading, honor code, university resources) around one wide, padded pipe
table 'Date | Group A Paper | Group B Paper' (lines 62-96).  Each class row holds up to two
readings, one per group column, written as a bare link '[Title](url)'; line 65 adds '(Colin
presents)' after the link; non-class rows say 'No class (...)' / 'N/A'.

Entry: every linked cell of the two paper columns whose subject is a paper; title = the link text
(the emoji the file writes in two titles, the parrot of 'Stochastic Parrots' -- which is part of
that paper's real title -- and the flamingo before 'Flamingo:', are kept as written).  Two papers
on one row are two entries on the same line; since both sit on one line, each entry's arXiv id /
DOI is taken from its own cell, not from the whole line.

Not entries: the two Group B cells that link blog posts, Karpathy's 'The Unreasonable
Effectiveness of Recurrent Neural Networks' (karpathy.github.io, line 66) and Microsoft's
'DeepSpeed: Extreme-scale model training for everyone' (a Microsoft Research blog post, line 94);
the introduction row, 'No class' rows and 'N/A' cells; links in the prose (the role-playing seminar
blog post, NeurIPS reviewer guidelines, code of conduct, university pages).

Counts: 29 class rows with links (65-69, 71-75, 77-92, 94-96): row 65 has one link (Group B is
'N/A'), the other 28 rows two = 57 links (grep of the table rows); minus the 2 blog posts = 55
entries; 50 of them link arXiv (the 5 others: Bengio 2003 at jmlr.org, GPT-1 and GPT-2 pdfs, Stochastic
Parrots at dl.acm.org with its DOI, Flamingo's DeepMind pdf).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild20 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "craffel__llm-seminar__README@5824d5f.md"
PART = "wild20_development"
LINES = read_lines(NAME)

LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
BLOG_POSTS = {"The Unreasonable Effectiveness of Recurrent Neural Networks",
              "DeepSpeed: Extreme-scale model training for everyone"}


def main() -> None:
    papers = []
    links = 0
    for i, text in enumerate(LINES, 1):
        if not (65 <= i <= 96) or not text.startswith("|"):
            continue
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        assert len(cells) == 3, i
        for cell in cells[1:]:
            for m in LINK.finditer(cell):
                links += 1
                if m.group(1) in BLOG_POSTS:
                    continue
                e = entry(LINES, i, i, m.group(1))
                e["arxiv"], e["doi"] = arxiv_of(cell), doi_of(cell)  # the cell's own ids
                papers.append(e)
    assert links == 57, links
    assert len(papers) == 55, len(papers)
    assert sum(1 for p in papers if p["arxiv"]) == 50
    write_truth(
        NAME, PART, papers,
        "every linked cell of the 'Group A Paper' / 'Group B Paper' columns of the schedule table is an entry,"
        " title = the link text (emoji kept as written), two per row = two entries on that line with ids from"
        " each cell; the two blog posts (Karpathy's RNN post, Microsoft's DeepSpeed post), 'No class'/'N/A'"
        " cells and the prose links are not entries",
        "every row of the table (65-96) dumped cell by cell: 57 links, the 2 blog posts dropped, 55 entries;"
        " titles compared with the cells by eye (the '?' of 'Language Models as Knowledge Bases?' and 'How Many"
        " Data Points is a Prompt Worth?', the 🦜 / 🦩 emoji, '(Colin presents)' left out); each entry's arXiv id"
        " checked against its own cell (Group B ids not taken from Group A), the ACM DOI of Stochastic Parrots",
    )


if __name__ == "__main__":
    main()
