"""Wild25 truth for Sun694/generative-reading-group README.md: index of weekly reading-group notes on generative papers.

Shape: a one-line heading, then four '### Folder/' headings (AEs, GANs, misc, NLP), each followed
by a fenced code block (``` ... ```, lines 4-17, 19-27, 29-31, 33-46) whose lines are
'    Title - <presenter>_wNN_<slug>.pdf' (four-space indent; blank indented lines separate
presenters).  The whole list is inside code fences: no Markdown links, no URLs, no ids.  Then two
prose paragraphs about the reading group and the collaborators' GitHub links (not entries).
Entries: every non-blank line inside a fence (26), each naming one paper whose notes PDF sits in
the folder; title = the text before the last ' - ' (the PDF file name after it is not part of the
title; titles have no ' - ' of their own, 'VQ-VAE-2' and 'Discrete Flows: ...' keep theirs).
Special case: line 25 'StyleGAN - sun694_w15_style_gan.pdf' names the paper only by its model
name (the paper is 'A Style-Based Generator Architecture for Generative Adversarial Networks'),
so its title is null; line 26 'Analyzing and Improving the Image Quality of StyleGAN' is a real
title.  'Wasserstein GAN' (line 21) and 'Image Transformer' (line 42) are the papers' real titles.
Count check: 11 (AEs) + 4 (GANs) + 1 (misc) + 10 (NLP) = 26 lines ending in '.pdf'.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild25 import entry, read_lines, write_truth

NAME = "Sun694__generative-reading-group__README@524566e.md"
PART = "wild25_development"
NICKNAME_ONLY = {25}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    inside = False
    per_block = []
    for i, text in enumerate(lines, 1):
        if text.startswith("```"):
            inside = not inside
            if inside:
                per_block.append(0)
            continue
        if not inside or not text.strip():
            continue
        m = re.match(r"^ {4}(.+) - ([a-z0-9]+_w\d\d_[^ ]+\.pdf)$", text)
        assert m, i
        per_block[-1] += 1
        title = None if i in NICKNAME_ONLY else m.group(1)
        papers.append(entry(lines, i, i, title))
    assert not inside
    assert per_block == [11, 4, 1, 10], per_block
    assert len(papers) == 26, len(papers)
    write_truth(NAME, PART, papers,
                "every non-blank line inside the four fenced code blocks is an entry (26 papers whose notes PDF"
                " is in the folder); title = the text before ' - <file>.pdf'; line 25 names only the model"
                " 'StyleGAN', so its title is null",
                "all 26 lines read against the file, the fence boundaries and per-folder counts (11/4/1/10), the"
                " nickname-only line 25 and the similar real titles on lines 21, 26 and 42; no ids in the file")


if __name__ == "__main__":
    main()
