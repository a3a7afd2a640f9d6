"""Wild23 truth for maxkasy/home _pages/2_research.md: an economist's research page (Jekyll).

Shape: one record per paper, a block of lines ended by Markdown hard breaks (two trailing spaces)
and separated by blank or whitespace-only lines: '**Title**' on the first line, then indented
lines '(joint with ...)', '*Venue or status, year*', 'Manuscript: [file.pdf](/home/files/...)',
and optional Supplement / Appendix / Code / Replication / Pre-analysis plan / App lines.  Sections:
a book record before any heading (lines 7-9), '## Working papers' (5 records), '## Publications'
(28 records).  Title = the bold text of the first line.
Entries: the 33 records under the two headings: journal and conference papers, working papers, a
handbook chapter (line 36), a policy essay (line 104, Economics for Inclusive Prosperity), an
SSRC Items essay (line 144, listed by the author among his publications), a corrigendum (line
139, a published note) and a registered experiment whose record gives only its pre-analysis plan
(line 40, kept: it is a working-paper record whose document is a research report).
Not entries: the book 'How AI works, and for whom' (lines 7-9, 'Book, forthcoming').
Special cases: line 139's bold line ends with three spaces and its joint line ends with ','; line
168 adds '(see corrigendum above)' after the venue; line 123 links a Harvard Dataverse
replication dataset whose URL holds 'doi:10.7910/DVN/O7BAYF': the format's DOI is the one the
entry's lines give, so that entry keeps it (the paper itself has no DOI written).  No arXiv ids.
Count check: 34 lines start with '**' (33 entries + the book); the records end at the last
non-blank line before the next blank line.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild23 import entry, read_lines, write_truth

NAME = "maxkasy__home___pages__2_research@918805b.md"
PART = "wild23_development"
BOOK = 7


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    starts = [i for i, t in enumerate(lines, 1) if t.startswith("**")]
    assert len(starts) == 34, len(starts)
    for i in starts:
        if i == BOOK:
            assert "Book, forthcoming" in lines[i]
            continue
        end = i
        while end < len(lines) and lines[end].strip():
            end += 1
        m = re.match(r"\*\*(.+?)\*\*\s*$", lines[i - 1])
        assert m, i
        papers.append(entry(lines, i, end, m.group(1)))
    assert len(papers) == 33, len(papers)
    write_truth(NAME, PART, papers,
                "each bold-title record block under '## Working papers' and '## Publications' is an entry"
                " (papers, chapter, essays, corrigendum, a registered experiment's pre-analysis plan); title ="
                " the bold first line; the book record before the headings is not an entry",
                "all 34 record blocks read by eye: the book dropped, 33 titles compared with their bold lines,"
                " every block's last line checked (lines 23-24, 31-34, 43-44, 59-60, 90-92 are sub-lines);"
                " the only DOI (line 123, a Dataverse dataset) checked")


if __name__ == "__main__":
    main()
