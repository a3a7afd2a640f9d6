"""Wild39 truth for karush17/surreal-70-samples README.md ("The Surreal 70 Samples (S3)"): an RL / generative-
models student's log of the 70 papers he wrote one-page summaries of, about one a week (2020-2021); each row links
his summary PDF.

Shape (142 lines): an intro, then "## Available Paper Summaries" with ONE pipe table (lines 10-81) of columns
``|Summary Number|Paper Title|Author List|Summary Link|`` without spaces around the pipes; rows 1-70 in order.
The title cell is a Markdown link to the paper: arXiv PDFs (one "v2"), OpenReview pdf/forum pages, NeurIPS/NIPS
proceedings PDFs, PMLR PDFs, a Wiley PDF under "/doi/pdf/10.1207/..." (row 5, line 16), personal/university PDFs (rows 38 and 55).
The Summary Link cell is "[link](Reviews/Review-NN/main.pdf)".  After the table come the "Summary Guidlines"
sections (84-140): prose and bullets about how to choose and write summaries, naming no paper.

Decisions:
- Entry = one body row of the table; 70 entries (the row number equals the summary number).  The intro and the
  guideline sections are not entries.
- Title = the Paper Title cell with its link removed, as written: typos kept ("Aand" in row 42, "Decomponse" in row 21),
  curly quotes of '"Other-Play" for Zero-Shot Coordination' (row 26) and the Greek letter of "γ-Models" (row 28)
  kept, the blank before the closing bracket of row 61 dropped.  The Author List is not part of the title.
- Ids: arXiv from the arXiv PDF links (version dropped); DOI 10.1207/s15516709cog0901_7 from the Wiley URL (row 5);
  OpenReview, proceedings and personal PDFs give none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild39 import entry, read_lines, write_truth

NAME = "karush17__surreal-70-samples__README@1e1d757.md"
PART = "wild39_development"

ROW = re.compile(r"^\|(?P<num>\d+)\|\[(?P<title>[^\]]+)\]\((?P<url>[^)]+)\)\|[^|]+\|\[link\]\(Reviews/Review-\d+/main\.pdf\)\|$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, text in enumerate(lines, 1):
        if not re.match(r"^\|\d", text):
            continue
        m = ROW.match(text)
        assert m, (n, text)
        assert int(m.group("num")) == len(papers) + 1, (n, m.group("num"))
        papers.append(entry(lines, n, n, m.group("title")))
    assert len(papers) == 70, len(papers)
    assert not any(re.match(r"^\|", t) for t in lines[82:]), "a table row after the table"
    write_truth(
        NAME,
        PART,
        papers,
        "Each body row of the single 'Available Paper Summaries' table (summaries 1-70) is an entry; title = the"
        " Paper Title cell's link text as written; arXiv ids from arXiv PDF links, the DOI from the Wiley URL; the"
        " intro and the summary-writing guidelines are not entries.",
        "Whole file read (142 lines) against the -v output: rows 1 and 70 (12, 81), numbering 1-70 without gaps"
        " asserted, the Wiley DOI row (16), the 'v2' arXiv link (15), OpenReview pdf/forum rows (24-26, 61, 65,"
        " 68-72, 74-75, 78, 80), proceedings and personal PDFs without ids (38, 41-42, 46, 49, 51, 66), typo titles (32,"
        " 53), curly quotes (37), 'γ' (39), the trailing blank in 72's link text, the guideline sections (84-140)"
        " holding no paper, and ~20 random rows.",
    )


if __name__ == "__main__":
    main()
