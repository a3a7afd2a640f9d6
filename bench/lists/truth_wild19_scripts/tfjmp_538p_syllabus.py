"""Wild19 truth for tfjmp/website content/post/2022-538P/index.md: the page of a graduate systems-security
seminar (UBC CPSC 538P, 2022-2023) on a Hugo academic site.

About 285 lines of YAML front matter and course prose (format, Advocate/Critic presentations, report
template in a '{{% callout %}}' shortcode, project deliverables with hotcrp/Canvas links, grading), then
'## Schedule & Reading List': a three-column table 'Day | Paper | Presenters' whose Paper cell is
'[Title](pdf or publisher url)' for paper sessions and plain text for the others ('Proposal
Presentation', 'Midterm Break', 'Project Presentation'); one row lacks its last empty cell (Feb 1); the
first row is the introduction session whose cell ends 'Reading (no report): [How to read a paper](pdf)';
a row with empty Day and Presenters cells adds 'Optional reading: [Introduction to CHERI](tech report)'.
Then late policy and honesty prose, and '## Extra Reading Material': six link bullets.

Entries:
- every table row whose Paper cell links a reading: 23 paper sessions (matches the page's 'You should
  submit 23 paper reports') + the introduction row (Keshav's 'How to read a paper') + the optional CHERI
  technical report (UCAM-CL-TR-941) = 25; lines = the row, title = the link text;
- in 'Extra Reading Material': 'How to read a paper' (the same article again: repeated records are
  separate entries) and 'How to give a good research talk' (linked to its Microsoft Research
  publication page; a SIGPLAN Notices article) = 2.
Not entries: the other four extra-reading bullets ('How to write a great research paper', a talk
series page; 'Reviewing System Security Papers', a SIGARCH blog post; 'Writing reviews for systems
conferences', a course handout; a blog post comparing reviewing across fields), the non-paper table
rows, and the prose links (Canvas, hotcrp, USENIX template, guidelines PDF, plagiarism policy).
Total 27.  DOIs only where a dl.acm.org link carries one (3 rows); no arXiv ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild19 import entry, read_lines, write_truth

NAME = "tfjmp__website__content__post__2022-538P__index@2146e36.md"
PART = "wild19_development"
LINES = read_lines(NAME)

LINK = re.compile(r"\[([^\]]+)\]\((https?://[^)]+)\)")
EXTRA_PAPERS = {"How to read a paper", "How to give a good research talk"}
EXTRA_NOT = {"How to write a great research paper", "Reviewing System Security Papers",
             "Writing reviews for systems conferences",
             "How do different fields review papers? Experiences from ICSE, PLDI, and CCS"}


def main() -> None:
    papers = []
    head = LINES.index("| Day  | Paper  | Presenters  |") + 1
    i = head + 2  # first row after the separator
    rows = sessions = 0
    while LINES[i - 1].startswith("|"):
        cells = LINES[i - 1].split("|")
        links = LINK.findall(cells[2])
        if links:
            assert len(links) == 1, i
            papers.append(entry(LINES, i, i, links[0][0]))
            sessions += bool(cells[1].strip())
        else:
            assert cells[2].strip() in ("Proposal Presentation", "Midterm Break", "Project Presentation"), i
        rows += 1
        i += 1
    assert rows == 29 and len(papers) == 25, (rows, len(papers))
    assert sessions == 24  # 23 paper sessions + the introduction; the CHERI row has no day
    extra = LINES.index("## Extra Reading Material") + 1
    seen = set()
    for j in range(extra + 1, len(LINES) + 1):
        m = LINK.fullmatch(LINES[j - 1][2:]) if LINES[j - 1].startswith("- ") else None
        if not m:
            continue
        seen.add(m.group(1))
        if m.group(1) in EXTRA_PAPERS:
            papers.append(entry(LINES, j, j, m.group(1)))
        else:
            assert m.group(1) in EXTRA_NOT, j
    assert seen == EXTRA_PAPERS | EXTRA_NOT
    assert len(papers) == 27
    write_truth(NAME, PART, papers,
                "every reading linked in the 'Day | Paper | Presenters' schedule table is an entry (23 paper sessions,"
                " the introduction's 'How to read a paper', the optional CHERI tech report), plus the two papers among"
                " the 'Extra Reading Material' bullets; title = the link text; talks, blog posts, handouts, non-paper"
                " rows and prose links are not entries",
                "29 table rows read one by one (25 with a reading, 4 plain sessions), 23 = the page's count of paper"
                " reports, the six extra-reading bullets classified by their links (2 papers, 4 not); titles and the 3"
                " dl.acm.org DOIs read against the file")


if __name__ == "__main__":
    main()
