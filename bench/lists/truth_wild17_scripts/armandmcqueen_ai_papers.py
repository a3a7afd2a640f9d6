"""Wild17 truth for armandmcqueen/ai-papers README.md (commit 0319291, 2019-02-26): one engineer's paper log.

Taken at an older commit: later the README grew to ~880 bullets (a dump of arXiv listings) and
the newest is a five-line pointer; the February 2019 version is the log at a checkable size.
Shape: three parts, all '-' bullets: 'Paper Notes' (links to the author's notes pages, named by
the method: 'Guided Anchoring', 'RetinaNet/Focal Loss'), 'Read but need to add notes' and
'Unread Papers' under High / Medium / Low priority and Unprioritized headings.  A bullet is
'[Title](url). Month Year. comment' where the link text often starts with a bracketed nickname
('[[FPN] Feature Pyramid Networks ...](url)'), sometimes followed by '([blog](url))'; near the end
of the Unprioritized list come plain-text bullets copied from a paper's related work ('IoUNet
(performs progressive ...) [References from HTC paper literature review]').

Entries: every bullet whose subject is a paper; title = the link text with a leading '[Nickname] '
tag dropped, or for a plain-text bullet the text before the '(' comment.  A bullet naming a
method only (the five notes links, '[AlphaZero](arxiv pdf)', the link text that is a bare URL
'[MVCNN] https://arxiv.org/abs/1505.00880', and the plain 'Multi-region CNN', 'IoUNet', 'CC-Net',
'Atrous Spatial Pyramid Pooling (ASPP)', 'Global Convolutional Network (GCN)', 'SoftNMS', 'D4PG
(RL)') is an entry with title null (a nickname, no title).  Line 115 'MaskLab, DeepMask,
SharpMask (...)' names three papers: three entries, title null.  Line 119 'A convolutional
neural network cascade for face detection (...)' is a real title: kept.
Not entries: 'AlphaStar' (line 43) and 'AlphaFold' (line 137), which link DeepMind blog posts only.
Ids: arXiv abs/pdf links give the id (the '.pdf' after an abs id at line 15 dropped); no DOI.
Count: 113 bullets (grep '^- '), minus the two blog-only bullets, plus two for line 115 = 113.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild17 import entry, read_lines, write_truth

NAME = "armandmcqueen__ai-papers__README@0319291.md"
PART = "wild17_development"
LINES = read_lines(NAME)
PAPERS: list[dict] = []

BLOG_ONLY = {43: "- [AlphaStar](https://deepmind.com/blog/", 137: "- AlphaFold ([blog]"}
NICKNAME_LINKS = {5, 6, 7, 8, 9, 79, 136}  # link text is a method name or a bare URL: title null
PLAIN_NULL = {115: 3, 116: 1, 117: 1, 118: 1, 121: 1, 122: 1, 123: 1, 125: 1}  # line: papers named


def main() -> None:
    for i, text in enumerate(LINES, 1):
        if not text.startswith("- "):
            assert not text.lstrip().startswith(("- ", "* ")), (i, text)
            continue
        if i in BLOG_ONLY:
            assert text.startswith(BLOG_ONLY[i]), i
            continue
        if i in PLAIN_NULL:
            assert not text.startswith("- ["), i
            for _ in range(PLAIN_NULL[i]):
                PAPERS.append(entry(LINES, i, i, None))
            continue
        if i == 119:
            m = re.match(r"- (A convolutional neural network cascade for face detection) \(", text)
            PAPERS.append(entry(LINES, i, i, m.group(1)))
            continue
        m = re.match(r"- \[((?:\[[^\]]*\] )?[^\]]*)\]\(", text)
        assert m, (i, text)
        title = re.sub(r"^\[[^\]]*\] ", "", m.group(1))
        PAPERS.append(entry(LINES, i, i, None if i in NICKNAME_LINKS else title))
    assert len(PAPERS) == 113, len(PAPERS)
    assert sum(1 for p in PAPERS if p["title"] is None) == 17
    write_truth(NAME, PART, PAPERS,
                "every bullet whose subject is a paper is an entry, title = the link text without a leading"
                " '[Nickname] ' tag (or the plain text before its '(' comment); bullets naming only a method"
                " (notes links, AlphaZero, a bare-URL link text, plain 'IoUNet'-style items, three in one bullet)"
                " have title null; the two blog-only bullets (AlphaStar, AlphaFold) are not entries",
                "all 113 bullets read one by one (grep '^- ' = 113); the 17 null titles, the tag stripping on the"
                " 23 '[[Tag] ...' links (one of them, 79, a bare URL), the blog-only bullets, the three-paper bullet 115, arXiv ids against the"
                " links")


if __name__ == "__main__":
    main()
