"""Wild42 truth for ucbrise/cs294-ai-sys-sp19 index.md: the Jekyll course page of Berkeley's CS 294 AI-Systems
(Spring 2019, Stoica and Gonzalez), Markdown mixed with HTML and Liquid.

Shape: front matter, course facts, a description in a ``<blockquote>``, a Liquid ``capture`` of lecture dates
(44-79) and an HTML ``<table>`` opening; then one block per lecture, each opened by ``{% include syllabus_entry %}``
and a ``## Topic`` heading (holidays and checkpoints as ``<center><h1>`` instead).  A block has ``### Links``
bullets (reading quiz form, slide PDFs/PPTX) and a ``<div class="reading">`` holding ``<div class="required_reading"
markdown="1">`` and often ``<div class="optional_reading" markdown="1">`` with ``*`` bullets.  Most reading bullets
are one ``[Title](url)``; some are prose with several links: 144 (Inception-v4 and "Rethinking the Inception
Architecture"), 153 (the "LeNet paper" and its "90's era website"), 154 ("residual networks", Highway Networks,
DenseNet, Deep Layer Aggregation and a blog post), 191 (the dropped Baldi paper and "this overview paper"), 256
(the TensorFlow white paper "and/or" the "TensorFlow OSDI Paper").  Links named by a nickname rather than the title:
"AlexNet paper" (143), "LeNet paper" (153), "residual networks" (154), "this overview paper" (191), "TensorFlow OSDI
Paper" (256), "Theano" (263), "TensorComprehensions" (496), "Helen" (700), "Grad-CAM" (810, 840).  Two bullets wrap
a ``[[pdf](...)]`` slides link onto the next line (528-529, 530-531); two carry it on the same line (575, 834).
Optional sections also hold tutorials and blog posts (152, 206, 671), a student website "Survey on Autoencoders"
(205) and a heading-structured sub-list under ``### Auto-Encoders``/``### Graph Networks`` (203-213).  Two HTML
comments hide readings: 215-231 (Attention Is All You Need, Geometric deep learning, blog posts) and 777-780 (IMPALA,
Distributed Prioritized Experience Replay).  Papers repeat across lectures (Learned Index 317/350, GNMT 559/769,
Grad-CAM 810/840).  A malformed arXiv link ``https://arxiv.org/1810.09028`` (325) and an empty link ``()`` (669).

Decisions:
- Each paper a reading bullet links is one entry on the bullet's line(s): a bullet naming several papers gives one
  entry per paper (same lines, ids from that paper's own link).  83 entries.
- Title: the link text (surrounding straight quotes of 212/213 dropped; the quotes in '"Why Should I Trust You?"'
  are part of that title); null where the link text is a nickname (the ten listed above).
- Not entries: quiz/slide ``### Links`` bullets, the CS231n notes, Olah's posts, VAE tutorials, the blog posts and
  the LeNet website, the student website 205, slide links ``[[pdf]]``/``[[key]]``, and the readings inside HTML
  comments (not shown on the page).  Repeated papers are separate entries.
- Ids: from the paper's own link -- arXiv abs/pdf URLs (51; 325's malformed ``arxiv.org/1810.09028`` gives none),
  no DOIs (PMLR, USENIX, IEEE Xplore document, OpenReview, IACR ePrint, KDD and lab PDFs give none).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild42 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "ucbrise__cs294-ai-sys-sp19__index@dc81bdc.md"
PART = "wild42_development"

LINK = re.compile(r"\[([^\[\]]*)\]\(([^)]*)\)")
NULL = "null"
SKIP = "skip"
# Bullets naming more than one link: every link's decision, in order ("title" keeps the link text).
MULTI = {
    144: ["title", "title"],
    152: [SKIP, SKIP],
    153: [NULL, SKIP],
    154: [NULL, "title", "title", "title", SKIP],
    191: ["title", NULL],
    206: [SKIP, SKIP],
    256: ["title", NULL],
}
NICKNAMES = {143, 263, 496, 700, 810, 840}
NOT_PAPER = {205: "Survey on Autoencoders", 671: "Blog Post Comparing MobileNet and ShuffleNet"}
SLIDES = {"pdf", "key"}


def main() -> None:
    lines = read_lines(NAME)
    papers, in_reading, in_comment, bullets = [], False, False, 0
    n = 0
    while n < len(lines):
        n += 1
        ln = lines[n - 1]
        if "<!--" in ln:
            in_comment = "-->" not in ln
            continue
        if in_comment:
            in_comment = "-->" not in ln
            continue
        if '<div class="reading">' in ln:
            in_reading = True
        elif "syllabus_entry" in ln:
            in_reading = False
        if not (in_reading and ln.startswith("* ")):
            continue
        last = n
        while lines[last].startswith(" ") and lines[last].strip().startswith("[["):
            last += 1
        bullets += 1
        links = [(t, u) for t, u in LINK.findall(" ".join(lines[n - 1 : last])) if t not in SLIDES]
        assert links, n
        if n in NOT_PAPER:
            assert [t for t, _ in links] == [NOT_PAPER[n]], (n, links)
            continue
        decisions = MULTI.get(n, [NULL if n in NICKNAMES else "title"])
        assert len(decisions) == len(links), (n, links)
        for (text, url), how in zip(links, decisions):
            if how == SKIP:
                continue
            title = None if how == NULL else re.sub(r'^"([^"]+)"$', r"\1", text)
            p = entry(lines, n, last, title)
            p["arxiv"], p["doi"] = arxiv_of(url), doi_of(url)
            papers.append(p)
    assert bullets == 81, bullets
    t = {}
    for p in papers:
        t.setdefault(p["line"], []).append(p["title"])
    assert t[154] == [None, "Highway Networks", "Densely Connected Convolutional Networks", "Deep Layer Aggregation"], t
    assert t[191] == ["Autoencoders, Unsupervised Learning, and Deep Architectures", None], t[191]
    assert t[212] == ["Relational inductive biases, deep learning, and graph networks"], t[212]
    assert t[804] == ['"Why Should I Trust You?": Explaining the Predictions of Any Classifier'], t[804]
    assert 218 not in t and 778 not in t and 779 not in t and 230 not in t
    assert sum(1 for p in papers if p["title"] is None) == 10
    a = [p["arxiv"] for p in papers if p["line"] == 154]
    assert a == ["1512.03385", "1505.00387", "1608.06993", "1707.06484"], a
    assert [p["end"] for p in papers if p["line"] in (528, 530)] == [529, 531]
    assert all(p["doi"] is None for p in papers)
    assert len(papers) == 83, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each paper linked by a '*' bullet inside a lecture's <div class=\"reading\"> (required and optional) is an"
        " entry on the bullet's line(s), one per paper for prose bullets naming several; title = the link text"
        " (straight quotes around 212/213 dropped), null for nickname links (AlexNet paper, LeNet paper, residual"
        " networks, this overview paper, TensorFlow OSDI Paper, Theano, TensorComprehensions, Helen, Grad-CAM x2);"
        " tutorials, blog posts, a student website, slide links and readings inside HTML comments are not entries;"
        " ids from each paper's own link.",
        "Whole file read (about 900 lines) against the -v output: the 81 reading bullets of all lecture blocks, each"
        " multi-link bullet link by link (144, 152-154, 191, 206, 256), the eleven nickname links, the wrapped"
        " [[pdf]] lines (528-529, 530-531), the two HTML comments (215-231, 777-780) left out, the repeated papers"
        " (317/350, 559/769, 810/840), the malformed arXiv URL 325 and the empty link 669, the quiz/slide Links"
        " bullets left out; the four arXiv ids of line 154 checked one by one.",
    )


if __name__ == "__main__":
    main()
