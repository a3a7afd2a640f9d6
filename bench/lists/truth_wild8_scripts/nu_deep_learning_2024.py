"""Wild8 truth for interactiveaudiolab/course-deep-learning index_spring_2024.md: the course page of
Northwestern CS 396/496 Deep Learning (Bryan Pardo, Spring 2024).

Shape: a course page (office hours, policies, a calendar table of slide and notebook links, a
'Links' section of tools and books), then 'Course Reading' (line 139 on): '####' topic headings,
each followed by numbered items '1. [Title](url): comment' (all numbered '1.'), one blank line apart.
Readings mix papers with book chapters, blog posts, tutorials and a code repository.  Four paper
titles start with '* ' inside the link text, the page's mark for readings covered in class.

Entry = a numbered reading whose subject is a scholarly work (article, conference paper, technical
report, arXiv preprint); its one line is the entry.  Title = the link text, the '* ' mark dropped.
Decisions: Hebb's 'The Organization of Behavior' (the item calls it a book), the chapters of
Mitchell, Goodfellow et al. and Sutton & Barto, the 'NOT worth points' gradient blog post, the LIME
O'Reilly introduction, the WildML RNN tutorial, colah's 'Understanding LSTMs', Alammar's three
illustrated guides, 'The Annotated Transformer', the TensorFlow NMT tutorial (a GitHub repository)
and Karpathy's 'Pong from Pixels' blog post are not entries (19 items).  'Why Momentum Really Works'
is a Distill journal article and '2016 Tutorial on Generative Adversarial Networks' an arXiv report:
both are entries.  The calendar, links and the inline '[a video]' link give no entry.

Counts: 57 lines start with '1. [' (grep), all in the readings; 19 of them are not papers, 38 are.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild8 import entry, read_lines, write_truth

NAME = "interactiveaudiolab__course-deep-learning__index_spring_2024@c2d8de5.md"
PART = "wild8_development"
LINES = read_lines(NAME)

ITEM = re.compile(r"^1\. \[(?P<title>(?:[^\[\]]|\[[^\]]*\])+)\]\((?P<url>[^)\s]+)\)")

#: Numbered readings that are not scholarly works (line: what the file says it is).
NOT_PAPERS = {
    144: "Hebb's 1949 book",
    152: "Chapter 4 of Mitchell's Machine Learning (book chapter)",
    154: "Chapter 6 of Deep Learning (book chapter)",
    158: "blog post on gradients, Jacobians and Hessians",
    160: "Chapter 4 of the Deep Learning Book",
    162: "Chapter 8 of the Deep Learning Book",
    176: "Chapter 9 of Deep Learning",
    179: "Chapter 7 of the Deep Learning Book",
    194: "LIME: An Introduction (O'Reilly article)",
    223: "Chapter 10 of Deep Learning",
    225: "WildML RNN tutorial",
    233: "colah's Understanding LSTMs blog post",
    240: "Alammar's seq2seq visualization blog post",
    256: "TensorFlow NMT tutorial (GitHub repository)",
    259: "The Illustrated Transformer (blog post)",
    261: "The Annotated Transformer (blog post)",
    267: "The Illustrated GPT-2 (blog post)",
    271: "Sutton & Barto chapters 3 and 6 (book)",
    275: "Karpathy's Pong from Pixels blog post",
}


def main() -> None:
    papers = []
    items = 0
    for i, text in enumerate(LINES, 1):
        m = ITEM.match(text)
        if not m:
            assert not text.startswith("1. ["), (i, text)
            continue
        assert i > 139, i
        items += 1
        if i in NOT_PAPERS:
            continue
        title = m.group("title").removeprefix("* ")
        papers.append(entry(LINES, i, i, title))
    assert items == 57, items
    assert len(papers) == 38, len(papers)
    write_truth(
        NAME, PART, papers,
        "every numbered reading '1. [Title](url): comment' whose subject is a paper, report or preprint is an entry"
        " (one line); title = the link text without the '* ' covered-in-class mark; book chapters, books, blog posts,"
        " tutorials and a code repository (19 items, listed in the script) are not entries",
        "all 57 numbered readings one by one (grep count 57): 38 papers kept, the 19 non-papers left out with"
        " reasons; '* ' marks dropped on lines 227, 244, 246, 248; calendar slide links and the Links section give"
        " no entry; Distill and the GAN tutorial report kept as articles",
    )


if __name__ == "__main__":
    main()
