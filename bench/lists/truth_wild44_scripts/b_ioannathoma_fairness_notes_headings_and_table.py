"""Wild44 truth for IoannaThoma/scoping-fairness-in-risk-prediction literature.md: a researcher's literature notes for
a scoping project on fairness, counterfactual data augmentation and lung-cancer risk prediction (PLCOm2012) with
tabular data; the repository holds only this file and a README (newest commit 2024-08-08).

Shape (127 lines): no title heading; narrative prose and two "###" topic sections with numbered points (1-33), then
six "### [Title](url)" paper sections (35, 56, 69, 74, 84, 88), each followed by the owner's notes: bullets, a
"#### Implications of Excluding Sex" discussion (42-54) after the first, a "#### Section 4.2 - summary" with LaTeX
maths under the second (58-67), general prose paragraphs on tabular augmentation after the fourth (79-81); then
"#### Broader range of background literature:" (92) and a three-column table "| Hyperlinked paper title | Date |
Summary |" (94-125): one "[Title](url)" link per row, a year, and an often empty summary.  Table quirks: row 114 has
no leading pipe (" [A quide ...](...)| 2023| |", still a row in GitHub's table syntax), rows 115-125 drop the
padding, summary cells are long.  The prose (1-33) names methods (CRN, CDCT, CF-SimCLR; the first two in an HTML comment at 27)
but links no paper.  Repeats: "Why is my classifier discriminatory?" (56 and 106) and "Solving the class imbalance
problem ..." (74 and 108), and CAIAC as "Causal Action Influence Aware Counterfactual Data Augmentation" (69, arXiv)
and "Causal influnece aware counterfactual data augmentation" (97, OpenReview).  Row 121 "Counterfactual framework
and assumptions" links a SAGE "book_item" sample-chapter PDF, a chapter of a textbook; row 124 links a Lund
University student thesis (a thesis is an entry).

Decisions:
- Entries (35): the six paper sections and every table row except the textbook chapter (121; a book, not an
  entry).  A paper section runs from its heading to the last non-blank line before the next heading of any level,
  except that "#### Section 4.2 - summary" (58) summarises the paper of 56 and stays in its entry (56-67); the
  "#### Implications of Excluding Sex" discussion (42-54) is general prose and belongs to no entry, so the first
  section ends at 40.  A table row is a one-line entry.  The header (94), separator (95), prose and the "####"
  headings are not entries.  Repeats are separate entries.
- Title = the link text as written (typos "influnece" 97 and "quide" 114 kept); the year after the heading link
  ("(2022)", 35) and the table's date and summary are not title.
- Ids from the entry's lines: arXiv ids from abs/pdf links; DOIs written in the PLOS query (107), the BMC article
  path (116) and the Project Euclid path (122, ".full" dropped); PMC, ScienceDirect pii, JAMA, MDPI, Thorax, PMLR,
  OpenReview and NeurIPS links carry none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild44 import entry, read_lines, write_truth

NAME = "IoannaThoma__scoping-fairness-in-risk-prediction__literature@97fa177.md"
PART = "wild44_development"

SECTION = re.compile(r"^### \[(?P<title>[^\]]+)\]\((?P<url>[^)\s]+)\)(?: \(\d{4}\))?\s*$")
ROW = re.compile(r"^ ?\| ?\[(?P<title>[^\]]+)\]\((?P<url>[^)\s]+)\) *\|")
ROW_NO_PIPE = re.compile(r"^ \[(?P<title>[^\]]+)\]\((?P<url>[^)\s]+)\)\| ?\d{4}\|")
HEADING = re.compile(r"^#{1,6} ")
KEEP_GOING = {58}  # "#### Section 4.2 - summary" belongs to the paper section above it
TEXTBOOK_ROW = 121
TABLE = range(96, 126)


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    headings = [n for n, t in enumerate(lines, 1) if HEADING.match(t)]
    for n, text in enumerate(lines, 1):
        m = SECTION.match(text)
        if m:
            nxt = next(h for h in headings if h > n and h not in KEEP_GOING)
            last = max(k for k in range(n, nxt) if lines[k - 1].strip())
            papers.append(entry(lines, n, last, m.group("title")))
            continue
        if n in TABLE:
            m = ROW.match(text) or ROW_NO_PIPE.match(text)
            assert m, (n, text[:80])
            if n == TEXTBOOK_ROW:
                assert m.group("title") == "Counterfactual framework and assumptions"
                continue
            papers.append(entry(lines, n, n, m.group("title")))
        else:
            assert "](" not in text, (n, text[:80])
    sections = [(p["line"], p["end"]) for p in papers if p["line"] < 94]
    assert sections == [(35, 40), (56, 67), (69, 71), (74, 81), (84, 86), (88, 90)], sections
    assert len(papers) == 35, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Entries: the six '### [Title](url)' paper sections (heading to the last line before the next heading, the"
        " paper's own '#### Section 4.2 - summary' kept in its entry) and every '[Title](url)' row of the background"
        " table (row 114 without leading pipe included) except a textbook chapter (121); title = link text as written;"
        " prose, headings, header and separator are not entries (35).",
        "Whole file read (127 lines) against the -v output: the narrative and numbered prose 1-33 hold no linked paper"
        " (CRN/CDCT/CF-SimCLR only named, CRN and CDCT in an HTML comment at 27), section extents 35-40 (the 'Implications of"
        " Excluding Sex' discussion left out), 56-67, 69-71, 74-81, 84-86, 88-90, all 30 table rows read: 29 entries,"
        " the SAGE textbook chapter 121 skipped, pipe-less row 114, typos kept (97, 114), thesis 124 kept, repeats"
        " 56/106 and 74/108 kept, arXiv ids and the three DOIs (107, 116, 122) checked.",
    )


if __name__ == "__main__":
    main()
