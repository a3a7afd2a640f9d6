"""Wild13 truth for stats385/stats385.github.io readings.md: the readings page of Stanford STATS 385
(Theories of Deep Learning), one '## Lecture N' heading per lecture, in three shapes.

Shape: (1) most lectures hold '<strong>Readings</strong>' over an HTML '<ol>' whose '<li>' items
each wrap one '<a href="url"> Title </a>' (the link text is sometimes split over two or three
lines, the closing '</a>' on a later line); lecture 1 adds '<strong>Blogs</strong>' and
'<strong>Videos</strong>' lists, the first section '<strong>Online resources</strong>'.
(2) Lecture 2 is a numbered list of author-first references 'N. A. Achille and S. Soatto, Title,
Venue Year, [url](url)', two marked '(optional)'.  (3) '## To be discussed and extra' is a bullet
list '- [Title](url) by Authors'.  A '{% comment %}' ... '{% endcomment %}' block (lines 35-63)
holds an old lecture 1 list of news articles and blog posts.

Entries: every '<a>' under a 'Readings' heading that is a scholarly work (the entry is the '<a>'
line through the line holding '</a>'; title = the link text), the seven numbered references (the
entry is the line; title written out per line below, between the authors and the venue or the
link; '(optional)' dropped; the file's 'Task2Vec, Task Embedding ...' kept as written), and the
14 bullets (title = the link text).  A bracketed model name the page appends to a title
('(AlexNet)', '(VGG)', '(GoogLeNet)', '(ResNet)') is a label, not part of the title, and is dropped.
In 'General Introduction' three links name the work by a description rather than its title (the
LeCun-Bengio-Hinton Nature article, Schmidhuber's Neural Networks overview described as 'History
and Development of Neural Networks', Fan et al.'s arXiv overview described as 'An Overview from the
Statistical Perspective'): they are entries with title null.  Not entries: the Deep Learning Book
(a book), the 'Online resources' (d2l.ai tutorials, Turing lecture videos), the commented-out
news/blog list, lecture 1's Blogs and Videos, the 'back' link.

Count check: 51 '<a href' links (grep) = 38 kept + 1 book + 2 online resources + 7 commented-out
news items + 2 blogs + 1 video; 38 + 7 numbered references (grep '^[0-9]\\. ') + 14 bullets
(grep '^- \\[') = 59 entries.  Per lecture heading: General 3, L1 9, L2 7, L3 3, L4 3, L5 5, L6 3,
L7 4, L8 3, L9 2, L10 3, extra 14.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild13 import entry, read_lines, write_truth

NAME = "stats385__stats385.github.io__readings@07c642d.md"
LINES = read_lines(NAME)

#: Lecture 2's numbered references: line -> title as written
NUMBERED = {
    114: "Emergence of Invariance and Disentanglement in Deep Representations",
    115: "Where is the Information in a Deep Neural Network?",
    116: "The Information Complexity of Learning Tasks, their Structure and their Distance",
    117: "Critical Learning Periods in Deep Neural Networks",
    118: "Dynamics and Reachability of Learning Tasks",
    119: "Task2Vec, Task Embedding for Meta Learning",
    120: "Time Matters in Regularizing Deep Networks: Weight Decay and Data Augmentation Affect Early"
    " Learning Dynamics, Matter Little Near Convergence",
}
#: '<a>' lines whose text describes the work instead of naming it
DESCRIBED = {14, 17, 20}
LABEL = re.compile(r"\s*\((?:AlexNet|VGG|GoogLeNet|ResNet)\)\s*$")
A_OPEN = re.compile(r'<a href="[^"]*">(.*)')
BULLET = re.compile(r"^- \[([^\]]+)\]\(([^)]+)\) by ")
EXPECTED = {"General Introduction to Deep Learning": 3, "Lecture 1": 9, "Lecture 2": 7, "Lecture 3": 3,
            "Lecture 4": 3, "Lecture 5": 5, "Lecture 6": 3, "Lecture 7": 4, "Lecture 8": 3, "Lecture 9": 2,
            "Lecture 10": 3, "To be discussed and extra": 14}


def main() -> None:
    papers = []
    per: dict[str, int] = {}
    heading, block, in_comment, skipped = "", "", False, 0
    i = 0
    while i < len(LINES):
        n, text = i + 1, LINES[i]
        s = text.strip()
        if s.startswith("{% comment %}"):
            in_comment = True
        elif s.startswith("{% endcomment %}"):
            in_comment = False
        elif s.startswith("## "):
            heading = s[3:].strip()
        elif s.startswith("<strong>"):
            block = re.sub(r"</?strong>", "", s).strip()
        m = A_OPEN.search(text)
        if m:
            last, body = n, m.group(1)
            while "</a>" not in body:
                last += 1
                body += " " + LINES[last - 1]
            title = body.split("</a>")[0].strip()
            if in_comment or block != "Readings" or "deeplearningbook.org" in text:
                skipped += 1
            else:
                title = LABEL.sub("", title)
                papers.append(entry(LINES, n, last, None if n in DESCRIBED else title))
                per[heading] = per.get(heading, 0) + 1
            i = last
            continue
        if n in NUMBERED:
            assert heading == "Lecture 2" and re.match(r"^\d\. ", text), n
            assert NUMBERED[n] in text, n
            papers.append(entry(LINES, n, n, NUMBERED[n]))
            per[heading] = per.get(heading, 0) + 1
        b = BULLET.match(text)
        if b:
            papers.append(entry(LINES, n, n, b.group(1)))
            per[heading] = per.get(heading, 0) + 1
        i += 1
    assert skipped == 13, skipped
    assert per == EXPECTED, per
    assert len(papers) == 59, len(papers)
    write_truth(
        NAME,
        "wild13_development",
        papers,
        "every '<a>' link of a 'Readings' '<ol>' list that is a paper (lines '<a' to '</a>', title = link"
        " text, a trailing '(AlexNet)'-style model label dropped; three descriptive link texts give title"
        " null), each numbered author-first reference of lecture 2 (title between authors and venue or"
        " link) and each '- [Title](url) by Authors' bullet; the book, online resources, blogs, video and"
        " the news list inside '{% comment %}' are not entries",
        "every entry of the file against its lines: the 51 '<a href' links one by one (38 kept, 13 left"
        " out), the multi-line link texts (Dropout, Lazy Training, Madry, Robustness, Intriguing,"
        " Explaining, Implicit Bias, Qualitatively, Hessian), the 7 numbered references' titles, the 14"
        " bullets; arXiv ids from abs/pdf links",
    )


if __name__ == "__main__":
    main()
