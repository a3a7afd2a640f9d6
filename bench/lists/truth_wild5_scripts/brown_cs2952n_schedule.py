"""Wild5 truth for Brown-CS2952N/spring2025 _modules/schedule.md: a graduate seminar's schedule
('Paper reading list and presenters') written as kramdown definition lists.

Shape: each session is a term line ('Feb. 6, Thu') followed by ': [Lecture](panopto) ([Reading survey]
/ [Slides] / [Questions])', an indented ': presenters' line and, for most paper sessions, a
definition ': 1. [Title](url)' with further readings on indented '  1. [Title](url)' lines.  An entry
is one numbered reading whose subject is a paper (24: two per student-led session, all arXiv abs
links); title = the link text.  Not entries: the lecture/deadline/invited-talk lines (talks and
forms), the Jan 28 background readings (how-to essays and slides by Fong and Freeman, a Medium
post, a video), the Feb 20 flow-matching readings (a lab blog post and a blog-track post), and the
mini-project and final-project lists (handouts, forms, Colab notebooks, slides).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild5 import entry, read_lines, write_truth

NAME = "Brown-CS2952N__spring2025___modules__schedule@a8e6f09.md"
PART = "wild5_development"
LINES = read_lines(NAME)

NOT_PAPERS = set(range(9, 14)) | {54, 55} | set(range(61, 66)) | {78, 79}


def main() -> None:
    papers = []
    items = 0
    for i, text in enumerate(LINES, 1):
        m = re.match(r"(?:: |  )1\. \[(.+?)\]\((.+?)\)", text)
        if not m:
            continue
        items += 1
        if i in NOT_PAPERS:
            continue
        assert m.group(2).startswith("https://arxiv.org/abs/"), i
        papers.append(entry(LINES, i, i, m.group(1)))
    assert items == 24 + 5 + 2 + 5 + 2, items  # papers + background + flow blogs + mini project + final project
    assert len(papers) == 24
    write_truth(NAME, PART, papers,
                "every numbered reading ('1. [Title](url)' after ': ' or two spaces) of a session that is a paper is an"
                " entry, title = link text; how-to essays, blog posts, a video, handouts, forms and notebooks are not",
                "all 38 numbered readings looked at one by one (24 papers, all arXiv; 14 excluded by line), the 12"
                " student-led sessions give two papers each; lecture and presenter lines give none")


if __name__ == "__main__":
    main()
