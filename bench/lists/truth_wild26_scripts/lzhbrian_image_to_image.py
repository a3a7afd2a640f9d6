"""Wild26 truth for lzhbrian/image-to-image-papers README.md: an image-to-image translation paper list.

Shape: five Markdown tables (under '## Supervised' and four '### Unsupervised - ...' headings),
each with the header 'Note | Model | Paper | Conference | paper link | code link'.  The Paper
column holds the title as plain text (not linked); the Model column a nickname (sometimes empty,
sometimes two names such as 'AugCGAN (Augmented CycleGAN)'); the Note column a free tag; the paper
link cell shows the arXiv id as link text ('[1611.07004](https://arxiv.org/abs/1611.07004)') or
'[thecvf]', '[openreview]', '[author]' (lines 62, 127, 89, 130: no arXiv id); the code link cell
a GitHub repo, a project page or a dataset.  Then '## To be classified': four bullets written
'* Title. https://arxiv.org/abs/id[. Venue. https://github...]' with bare URLs (lines 139-145).
Entry = every table data row (78, all name a paper) and every bullet (4).  Title = the Paper cell
as written (the nickname is not part of it); for bullets, the text before the first
'. http'.  Special cases: line 77's cell ends with a '.' ('Breaking the cycle -- Colleagues are
all you need.'), dropped as a closing separator; line 102 writes 'Uniﬁed' with the U+FB01
ligature, kept.  Some rows leave Conference empty (lines 73, 75-77, 111).
Count check: 88 table lines - 5 x 2 header lines = 78 rows, + 4 bullets = 82 entries; arXiv id on
74 rows + 4 bullets = 78; no DOI.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild26 import entry, read_lines, write_truth

NAME = "lzhbrian__image-to-image-papers__README@a1f3e49.md"
PART = "wild26_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    table_lines = 0
    for i, text in enumerate(lines, 1):
        if text.startswith("|"):
            table_lines += 1
            cells = [c.strip() for c in text.strip().strip("|").split("|")]
            if cells[0] == "Note" or re.fullmatch(r"-+", cells[0]):
                continue
            assert len(cells) == 6, (i, cells)
            title = cells[2]
            assert title, i
            title = title.removesuffix(".")
            papers.append(entry(lines, i, i, title))
        elif text.startswith("* "):
            m = re.match(r"\* (.+?)\. https?://", text)
            assert m, i
            papers.append(entry(lines, i, i, m.group(1)))
    assert table_lines == 88, table_lines
    assert len(papers) == 82, len(papers)
    assert sum(1 for p in papers if p["arxiv"]) == 78
    write_truth(NAME, PART, papers,
                "every data row of the five tables is an entry with the plain-text Paper cell as title (nickname"
                " and note columns not part of it, a closing '.' dropped), plus the four 'To be classified'"
                " bullets, title = text before '. https://'",
                "every row read by eye against the -v output (small file: 78 rows, 4 bullets); the 4 rows"
                " without an arXiv link (thecvf, openreview, author PDF) and the ligature title of line 102"
                " checked; arXiv ids compared with each row's paper link cell")


if __name__ == "__main__":
    main()
