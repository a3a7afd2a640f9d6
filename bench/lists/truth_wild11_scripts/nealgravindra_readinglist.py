"""Wild11 truth for nealgravindra/readinglist README.md: a PhD student's personal to-read list of
nicknames, descriptions and bare URLs.

Shape: '## ' groups (implement_asap, foundation_papers, projects, shared_w/me, fields, architectures,
contemporary) with '### ' topics (some written '###nlp' without a space, some '### \\#ekg').  Items are
numbered lines under foundation_papers ('1. SIFT/FAST', '2. Alex-Net', ...) and GitHub task-list
bullets elsewhere ('- [ ] ...' / '- [x] ...'; one plain '- ' bullet on line 191).  An item is rarely a
title: mostly a nickname ('CACTUs: <url>', '[scGNN](url)', 'TabNet', 'Welling VAE'), a description
('feature selection, high-dim bio data, <url>'), or a bare URL (arXiv, Nature, bioRxiv, OpenReview,
CVF, PMLR, JAMA, ACM DOI).

Entry: an item whose subject is a scholarly paper, named by nickname, description, URL or title; an
item naming several papers is several entries on the same line: line 13 'SIFT/FAST' (2), line 15
'R-CNN/Fast R-CNN/Mask R-CNN' (3), line 65 (4 heart-failure papers separated by ';').  Line 80 names
one paper twice (arXiv and its PMLR version): one entry; line 142 names a Google blog post AND a
Google Research publication: one entry (the publication); line 79's '[code here]' link is part of
its paper's item.  Repeats (GAT, DeepSets, CACTUs, time-series explanation paper) stay separate
entries.  Not entries (8): line 31 'Fabian Fuchs review' (a blog review, no paper named), line 41 an
empty '2. ' item, line 69 a WGAN study guide (depthfirstlearning), line 71 a GitHub code repository
(IGMC), line 92 a Microsoft Research blog post, line 116 'DINO ... blog post', line 156 a Lilian Weng
blog post, line 171 a textbook (MIT Press book page).

Title: null for nicknames, descriptions and bare URLs (the item names no title); the item's text only
when it is the paper's title: line 19 'Attention is all you need', line 197 'On Position Embeddings
in BERT', and three of line 65's four papers ('Artificial Intelligence Algorithm for Screening Heart
Failure with Reduced Ejection Fraction Using Electrocardiography', 'Opening the “Black Box” of
Artificial Intelligence for Detecting Heart Failure' without '. ASAIO J', 'Artificial intelligence for
the diagnosis of heart failure'); line 65's first paper is a bare 'doi:' (null title).

Ids: from the item's own line; for line 65's four papers each gets its own 'doi:' (the third has
none), set by hand because they share a line.  bioRxiv DOIs lose their 'v1'/'v3' tail; Nature
article URLs and 'ai.facebook.com' give none; the arXiv '/ftp/arxiv/papers/2107/2107.01353.pdf' URL
gives 2107.01353.

Count check: 119 items by grep '^(- |[0-9]+\\. )'; 8 not entries; 111 entry items + 1 + 2 + 3 extra
papers on lines 13, 15, 65 = 117 entries.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild11 import entry, read_lines, write_truth

NAME = "nealgravindra__readinglist__README@beb8424.md"
PART = "wild11_development"

#: Items that are not papers: line -> (words the item contains, why).
NOT_PAPERS = {
    31: ("Fabian Fuchs review", "a blog review, no paper named"),
    41: ("2. ", "empty numbered item"),
    69: ("depthfirstlearning.com", "a WGAN study guide page"),
    71: ("github.com/muhanzhang/IGMC", "a code repository"),
    92: ("microsoft.com/en-us/research/blog", "a Microsoft Research blog post"),
    116: ("blog post", "the DINO blog post"),
    156: ("lilianweng.github.io", "a blog post"),
    171: ("textbook", "a textbook (MIT Press book page)"),
}

#: Items that name the paper's title: line -> title as written.
TITLES = {
    19: "Attention is all you need",
    197: "On Position Embeddings in BERT",
}

#: Items naming several papers: line -> number of papers (titles null).
SEVERAL = {13: 2, 15: 3}

#: Line 65: four papers; (title, doi) each.
LINE65 = [
    (None, "10.4070/kcj.2018.0446"),
    (("Artificial Intelligence Algorithm for Screening Heart Failure with Reduced Ejection Fraction Using"
     " Electrocardiography"), "10.1097/mat.0000000000001218"),
    ("Opening the “Black Box” of Artificial Intelligence for Detecting Heart Failure", None),
    ("Artificial intelligence for the diagnosis of heart failure", "10.1038/s41746-020-0261-3"),
]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    items = skipped = 0
    for no, text in enumerate(lines, 1):
        if not re.match(r"(?:- |\d+\. )", text):
            continue
        items += 1
        if no in NOT_PAPERS:
            assert NOT_PAPERS[no][0] in text, (no, text)
            skipped += 1
            continue
        if no == 65:
            for title, doi in LINE65:
                if title is not None:
                    assert title in text, title
                p = entry(lines, no, no, title)
                p["doi"] = doi
                papers.append(p)
            continue
        if no in TITLES:
            assert TITLES[no] in text, (no, text)
        for _ in range(SEVERAL.get(no, 1)):
            papers.append(entry(lines, no, no, TITLES.get(no)))
    assert (items, skipped, len(papers)) == (119, 8, 117), (items, skipped, len(papers))
    write_truth(
        NAME, PART, papers,
        "every numbered or task-list item whose subject is a paper (named by nickname, description, URL or title)"
        " is an entry; items naming several papers are several entries on the same line (13: 2, 15: 3, 65: 4);"
        " blog posts, a study guide, a code repository, a textbook and an empty item are not; title null unless"
        " the item writes the paper's title (lines 19, 197 and three of line 65's papers)",
        "all 119 items one by one against the file (the 8 non-papers with their reason, the nickname and"
        " bare-URL items with null titles, the multi-paper lines 13/15/65 with line 65's DOIs set per paper,"
        " bioRxiv DOIs without version, the arXiv ftp URL id); count by grep",
    )


if __name__ == "__main__":
    main()
