"""Wild19 truth for xiaoxiawu/CS395T index.md (gh-pages): UT Austin CS 395T deep learning seminar, Fall 2016.

Shape: a course page (Jekyll front matter, logistics, grading, a Python code block) whose
'### Schedule' is one Markdown table (lines 66-96, header and rule on 66-67): Date | Topic | Papers | Presenters | Notes.
The Papers cell holds zero, one or two readings, two separated by '<br/><br/>', each written as
one Markdown link '[Title, Authors Year](url)'.  An entry is one link of the Papers cell (a row
reading two papers gives two entries on the same line, each with the ids of its own link only).
Title = the link text up to its first ', ' (the authors and year after it are dropped:
'Deep learning, LeCun, Bengio and Hinton 2015' -> 'Deep learning'); no title in this table has
a comma of its own (checked on the dump).  Not entries: 'Format TBD', 'TBD', 'Thanksgiving
holidays' cells, the slides links of the Presenters column, the project and course links
elsewhere on the page.

Count check: 29 schedule rows (lines 68-96); the Papers cells hold 0, 1, 1, 2 x 8, 0, 0, 2 x 3, 1,
2 x 5, 1, 2, 2, 0 x 4 readings (awk count of '](' in the third cell per line) = 40 links.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild19 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "xiaoxiawu__CS395T__index@379223b.md"
PART = "wild19_development"
LINES = read_lines(NAME)
LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")


def main() -> None:
    papers = []
    rows = 0
    for i, text in enumerate(LINES, 1):
        if not (66 <= i <= 96) or not text.startswith("| "):
            continue
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        if cells[0] in ("Date", "---"):
            continue
        rows += 1
        for label, url in LINK.findall(cells[2]):
            title = label.split(", ", 1)[0]
            e = entry(LINES, i, i, title)
            own = f"[{label}]({url})"
            e["arxiv"], e["doi"] = arxiv_of(own), doi_of(own)
            papers.append(e)
    assert rows == 29, rows
    assert len(papers) == 40, len(papers)
    write_truth(NAME, PART, papers,
                "every Markdown link of the Papers column of the schedule table is an entry (two per cell when"
                " '<br/><br/>' separates them, same line, ids from the own link), title = the link text before its"
                " first ', ' (authors and year dropped); slides, TBD and project cells are not entries",
                "every row of the table (29) and all 40 Papers links one by one against the file, the comma rule"
                " on every title (no title has its own comma; 'Deep learning, LeCun, Bengio and Hinton 2015'),"
                " the arXiv links with versions and the Nature/CVF/NIPS/lab-page links without ids")


if __name__ == "__main__":
    main()
