"""Wild20 truth for PriorLabs/PriorLabs.github.io docs/research/papers.md (commit 5687789, the last one
holding the page; it was removed from the docs later): the TabPFN team's list of papers that
follow up or apply TabPFN (tabular foundation models), generated from a Google Scholar library.
Shape: an '[comment]: <> (...)' line, two '##' sections (TabPFN Followups, TabPFN Application),
then one record per paper with no link at all, three lines each and a blank line between:
'**Title**' / '   Authors  ' / '   *Venue*, Year, Volume, Pages.' (BibTeX escapes such as
'M{"u}ller' left in the author lines; the last record ends the file without a newline).

Entries: every bold title line with its two indented lines (46: 31 + 15, counted per section with
grep/awk; every record has exactly three lines).  Title = the bold text as written (the escaped
'\\&' of one title renders, and is taken, as '&').  Two records name the same paper twice ('Why
In-Context Learning Transformers are Tabular Data Classifiers', once with an arXiv id, once 'arXiv
e-prints'), and ForecastPFN appears
twice under two titles: separate entries, as the file keeps them.  'What exactly has TabPFN learned
to do?' (the ICLR 2024 Blogpost Track, a reviewed track of the conference) is kept as an entry like
the others: the list gives it the same record as its papers.  arXiv ids come from the venue line
'*arXiv preprint arXiv:NNNN.NNNNN*'; there are no DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild20 import entry, read_lines, write_truth

NAME = "PriorLabs__PriorLabs.github.io__docs__research__papers@5687789.md"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per_section: dict[str, int] = {}
    section = None
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            section = text[3:].strip()
            continue
        m = re.fullmatch(r"\*\*(.+)\*\*", text)
        if not m:
            continue
        assert lines[i].startswith("   ") and lines[i + 1].startswith("   *"), i
        assert i + 2 == len(lines) or lines[i + 2] == "", i
        papers.append(entry(lines, i, i + 2, m.group(1)))
        per_section[section] = per_section.get(section, 0) + 1
    assert per_section == {"TabPFN Followups": 31, "TabPFN Application": 15}, per_section
    assert len(papers) == 46
    write_truth(
        NAME,
        "wild20_development",
        papers,
        "every '**Title**' line with its indented authors and '*Venue*, year' lines is an entry (three lines),"
        " title = the bold text; no record has a link, arXiv ids come from 'arXiv preprint arXiv:…' venue lines",
        "all 46 records by eye (titles, line spans, the 16 arXiv ids); the two repeated papers and the ICLR"
        " blogpost-track record kept as entries; the comment line and the two headings are not entries",
    )


if __name__ == "__main__":
    main()
