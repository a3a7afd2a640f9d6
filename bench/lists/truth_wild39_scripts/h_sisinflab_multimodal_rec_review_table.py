"""Wild39 truth for sisinflab/Formal-MultiMod-Rec README.md: the companion repository of a lab's survey paper
("Formalizing Multimedia Recommendation through Multimodal Deep Learning", ACM TORS), whose README keeps the
survey's review table of multimodal recommender papers next to a benchmark of six models; newest commit
(2024-07-02).

Shape: title, a framework image, a line naming the survey itself in bold italics (5), the author list with
affiliation footnotes, a "cite our paper" sentence with an arXiv ``[paper]`` link (22) and the survey's own
BibTeX block (24-37).  ``## Review`` (39) holds one pipe table ``| Paper | Year | Title |`` (41-85, 43
rows): the Paper cell is a link whose text is the first author plus "et al."
(``[Ferracani et al.](https://dl.acm.org/doi/...)``), the Year cell is filled only on the first row of each
year (2015 ... 2023) and blank below it, the Title cell is plain text, sometimes without a space after the pipe
(57, 58, 62) or with extra spaces or a trailing space after the closing pipe (50, 73).  Paper links go to ACM
DL (``/doi/`` and ``/doi/abs/``), doi.org, Springer, IEEE Xplore, ACL Anthology, AAAI OJS, ScienceDirect (pii)
and arXiv.  ``## Benchmarking`` (88-) gives pip/python commands and five result tables (110-165: Office, Toys,
Beauty, Sports, Clothing) whose rows name models (VBPR, MMGCN, GRCN, LATTICE, BM3, FREEDOM) with metrics and
no citation.

Decisions:
- An entry is every row of the review table (43), title = the Title cell as written (the "X et al." link text
  is an author nickname, not the title); ids from the row's Paper link: DOIs from ACM DL, doi.org and
  Springer URLs, the arXiv id of 82; IEEE Xplore, ACL Anthology, AAAI and ScienceDirect pages give none.
  Rows of the same first author ("Chen et al." five times, "Yi et al." three times) are different papers.
- Not entries: the survey's own mention (5), citation sentence (22) and BibTeX (the list's boilerplate "cite
  our paper"), the author list, the install commands and the benchmark rows (models with metrics, no paper named).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild39 import entry, read_lines, write_truth

NAME = "sisinflab__Formal-MultiMod-Rec__README@1be244d.md"
PART = "wild39_development"

HEADER = "| Paper                                         | Year | Title |"
FIRST, LAST = 43, 85


def main() -> None:
    lines = read_lines(NAME)
    assert lines[FIRST - 3] == HEADER and lines[LAST].strip() == ""
    papers = []
    for n in range(FIRST, LAST + 1):
        cells = [c.strip() for c in lines[n - 1].split("|")]
        assert cells[0] == "" and cells[1].startswith("[") and " et al.](" in cells[1], n
        title = cells[3]
        assert title, n
        papers.append(entry(lines, n, n, title))
    assert len(papers) == 43, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each row of the review table (43-85) is an entry, title = the plain Title cell (the 'X et al.' link text"
        " and the year dropped), ids from the row's Paper link (DOIs from ACM DL, doi.org and Springer URLs, one"
        " arXiv id); the survey's own citation sentence and BibTeX, install commands and benchmark result rows"
        " (models with metrics) are not entries.",
        "Whole 165-line file read; all 43 review rows compared with the -v output (titles against the Title cells,"
        " including rows without a space after the pipe 57/58/62 and with a trailing space 50/73, the '?:' title"
        " 73), ids checked: ACM DL /doi/ and /doi/abs/ DOIs 43/56/74/76/78-81/84/85, doi.org 46-51/53-55/57-59/61-63/"
        "70/71, Springer 45, arXiv 82, none for IEEE 44/60/64/65/68/69/72/75/77/83, ACL 52, AAAI 66, ScienceDirect"
        " 67/73; the survey's own line 5, sentence 22 and BibTeX (24-37) and the five benchmark tables (110-165)"
        " checked to hold no listed paper.",
    )


if __name__ == "__main__":
    main()
