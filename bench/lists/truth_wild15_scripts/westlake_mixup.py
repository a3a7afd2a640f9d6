"""Wild15 truth for Westlake-AI/Awesome-Mixup README.md: bold-title bullets with <br> breaks and <details> figure cards.

Shape: centred <p><img> banners, badges, Introduction / figure / TOC, then sections ('### Sample
Mixup Policies in SL' with '#### **Static Linear**' ... subsections, '### Label Mixup Policies in
SL', '## Self-Supervised Learning', ..., '## Beyond Vision', '## Analysis and Theorem', '## Survey',
'## Benchmark').  Each paper is a bullet block
  * **Title**<br>
  *Authors*<br>
  Venue'Year [[Paper](url)]
  [[Code](url)]
     <details close>
     <summary>Abbr Framework</summary>
     <p align="center"><img ... /></p>
     </details>
(the [[Code]] line and the <details> figure card are optional), blocks separated by blank lines,
sections closed by '<p align="right">(<a href="#top">back to top</a>)</p>'.

Entry: every '* **Title**<br>' bullet outside fenced code (the Contribution section shows the same
template '* **TITLE**<br>' inside a ```markdown fence: not an entry).  Its lines run from the bullet
to the last line before the next blank line (the <details> card included).  Title: the bold text.
The list's own survey ('A Survey on Mixup Augmentations and Beyond') is a bullet of '## Survey' and
is an entry; the same survey's cite-us BibTeX block and the Introduction's inline mention are not.
Not entries: the 'Classification Results on Datasets' table (method rows), the 'Related Datasets
Link' table (datasets), the 'Related Project' bullets (repositories and awesome lists; the last one
links the survey's arXiv page but names the 'Awesome-Mixup' list), the figure banners.  Repeated
papers in several sections are separate entries.

Counts: 260 lines match '^\\* \\*\\*' (grep), one of them the fenced template = 259.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild15 import entry, read_lines, write_truth

NAME = "Westlake-AI__Awesome-Mixup__README@5f1504e.md"
PART = "wild15_development"

BULLET = re.compile(r"^\* \*\*(.+?)\*\*<br>\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    fenced = False
    for i, t in enumerate(lines, 1):
        if t.startswith("```"):
            fenced = not fenced
            continue
        m = BULLET.match(t)
        if not m:
            assert not t.startswith("* **"), i
            continue
        if fenced:
            assert m.group(1) == "TITLE", i
            continue
        last = i
        while last < len(lines) and lines[last].strip():
            last += 1
        block = lines[i - 1:last]
        assert block[1].startswith("*") and "[[Paper]" in "\n".join(block[2:4]), (i, block[:4])
        if any("<details" in b for b in block):
            assert block[-1].strip() == "</details>", (i, block[-1])
        papers.append(entry(lines, i, last, m.group(1)))
    assert len(papers) == 259, len(papers)
    write_truth(NAME, PART, papers,
                "every '* **Title**<br>' bullet outside fenced code is an entry running to the blank line after its"
                " block (authors, venue/links and optional <details> figure card), title = the bold text",
                "grep count (260 bullets, one the fenced contribution template), every block checked for an italic"
                " authors line and a [[Paper]] link within its next two lines and, when it has a <details> card,"
                " ending on '</details>'; results/datasets tables, Related Project bullets and the cite-us BibTeX"
                " left out; block lengths (3, 4, 7 or 8 lines), the 46 entries without arXiv/DOI (ResearchGate, IEEE,"
                " OpenReview, CVF, ScienceDirect links), 30 titles read against the file")


if __name__ == "__main__":
    main()
