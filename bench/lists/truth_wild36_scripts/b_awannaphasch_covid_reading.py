"""Wild36 truth for Awannaphasch2016/PaperSummary "reading list.md": a PhD student's working reading
list for a COVID-19 / epidemic-forecasting project (graph neural networks, time series), kept next to
per-paper summary notes.

Shape: headings ("# COVID19 TIMESERIES PAPER", "## Graph Related", "### Epidemic Related",
"### Dynamic graph", "# Categorized by Dataset", "## use demographics datset") over "*" bullets whose
text is a bare paper title -- no Markdown links, no authors, no years.  Some titles carry a nested
"*" sub-bullet with a bare URL (arXiv ftp/pdf, ACM DL PDF with a casa_token query, medRxiv) that
belongs to the entry; the last section appends a LaTeX citation key to each title
("... in Kenya \\cite{liu2020forecasting}", lines 60-69).  Decisions:
- An entry is a bullet naming a paper, running to the last of its deeper-indented sub-bullets.
- Title = the bullet text, with the "\\cite{...}" key and a final "." dropped (line 44); typos and
  capitals kept as written (line 47 is all capitals, line 28 "Germerny").
- Line 19's sub-bullet "Graph Neural Netowr" (line 20) is a note, part of that entry.
- Line 21 "[Meznar et al. 2021]" is a citation label; the paper's title is its sub-bullet (line 22),
  one entry on lines 21-22 with that title.
- Lines 41-54 group papers by author: "person 1" / "person 2" (a Google Scholar profile URL on line
  42) and the "paper" bullets (43, 50) are not entries; the five titles nested under them (44, 45,
  47, 51, 53, each with its URL sub-bullet where given) are.  Line 52 is a local file:/// path (no id).
- Repeated papers are separate entries: Cola-GNN (5, 44), "How to stop epidemics" (7, 34), "Using
  Mobility Data ..." (25, 51), TDEFSI (13, 53), "Epidemic graph convolutional network" (32, 38).
- Ids come from the URL sub-bullets only: arXiv from the ftp path (line 4) and pdf URLs (8, 48);
  DOIs from the ACM DL URLs (6, 46, 54; query dropped) and the medRxiv URL (10, version dropped).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild36 import entry, read_lines, write_truth

NAME = "Awannaphasch2016__PaperSummary__reading list@3aaaf33.md"
PART = "wild36_development"

NOT_ENTRIES = {41, 43, 49, 50}  # "person N" and "paper" grouping bullets
TITLE_FROM = {21: 22}  # citation label -> title on the sub-bullet


def indent(text: str) -> int:
    return len(text) - len(text.lstrip(" "))


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    owned: set[int] = set()
    for n, text in enumerate(lines, 1):
        m = re.match(r"^(\s*)\* (.*)$", text)
        if not m or n in NOT_ENTRIES or n in owned:
            continue
        body = m.group(2).strip()
        if re.match(r"(https?|file)://", body):
            continue
        end = n
        while end < len(lines) and lines[end].strip() and indent(lines[end]) > indent(text):
            end += 1
            owned.add(end)
        src = lines[TITLE_FROM[n] - 1].strip().lstrip("* ") if n in TITLE_FROM else body
        title = re.sub(r"\s*\\cite\{[^}]*\}\s*$", "", src).strip()
        title = title.removesuffix(".")
        papers.append(entry(lines, n, end, title))
    assert len(papers) == 41, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every bullet naming a paper is an entry running over its deeper-indented sub-bullets (URL or "
        "note); title = bullet text without the \\cite key or final period; the Meznar label takes its "
        "title from the sub-bullet; the 'person N' and 'paper' grouping bullets are not entries.",
        "All 70 lines read by eye against the -v output: each section's first and last bullet, the note "
        "sub-bullet (20), the label/title pair (21-22), the author-grouped block (41-54) with its five "
        "nested papers, the five repeated papers, the ten \\cite tails, and the ids of lines 4-10, 46, 48, 54.",
    )


if __name__ == "__main__":
    main()
