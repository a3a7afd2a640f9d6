"""Wild26 truth for shlee-lab/Smart-contract-security-analysis Papers_to_Read/README.md: a private to-read list.

Shape: a student's own reading list on smart-contract security ("This space for papers to read for me
(very private)"), CRLF line endings.  Records are bullets '- **Title** (year), Authors. [[pdf]](url)'
under '### Recommendation from Others' (lines 20-28, then small groups each introduced by a plain
line 'Below papers are related with ...': 31-32, 36-37, 40-41, 44, 47) and '### Chosen by myself'
(line 52).  Entry = each bold bullet whose subject is a paper; title = the bold text.
Special cases:
- Line 40, 'How Formal Verification Can Ensure Flawless Smart Contracts' (2018), Bernhard Mueller,
  [[web]] to media.consensys.net: a blog post, not an entry.
- Line 31 and line 36 list the same paper ('Formal verification of smart contracts based on users and
  blockchain behaviors models') under two groups: two entries.
- Kept as entries as the list presents them (a titled work, year, authors, [[pdf]]), though their
  links suggest other kinds of document: line 24 'Quantstamp : The protocol for securing smart
  contracts' (a project white paper), line 21 'From contracts to “smart” contracts' (a PDF in a DLT
  workshop 'presentazioni' folder) and line 26 'Writing Secure Smart Contracts' (2016), IC3 (a PDF named
  devcon-ic3).
- Titles keep the file's spacing and marks: 'Quantstamp : The ...', '“smart”', '(SoK)' (line 27, part
  of the published title).
Not entries: the contents bullets (8-12), 'Blank' overview, the group lines, the book under '### Book
/ Survey / Review' (line 56, not bold), and the '### Lectures / Survey / Blogs' section (lines 61-71:
three courses, three tutorials or tool pages, one blog), the license badge.
Count check: 18 bold '- **' bullets with a year between lines 20 and 52 = 17 entries + 1 blog post;
arXiv ids on lines 41 and 52 only.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild26 import entry, read_lines, write_truth

NAME = "shlee-lab__Smart-contract-security-analysis__Papers_to_Read__README@ce4ed55.md"
PART = "wild26_development"
BLOG = {40}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    records = 0
    for i, text in enumerate(lines, 1):
        if not 19 < i < 55:
            continue
        m = re.match(r"- \*\*(.+?)\*\* \(\d{4}\),", text)
        if not m:
            assert not text.startswith("- "), i
            continue
        records += 1
        if i in BLOG:
            assert "[[web]]" in text
            continue
        assert "[[pdf]]" in text, i
        papers.append(entry(lines, i, i, m.group(1)))
    assert records == 18, records
    assert len(papers) == 17, len(papers)
    assert [p["line"] for p in papers if p["arxiv"]] == [41, 52]
    write_truth(NAME, PART, papers,
                "every bold '- **Title** (year), Authors. [[pdf]]' bullet of the two reading sections is an entry"
                " (the paper listed twice counts twice); title = the bold text; the [[web]] blog post (line 40),"
                " the book and the lectures, tutorials and blog section are not entries",
                "every line of the file read by eye; all 17 titles checked against their lines; the two arXiv"
                " ids (lines 41, 52) and the IACR ePrint, HAL and PDF links checked (no DOI written)")


if __name__ == "__main__":
    main()
