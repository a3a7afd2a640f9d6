"""Wild28 truth for Zehong-Wang/Awesome-Weight-Space-Learning README.md: an awesome list of weight space
learning papers (the reading list of a 2026 survey).

Shape: a nested table of contents (lines 20-62), then '##'/'###'/'####' category headings; each record
is one top-level bullet '- **[Venue YY]** Title [[PDF](url)] [[Code](url)]'.  The bold bracketed tag
(a venue and year, a bare year '[2025]', '[Electronics]', '[PhD Thesis]', '[MSc Thesis]') is dropped;
title = the text between the tag and the first ' [[PDF]' / ' [[Code]' link.  Some bullets have no tag
(lines 134, 240, 318, 319, 329, 330, 339, 365, 370, 381-386) and the title starts the bullet.
Many papers are listed in several categories; every repetition is its own entry.
Special cases: line 241 (In-Context Meta LoRA Generation) has only a [[Code]] link, still a paper;
lines 363-364 are bullets inside HTML comments '<!-- - ... -->' (not rendered), not entries; line 7's
arXiv badge and the survey's own BibTeX under 'Citation' (lines 408-414) are the list's boilerplate,
not entries; the TOC bullets (20-62) are not entries.  Double spaces inside titles (lines 217, 265
'Sylph: A Hypernetwork Framework  for ...') are collapsed by the helper; line 102 keeps the file's '{SM}oE'.  Ids: arXiv abs/pdf URLs
(some with '?utm_source=chatgpt.com'), one dl.acm.org/doi URL (line 343), an MDPI URL (line 367,
no literal DOI), a Nature article id (line 383, not a DOI).
Count check: 192 lines after line 63 start with '- ' = 192 entries (the 2 commented bullets start
with '<!--').
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild28 import entry, read_lines, write_truth

NAME = "Zehong-Wang__Awesome-Weight-Space-Learning__README@929ecc8.md"
PART = "wild28_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    untagged = []
    for i, text in enumerate(lines, 1):
        if i <= 63 or not text.startswith("- "):
            continue
        m = re.match(r"- (?:\*\*\[[^\]]+\]\*\*\s*)?(.+?)\s*\[\[(?:PDF|Code)\]", text)
        assert m, i
        if not text.startswith("- **["):
            untagged.append(i)
        papers.append(entry(lines, i, i, m.group(1)))
    assert len(papers) == 192, len(papers)
    assert sum(1 for ln in lines if ln.startswith("<!-- - ")) == 2
    assert untagged == [134, 240, 318, 319, 329, 330, 339, 365, 370, 381, 382, 383, 384, 385, 386], untagged
    write_truth(NAME, PART, papers,
                "every top-level '- ' bullet after the table of contents is an entry (repeats across categories"
                " kept); title = the text after the bold bracketed venue/year tag (when present) up to the first"
                " [[PDF]]/[[Code]] link; the two HTML-commented bullets and the survey's own BibTeX are not entries",
                "first and last entry of every category, about 30 more across the file, every untagged bullet,"
                " the code-only bullet (241), the commented bullets (363-364), double-space titles (217, 265) and"
                " the non-arXiv links (dl.acm.org DOI 343, MDPI 367, Nature 383, openreview, mlr) checked by eye")


if __name__ == "__main__":
    main()
