"""Wild40 truth for CENG501-Projects/CENG501-Spring2022 README.md: the index of a university course's
reproduction projects (METU CENG501 Deep Learning, Spring 2022) -- one pipe table whose Paper cell is a short
plain-text citation of the paper each student team re-implemented; newest commit (2022-07-09).

Shape: title (1), two paragraphs about the course and reproducibility (3, 5; the first links the course page),
``# Implemented Papers`` (7) and one table ``| Paper | Implemented by | Implementation Link |`` (9-10, rows
11-45, 35 rows).  The Paper cell is unlinked text in the form ``<authors>, <title>, <venue+year>.``: authors
are ``X et al.``, ``X, et al.`` (26 Zongbo, 29 Gao), ``X & Y`` (17, 27, 28, 38, 39, 43), the typo ``Zhu er al.``
(23), or ``Yang et al.`` without the comma (37); the venue is written ``ICCV21``, ``AAAI21``, ``CVPR2021``,
``AAAI 2022``, ``ICLR2021``, ``ICML21``, ... and once only a year (45, ``2022.``); the final period is missing on
40 and a cell ends with two spaces on 18, 20, 27, 38, 39.  Titles keep their own colons (``DualGraph: A
graph-based method ...``, ``On Statistical Bias In Active Learning: How and When To Fix It``).  The other
cells name the students and link the project folder on GitHub; row 45 has a tab before the student name.  No
row links or identifies the paper itself.

Decisions:
- An entry is every table row (35), title = the Paper cell without the author part before the first ``, ``
  (or before the space after ``Yang et al.``), and without the trailing ``, <venue/year>`` and period.  No ids:
  the only links are course-page and project-folder links.
- Not entries: the course paragraphs, the heading, the header and delimiter rows; the project-folder links are
  code repositories of the students, parts of their row.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild40 import entry, read_lines, write_truth

NAME = "CENG501-Projects__CENG501-Spring2022__README@1951006.md"
PART = "wild40_development"

HEADER = "| Paper | Implemented by | Implementation Link | "
FIRST, LAST = 11, 45
AUTHORS = r"(?:[A-Z][a-z]+,? e[tr] al\.,?|[A-Z][a-z]+ & [A-Z][a-z]+,)"
CITE = re.compile(rf"^{AUTHORS} (?P<title>.+), (?:[A-Z]{{4}} ?)?\d{{2,4}}\.?$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[FIRST - 3] == HEADER and lines[FIRST - 2].startswith("| ----- |")
    assert lines[LAST].strip() == "" and len(lines) == LAST + 1
    papers = []
    for n in range(FIRST, LAST + 1):
        cells = [c.strip() for c in lines[n - 1].split("|")]
        assert cells[0] == "" and len(cells) == 5 and "](" not in cells[1], n
        m = CITE.match(cells[1])
        assert m, (n, cells[1])
        papers.append(entry(lines, n, n, m.group("title")))
    assert len(papers) == 35, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each row of the Implemented Papers table (11-45) is an entry, title = the plain-text Paper cell without"
        " its leading authors ('X et al.,', 'X & Y,') and trailing ', VENUEyy.'; no ids (the row links only the"
        " students' project folders); the course paragraphs are not entries.",
        "Whole 46-line file read; all 35 rows compared with the -v output: titles against the cells, including"
        " the author forms 'Zongbo, et al.,' 26, 'Gao, et al.,' 29, 'Zhu er al.,' 23, 'Yang et al.' without comma"
        " 37, the '&' pairs 17/27/28/38/39/43, venues with and without a space or century (AAAI 2022 18, ICCV21 11,"
        " CVPR2021 15), the year-only venue of 45 (with the tab), the missing final period of 40, titles with"
        " colons (15, 20, 22, 24, 26, 27, 28, 32, 35, 41, 44); all ids null (only project-folder and course links).",
    )


if __name__ == "__main__":
    main()
