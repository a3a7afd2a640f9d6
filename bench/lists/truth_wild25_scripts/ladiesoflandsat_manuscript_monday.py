"""Wild25 truth for ladiesoflandsat/LOLManuscriptMonday README.md: a weekly remote-sensing paper feature.

Shape: one pipe table between '<!-- START_MARKER -->' (line 21) and '<!-- END_MARKER -->' (line
204), header on line 22 ('**Week** | **Date** | **Name** | **Article Title** | **Article Link** |
**Twitter Handle** | **MM Tweet** | **Key Words**'), separator on line 23, one row per week on
lines 24-203 (180 rows, no leading pipe; week numbers repeat or skip, e.g. 162 twice, 171 twice).
The title is a plain italic cell '_Title_' (column 4); the paper link is a separate cell whose
text is the journal name ('[Remote Sensing](https://www.mdpi.com/...)'); the featured scientist's
name, Twitter handle, tweet link and keywords fill the other cells.  Title = the italic cell,
underscores removed.
Entries: every row featuring a scholarly work (journal articles, a Biogeosciences preprint on
line 96, conference papers, a KDD workshop paper on arXiv on line 102, book chapters on lines 52,
55 and 142 (chapters in edited books, a handbook entry), a USGS open-file report on line 195, theses
on lines 92, 130 and 169).  Not entries (8 rows): 'MM Moments Thread' rows (lines 86, 137), the
Landsat 9 trading card deck (line 124), the website announcement (186), three 'LoL Leadership
Feature' rows (187-189) and the New Year post (190) whose italic cell is a BBC Mundo news story.
Special case: line 203's link is the Springer proceedings volume ('link.springer.com/book/10.1007/
978-3-031-31956-3'), the DOI of the book, not of the paper: doi set to null.  DOIs otherwise
come from the link cell as written (doi.org, Springer, Wiley, IOP, T&F eprint '?target=10.1080/
...', cdnsciencepub, Frontiers, PLOS '?id=10.1371/...', PNAS, science.org, ACS); ScienceDirect
pii, MDPI and Nature article links carry none.
Count check: 180 table rows = 172 entries + 8 non-paper rows; 172 italic title cells among the
entries (every entry has one).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild25 import entry, read_lines, write_truth

NAME = "ladiesoflandsat__LOLManuscriptMonday__README@44f14c9.md"
PART = "wild25_development"
NOT_PAPERS = {86, 124, 137, 186, 187, 188, 189, 190}
BOOK_DOI = {203}


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("<!-- START_MARKER -->") + 1
    stop = lines.index("<!-- END_MARKER -->") + 1
    assert (start, stop) == (21, 204), (start, stop)
    assert lines[21].strip().startswith("**Week**") and lines[22].startswith("---|")
    papers = []
    rows = 0
    for i in range(24, stop):
        text = lines[i - 1]
        assert "|" in text, i
        rows += 1
        if i in NOT_PAPERS:
            continue
        cells = text.split("|")
        m = re.fullmatch(r"\s*_(.+?)_\s*", cells[3])
        assert m, i
        p = entry(lines, i, i, m.group(1))
        if i in BOOK_DOI:
            assert p["doi"] == "10.1007/978-3-031-31956-3", p
            p["doi"] = None
        papers.append(p)
    assert rows == 180, rows
    assert len(papers) == 172, len(papers)
    write_truth(NAME, PART, papers,
                "every table row (lines 24-203) featuring a scholarly work is an entry (articles, a preprint,"
                " conference and workshop papers, two book chapters, a USGS report, theses); title = the italic"
                " 'Article Title' cell; 8 rows (MM moments threads, trading cards, website note, leadership"
                " features, a BBC news story) are not entries; the proceedings-volume DOI on line 203 is dropped",
                "every row's title cell and link cell read by eye against the -v output; the 8 non-paper rows"
                " and the chapter/report/thesis rows checked one by one; DOIs of the T&F eprint, Springer"
                " referenceworkentry (%2F decoded), PLOS and Frontiers links checked; arXiv id on line 102")


if __name__ == "__main__":
    main()
