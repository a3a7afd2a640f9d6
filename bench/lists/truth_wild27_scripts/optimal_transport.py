"""Wild27 truth for kilianFatras/awesome-optimal-transport README.md: papers on optimal transport for ML.

Shape: after a table of contents (lines 5-20) and three resource sections, '# Papers' (line 38) has
'##'/'###' theme headings, each followed by a one-line description paragraph, then '*' bullets (some
indented by one space: ' * '): '[Title](url) (Venue Year) | [Code](url)'.  Title = the link text.
Entries: every bullet after line 40 (61).  Not entries: the table-of-contents bullets (lines 7-20),
'# Tutorials and Blogs' (course notes PDF and a tutorial page, lines 24-25), '# Libraries' (POT and
Geomloss, lines 29-30) and '# Books' (lines 34-35: 'Computational Optimal Transport' with an extra
'| [Arxiv](...)' link, and 'Optimal Transport for Applied Mathematicians'), which are books,
courses and tools.
Special cases: line 131's link text ends in a space ('OT-GAN: ... Optimal Transport '), trimmed;
nickname prefixes written into the link text ('WGAN-GP: ...', 'WGAN: ...', 'DeepJDOT: ...') are
kept; venues are sometimes written without a space ('(NeurIPS2019)', lines 103 and 147).
Count check: 71 lines start with an optional space and '* [' = 10 before '# Papers' (ToC lines
7-10, tutorials 24-25, libraries 29-30, books 34-35; the nested ToC lines 11-20 are indented more)
+ 61 paper bullets; 14 of the 61 link to arXiv, the rest to PMLR, NeurIPS, JMLR, CVF, OpenReview,
IJCAI, HAL, ScienceDirect and Project Euclid.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild27 import entry, read_lines, write_truth

NAME = "kilianFatras__awesome-optimal-transport__README@2102b53.md"
PART = "wild27_development"
BULLET = re.compile(r"^ ?\* \[([^\]]+)\]\(([^)]+)\) \(([^)]+)\)")


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("# Papers") + 1
    papers = []
    for i, text in enumerate(lines, 1):
        if i <= start or not re.match(r"^ ?\* ", text):
            continue
        m = BULLET.match(text)
        assert m, i
        papers.append(entry(lines, i, i, m.group(1).strip()))
    assert start == 38, start
    assert len(papers) == 61, len(papers)
    n_arxiv = sum(1 for p in papers if p["arxiv"])
    assert n_arxiv == 14, n_arxiv
    write_truth(NAME, PART, papers,
                "every '*' bullet under '# Papers' is an entry, title = its link text; the table of contents,"
                " tutorials, libraries and the two books before '# Papers' are not entries",
                "all 61 entries checked against the file by eye (titles, line 131's trailing space, nickname"
                " prefixes kept); arXiv ids checked on every arXiv link; the Books section read and excluded")


if __name__ == "__main__":
    main()
