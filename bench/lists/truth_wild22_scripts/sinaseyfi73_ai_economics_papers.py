"""Wild22 truth for sinaseyfi73/ai-economics-research research-papers/PAPERS_LIST.md: economics and finance papers on AI.

Shape: '##' field headings and '###' topic headings; under them 20 numbered records (1. .. 20.,
numbering runs across headings), each a first line '<n>. **"Title"** (year)' followed by indented
'- Key: value' sub-bullets (Authors, Journal, FT50, Topic, Key Findings, DOI, Status, Note).
A record spans its numbered line and its sub-bullets (up to the blank line).  Title = the text
inside the quotes of the bold span.  DOIs are bare text '**DOI**: 10.x/...' (14 records).
Entries: journal articles, NBER working papers (records 7, 8, 12: line 77, 86, 131), and two
chapters of edited volumes (record 9, line 99, 'NBER Book Chapter'; record 18, line 200, a
Handbook chapter).  Not an entry: record 17 (line 192), 'The Economics of Artificial
Intelligence: An Agenda', an edited book (NBER Book, editors, ISBN).  Not entries either: the
'Notes' section after line 228 (verification checklist, journal abbreviations, counts).
Count check: 20 numbered records = 19 entries + 1 book; 14 with a DOI.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild22 import entry, read_lines, write_truth

NAME = "sinaseyfi73__ai-economics-research__research-papers__PAPERS_LIST@4cc0fc7.md"
PART = "wild22_development"
BOOKS = {192}


def main() -> None:
    lines = read_lines(NAME)
    stop = lines.index("## Notes")
    papers = []
    records = 0
    for i, text in enumerate(lines[:stop], 1):
        m = re.match(r'(\d+)\. \*\*"(.+)"\*\* \(', text)
        if not m:
            continue
        records += 1
        assert int(m.group(1)) == records, i
        end = i
        while end < len(lines) and lines[end].startswith("   ") and lines[end].strip().startswith("- "):
            end += 1
        if i in BOOKS:
            continue
        papers.append(entry(lines, i, end, m.group(2)))
    assert records == 20, records
    assert len(papers) == 19, len(papers)
    assert sum(1 for p in papers if p["doi"]) == 14
    write_truth(NAME, PART, papers,
                "each numbered record '<n>. **\"Title\"** (year)' with its indented sub-bullets is an entry, title = the"
                " quoted text; the edited NBER book (record 17) is not an entry; chapters and working papers are",
                "every one of the 20 records read by eye against its lines: titles, line spans, the 14 bare"
                " '**DOI**: 10.x' DOIs; record 17 checked as an edited book (editors, ISBN)")


if __name__ == "__main__":
    main()
