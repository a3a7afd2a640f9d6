"""Wild32 truth for hustzxd/QuanOview source/_index/paper_list.md: a personal reading list of
neural-network quantization papers (a docs page of the QuanOview site).

Shape: ordered-list items `N.  Title. **VENUE** note` with no links at all, grouped under year
headings (### 2015-2016 ... ### 2020), venue sub-headings (#### ICLR2018) and, in 2019, pseudo
headings written as plain text (`====ICLR`, `==== NIPS`, lines 72-90).  The numbers are the
author's own ids and are out of order and repeated (14/15 twice, 50 three times); every numbered
item is one paper.  Title = the item text before the bold venue/affiliation: the cut is at the
first `. ` followed by a bold group or free note, or before the trailing bold group(s) when the
title has no final period (lines 25, 89, 98, 99).  A bold nickname with a colon opening the title
(`**DoReFa-Net**: Training ...`) is kept as written, as is bold emphasis inside a title
(line 24 `A **Survey** of ...`, line 80 `**Post training** 4-bit ...`, line 94 `__Adaptive__`).
Special cases: line 25 `**LP-SGD** Understanding ...` has the nickname as a bare tag with no
colon, so it is dropped; line 35 `Mixed Precision Training. FP16 training **ICLR2018**` and lines
33/95 end with a Chinese note, which is not part of the title; line 26 keeps its `?`; line 100 has
no venue at all.  No item carries an arXiv id or DOI.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild32 import entry, read_lines, write_truth

NAME = "hustzxd__QuanOview__source___index__paper_list@06ba8c6.md"
PART = "wild32_development"

OVERRIDE = {
    25: "Understanding and Optimizing Asynchronous Low-Precision Stochastic Gradient Descent",
    35: "Mixed Precision Training",
}


def title_of(text: str) -> str:
    m = re.search(r"\.\s+(?=\*\*|$|[^\x00-\x7f])", text)  # sentence end before the bold venue / a note
    if m:
        return text[: m.start()]
    m = re.search(r"\s+\*\*[^*]+\*\*(\s*\*\*[^*]+\*\*)*\s*$", text)  # trailing bold venue, no period
    if m:
        return text[: m.start()]
    return text


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        m = re.match(r"\d+\.\s+(.*\S)\s*$", ln)
        if not m:
            continue
        t = OVERRIDE.get(i) or title_of(m.group(1))
        papers.append(entry(lines, i, i, t))
    assert len(papers) == 61, len(papers)
    write_truth(NAME, PART, papers,
                "Each numbered item (numbers out of order/repeated) is one link-less paper; title = text before the bold venue (cut at the first '. ' before a bold group or note, or before trailing bold groups), nickname-with-colon kept, bare bold tag on line 25 dropped.",
                "All 61 items checked by eye against the output, incl. lines 24, 25, 26, 33, 35, 68, 80, 89, 94, 95, 98-101 and the ==== pseudo-headings of 2019.")


if __name__ == "__main__":
    main()
