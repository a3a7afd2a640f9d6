"""Wild43 truth for lz707/nlp_paper_notes README.md: a quant researcher's personal NLP paper-notes repository; the
README indexes the papers read, one bullet per paper, linking to a notes file per paper.

Shape (65 lines): "# NLP Paper Notes", a "White Papers and Blog Posts" section (a sentence linking the owner's own
white papers folder "[here](white_papers)", then two plain lines naming the owner's Zhihu blog posts "The Evolution
of NLP: Part I/II ..." with bare URLs in parentheses), then 10 "## Topic" sections (Large Language Models,
Transformers and Pretrained Models, Efficient Transformers, Document Classification, Sequence to Sequence, Question
Answering/Reading Comprehension, Generative, Information Extraction, Knowledge Graph, Practical Tricks).  Items are
"- Nickname: [Title](url) [[Notes](x.md)] <kbd>Venue Year</kbd>": the nickname before the colon is the list's short
name (sometimes a phrase, "Relation Extraction using noisy data", "Back-translation"); the link text is the paper's
title; the <kbd> venue badge is missing on 7 items (20, 21, 25-27, 42, 64); the space before "[[Notes]" is missing on
6 (20-22, 25-27); three URLs start with a space inside the parentheses ("( https://arxiv.org/abs/2302.04761)", 11,
and 26-27).  Links go to arXiv abstracts (ids), OpenReview forums (2), NeurIPS proceedings PDF and ACL anthology
PDF (no DOI written anywhere).  Two items link the same notes file cnn.md (33 and 40), different papers.

Decisions:
- Entry = each "- " bullet (30), one line each; all name a paper (the Google NMT system item is the arXiv technical
  report, an entry).  The blog posts (7-8) and the white-paper folder sentence (5) are the owner's own posts/folder,
  not entries.
- Title = the first link's text; the nickname, the [[Notes]] link and the <kbd> venue are dropped.
- Ids: arXiv id from the title link where it is an arXiv URL; none for OpenReview, NeurIPS and ACL links.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild43 import entry, read_lines, write_truth

NAME = "lz707__nlp_paper_notes__README@29d0f24.md"
PART = "wild43_development"

ITEM = re.compile(r"^- (?P<nick>[^\[]+?): \[(?P<title>[^\]]+)\]\(\s*(?P<url>[^)\s]+)\)\s*\[\[Notes\]\([^)]+\)\]")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, text in enumerate(lines, 1):
        if not text.startswith("- "):
            continue
        m = ITEM.match(text)
        assert m, (n, text)
        papers.append(entry(lines, n, n, m.group("title").strip()))
    assert len(papers) == 30, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '- Nickname: [Title](url) [[Notes](..)] <kbd>Venue</kbd>' bullet is a one-line entry; title = the first"
        " link's text (nickname, notes link and venue badge dropped); the owner's blog posts and white-paper folder"
        " line are not entries; arXiv ids from arXiv links, no DOIs (30).",
        "Whole file read (65 lines) against the -v output: all 30 bullets in the 10 topic sections, the first and last"
        " of each section, the space-prefixed URLs (11, 26, 27) giving their arXiv ids, the OpenReview (22, 31) and"
        " NeurIPS/ACL PDF links (39, 55) without ids, the items missing '<kbd>' (7) or the space before '[[Notes]' (6),"
        " the nickname phrases dropped (55 'Relation Extraction using noisy data'), and the blog-post lines 7-8 and"
        " white-paper line 5 left out.",
    )


if __name__ == "__main__":
    main()
