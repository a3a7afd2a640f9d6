"""Wild8 truth for CYHSM/awesome-neuro-ai-papers README: an awesome list at the border of
neuroscience and deep learning, one plain paragraph per paper (no bullets, no numbering) under
'# Papers' and '# Reviews', blank lines between.

Shape: 'Authors [**Title**](url) Venue (Year)', author lists in APA ('Kell, A. J., ... &
McDermott, J. H.') or full names ('Adam Gaier, David Ha'); the title is the bold link text,
sometimes ending in '.' (stripped as the citation's separator).  Three paragraphs put the authors
on one line and the linked title on the next; in one (Schmidgall and Hays) the link text itself
breaks before its final '.' ('...spiking neural networks\\n.**]').  One review has '(2018).'
between authors and title, one a ',' between link and venue.  Links go to arXiv (abs, pdf, html,
'www.arxiv.org'), bioRxiv, Nature, ScienceDirect, Cell, PNAS, NeurIPS, PMC, Frontiers, eLife etc.

Entries: every paragraph holding a '[**...**](...)' link under '# Papers' (lines 15-187) and
'# Reviews' (192-232); the entry spans the paragraph's lines.  Not entries: the header, the
badge, the blurb, the three blog posts under '# Blogs' and the two web lists under '# More awesome
lists'.

Count check: grep -c '\\[\\*\\*' = 111 lines with a bold link; minus 3 blogs and 2 lists = 106
entries (the wrapped paragraphs hold one '[**' each); 85 papers + 21 reviews, by grep between the
headings.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild8 import entry, read_lines, write_truth

NAME = "CYHSM__awesome-neuro-ai-papers__README@2f7fe2d.md"
PART = "wild8_development"


def main() -> None:
    lines = read_lines(NAME)
    papers_h = lines.index("# Papers") + 1
    reviews_h = lines.index("# Reviews") + 1
    blogs_h = lines.index("# Blogs") + 1
    papers = []
    i = papers_h + 1
    while i < blogs_h:
        if not lines[i - 1].strip() or lines[i - 1].startswith("#"):
            i += 1
            continue
        start = i
        while i < blogs_h and lines[i - 1].strip():
            i += 1
        end = i - 1
        text = "\n".join(lines[start - 1 : end])
        m = re.search(r"\[\*\*(.+?)\*\*\]\(", text, re.DOTALL)
        assert m, (start, text)
        papers.append(entry(lines, start, end, m.group(1)))
    n_papers = sum(1 for p in papers if p["line"] < reviews_h)
    assert (n_papers, len(papers) - n_papers) == (85, 21), (n_papers, len(papers))
    write_truth(
        NAME, PART, papers,
        "every paragraph with a bold link '[**Title**](url)' under '# Papers' and '# Reviews' is an entry"
        " (lines: the paragraph, one or two lines); title = the bold link text; blog posts and the other"
        " awesome lists at the end are not entries",
        "all 106 titles read against the file, the two-line paragraphs (authors line then title line,"
        " the link text broken before its '.'), counts per section by grep '\\[\\*\\*'; arXiv ids from"
        " abs/pdf/html and www.arxiv.org links; bioRxiv DOIs without the v1/.full tails",
    )


if __name__ == "__main__":
    main()
