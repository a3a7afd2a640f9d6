"""Wild13 truth for HOPLAB-LBP/hoplab-wiki docs/get-started/student-starter-pack.md: a cognitive-
neuroscience lab's MkDocs wiki page for new students (coding tutorials, resource cards, papers and
lectures, conferences, training), its paper list written in MkDocs Material content tabs.

Shape: under '## Papers & lectures', tabs '=== "Name"' with indented content: 'Some reviews' is five
indented paragraphs, each one link whose text is 'Authors Year' ('[Bracci & Op de Beeck 2023](url)');
'Classic papers', 'fMRI studies we refer to' and 'DNN papers' are indented bullets of prose that cite
papers by a linked 'Author Year' ('The classic publication by [Felleman & Van Essen 1991](url) covers
...'), one or two per bullet; 'Recent lab publications' is bullets '- [Authors Year](doi) — Title.
(*Journal*)'; 'Lectures' one YouTube lecture.  Earlier, the 'Miscellaneous' grid of cards
('- :icon: **Topic**', '---', a sentence, '[:octicons-arrow-right-24: Link text](url)') holds one
paper among courses and repositories.

Entries: each linked paper of the five paper tabs (a bullet citing two papers gives two entries on
its line: Ritchie et al. 2021 and Yargholi & Op de Beeck 2023; Yamins et al. and Khaligh-Razavi &
Kriegeskorte), each with title null since the file names it only by authors and year (or '2023 BBS
paper' for Bowers et al.), except the five recent lab publications, whose title is the text after
' — ' up to '. (*Journal*)' (the bioRxiv one ends in '?' and has no full stop); and the card 'Ten simple rules for structuring papers' (a PLOS
Computational Biology paper; the entry is the card's lines, title = the link text after the icon).
Each entry takes its ids from its own link (two links share a line twice).  The recent
publications' DOIs are written truncated ('10.1101/2026', '10.1038/s41598-025', ...): kept as
written.  Not entries: the coding tutorials, handbooks and courses (line 11's inline 'this paper'
link inside the Good Research Code Handbook item is a mention, not a record), the other cards
(Coursera, two GitHub lists), the Wolff and Hebart reading list, the RSA tutorial link, the link to the lab's publications page, the YouTube
lecture, conferences and training, and the HTML comment holding a draft bullet (Cichy, Pantazis &
Oliva 2014) and the TODO notes.

Count check: 23 entries = card 1 + reviews 5 + classic 2 + fMRI 4 + DNN 6 + recent 5 (paper links
counted by eye per tab; grep for ' — \\[' style bullets gives the 5 recent ones).
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild13 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "HOPLAB-LBP__hoplab-wiki__docs__get-started__student-starter-pack@dd15bd1.md"
LINES = read_lines(NAME)

LINK = re.compile(r"\[([^\]]+)\]\(((?:[^()\s]|\([^()\s]*\))+)\)")
#: links in the paper tabs that are not papers (link text)
NOT_PAPERS = {"reading list", "RSA", "Hoplab publications page", "A visual and intuitive understanding of deep learning"}
RECENT = re.compile(r"^\s*- \[[^\]]+\]\(([^)]+)\) — (.+?)\.? \(\*[^*]+\*\)\s*$")
EXPECTED = {"Some reviews": 5, "Classic papers": 2, "fMRI studies we refer to": 4, "DNN papers": 6,
            "Recent lab publications": 5}


def with_ids(e: dict, url: str) -> dict:
    """Several links share a line: the entry's ids are its own link's."""
    e["arxiv"], e["doi"] = arxiv_of(url), doi_of(url)
    return e


def main() -> None:
    papers = []
    # the one paper among the Miscellaneous cards: the card is lines 34-40
    assert LINES[33].startswith("- :fontawesome-solid-pencil:") and "Ten simple rules" in LINES[39]
    papers.append(entry(LINES, 34, 40, "Ten simple rules for structuring papers"))

    start = LINES.index("## Papers & lectures") + 1
    stop = LINES.index("## Suggested conferences")
    tab, in_comment, per = "", False, {}
    for n in range(start + 1, stop + 1):
        text = LINES[n - 1]
        if "<!--" in text:
            in_comment = True
        if in_comment:
            in_comment = "-->" not in text
            continue
        m = re.match(r'^=== "(.+)"', text)
        if m:
            tab = m.group(1)
            continue
        if tab not in EXPECTED:
            continue
        r = RECENT.match(text)
        if r:
            papers.append(with_ids(entry(LINES, n, n, r.group(2)), r.group(1)))
            per[tab] = per.get(tab, 0) + 1
            continue
        for lm in LINK.finditer(text):
            if lm.group(1) in NOT_PAPERS:
                continue
            papers.append(with_ids(entry(LINES, n, n, None), lm.group(2)))
            per[tab] = per.get(tab, 0) + 1
    assert per == EXPECTED, per
    assert len(papers) == 23, len(papers)
    write_truth(
        NAME,
        "wild13_development",
        papers,
        "each paper linked in the paper tabs ('=== \"Some reviews\"' ... 'Recent lab publications') is an"
        " entry on its line (two on a bullet citing two), title null where only 'Authors Year' names it,"
        " the text after ' — ' for the recent lab publications; plus the 'Ten simple rules for structuring"
        " papers' card (its lines, title = link text); tutorials, courses, repositories, a reading list, a"
        " lecture and the commented-out draft bullet are not entries",
        "all 23 entries against the file line by line: the per-tab counts (5, 2, 4, 6, 5), both lines with"
        " two papers and their own DOIs, the recent titles ('?' kept) and their truncated DOIs as written,"
        " Geirhos's arXiv id, the card's line span; the left-out links (line 11's inline paper, reading"
        " list, RSA, YouTube, comment) looked at one by one",
    )


if __name__ == "__main__":
    main()
