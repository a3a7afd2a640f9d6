"""Wild24 truth for priyanshujiiii/awesome-Quantization README.md: a quantization paper list in Markdown tables.

Shape: after a title, a one-line description and a 'Categories Overview' table (lines 9-16: six
category rows with Description / Typical Goal / Example Models columns; not papers, not entries),
six '## **Category**' sections each hold one five-column Markdown table
'| Title | Authors | Venue | Year | Paper Link |'.  The title cell is plain text (no link, no
markup); the link sits in the last cell as '[PDF](url)', an arXiv abs URL except two doi.org
links (lines 195, 201: ACM DOIs).  The tables are closed by a '---' rule with no blank line
before it (lines 139, 161, 182, 202); the last table ends the file (line 217).
Entries: every body row of the six paper tables, one line each; title = the first cell as written
(stripped), arXiv id / DOI from the row's link.  The list repeats papers across and within
sections (e.g. HAWQ in three tables; XNOR-Net's arXiv link on the row titled 'BNN+: Improved
Training for Binary Neural Networks', line 129, too): each row is its own entry, taken as written.
Not entries: the header and delimiter rows, the overview table, headings and rules.
Count check: 65 PTQ (lines 27-91) + 40 QAT (99-138) + 16 mixed precision (145-160) + 15 data-free
(167-181) + 14 hardware-aware (188-201) + 10 surveys (208-217) = 160 rows; 158 with an arXiv id,
2 with a DOI.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild24 import entry, read_lines, write_truth

NAME = "priyanshujiiii__awesome-Quantization__README@4ee54c4.md"
PART = "wild24_development"
HEADER = "| Title | Authors | Venue | Year | Paper Link |"
EXPECTED = {"Post-Training Quantization (PTQ)": 65, "Quantization-Aware Training (QAT)": 40,
            "Mixed-Precision Quantization": 16, "Data-Free & Zero-Shot Quantization": 15,
            "Hardware-Aware Quantization": 14, "Surveys & Overviews": 10}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    counts: dict[str, int] = {}
    section = None
    in_table = False
    for i, text in enumerate(lines, 1):
        m = re.match(r"## \*\*(.+)\*\*$", text)
        if m:
            section, in_table = m.group(1), False
            continue
        if text == HEADER:
            assert section, i
            in_table = True
            continue
        if not in_table:
            continue
        if re.match(r"\|-+\|", text):
            continue
        if not text.startswith("| "):
            in_table = False
            continue
        cells = [c.strip() for c in text.strip().strip("|").split(" | ")]
        assert len(cells) == 5, (i, cells)
        title, link = cells[0], cells[4]
        assert re.fullmatch(r"\[PDF\]\(https://(arxiv\.org/abs|doi\.org)/[^)]+\)", link), (i, link)
        papers.append(entry(lines, i, i, title))
        counts[section] = counts.get(section, 0) + 1
    assert counts == EXPECTED, counts
    assert len(papers) == 160, len(papers)
    assert sum(1 for p in papers if p["arxiv"]) == 158
    assert sum(1 for p in papers if p["doi"]) == 2
    write_truth(NAME, PART, papers,
                "every body row of the six five-column paper tables (Title | Authors | Venue | Year | Paper Link) is an"
                " entry, title = the plain-text first cell, ids from the '[PDF](url)' cell; the Categories Overview"
                " table is not a paper table; repeated papers are separate entries",
                "all 160 rows read against the -v output (first and last row of each table, the two doi.org rows 195"
                " and 201, the duplicated rows such as HAWQ and the mislinked BNN+/XNOR-Net pair at 129-130); every"
                " title is the first cell verbatim; overview table lines 9-16 excluded")


if __name__ == "__main__":
    main()
