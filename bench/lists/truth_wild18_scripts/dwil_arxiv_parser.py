"""Wild18 truth for dwil2444/arxiv-parser README.md (older commit d817248): a script-generated arXiv table.

An 'Updated on: August 16, 2022' line, then a pipe table written without leading pipes:
'Title | Author | Date Published | Notes | Link  ' and a '----- | ------ | ...' rule, then one row
per paper: '**Title** | Name, Name, Name,  | Month DD, YYYY | <the abstract's first line, cut
mid-sentence> | http://arxiv.org/pdf/IDvN |   ' (trailing pipe and spaces).  Two blank lines end
the file.  The newest commit keeps only 12 rows, so the file is taken at the commit where the
generator had written 86.

Entry: every row starting with '**' (86; all 86 match the full row pattern, checked with grep).
Title: the bold first cell.  The 'Notes' cell is the abstract's opening words, not a title.
arXiv id from the bare PDF URL (version dropped).  No DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild18 import entry, read_lines, write_truth

NAME = "dwil2444__arxiv-parser__README@d817248.md"
PART = "wild18_development"
LINES = read_lines(NAME)
ROW = re.compile(r"\*\*(.+?)\*\* \| (.*) \| ([A-Z][a-z]+ \d{2}, \d{4}) \| (.*) \| (http://arxiv\.org/pdf/\d{4}\.\d{5}v\d+) \|   ")


def main() -> None:
    papers = []
    for i, text in enumerate(LINES, 1):
        if not text.startswith("**"):
            assert "arxiv" not in text, i
            continue
        m = ROW.fullmatch(text)
        assert m, i
        assert "**" not in m.group(1) and "|" not in m.group(1), i
        papers.append(entry(LINES, i, i, m.group(1)))
    assert len(papers) == 86
    write_truth(NAME, PART, papers,
                "every table row '**Title** | authors | date | abstract opening | arXiv pdf url |' is an entry;"
                " title = the bold first cell; arXiv id from the PDF URL",
                "all 86 rows (grep: 86 lines start with '**', all match the row pattern), titles of the first 10,"
                " the last 10 and 10 in the middle against their rows; the Notes cells are abstract openings")


if __name__ == "__main__":
    main()
