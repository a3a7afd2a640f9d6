"""Wild truth for safe-graph/graph-fraud-detection-papers README: an awesome list of graph/transformer
fraud and anomaly detection papers.

Entries:
- every data row of the tables '| Year | Title | Venue | Paper | Code |' (LLM and Transformer papers,
  Deep Learning Graph papers by year, Non-Deep-Learning papers), one line each; title = the bold
  Title cell.  A paper listed twice (e.g. DGP, CamFD) gives two entries.  Rows whose Paper cell is
  the bare word 'Link' (no URL) are still entries.
- every '[Title](url)' line of '## Survey Paper' (surveys are papers); title = the link text.
- the '[\\[Thesis\\] ...](doi link)' line of '## Other Resource' (a PhD thesis); title = the link
  text without the '[Thesis]' tag; its figshare DOI keeps its '.v1' (part of that DOI).
Not entries: the header, badges and table of contents, the Toolbox lines (software), the Dataset
lines (datasets and benchmarks, even when named like a paper, linking code or data pages), and the
Other Resource lines tagged Blog, Slides, Video, Paper List or Tutorial.
Ids come from the row's own line: arXiv links, and DOIs written in ACM/Springer/doi.org URLs;
IEEE document numbers, ScienceDirect 'pii', SSRN ids and ACL Anthology ids are not DOIs.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "truth_scripts"))
from _heldout import arxiv_of, clean, doi_of, tidy
from _wild import read_lines, save

NAME = "safe-graph__graph-fraud-detection-papers__README@46f0a6f.md"
PART = "wild_held_out"


def main() -> None:
    lines = read_lines(NAME)
    papers = []

    def add(i: int, title: str) -> None:
        text = lines[i - 1]
        papers.append({"line": i, "end": i, "title": tidy(clean(title)), "arxiv": arxiv_of(text),
                       "doi": doi_of(text)})

    section = ""
    rows = surveys = 0
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            section = text[3:]
            continue
        if text.startswith("|"):
            cells = [c.strip() for c in text.strip().strip("|").split("|")]
            if not re.fullmatch(r"\d{4}", cells[0]):
                continue  # header and delimiter rows
            m = re.fullmatch(r"\*\*(.+)\*\*", cells[1])
            assert m, i
            add(i, m.group(1))
            rows += 1
            continue
        if section.startswith("Survey Paper"):
            m = re.match(r"\[(.+)\]\(", text)
            if m:
                add(i, m.group(1))
                surveys += 1
        elif section.startswith("Other Resource"):
            m = re.match(r"\[\\\[Thesis\\\] (.+)\]\(", text)
            if m:
                add(i, m.group(1))
    assert (rows, surveys) == (505, 20), (rows, surveys)
    out = {
        "file": NAME,
        "part": PART,
        "method": "every data row of the Year/Title/Venue/Paper/Code tables (title = the bold Title cell), every"
                  " linked line of 'Survey Paper' and the '[Thesis]' line of 'Other Resource' (title = the link"
                  " text without the tag) is an entry; toolboxes, datasets, blogs, slides, videos, paper lists"
                  " and the tutorial are not",
        "checked": "all 505 table rows checked mechanically for 5 cells (one row has 4), a year and a bold title;"
                   " 25 rows spread over every table compared by line, title and id; all 20 survey lines, the"
                   " thesis line, every Toolbox, Dataset and Other Resource line by eye; DOIs of ACM, Springer,"
                   " IJCAI-on-ACM and figshare URLs",
        "papers": papers,
    }
    save(out)


if __name__ == "__main__":
    main()
