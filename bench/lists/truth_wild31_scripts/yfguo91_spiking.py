"""Wild31 truth for yfguo91/Awesome-Spiking-Neural-Networks README.md: an awesome list of
spiking neural network papers, one bullet per paper, grouped by year.

Shape: under ``## Papers`` (line 50) and year headings ``### 2025`` ... ``### 2021`` each record is one
bullet ``- [[VENUE](paper url)] Title [[code](url)]``: the only paper link sits on the bracketed venue
tag, the title is the plain text after it, and a ``[[code](...)]`` link may follow.  The title is
the text between the venue tag and the code link.  The headings ``### 2020`` ... ``### 2015`` in the
table of contents have no section in the body.  Special cases:
- lines 29-43: the authors' own survey, introduced in prose at line 29, then listed as a reference
  paragraph ``**Direct Learning-Based Deep Spiking Neural Networks: A Review** [[Paper](arXiv)]``
  (line 31) with an authors line (33) and a ``<details>`` BibTeX block of the same paper (35-43); it is
  one entry spanning 31-43 (the BibTeX is under the entry of the same paper; line 29 is prose).
- lines 7-23: table-of-contents bullets, not entries.
- lines 282-283 under ``## Codes_and_Docs``: ``[[中文](blog.csdn.net ...)]`` bullets are Chinese blog
  posts listing papers, not entries.
- line 48 ("The survey paper") and the "Our_Team" section name no paper.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild31 import entry, read_lines, write_truth

NAME = "yfguo91__Awesome-Spiking-Neural-Networks__README@dfea189.md"
PART = "wild31_development"

ITEM = re.compile(r"^- \[\[([^\]]+)\]\(([^)]+)\)\] (.+?)(?: \[\[code\]\([^)]+\)\])?\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    assert lines[30].startswith("**Direct Learning-Based Deep Spiking Neural Networks: A Review**")
    assert lines[42].endswith("</code></pre></details>")
    papers.append(entry(lines, 31, 43, "Direct Learning-Based Deep Spiking Neural Networks: A Review"))
    for i, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if not m:
            continue
        if "blog.csdn.net" in m.group(2):
            assert i in (282, 283)
            continue
        assert 52 < i < 280, i
        papers.append(entry(lines, i, i, m.group(3)))
    assert len(papers) == 208, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '- [[VENUE](paper url)] Title [[code](url)]' bullet under the year headings is a one-line entry whose title"
        " is the plain text after the venue tag (code link dropped); the authors' survey paragraph with its BibTeX"
        " (lines 31-43) is one more entry; TOC bullets and the two CSDN blog bullets are not entries.",
        "Every entry of the 2025 and 2021 sections and the first/last of 2024, 2023 and 2022 checked by eye plus a random"
        " sample of 30; the survey block and the blog bullets checked; titles and ids mechanically re-found in each"
        " entry's lines.",
    )


if __name__ == "__main__":
    main()
