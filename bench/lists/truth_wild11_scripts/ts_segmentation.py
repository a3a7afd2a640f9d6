"""Wild11 truth for lzz19980125/awesome-time-series-segmentation-papers README: a reading list of
time-series segmentation and change-point papers, grouped by researcher or lab, in tables.

Shape: 14 tables '| TYPE | Venue | Paper Title and Paper Interpretation | Code |', one per
'## [Researcher](url) (lab)' heading plus 'Survey & Evaluation' and 'Others'.  TYPE is a coloured
shields.io badge (Univariate / Multivariate / Tensor), '*Ph.D. Thesis*', or a word (Survey,
Dataset, Evaluation, Visualization); Venue is italic ('*KDD '17*'); the title cell is plain text
(no link), often followed by a 🌟 recommendation mark; the Code cell links code with star badges
or says None.  Above the tables, '## Citation' gives three block-quoted references to the
maintainer's own papers (author list, bold title, italic journal, URL), then their BibTeX.

Entries: every table body row (one line), title = the title cell without the 🌟 mark; Ph.D.
theses, surveys, evaluation and dataset papers included; and the three '> ' references under
Citation (title = the bold title that follows the authors, its trailing comma dropped).
Not entries: the two 'Human Activity Segmentation Challenge@ECML/PKDD’23' rows (93, 191: a
competition linking its challenge page, not a paper); the BibTeX blocks (same three papers as
the references just above them); header and delimiter rows; the description and notes.

Ids: the rows link no paper, so no arXiv ids; DOIs: two references' doi.org links (the third links IEEE Xplore), and row
269's Code cell 'Supplementary Materials' doi.org link (the Technometrics article's own DOI).  Rows
236 and 254 link dataset DOIs in their Code cell (Dryad, KU Leuven RDR): those identify the data,
not the paper, and are not taken as the entry's DOI.

Counts: 175 lines start with '|', 14 header + 14 delimiter rows -> 147 body rows (per table,
before dropping the challenge rows, 15, 6, 2, 20, 6, 6, 7, 2, 6, 4, 1, 3, 4, 65), minus the 2 challenge rows = 145; + 3 references = 148.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild11 import entry, read_lines, write_truth

NAME = "lzz19980125__awesome-time-series-segmentation-papers__README@03e80bb.md"
DATA_DOI = {236: "10.5061/dryad.9s4mw6ms0", 254: "10.48804/g2yrdr"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per: list[int] = []
    challenge = refs = 0
    for n, text in enumerate(lines, 1):
        if text.startswith("> "):
            bolds = re.findall(r"\*\*(.+?)\*\*", text)
            title = next(b for b in bolds if b != "Zezhong Li").strip().rstrip(",")
            papers.append(entry(lines, n, n, title))
            refs += 1
            continue
        if not text.startswith("|"):
            continue
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        if cells[0] == "TYPE":
            per.append(0)
            continue
        if cells[0].startswith(":--"):
            continue
        assert len(cells) >= 4, n
        title = cells[2].replace("🌟", "").strip()
        if title.startswith("Human Activity Segmentation Challenge"):
            challenge += 1
            continue
        e = entry(lines, n, n, title)
        if n in DATA_DOI:  # the Code cell links a dataset's DOI, not the paper's
            assert e["doi"] == DATA_DOI[n], (n, e["doi"])
            e["doi"] = None
        papers.append(e)
        per[-1] += 1
    assert refs == 3 and challenge == 2, (refs, challenge)
    assert per == [14, 6, 2, 20, 6, 6, 7, 2, 5, 4, 1, 3, 4, 65], per
    assert len(papers) == 148, len(papers)
    write_truth(
        NAME, "wild11_development", papers,
        "every body row of the 14 TYPE/Venue/Title/Code tables is an entry, title = the plain title cell"
        " without the 🌟 mark (theses, surveys, evaluations, dataset papers included; the two"
        " 'Human Activity Segmentation Challenge' rows, a competition page, are not); the three block-quoted"
        " references under Citation are entries (title = the bold title after the authors), their BibTeX not",
        "all 148 titles against the file by eye (rows listed one by one with badges and URLs masked);"
        " per-table row counts by awk; the challenge rows at 93 and 191; the three references' titles and"
        " two doi.org DOIs; arXiv ids: none (the tables link code, not papers); the Code-cell DOIs of rows 236"
        " and 254 are datasets' and left out, row 269's is the article's and kept")


if __name__ == "__main__":
    main()
