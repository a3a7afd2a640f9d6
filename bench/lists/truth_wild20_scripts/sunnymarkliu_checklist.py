"""Wild20 truth for SunnyMarkLiu/MachineLearning-DeepLearning-Papers README: a student's read/unread checklist.

Shape: one Markdown task list per topic heading ('### Machine Learning', '##### Word Embedding', ...):
'- [x] [Title (2012) (nickname, note)](pdf link) :star::star:' for a paper read (the link goes to the
author's own PDF copy in the repository, a few to arXiv), '- [ ] Title (2014.06)(GRU)' plain for one
not read yet, '- [] ...' (no space) five times, and six bullets without a box under 'Natural Language
Inference / Text Matching'.  One bullet has plain brackets and no link ('[Improving neural networks
by preventing co-adaptation of feature detectors]'), one a link with an empty target.

Entry: every bullet of the task lists (lines 6-136), 101 in all; papers listed twice ('Dual
Supervised Learning', 'Sequence to Sequence Learning ...', 'Attention Is All You Need', ...) are
separate entries.  Line 90, 'Attention and Augmented Recurrent Neural Networks — Distill', is a
Distill journal article and is kept, title without the '— Distill' venue.

Title: the bullet's link text (or plain text) without the check box, the star emoji codes, the
trailing parenthesised year/month and nickname or note groups ('(2015.12) (ResNet-v1)',
'(2016)(Net2net)', '(2006.icml)', '(GF-RNN)(2015.02)'), a bare trailing '2017.10', and the '.pdf'
a file name left in one title (line 29).  A parenthesis inside the title ('A Sensitivity Analysis of
(and Practitioners' Guide to) Convolutional ...') is kept, since only trailing groups are cut.

Counts: 101 bullets = 42 '[x]' + 48 '[ ]' + 5 '[]' + 6 without a box (grep).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild20 import entry, read_lines, write_truth

NAME = "SunnyMarkLiu__MachineLearning-DeepLearning-Papers__README@0eb52b2.md"
PART = "wild20_development"
LINES = read_lines(NAME)


def title_of(text: str) -> str:
    body = re.sub(r"^- (?:\[[ xX]?\] )?", "", text)
    body = re.sub(r"(?:\s*:star:)+\s*$", "", body).strip()
    m = re.fullmatch(r"\[(.+)\]\([^)]*\)", body)
    if m:
        body = m.group(1)
    else:
        m = re.fullmatch(r"\[(.+)\]", body)
        if m:
            body = m.group(1)
    body = re.sub(r"\s+—\s+Distill$", "", body)
    prev = None
    while prev != body:  # trailing '(...)' groups: year, nickname, note
        prev = body
        body = re.sub(r"\s*\([^()]*\)\s*$", "", body)
    body = re.sub(r"\s+\d{4}\.\d{2}$", "", body)
    body = re.sub(r"\.pdf$", "", body)
    return body.strip()


def main() -> None:
    papers = []
    boxes = {"x": 0, " ": 0, "": 0, None: 0}
    for i, text in enumerate(LINES, 1):
        if not text.startswith("- "):
            continue
        m = re.match(r"- \[([ xX]?)\] ", text)
        boxes[m.group(1).lower() if m else None] += 1
        papers.append(entry(LINES, i, i, title_of(text)))
    assert (boxes["x"], boxes[" "], boxes[""], boxes[None]) == (42, 48, 5, 6), boxes
    assert len(papers) == 101
    write_truth(NAME, PART, papers,
                "every bullet of the read/unread task lists is an entry (repeats kept), title = link or plain text"
                " without check box, stars, trailing '(year)(nickname/note)' groups, a bare trailing year and a"
                " '.pdf' file-name tail",
                "all 101 titles by eye against the file; counts per box kind by grep (42 [x], 48 [ ], 5 [], 6 no box);"
                " the in-title parenthesis of line 107, the plain-bracket line 13, the Distill article line 90, the"
                " '.pdf' title line 29 and the arXiv ids of lines 59, 89, 91, 115-119")


if __name__ == "__main__":
    main()
