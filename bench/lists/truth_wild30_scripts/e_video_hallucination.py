"""Wild30 truth for hukcc/Awesome-Video-Hallucination README.md: a survey's paper list on hallucination
in video LLMs (benchmarks and mitigation methods).

Shape: every taxonomy leaf is a ``<details open>`` block whose ``<summary>`` names the leaf and a paper
count, holding one HTML ``<table>`` (lines 57-117 for the first).  Each ``<tbody>`` row spans six or seven
lines (``<tr>`` ... ``</tr>``): the first cell is ``<td align="left"><a href=URL><b>Title</b></a></td>``,
then benchmark/method name, venue, MM/YYYY date, and a resources cell of badge links (page, code,
HuggingFace dataset) or ``-``.  Every body row is one paper (85 rows, matching the summaries' counts
7+2+2+4+2+3+4+7+5+1 benchmarks and 6+9+3+3+2+4+9+8+3+1 methods).  The entry spans ``<tr>``..``</tr>``;
its title is the bold link text.  Not entries: the header rows (``<th>``), the survey's own badges and
links at the top (lines 3, 7), the legend (line 50), the survey's own BibTeX (lines 1114-1121) and the
PR format guide (lines 1139-1150).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild30 import entry, read_lines, write_truth

NAME = "hukcc__Awesome-Video-Hallucination__README@6ef1a7e.md"
PART = "wild30_development"

CELL = re.compile(r'^\s*<td align="left"><a href="[^"]*"><b>(.*?)</b></a></td>\s*$')


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    start = None
    for i, ln in enumerate(lines, 1):
        if ln.strip() == "<tr>":
            start = i
        elif ln.strip() == "</tr>" and start is not None:
            block = lines[start - 1 : i]
            m = next((CELL.match(b) for b in block if CELL.match(b)), None)
            if m:
                papers.append(entry(lines, start, i, m.group(1)))
            start = None
    assert len(papers) == 85, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each HTML table body row (<tr>..</tr>) whose first cell is the bold linked title is one paper; title = the bold link text.",
        "All 85 rows checked against the file: spans, titles and the summaries' per-leaf counts; header rows, legend, survey badges and its BibTeX excluded.",
    )


if __name__ == "__main__":
    main()
