"""Wild7 truth for guanh01/CS692-mlsys schedule.md: a UMass seminar's (CS692, Fall 2020) schedule table.

Shape: one Markdown pipe table of 16 lines whose cells are separated by ' \\t| ' (a tab before each
pipe); line 1 is the header (Date, Topics, Papers to present, three blank columns, Review Forms),
line 2 the rule, line 3 a sub-header naming the columns 'Paper 1', 'Paper 2', 'Paper 3'; lines 4-16
are one class meeting each.  An entry is a cell of the Paper 1/2/3 columns holding a linked paper
'[Title](url)', some preceded by bracketed tags '[VLDB'19]', '[MLSys'20] ', '[ICLR'20][Talk]'
(venue tags and the 'Talk' tag are dropped from the title).  Title = the link text (a trailing space
inside the brackets dropped).  Not entries: 'N/A' cells, empty cells, the Topic column (including the
'[slides](docs/intro.pdf)' link), the Review Forms column ('[form](google form)').  Up to three
papers share one line, so each entry's arXiv id and DOI come from its own cell only (the helper's
line-wide ids would give the first cell's id to all three).
Counts: 11 rows with papers, 3+3+3+2+3+3+3+3+3+3+1 = 30 linked paper cells; a second count: the
file has 41 '](http' links = 30 papers + 11 review-form links (the intro 'slides' link is relative).
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild7 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "guanh01__CS692-mlsys__schedule@778783e.md"
PART = "wild7_development"
EXPECTED = [3, 3, 3, 2, 3, 3, 3, 3, 3, 3, 1]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per_row = []
    forms = 0
    for i, text in enumerate(lines, 1):
        if i <= 3 or not text.startswith("|"):
            continue
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        assert len(cells) == 6, (i, len(cells))
        forms += cells[5].startswith("[form](")
        n = 0
        for cell in cells[2:5]:
            if cell in ("", "N/A", "TBD"):
                continue
            m = re.fullmatch(r"((?:\[[^\]]+\]\s*)*)\[([^\]]+)\]\((https?://[^)\s]+)\)", cell)
            assert m, (i, cell)
            tags = re.findall(r"\[([^\]]+)\]", m.group(1))
            assert all(re.fullmatch(r"[A-Za-z ]+'\d\d|Talk", t) for t in tags), tags
            e = entry(lines, i, i, m.group(2).strip())
            e["arxiv"] = arxiv_of(cell)
            e["doi"] = doi_of(cell)
            papers.append(e)
            n += 1
        if n:
            per_row.append(n)
    assert per_row == EXPECTED, per_row
    assert forms == 11, forms
    assert len(papers) == 30
    write_truth(
        NAME, PART, papers,
        "every linked cell of the Paper 1/2/3 columns of the seminar's schedule table is an entry, title ="
        " the link text with bracketed venue and 'Talk' tags before it dropped; ids from the cell only;"
        " N/A and empty cells, topic slides and review-form links are not entries",
        "every row cell by cell (30 papers: 3 per meeting, 2 on 9/23, 1 on 11/11), all titles against the"
        " file, the ACM DOIs (including the /doi/pdf/ and /doi/abs/ forms and the casa_token query) and the"
        " four arXiv links")


if __name__ == "__main__":
    main()
