"""Wild truth for mabdullahsoyturk/HPC-Paper-Notes README.md: a student's HPC / deep-learning systems paper notes.

Three lists of '[Title](link)' items: the numbered 'List of Papers' (1-71, each linking the
author's notes folder), the weekly 'Two Papers A Week Goal' bullets, the 'Essential Reading
List in Parallel Computing' bullets and 'My Scalable Deep Learning List'.  Every item is an
entry, title = its link text as written (hyphenated slugs such as
'A-RISC-V-Simulator-and-Benchmark-Suite-...' kept), a '&#9989;' check mark before the link and
a comment after it ('-> Zero technical depth...') left out.  Papers listed twice or three times
are separate entries.  Two link texts wrap onto the next line (items 24 and the 23.08.2021
week): those entries span two lines.

Not entries: item 13 'CUDA New Features and Beyond' (its notes folder is the notes of a GTC talk,
'**Speaker**: Stephen Jones': a talk, not a paper) and the bullet 'Unpublished paper (will update
if it's accepted)' (names no paper: no title, no link).  'GNN Performance Optimization' (item 9)
links notes on a paper and is kept with the title as the file writes it; 'Moores Law is ending'
links an IEEE article and is kept.

Ids: a few links go to arXiv (abs or pdf) or to publisher pages holding a DOI
('dl.acm.org/doi/10.1145/...', 'dl.acm.org/doi/fullHtml/...', sagepub, World Scientific, and a
percent-encoded Springer pdf '10.1007%2F978-3-642-21878-1_45.pdf', decoded); the CiteSeerX
'doi=10.1.1.214.8396' query is a CiteSeerX id, not a DOI.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "truth_scripts"))
from _wild import entry, read_lines, write_truth

NAME = "mabdullahsoyturk__HPC-Paper-Notes__README@e09fc21.md"
PART = "wild_held_out"
LINES = read_lines(NAME)
PAPERS: list[dict] = []


def add(first: int, last: int, title: str | None) -> None:
    PAPERS.append(entry(LINES, first, last, title))


def write(method: str, checked: str) -> None:
    write_truth(NAME, PART, PAPERS, method, checked)


#: Items that are not papers (line: why).
NOT_PAPERS = {
    15: "13. CUDA New Features and Beyond: notes of a GTC talk",
    173: "'Unpublished paper (will update if it's accepted)': names no paper",
}


def main() -> None:
    i = 1
    while i <= len(LINES):
        text = LINES[i - 1]
        if i in NOT_PAPERS:
            assert text.startswith(("13. [CUDA", "* Unpublished")), i
            i += 1
            continue
        m = re.match(r"(?:\d+\.|\*) (?:&#9989; )?\[", text)
        if not m:
            assert not re.match(r"\s*(?:\d+\.|\*) ", text), (i, text)
            i += 1
            continue
        end = i
        while "](" not in "\n".join(LINES[i - 1:end]):  # a link text wrapped onto the next line
            end += 1
        block = "\n".join(LINES[i - 1:end])
        t = re.match(r"(?:\d+\.|\*) (?:&#9989; )?\[([^\]]+)\]\(", block)
        add(i, end, t.group(1))
        i = end + 1
    write("every numbered or bulleted '[Title](link)' item of the four lists is an entry (repeats kept), title ="
          " the link text as written; a GTC talk (item 13) and the 'Unpublished paper' bullet are not entries",
          "every item of the file one by one (71 numbered - 1 talk + 96 bullets - 1 unnamed = 165, counted with grep),"
          " the two wrapped link texts, the percent-encoded Springer DOI, the ACM/SAGE/World Scientific DOIs,"
          " the arXiv pdf/abs ids, the CiteSeerX query (no DOI), the check-marked items")


if __name__ == "__main__":
    main()
