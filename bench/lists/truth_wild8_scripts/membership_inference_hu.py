"""Wild8 truth for HongshengHu/membership-inference-machine-learning-literature README: tables '| Year | **Title** | Knowledge | Target Model | Venue | [Link](paper) | [Link](code) |', title bold and unlinked.

Shape: an introduction naming the maintainers' survey as a bold link (line 9) followed by its
'please cite' BibTeX in a ```` fence, search hints and quick links, then '### Attack Papers <year>'
and '### Defense Papers <year>' sections, each one seven-column table.  The title cell is bold
plain text; the paper is linked from the sixth cell ('[Link]' to arXiv, OpenReview, ACM, IEEE,
Springer, USENIX...), the code from the seventh (sometimes empty or missing, line 204).  One row
(line 216) starts with ' |2019' (a leading space, no space after the pipe).

Entries: every table body row (225); and line 9, the survey the list complements, a linked record
of one paper (the README's rule leaves out only the list's own boilerplate BibTeX, so the fence
at lines 11-22 is not an entry and not part of line 9's entry).  Papers listed twice (three
titles: a node-level GNN label-only attack, 'Privacy for All', quantile-regression MIA) are
separate entries.  Title = the bold text of the second cell (line 9: the link text).
Ids come from the row as written: line 252's paper link is malformed,
'[Link]([https://dl.acm.org/doi/abs/10.1145/3627106.3627189](https://arxiv.org/abs/2410.16657))',
so that row gives its own arXiv id and, literally, the ACM DOI of the row at line 257 (kept, as
the file writes it).

Checks: rows per section by awk: attacks 2025-2017 2/28/29/39/33/19/14/2/1 = 167, defenses
2025-2018 1/1/4/10/19/12/7/4 = 58; every row has 7 cells except line 204 (6), every title cell is
one '**...**'.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild8 import entry, read_lines, write_truth

NAME = "HongshengHu__membership-inference-machine-learning-literature__README@9518450.md"
COUNTS = [2, 28, 29, 39, 33, 19, 14, 2, 1, 1, 1, 4, 10, 19, 12, 7, 4]


def main() -> None:
    lines = read_lines(NAME)
    m = re.match(r"\[\*\*(.+?)\*\*\]\(https://arxiv\.org/abs/2103\.07853\)", lines[8])
    papers = [entry(lines, 9, 9, m.group(1))]
    sizes = []
    for i, text in enumerate(lines, 1):
        if text.startswith("### "):
            sizes.append(0)
            continue
        if not re.match(r"\s*\|\s*20\d\d\s*\|", text):
            continue
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        title = re.fullmatch(r"\*\*(.+)\*\*", cells[1]).group(1)
        papers.append(entry(lines, i, i, title))
        sizes[-1] += 1
    assert sizes == COUNTS, sizes
    assert len(papers) == 226
    write_truth(NAME, "wild8_development", papers,
                "every body row of the Attack/Defense year tables is an entry, title = the bold second cell; plus the"
                " linked survey the list complements (line 9), its boilerplate BibTeX fence not an entry",
                "rows per section counted by awk (167 attack, 58 defense rows); cell counts and bold title cells checked"
                " for all rows by script; the odd rows (line 204 without code cell, line 216 ' |2019'), the three"
                " repeated titles, 25 rows spread over the tables read against their lines (titles, arXiv ids, ACM and"
                " Springer DOIs from URLs, IEEE/USENIX/OpenReview links without id)")


if __name__ == "__main__":
    main()
