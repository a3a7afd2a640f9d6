"""Wild47 truth for PuchatekwSzortach/books papers_read.md: one person's "Papers read" log ("A list of some of the more
note-worthy papers I read"), kept next to his books_read / books_to_read lists; newest commit (4852fae, 2025-10-18).

Shape: 32 lines, 4 KB.  ``# Papers read`` (1), the one-line description (2), then five ``###`` topic headings (4
``Basic research/fundamental research``, 13 ``Segmentation``, 20 ``Non-maximum suppression``, 23 ``Image ranking``, 28
``Generative adversarial networks``), each over plain ``- `` bullets, one paper per line:
``- Title - Month Year - what the paper shows``.  There is not a single link, author name or venue in the file: the
title is only text, so no entry has an id.

Special cases:
- 9 ``Learning both Weights and Connections for Efficient Neural Networks - explains how ...`` has no date.
- 7 ``Weight Standardization - March 2019 - ... can be achieved - June 2015`` has a second, stray date at the end.
- 29/30 add ``- also know(n) as pix2pix`` / ``CycleGAN`` after the date; 25 names another paper of the list in
  backticks inside its description (``In Defense of the Triplet Loss ...``) - a mention, not an entry.
- Titles hold hyphens but never a spaced `` - `` (``Encoder-Decoder with ...``, ``Hard-Aware Point-to-Set ...``,
  ``Image-to-Image Translation ...``), so the title is the text before the first `` - ``.
- Case as written (5 ``On calibration of modern neural networks``).

Decisions:
- Entry = every bullet under the topic headings (19); title = the text before the first `` - `` separator; the date and
  description are dropped.
- Not entries: the heading, the description line, the topic headings, the backtick mention inside 25.
"""
import re

from _wild47 import entry, read_lines, write_truth

NAME = "PuchatekwSzortach__books__papers_read@4852fae.md"
PART = "wild47_development"

ITEM = re.compile(r"^- (?P<title>.+?) - (?P<rest>.+)$")
DATE = re.compile(r"^(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Papers read", lines[0]
    papers = []
    headings = []
    undated = []
    for n, ln in enumerate(lines, 1):
        if ln.startswith("### "):
            headings.append(n)
            continue
        if not ln.startswith("- "):
            assert n <= 3 or not ln.strip(), (n, ln)
            continue
        m = ITEM.match(ln)
        assert m, (n, ln)
        title = m.group("title")
        if not DATE.match(m.group("rest")):
            undated.append(n)
        assert "`" not in title and "[" not in title, (n, title)
        papers.append(entry(lines, n, n, title))
    assert headings == [4, 13, 20, 23, 28], headings
    assert undated == [9], undated
    t = {p["line"]: p for p in papers}
    assert t[5]["title"] == "On calibration of modern neural networks", t[5]
    assert t[9]["title"] == "Learning both Weights and Connections for Efficient Neural Networks", t[9]
    assert t[10]["title"] == "The Lottery Ticket Hypothesis: Finding sparse, trainable neural networks", t[10]
    assert t[15]["title"] == "Encoder-Decoder with Atrous Separable Convolution for Semantic Image Segmentation", t[15]
    assert t[25]["title"] == "Hard-Aware Point-to-Set Deep Metric for Person Re-identification", t[25]
    assert t[30]["title"] == "Unpaired Image-to-Image Translation using Cycle-Consistent Adversarial Networks", t[30]
    assert t[32]["title"] == "Least Squares Generative Adversarial Network", t[32]
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers)
    assert len(papers) == 19, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '- Title - Month Year - description' bullet under the five ### topic headings is an entry (19); title ="
        " the text before the first spaced ' - ' (titles only have unspaced hyphens); date and description dropped; 9"
        " has no date; the backtick mention of another listed paper inside 25's description is not an entry.  No"
        " links anywhere, so no ids.",
        "Read all 32 lines; compared -v for all 19 bullets (5-10, 14-18, 21, 24-26, 29-32): hyphenated titles kept whole"
        " (15, 25, 29, 30), the undated 9, the stray second date on 7, 'also know as pix2pix' 29 and 'CycleGAN' 30"
        " dropped with the description, lower-case title 5 as written.",
    )


if __name__ == "__main__":
    main()
