"""Wild33 truth for forrestbao/nlp-class paper_presentation.md: papers students of an NLP class present (Spring 2024).

Shape: `* Title, Venue Year, https://url` bullets under topic headings (lines 5-41), some with a trailing
`(new 2023-02-12)`; the venue may itself hold a comma (`ICML, 2023`, line 15) and titles may hold one
(`Phrase Retrieval Learns Passage Retrieval, Too`, line 14) or end in `?` (lines 10-11). Line 30 separates
title and venue with a full-width comma `，`. Lines 34-35 are one bullet whose title wraps onto the next
line. The last section "Foundation models" (lines 45-51) lists bare model nicknames (`T5`, `Llama-2`);
each stands for the model's paper to present and is an entry with title None. No aclanthology URL writes
a DOI literally, so DOIs are all None; arXiv ids come from the pdf URLs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild33 import entry, read_lines, write_truth

NAME = "forrestbao__nlp-class__paper_presentation@2991c53.md"
PART = "wild33_development"

VENUE = re.compile(r"[,，]\s*(?:preprint|[A-Z][A-Za-z]*(?:\s+workshop)?(?:,)?\s+\d{4})\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        if not ln.startswith("* "):
            i += 1
            continue
        first = i + 1
        text = ln[2:]
        # a bullet continues on the next line when that line is not a new item/heading/blank
        while i + 1 < len(lines) and lines[i + 1].strip() and not lines[i + 1].startswith(("*", "#")):
            i += 1
            text += " " + lines[i]
        last = i + 1
        if "http" in text:
            head = text.split(", https://")[0]
            title = VENUE.sub("", head).strip()
        else:
            title = None  # nickname only (Foundation models section)
        papers.append(entry(lines, first, last, title))
        i += 1
    assert len(papers) == 33, len(papers)
    assert sum(1 for p in papers if p["title"] is None) == 7
    write_truth(
        NAME, PART, papers,
        "Every bullet is one entry; the title is the text before the final ', Venue Year, URL' (venue may hold a "
        "comma, line 30 uses a full-width comma); bare model nicknames in 'Foundation models' are entries with title None.",
        "All 33 bullets read against the file by eye, including the wrapped title (lines 34-35), the full-width "
        "comma (line 30), titles with commas or question marks (lines 10, 11, 14) and the nickname items.",
    )


if __name__ == "__main__":
    main()
