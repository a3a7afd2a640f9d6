"""Wild18 truth for alibaba/FederatedScope materials/paper_list/FL-Attacker/README.md: a federated-
learning attacks paper list kept in a framework's repository, made of small Markdown tables
'| Title | Venue | Link |' (one '| Year' column in the Survey table), one table per year under
'## Survey', '## Privacy Attacks in FL', '## Backdoor Attacks in FL', '## Untargeted Attacks in FL'
(the year headings are '## 2022' too).

The tables are hand-typed: many rows start with a space before the first pipe, spacing around the
pipes varies, one row misses its Venue cell ('|Bayesian Framework for Gradient Leakage|[pdf](...)|'),
one row has no closing pipe, and the title cell is plain text (never linked): the only link is
'[pdf](url)' in the Link cell.

Entries: every table row but the header rows ('| Title ...'), the separator rows ('| --- ...') and the
navigation row of anchor links under the heading (line 4).  Title = the first cell, trimmed, a
closing '.' dropped (two rows end their title with ' .').  Ids come from the row's pdf link.
Counts: 72 lines starting with optional spaces and '|' (grep), 14 headers, 14 separators, 1
navigation row -> 43 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild18 import entry, read_lines, write_truth

NAME = "alibaba__FederatedScope__materials__paper_list__FL-Attacker__README@480b67d.md"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    rows = headers = seps = nav = 0
    for i, text in enumerate(lines, 1):
        if not re.match(r" *\|", text):
            continue
        rows += 1
        cells = text.strip().strip("|").split("|")
        first = cells[0].strip()
        if first == "Title":
            headers += 1
            continue
        if re.fullmatch(r"-+", first):
            seps += 1
            continue
        if first.startswith("[Survey](#"):
            nav += 1
            continue
        title = re.sub(r"\s*\.$", "", first)
        papers.append(entry(lines, i, i, title))
    assert (rows, headers, seps, nav) == (72, 14, 14, 1), (rows, headers, seps, nav)
    assert len(papers) == 43
    write_truth(NAME, "wild18_development", papers,
                "every paper row of the per-year '| Title | Venue | Link |' tables (rows with or without a leading"
                " space, one without a Venue cell, one without a closing pipe); title = the plain first cell"
                " with a closing '.' dropped; headers, separators and the anchor navigation row are not entries",
                "every row of the file by eye (43 entries: titles, ids from the pdf cell), the counts (72 pipe"
                " lines = 14 headers + 14 separators + 1 navigation + 43)")


if __name__ == "__main__":
    main()
